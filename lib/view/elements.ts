/**
 * Graph → cytoscape element definitions (plain data, no cytoscape import). Colour, size and shape
 * are computed here so the stylesheet only maps data fields; labels stay text (cytoscape draws them
 * on canvas, never as HTML).
 */
import type { AtlasGraph } from "../model/graph";
import { categoricalColor, sequentialColor } from "./color-scales";
import { EDGE_COLORS, KIND_COLORS, LAYER_COLORS, NODE_SHAPES, NO_LAYER_COLOR } from "./palette";
import type { ColorBy } from "./url-state";
import type { NationRings } from "./rings";
import type { Visible } from "./visible";

export interface CyNodeData {
  id: string;
  label: string;
  kind: string;
  layer?: string;
  color: string;
  shape: string;
  size: number;
  /** Label priority, 0 = first: by the sizing metric, then degree, then name (lib/view/labels.ts). */
  prio?: number;
  parent?: string;
  /** Compound parents for the group-by-nation layout. */
  isGroup?: boolean;
}
export interface CyEdgeData {
  id: string;
  source: string;
  target: string;
  kind: string;
  color: string;
  width: number;
  label: string;
}
export interface CyElement {
  group: "nodes" | "edges";
  data: CyNodeData | CyEdgeData;
  classes?: string;
}

export const GROUP_PREFIX = "group:";

export interface ElementOptions {
  colorBy: ColorBy;
  /** Values for colouring by community (category) or by a metric (sequential ramp). */
  colorValues?: Record<string, number | null>;
  /** Values of the sizing metric per node (any scale; normalised here). */
  sizeValues?: Record<string, number | null>;
  /** Put firms and nations inside compound nodes per nation. */
  groupByNation?: boolean;
  /** Folded view: each input's ring of nation shares, and the lane nations' colours (lib/view/rings.ts). */
  rings?: Pick<NationRings, "rings" | "colors">;
}

/** Slices a ring draws (the stylesheet maps pie-1 … pie-RING_SLOTS). */
export const RING_SLOTS = 9;
/** The share of an input no listed provider accounts for, drawn pale in its ring. */
export const UNATTRIBUTED_COLOR = "#e2e8f0";

const MIN_SIZE = 18;
const MAX_SIZE = 64;

export function toCyElements(graph: AtlasGraph, visible: Visible, options: ElementOptions): CyElement[] {
  const out: CyElement[] = [];
  const colorRange = options.colorValues ? range(visible.nodes, options.colorValues) : undefined;
  const sizeRange = options.sizeValues ? range(visible.nodes, options.sizeValues) : undefined;
  const groups = new Set<string>();
  const degree = new Map<string, number>();
  for (const e of visible.edges) for (const n of graph.extremities(e)) degree.set(n, (degree.get(n) ?? 0) + 1);
  // Label priority: the sizing metric (criticality by default), then degree, then name, so the
  // labels that survive collision avoidance when zoomed out are the ones that matter most.
  const metric = (id: string) => {
    const v = options.sizeValues?.[id];
    return v !== undefined && v !== null && Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY;
  };
  const ranked = [...visible.nodes].sort(
    (a, b) =>
      metric(b) - metric(a) ||
      (degree.get(b) ?? 0) - (degree.get(a) ?? 0) ||
      graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")) ||
      (a < b ? -1 : 1),
  );
  const rankOf = new Map(ranked.map((id, i) => [id, i]));
  for (const id of visible.nodes) {
    const a = graph.getNodeAttributes(id);
    const layer = "layer" in a ? a.layer : undefined;
    let color = options.colorBy === "kind" ? KIND_COLORS[a.kind] : layer ? LAYER_COLORS[layer] : NO_LAYER_COLOR;
    if (options.colorBy !== "layer" && options.colorBy !== "kind" && options.colorValues) {
      const v = options.colorValues[id];
      if (v === undefined || v === null || !Number.isFinite(v)) color = NO_LAYER_COLOR;
      else if (options.colorBy === "community") color = categoricalColor(v);
      else color = sequentialColor(colorRange ? normalise(v, colorRange) : 0.5);
    }
    let size = a.kind === "nation" ? 34 : a.kind === "input" ? 30 : 24;
    const v = options.sizeValues?.[id];
    if (sizeRange && v !== undefined && v !== null && Number.isFinite(v)) size = MIN_SIZE + normalise(v, sizeRange) * (MAX_SIZE - MIN_SIZE);
    let parent: string | undefined;
    if (options.groupByNation) {
      const nation = a.kind === "nation" ? id : a.kind === "firm" ? a.hq : undefined;
      if (nation) {
        parent = GROUP_PREFIX + nation;
        groups.add(nation);
      }
    }
    const prio = rankOf.get(id) ?? ranked.length;
    let classes: string = a.kind;
    const laneColor = options.rings?.colors[id];
    if (laneColor) {
      color = laneColor;
      classes += " lane";
    }
    const data: CyNodeData & Record<string, unknown> = { id, label: a.label, kind: a.kind, color, shape: NODE_SHAPES[a.kind], size, prio, parent };
    if (layer) data.layer = layer;
    const ring = options.rings?.rings.get(id);
    if (ring) {
      const slices = [...ring.slices];
      if (ring.unattributed > 0) slices.push({ nation: "", share: ring.unattributed, color: UNATTRIBUTED_COLOR });
      for (let i = 0; i < RING_SLOTS; i++) {
        data[`p${i + 1}c`] = slices[i]?.color ?? UNATTRIBUTED_COLOR;
        data[`p${i + 1}s`] = slices[i]?.share ?? 0;
      }
      classes += " ring";
      data.shape = "ellipse";
    }
    out.push({ group: "nodes", data, classes });
  }
  for (const nation of groups) {
    const label = graph.hasNode(nation) ? graph.getNodeAttribute(nation, "label") : nation;
    out.unshift({
      group: "nodes",
      data: { id: GROUP_PREFIX + nation, label, kind: "group", color: NO_LAYER_COLOR, shape: "round-rectangle", size: 0, isGroup: true },
      classes: "group",
    });
  }
  for (const id of visible.edges) {
    const a = graph.getEdgeAttributes(id);
    const share = a.kind === "provides" || a.kind === "talent_flow" ? a.share : undefined;
    out.push({
      group: "edges",
      data: {
        id,
        source: graph.source(id),
        target: graph.target(id),
        kind: a.kind,
        color: EDGE_COLORS[a.kind],
        width: share !== undefined ? 1 + (share / 100) * 7 : 1.2,
        label: share !== undefined ? `${formatShare(share)}` : "",
      },
      classes: a.kind,
    });
  }
  return out;
}

/** Position of v in [lo, hi] as 0–1 (0.5 when the range is a single value). */
function normalise(v: number, { lo, hi }: { lo: number; hi: number }): number {
  return hi > lo ? (v - lo) / (hi - lo) : 0.5;
}

function range(ids: Set<string>, values: Record<string, number | null>): { lo: number; hi: number } {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const id of ids) {
    const v = values[id];
    if (v === undefined || v === null || !Number.isFinite(v)) continue;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  return { lo, hi };
}

export function formatShare(share: number): string {
  return `${Number.isInteger(share) ? share : share.toFixed(1)}%`;
}
