/**
 * Closeness centrality as networkx's `closeness_centrality(G)` (wf_improved=True): for node v with
 * r nodes that reach it at total distance d, (r / d) · (r / (n − 1)); 0 when nothing reaches it.
 * Directed graphs use incoming distances, as networkx does: the BFS from each source s adds
 * dist(s, v) to every v it reaches (paths.ts, the kernel shared with betweenness).
 *
 * Runs in O(n·m) time and O(n) extra memory. `progress(fraction)` is called after each of about
 * 128 chunks of sources.
 */
import { CLOSENESS, allSourcesJob, closenessFromSums, runPaths } from "./paths";
import type { SimpleGraph } from "./simple-graph";

export function closeness(g: SimpleGraph, progress?: (fraction: number) => void): Float64Array {
  const sums = runPaths(allSourcesJob(g.order, g.out.offsets, g.out.targets, CLOSENESS), progress);
  return closenessFromSums(g.order, sums);
}
