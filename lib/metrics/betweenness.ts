/**
 * Betweenness centrality as networkx's `betweenness_centrality(G)`: normalised, unweighted,
 * endpoints excluded. Brandes' algorithm, one BFS per source, in the all-pairs kernel (paths.ts)
 * that also gives closeness; `analyzeGraph` runs that kernel once for both. Scaled by
 * 1 / ((n − 1)(n − 2)) for directed and undirected graphs alike (networkx counts ordered pairs in
 * both); unscaled (all 0) when n ≤ 2.
 *
 * Runs in O(n·m) time and O(n) extra memory. `progress(fraction)` is called after each of about
 * 128 chunks of sources.
 */
import { BETWEENNESS, allSourcesJob, betweennessFromSums, runPaths } from "./paths";
import type { SimpleGraph } from "./simple-graph";

export function betweenness(g: SimpleGraph, progress?: (fraction: number) => void): Float64Array {
  const sums = runPaths(allSourcesJob(g.order, g.out.offsets, g.out.targets, BETWEENNESS), progress);
  return betweennessFromSums(g.order, sums);
}
