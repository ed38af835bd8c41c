/**
 * Betweenness centrality as networkx's `betweenness_centrality(G)`: normalised, unweighted,
 * endpoints excluded. Brandes' algorithm with one BFS per source over typed arrays; predecessors
 * are found again through in-neighbours instead of being stored. Scaled by 1 / ((n − 1)(n − 2))
 * for directed and undirected graphs alike (networkx counts ordered pairs in both); 0 when n ≤ 2.
 *
 * Runs in O(n·m) time and O(n + m) memory. `progress(fraction)` is called every 256 sources.
 */
import type { SimpleGraph } from "./simple-graph";

export function betweenness(g: SimpleGraph, progress?: (fraction: number) => void): Float64Array {
  const n = g.order;
  const { offsets: oo, targets: ot } = g.out;
  const { offsets: io, targets: it } = g.in;
  const bc = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n); // BFS queue, then the stack of visited nodes

  for (let s = 0; s < n; s++) {
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dw = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let e = oo[v]!; e < oo[v + 1]!; e++) {
        const w = ot[e]!;
        if (dist[w]! < 0) {
          dist[w] = dw;
          order[tail++] = w;
        }
        if (dist[w] === dw) sigma[w]! += sv;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coeff = (1 + delta[w]!) / sigma[w]!;
      const dv = dist[w]! - 1;
      for (let e = io[w]!; e < io[w + 1]!; e++) {
        const v = it[e]!;
        if (dist[v] === dv) delta[v]! += sigma[v]! * coeff;
      }
      bc[w]! += delta[w]!;
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i]!;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
    if (progress && (s & 255) === 255) progress((s + 1) / n);
  }
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) bc[v]! *= scale;
  }
  return bc;
}
