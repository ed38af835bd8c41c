/**
 * Eigenvector centrality as networkx's `eigenvector_centrality(G, max_iter, tol=1e-6)`: unweighted,
 * summing over in-edges (left eigenvector), power iteration on A + I from a uniform start,
 * Euclidean normalisation, stop when the L1 change < n · tol.
 *
 * It does not converge on graphs without a dominant cycle structure (e.g. acyclic graphs, where the
 * iteration only creeps towards the sinks); networkx then raises PowerIterationFailedConvergence and
 * this returns `values: null`. Runs in O(maxIter · (n + m)).
 */
import type { SimpleGraph } from "./simple-graph";

export interface EigenvectorResult {
  values: Float64Array | null;
  iterations: number;
}

export function eigenvector(g: SimpleGraph, { maxIter = 1000, tol = 1e-6 } = {}): EigenvectorResult {
  const n = g.order;
  if (n === 0) return { values: new Float64Array(0), iterations: 0 };
  const { offsets, targets } = g.out;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iter = 1; iter <= maxIter; iter++) {
    next.set(x);
    for (let u = 0; u < n; u++) {
      const xu = x[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) next[targets[e]!]! += xu;
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += next[v]! * next[v]!;
    norm = Math.sqrt(norm) || 1;
    let err = 0;
    for (let v = 0; v < n; v++) {
      next[v]! /= norm;
      err += Math.abs(next[v]! - x[v]!);
    }
    [x, next] = [next, x];
    if (err < n * tol) return { values: x, iterations: iter };
  }
  return { values: null, iterations: maxIter };
}
