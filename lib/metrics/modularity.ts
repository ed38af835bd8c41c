/**
 * Modularity of a partition as networkx's `community.modularity(G, communities, weight="weight")`:
 * undirected Σc [Lc/m − γ(dc/2m)²] (a self-loop adds its weight once to Lc and twice to the degree),
 * directed Σc [Lc/m − γ·outc·inc/m²]. Returns null when the total weight m is 0 (networkx divides
 * by zero). Runs in O(n + m).
 */
import type { SimpleGraph } from "./simple-graph";

export function modularity(g: SimpleGraph, community: ArrayLike<number>, resolution = 1): number | null {
  const n = g.order;
  const { offsets, targets, weights } = g.out;
  const outSum = new Float64Array(n); // per community; communities are numbered < n
  const inSum = new Float64Array(n);
  let inside = 0;
  let m = 0;
  for (let u = 0; u < n; u++) {
    const cu = community[u]!;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      const w = weights[e]!;
      outSum[cu]! += w;
      if (g.directed) inSum[community[v]!]! += w;
      // Undirected adjacency lists each edge at both ends (a loop once): count each edge once.
      if ((g.directed || v >= u) && community[v] === cu) inside += w;
      if (g.directed || v >= u) m += w;
    }
    if (!g.directed) outSum[cu]! += g.loopWeight[u]!;
  }
  if (m === 0) return null;
  let expected = 0;
  for (let c = 0; c < n; c++) expected += g.directed ? outSum[c]! * inSum[c]! : outSum[c]! * outSum[c]!;
  const norm = g.directed ? 1 / (m * m) : 1 / (4 * m * m);
  return inside / m - resolution * expected * norm;
}
