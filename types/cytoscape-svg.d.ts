declare module "cytoscape-svg" {
  import type { Ext } from "cytoscape";
  const ext: Ext;
  export default ext;
}
