/**
 * Colours of layers, node kinds and edge kinds, shared by the network stylesheet and the legend.
 * Chosen to stay distinguishable on white and on near-black backgrounds.
 */
import type { EdgeKind, Layer, NodeKind } from "../model/vocabulary";

export const LAYER_COLORS: Record<Layer, string> = {
  materials: "#a16207",
  equipment: "#ea580c",
  design: "#2563eb",
  fabrication: "#7c3aed",
  packaging: "#16a34a",
  compute: "#0891b2",
  models: "#db2777",
  talent: "#ca8a04",
};

export const KIND_COLORS: Record<NodeKind, string> = {
  nation: "#475569",
  firm: "#2563eb",
  input: "#d97706",
  bloc: "#059669",
};

/** Colour of a node without a layer when colouring by layer. */
export const NO_LAYER_COLOR = "#64748b";

export const EDGE_COLORS: Record<EdgeKind, string> = {
  provides: "#64748b",
  requires: "#d97706",
  supplies: "#2563eb",
  headquartered_in: "#94a3b8",
  owns: "#0d9488",
  operates_in: "#a8a29e",
  partners_with: "#059669",
  talent_flow: "#9333ea",
  export_control: "#dc2626",
};

export const NODE_SHAPES: Record<NodeKind, string> = {
  nation: "round-rectangle",
  firm: "ellipse",
  input: "diamond",
  bloc: "round-octagon",
};
