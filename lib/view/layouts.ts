/**
 * Positions for the layouts computed here rather than by a physics engine:
 * - supply-chain flow: columns left → right by stage (materials/equipment, design, fabrication,
 *   packaging, compute, models), providers in the column just before the inputs they make, nations
 *   and blocs in the last column; within a column, nodes are ordered to reduce crossings by a few
 *   sweeps of the barycentre heuristic.
 */
import type { AtlasGraph, NodeAttributes } from "../model/graph";
import { LAYER_INFO } from "../model/vocabulary";

export interface Point {
  x: number;
  y: number;
}

const COLUMN_GAP = 260;
/** Id prefix of the column headers (drawn as labels, not data). */
export const HEADER_PREFIX = "header:";
const ROW_GAP = 46;
/** Rows before a flow column is staggered into sub-columns. */
const FLOW_MAX_ROWS = 40;

function flowColumn(a: NodeAttributes): number {
  switch (a.kind) {
    case "input":
      return LAYER_INFO[a.layer].stage * 2 + 1;
    case "firm":
      return LAYER_INFO[a.layer].stage * 2;
    case "nation":
      return 12;
    case "bloc":
      return 13;
  }
}

/** Stage names for the flow layout's headers, short enough for one line over two columns. */
const STAGE_NAMES = ["Materials & tools", "Design", "Fabrication", "Packaging", "Compute", "Models"];

/** The stage a flow column belongs to (its header). */
export function flowStageLabel(column: number): string {
  if (column === 12) return "Nations";
  if (column === 13) return "Blocs";
  return STAGE_NAMES[Math.floor(column / 2)] ?? "";
}

export interface FlowLayout {
  positions: Record<string, Point>;
  /** One header per column in use, placed above it. */
  headers: { id: string; label: string; position: Point }[];
}

export function flowLayout(graph: AtlasGraph, nodes: Set<string>, edges: Set<string>): FlowLayout {
  const columns = new Map<number, string[]>();
  for (const id of nodes) {
    const c = flowColumn(graph.getNodeAttributes(id));
    columns.set(c, [...(columns.get(c) ?? []), id]);
  }
  const used = [...columns.keys()].sort((a, b) => a - b);
  // Initial order: by layer stage, then label, so the picture is stable.
  for (const c of used) {
    columns.get(c)!.sort((a, b) => {
      const la = graph.getNodeAttributes(a);
      const lb = graph.getNodeAttributes(b);
      const sa = "layer" in la ? la.layer : "";
      const sb = "layer" in lb ? lb.layer : "";
      return sa.localeCompare(sb) || la.label.localeCompare(lb.label);
    });
  }
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    const s = graph.source(e);
    const t = graph.target(e);
    neighbours.set(s, [...(neighbours.get(s) ?? []), t]);
    neighbours.set(t, [...(neighbours.get(t) ?? []), s]);
  }
  const rank = new Map<string, number>();
  const reindex = () => {
    for (const c of used) columns.get(c)!.forEach((id, i) => rank.set(id, i / Math.max(1, columns.get(c)!.length - 1)));
  };
  reindex();
  for (let sweep = 0; sweep < 4; sweep++) {
    const order = sweep % 2 === 0 ? used : [...used].reverse();
    for (const c of order) {
      const col = columns.get(c)!;
      const bary = new Map<string, number>();
      for (const id of col) {
        const ns = (neighbours.get(id) ?? []).filter((n) => rank.has(n));
        bary.set(id, ns.length ? ns.reduce((s, n) => s + rank.get(n)!, 0) / ns.length : rank.get(id)!);
      }
      col.sort((a, b) => bary.get(a)! - bary.get(b)!);
      col.forEach((id, i) => rank.set(id, i / Math.max(1, col.length - 1)));
    }
  }
  // A column taller than FLOW_MAX_ROWS is staggered into sub-columns (node i in sub-column i mod k),
  // keeping the order crossing reduction chose, so nodes keep room to be told apart and clicked.
  const subColumns = (c: number) => Math.max(1, Math.ceil(columns.get(c)!.length / FLOW_MAX_ROWS));
  const tallest = Math.max(1, ...used.map((c) => Math.ceil(columns.get(c)!.length / subColumns(c))));
  const positions: Record<string, Point> = {};
  const headers: FlowLayout["headers"] = [];
  // Far enough above the tallest column that, fitted to the screen, a header row clears its top node.
  const headerY = -((tallest - 1) * ROW_GAP) / 2 - Math.max(1.5 * ROW_GAP, 0.07 * tallest * ROW_GAP);
  const columnX = new Map<number, number[]>();
  let x = 0;
  for (const c of used) {
    const col = columns.get(c)!;
    const k = subColumns(c);
    const subGap = COLUMN_GAP * 0.5;
    const rows = Math.ceil(col.length / k);
    const gap = Math.max(ROW_GAP, (tallest * ROW_GAP) / Math.max(1, rows + 1)) / k;
    const top = -((col.length - 1) * gap) / 2;
    col.forEach((id, i) => {
      positions[id] = { x: x + (i % k) * subGap, y: top + i * gap };
    });
    columnX.set(c, [x, x + (k - 1) * subGap]);
    x += (k - 1) * subGap + COLUMN_GAP;
  }
  // One header per stage, over its firms' and inputs' columns (shapes tell firms from inputs), so
  // headers have room to stay on one line; nations and blocs have their own.
  const stageXs = new Map<string, number[]>();
  for (const c of used) {
    const label = flowStageLabel(c);
    stageXs.set(label, [...(stageXs.get(label) ?? []), ...columnX.get(c)!]);
  }
  let k = 0;
  for (const [label, xs] of stageXs) {
    const position = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: headerY };
    const id = `${HEADER_PREFIX}${k++}`;
    headers.push({ id, label, position });
    positions[id] = position;
  }
  return { positions, headers };
}

/**
 * Grouped by nation: each nation with the firms headquartered there forms a compact block (a grid,
 * the nation first); blocks are shelf-packed largest first into rows of similar width; inputs and
 * blocs, which belong to no nation, form their own block on the left ordered by supply-chain stage.
 * Deterministic, O(n log n).
 */
export function nationGroupPositions(graph: AtlasGraph, nodes: Set<string>): Record<string, Point> {
  const CELL = 70;
  const GAP = 90;
  const groups = new Map<string, string[]>();
  const loose: string[] = [];
  for (const id of nodes) {
    const a = graph.getNodeAttributes(id);
    const nation = a.kind === "nation" ? id : a.kind === "firm" ? a.hq : undefined;
    if (nation) groups.set(nation, [...(groups.get(nation) ?? []), id]);
    else loose.push(id);
  }
  const order = (a: string, b: string) => {
    const x = graph.getNodeAttributes(a);
    const y = graph.getNodeAttributes(b);
    if (x.kind === "nation" !== (y.kind === "nation")) return x.kind === "nation" ? -1 : 1;
    const sx = "layer" in x ? LAYER_INFO[x.layer].stage : 9;
    const sy = "layer" in y ? LAYER_INFO[y.layer].stage : 9;
    return sx - sy || x.label.localeCompare(y.label);
  };
  const blocks = [...groups.values()].map((members) => members.sort(order));
  blocks.sort((a, b) => b.length - a.length);
  const grid = (members: string[]) => {
    const cols = Math.ceil(Math.sqrt(members.length));
    return { members, cols, width: cols * CELL, height: Math.ceil(members.length / cols) * CELL };
  };
  const positions: Record<string, Point> = {};
  const place = (b: ReturnType<typeof grid>, x0: number, y0: number) =>
    b.members.forEach((id, i) => {
      positions[id] = { x: x0 + (i % b.cols) * CELL, y: y0 + Math.floor(i / b.cols) * CELL };
    });
  const laid = blocks.map(grid);
  const area = laid.reduce((s, b) => s + (b.width + GAP) * (b.height + GAP), 0);
  const rowWidth = Math.max(...laid.map((b) => b.width), Math.sqrt(area) * 1.4);
  // The unaffiliated block (inputs, blocs) on the left, as tall as it needs.
  const looseBlock = grid(loose.sort(order));
  const looseCols = Math.max(1, Math.ceil(loose.length / Math.max(1, Math.round(Math.sqrt(area) / CELL))));
  const looseGrid = { ...looseBlock, cols: looseCols, width: looseCols * CELL };
  place(looseGrid, -looseGrid.width - 2 * GAP, 0);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of laid) {
    if (x > 0 && x + b.width > rowWidth) {
      x = 0;
      y += rowHeight + GAP;
      rowHeight = 0;
    }
    place(b, x, y);
    x += b.width + GAP;
    rowHeight = Math.max(rowHeight, b.height);
  }
  return positions;
}

/** Order nodes within columns to reduce crossings: a few up and down sweeps of the barycentre heuristic. */
function orderColumns(columns: string[][], neighbours: Map<string, string[]>, sweeps = 6): void {
  const rank = new Map<string, number>();
  const reindex = (col: string[]) => col.forEach((id, i) => rank.set(id, i / Math.max(1, col.length - 1)));
  columns.forEach(reindex);
  for (let sweep = 0; sweep < sweeps; sweep++) {
    const order = sweep % 2 === 0 ? columns : [...columns].reverse();
    for (const col of order) {
      const bary = new Map<string, number>();
      for (const id of col) {
        const ns = (neighbours.get(id) ?? []).filter((n) => rank.has(n));
        bary.set(id, ns.length ? ns.reduce((s, n) => s + rank.get(n)!, 0) / ns.length : rank.get(id)!);
      }
      // Stable: ties keep the current order.
      const pos = new Map(col.map((id, i) => [id, i]));
      col.sort((a, b) => bary.get(a)! - bary.get(b)! || pos.get(a)! - pos.get(b)!);
      reindex(col);
    }
  }
}

/** Supply runs along an edge from → to: provider → input, required input → input needing it, supplier → customer. */
function flowEnds(graph: AtlasGraph, edge: string): [string, string] | null {
  const kind = graph.getEdgeAttribute(edge, "kind");
  if (kind === "provides" || kind === "supplies") return [graph.source(edge), graph.target(edge)];
  if (kind === "requires") return [graph.target(edge), graph.source(edge)];
  return null;
}

export interface ChainLayout extends FlowLayout {
  /** Model-space size of the drawing (for tests and the fit). */
  width: number;
  height: number;
}

const CHAIN_COLUMN = 230;
const CHAIN_ROW = 78;
/** Width over height the layered drawing aims for (the explorer's canvas is about square). */
const CHAIN_ASPECT = 1.15;
/** Rows before a column is staggered into two (or more) sub-columns. */
const CHAIN_MAX_ROWS = 10;
const CHAIN_BANDS: { layers: string[]; label: string }[] = [
  { layers: ["materials"], label: "Materials" },
  { layers: ["equipment"], label: "Equipment" },
  { layers: ["design", "talent"], label: "Design & talent" },
  { layers: ["fabrication"], label: "Fabrication" },
  { layers: ["packaging"], label: "Packaging" },
  { layers: ["compute"], label: "Compute & cloud" },
  { layers: ["models"], label: "Models" },
];

/**
 * Place columns left → right; a column taller than CHAIN_MAX_ROWS is staggered into sub-columns
 * (node i goes to sub-column i mod k), which keeps the vertical order that crossing reduction chose.
 */
function placeColumns(columns: string[][], positions: Record<string, Point>): { xs: number[]; width: number; height: number; row: number } {
  const subGap = CHAIN_COLUMN * 0.62;
  const ks = columns.map((col) => Math.max(1, Math.ceil(col.length / CHAIN_MAX_ROWS)));
  const width = columns.reduce((w, _c, i) => w + (ks[i]! - 1) * subGap, 0) + (columns.length - 1) * CHAIN_COLUMN;
  const tallest = Math.max(1, ...columns.map((col, i) => Math.ceil(col.length / ks[i]!)));
  // Rows spread to give the drawing about the shape of a screen, so a fit neither crams the
  // columns together nor leaves half the view empty.
  const row = Math.max(CHAIN_ROW, (width / CHAIN_ASPECT) / Math.max(1, tallest - 1));
  const xs: number[] = [];
  let x = 0;
  columns.forEach((col, ci) => {
    const k = ks[ci]!;
    xs.push(x + ((k - 1) * subGap) / 2);
    const step = row / k;
    const top = -((col.length - 1) * step) / 2;
    col.forEach((id, i) => {
      positions[id] = { x: x + (i % k) * subGap, y: top + i * step };
    });
    x += (k - 1) * subGap + CHAIN_COLUMN;
  });
  return { xs, width, height: (tallest - 1) * row, row };
}

/**
 * The layered supply-chain layout (Sugiyama-style: layers, crossing reduction, coordinates).
 *
 * - Folded (the first view, `folded` given): inputs in columns by stage, materials on the left to
 *   models on the right, ordered within each column to reduce the crossings of what requires what;
 *   the nation lane as the last column; the providers unfolded for a selected input stacked just
 *   left of it (a selected firm or nation just left of the first input it provides).
 * - Otherwise (a focus, a filtered or unfolded view): layers by the longest supply path to each
 *   node (provider → input → what needs it), nations and nodes without supply relations in a last
 *   lane; the same crossing reduction and staggering.
 *
 * Deterministic; O((V + E) · sweeps).
 */
export function chainLayout(
  graph: AtlasGraph,
  nodes: Set<string>,
  edges: Set<string>,
  folded?: { lane: string[]; expanded?: string; unfolded: Set<string> },
): ChainLayout {
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = neighbours.get(x);
      if (list) list.push(y);
      else neighbours.set(x, [y]);
    }
  };
  const byLabel = (a: string, b: string) => graph.getNodeAttribute(a, "label").localeCompare(graph.getNodeAttribute(b, "label")) || (a < b ? -1 : 1);
  const positions: Record<string, Point> = {};
  const headers: FlowLayout["headers"] = [];
  let columns: string[][];
  let labels: (string | undefined)[];
  if (folded) {
    const lane = new Set(folded.lane);
    const bandOf = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return "layer" in a ? CHAIN_BANDS.findIndex((b) => b.layers.includes(a.layer)) : -1;
    };
    const bands: string[][] = CHAIN_BANDS.map(() => []);
    for (const id of nodes) {
      if (lane.has(id) || folded.unfolded.has(id)) continue;
      const b = bandOf(id);
      if (b >= 0) bands[b]!.push(id);
    }
    for (const e of edges) {
      const ends = flowEnds(graph, e);
      if (ends && !folded.unfolded.has(ends[0]) && !folded.unfolded.has(ends[1])) link(ends[0], ends[1]);
    }
    columns = bands.filter((b) => b.length).map((b) => b.sort(byLabel));
    labels = CHAIN_BANDS.filter((_b, i) => bands[i]!.length).map((b) => b.label);
    orderColumns(columns, neighbours);
    const laneNodes = folded.lane.filter((n) => nodes.has(n));
    if (laneNodes.length) {
      columns.push(laneNodes);
      labels.push("Nations");
    }
  } else {
    // Longest supply path into each node; nodes on a cycle keep the depth reached first.
    const preds = new Map<string, string[]>();
    for (const e of edges) {
      const ends = flowEnds(graph, e);
      if (!ends || !nodes.has(ends[0]) || !nodes.has(ends[1])) continue;
      preds.set(ends[1], [...(preds.get(ends[1]) ?? []), ends[0]]);
      link(ends[0], ends[1]);
    }
    const depth = new Map<string, number>();
    const onStack = new Set<string>();
    const visit = (id: string): number => {
      const known = depth.get(id);
      if (known !== undefined) return known;
      if (onStack.has(id)) return 0;
      onStack.add(id);
      let d = 0;
      for (const p of preds.get(id) ?? []) d = Math.max(d, visit(p) + 1);
      onStack.delete(id);
      depth.set(id, d);
      return d;
    };
    const inFlow = new Set([...preds.keys(), ...[...preds.values()].flat()]);
    const rest: string[] = [];
    for (const id of [...nodes].sort()) {
      if (inFlow.has(id)) visit(id);
      else rest.push(id);
    }
    const layers = Math.max(0, ...depth.values()) + 1;
    columns = Array.from({ length: layers }, () => [] as string[]);
    for (const [id, d] of depth) columns[d]!.push(id);
    columns.forEach((c) => c.sort(byLabel));
    orderColumns(columns, neighbours);
    columns = columns.filter((c) => c.length);
    labels = columns.map(() => undefined);
    if (rest.length) {
      columns.push(rest.sort(byLabel));
      labels.push(undefined);
    }
  }
  const { xs, width, height, row } = placeColumns(columns, positions);
  if (folded) {
    // Unfolded providers: a stack half a column left of what they provide.
    const stacks = new Map<string, string[]>();
    for (const id of folded.unfolded) {
      let anchor: string | undefined;
      if (folded.expanded && graph.getNodeAttribute(folded.expanded, "kind") === "input" && positions[folded.expanded]) anchor = folded.expanded;
      else {
        for (const e of edges) {
          if (graph.source(e) === id && positions[graph.target(e)] && (!anchor || positions[graph.target(e)]!.x < positions[anchor]!.x)) anchor = graph.target(e);
        }
      }
      const key = anchor ?? "";
      stacks.set(key, [...(stacks.get(key) ?? []), id]);
    }
    for (const [anchor, ids] of stacks) {
      ids.sort(byLabel);
      const at = positions[anchor] ?? { x: -CHAIN_COLUMN, y: 0 };
      const step = Math.min(row, CHAIN_ROW) * 0.75;
      const k = Math.max(1, Math.ceil(ids.length / CHAIN_MAX_ROWS));
      ids.forEach((id, i) => {
        positions[id] = { x: at.x - CHAIN_COLUMN * 0.5 - (i % k) * CHAIN_COLUMN * 0.4, y: at.y + (i - (ids.length - 1) / 2) * (step / Math.max(1, k * 0.6)) };
      });
    }
    const headerY = -height / 2 - Math.min(row, CHAIN_ROW * 1.5);
    labels.forEach((label, i) => {
      if (!label) return;
      const id = `${HEADER_PREFIX}chain:${i}`;
      const position = { x: xs[i]!, y: headerY };
      headers.push({ id, label, position });
      positions[id] = position;
    });
  }
  return { positions, headers, width, height };
}

/**
 * Stretch a drawing vertically or horizontally toward the shape of the screen it is drawn on (width
 * over height), at most by `limit` either way, so a fit uses the room there is. Labels keep their
 * size on screen (lib/view/labels.ts), so the spread is room for more of them.
 */
export function stretchToAspect(positions: Record<string, Point>, aspect: number, limit = 2.2): Record<string, Point> {
  const pts = Object.values(positions);
  if (pts.length < 2 || !(aspect > 0)) return positions;
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const w = Math.max(...xs) - Math.min(...xs);
  const h = Math.max(...ys) - Math.min(...ys);
  if (!(w > 0) || !(h > 0)) return positions;
  const want = w / aspect;
  const sy = Math.min(limit, Math.max(1 / limit, want / h));
  const sx = sy < 1 ? 1 / sy : 1;
  const k = sy < 1 ? 1 : sy;
  const out: Record<string, Point> = {};
  for (const [id, p] of Object.entries(positions)) out[id] = sy < 1 ? { x: p.x * sx, y: p.y } : { x: p.x, y: p.y * k };
  return out;
}
