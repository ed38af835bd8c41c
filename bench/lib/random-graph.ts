/**
 * A seeded random directed multigraph for benchmarks: n nodes keyed "0"…"n-1", about
 * `edgesPerNode`·n arcs between distinct random nodes with weights in [0.5, 5]. Same seed, same graph.
 */
import { MultiDirectedGraph } from "graphology";
import { seededRng } from "../../lib/util/rng";

export function randomGraph(n: number, edgesPerNode: number, seed: number): MultiDirectedGraph {
  const rng = seededRng(seed);
  const g = new MultiDirectedGraph();
  for (let i = 0; i < n; i++) g.addNode(String(i));
  for (let e = 0; e < edgesPerNode * n; e++) {
    const u = Math.floor(rng() * n);
    const v = Math.floor(rng() * n);
    if (u !== v) g.addEdge(String(u), String(v), { weight: Math.round((0.5 + 4.5 * rng()) * 1000) / 1000 });
  }
  return g;
}
