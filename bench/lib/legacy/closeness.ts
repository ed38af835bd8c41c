/**
 * Closeness centrality as networkx's `closeness_centrality(G)` (wf_improved=True): for node v with
 * r nodes that reach it at total distance d, (r / d) · (r / (n − 1)); 0 when nothing reaches it.
 * Directed graphs use incoming distances (a BFS over in-edges), as networkx does.
 *
 * Runs in O(n·m) time and O(n) extra memory. `progress(fraction)` is called every 256 nodes.
 */
import type { SimpleGraph } from "./simple-graph";

export function closeness(g: SimpleGraph, progress?: (fraction: number) => void): Float64Array {
  const n = g.order;
  const { offsets, targets } = g.in;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);

  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    let total = 0;
    queue[tail++] = s;
    dist[s] = 0;
    while (head < tail) {
      const v = queue[head++]!;
      const d = dist[v]! + 1;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = targets[e]!;
        if (dist[w]! >= 0) continue;
        dist[w] = d;
        total += d;
        queue[tail++] = w;
      }
    }
    const reached = tail - 1;
    result[s] = total > 0 && n > 1 ? (reached / total) * (reached / (n - 1)) : 0;
    for (let i = 0; i < tail; i++) dist[queue[i]!] = -1;
    if (progress && (s & 255) === 255) progress((s + 1) / n);
  }
  return result;
}
