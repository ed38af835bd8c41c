/**
 * The legend of an exported picture: only the colours, shapes and relations that appear in what is
 * shown, in vocabulary order. Colours come from lib/view/palette.ts, as in the network view.
 */
import type { AtlasGraph } from "../model/graph";
import { EDGE_KIND_INFO, EDGE_KINDS, LAYER_INFO, LAYERS, NODE_KIND_LABELS, NODE_KINDS, type NodeKind } from "../model/vocabulary";
import { EDGE_COLORS, KIND_COLORS, LAYER_COLORS, NODE_SHAPES, NO_LAYER_COLOR } from "../view/palette";
import type { Visible } from "../view/visible";

export type LineStyle = "solid" | "dashed" | "dotted";

export interface LegendEntries {
  title: string;
  colors: { label: string; color: string }[];
  shapes: { label: string; shape: string; kind: NodeKind }[];
  edges: { label: string; color: string; line: LineStyle }[];
}

/** Line styles of edge kinds, as in components/network/stylesheet.ts. */
const EDGE_LINES: Partial<Record<string, LineStyle>> = {
  headquartered_in: "dotted",
  operates_in: "dotted",
  partners_with: "dashed",
  export_control: "dashed",
};

/**
 * Colours are listed when nodes are coloured by layer or kind; for any other colouring (a metric,
 * communities) the colour group is left out, since its scale belongs to the explorer's legend.
 */
export function legendEntries(graph: AtlasGraph, visible: Visible, colorBy: string): LegendEntries {
  const layers = new Set<string>();
  const kinds = new Set<string>();
  let layerless = false;
  for (const id of visible.nodes) {
    if (!graph.hasNode(id)) continue;
    const a = graph.getNodeAttributes(id);
    kinds.add(a.kind);
    if ("layer" in a) layers.add(a.layer);
    else layerless = true;
  }
  const edgeKinds = new Set<string>();
  for (const e of visible.edges) if (graph.hasEdge(e)) edgeKinds.add(graph.getEdgeAttribute(e, "kind"));
  const colors =
    colorBy === "layer"
      ? [
          ...LAYERS.filter((l) => layers.has(l)).map((l) => ({ label: LAYER_INFO[l].label, color: LAYER_COLORS[l] })),
          ...(layerless ? [{ label: "Nation / bloc", color: NO_LAYER_COLOR }] : []),
        ]
      : colorBy === "kind"
        ? NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({ label: NODE_KIND_LABELS[k], color: KIND_COLORS[k] }))
        : [];
  return {
    title: `Colour: ${colorBy}`,
    colors,
    shapes: NODE_KINDS.filter((k) => kinds.has(k)).map((k) => ({ label: NODE_KIND_LABELS[k], shape: NODE_SHAPES[k], kind: k })),
    edges: EDGE_KINDS.filter((k) => edgeKinds.has(k)).map((k) => ({ label: EDGE_KIND_INFO[k].label, color: EDGE_COLORS[k], line: EDGE_LINES[k] ?? "solid" })),
  };
}
