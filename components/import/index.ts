export { ImportControl } from "./import-control";
export { ImportBanner } from "./import-banner";
export { useImportedGraph, type ImportedState } from "./use-imported-graph";
export type { ImportedGraph } from "./store";
export { useImportedView } from "./use-imported-view";
