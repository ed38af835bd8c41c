/**
 * Articulation points and bridges of the undirected view, as networkx's
 * `articulation_points(G.to_undirected())` and `bridges(G.to_undirected())`. Self-loops are never
 * bridges; parallel edges were merged by the projection, so a doubled edge can be a bridge.
 *
 * One iterative Tarjan low-link DFS (no recursion, safe on long chains). Runs in O(n + m).
 */
import type { SimpleGraph } from "./simple-graph";

export interface CutPoints {
  /** Node indices, ascending. */
  articulationPoints: number[];
  /** [u, v] with u < v, ascending. */
  bridges: [number, number][];
}

export function cutPoints(g: SimpleGraph): CutPoints {
  const n = g.order;
  const { offsets, targets } = g.undirected;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  const bridges: [number, number][] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root]! >= 0) continue;
    let top = 0;
    let rootChildren = 0;
    stack[top++] = root;
    disc[root] = low[root] = time++;
    parent[root] = -1;
    cursor[root] = offsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (disc[w]! < 0) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p < 0) continue;
      low[p] = Math.min(low[p]!, low[v]!);
      if (low[v]! > disc[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= disc[p]!) isCut[p] = 1;
    }
    if (rootChildren > 1) isCut[root] = 1;
  }
  const articulationPoints: number[] = [];
  for (let v = 0; v < n; v++) if (isCut[v]) articulationPoints.push(v);
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}

export const articulationPoints = (g: SimpleGraph): number[] => cutPoints(g).articulationPoints;
export const bridges = (g: SimpleGraph): [number, number][] => cutPoints(g).bridges;
