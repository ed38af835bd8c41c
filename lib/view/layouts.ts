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

export function flowPositions(graph: AtlasGraph, nodes: Set<string>, edges: Set<string>): Record<string, Point> {
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
  used.forEach((c, ci) => {
    const col = columns.get(c)!;
    const gap = Math.max(ROW_GAP, (tallest * ROW_GAP) / Math.max(1, col.length + 1));
    const top = -((col.length - 1) * gap) / 2;
    col.forEach((id, i) => {
      positions[id] = { x: ci * COLUMN_GAP, y: top + i * gap };
    });
  });
  return positions;
}
