/**
 * Per-graph structural metrics of a projected graph. Runs in O(n + m).
 */
import { components } from "./components";
import { cutPoints } from "./cut-points";
import type { SimpleGraph } from "./simple-graph";
import type { GraphMetrics } from "./types";

/** networkx `density(G)`: m / (n(n − 1)), twice that when undirected; self-loops count in m; 0 when n ≤ 1. */
export function density(g: SimpleGraph): number {
  const n = g.order;
  if (n <= 1) return 0;
  return (g.directed ? 1 : 2) * (g.size / (n * (n - 1)));
}

export function graphMetrics(g: SimpleGraph): GraphMetrics {
  const cuts = cutPoints(g);
  return {
    directed: g.directed,
    nodes: g.order,
    edges: g.inputSize,
    simpleEdges: g.size,
    selfLoops: g.selfLoops,
    density: density(g),
    components: components(g).count,
    articulationPoints: cuts.articulationPoints.map((i) => g.keys[i]!),
    bridges: cuts.bridges.map(([u, v]) => [g.keys[u]!, g.keys[v]!]),
  };
}
