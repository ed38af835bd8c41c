/** The force-directed layout's settings, shared by the browser view and the build-time layout. */
export const FCOSE_OPTIONS = {
  name: "fcose",
  quality: "default",
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 90,
  nodeSeparation: 90,
  packComponents: true,
  tile: true,
} as const;
