/**
 * PageRank as networkx's `pagerank(G, alpha=0.85)` (its scipy power iteration): weighted by the
 * projected `weight`, uniform teleport, dangling nodes (out-weight 0, zero-weight edges included)
 * spread uniformly, stop when the L1 change < n · tol. An undirected edge counts once in both rows
 * and a self-loop once, as in `to_scipy_sparse_array`.
 *
 * Runs in O(maxIter · (n + m)). Returns null when it does not converge (networkx raises).
 */
import type { SimpleGraph } from "./simple-graph";

export interface PagerankOptions {
  alpha?: number;
  maxIter?: number;
  tol?: number;
}

export function pagerank(g: SimpleGraph, { alpha = 0.85, maxIter = 100, tol = 1e-6 }: PagerankOptions = {}): Float64Array | null {
  const n = g.order;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets, weights } = g.out;
  const inverse = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    let s = 0;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) s += weights[e]!;
    inverse[u] = s !== 0 ? 1 / s : 0;
  }
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 0; iter < maxIter; iter++) {
    next.fill(0);
    let dangling = 0;
    for (let u = 0; u < n; u++) {
      if (inverse[u] === 0) {
        dangling += x[u]!;
        continue;
      }
      const share = x[u]! * inverse[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) next[targets[e]!]! += share * weights[e]!;
    }
    let err = 0;
    for (let v = 0; v < n; v++) {
      next[v] = alpha * (next[v]! + dangling / n) + (1 - alpha) / n;
      err += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return x;
  }
  return null;
}
