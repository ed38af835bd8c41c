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

/** What each column of the flow layout holds (its header). */
const STAGE_NAMES = ["Materials & equipment", "Design & talent", "Fabrication", "Packaging", "Cloud & compute", "Models"];
export function flowColumnLabel(column: number): string {
  if (column === 12) return "Nations";
  if (column === 13) return "Blocs";
  const stage = STAGE_NAMES[Math.floor(column / 2)] ?? "";
  return column % 2 === 0 ? `${stage}: firms` : `${stage}: inputs`;
}

export interface FlowLayout {
  positions: Record<string, Point>;
  /** One header per column in use, placed above it. */
  headers: { id: string; label: string; position: Point; fontSize: number }[];
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
  const tallest = Math.max(1, ...used.map((c) => columns.get(c)!.length));
  const positions: Record<string, Point> = {};
  const headers: FlowLayout["headers"] = [];
  // Headers stay legible when the whole (tall) layout is fitted to the screen.
  const fontSize = Math.round(Math.min(44, Math.max(16, (tallest * ROW_GAP) / 90)));
  const headerY = -((tallest - 1) * ROW_GAP) / 2 - 1.5 * ROW_GAP - fontSize;
  used.forEach((c, ci) => {
    const col = columns.get(c)!;
    const gap = Math.max(ROW_GAP, (tallest * ROW_GAP) / Math.max(1, col.length + 1));
    const top = -((col.length - 1) * gap) / 2;
    col.forEach((id, i) => {
      positions[id] = { x: ci * COLUMN_GAP, y: top + i * gap };
    });
    const id = `${HEADER_PREFIX}${c}`;
    const position = { x: ci * COLUMN_GAP, y: headerY };
    headers.push({ id, label: flowColumnLabel(c), position, fontSize });
    positions[id] = position;
  });
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
