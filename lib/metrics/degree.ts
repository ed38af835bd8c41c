/**
 * Degrees as networkx's `G.degree()`, `G.in_degree()`, `G.out_degree()` and `G.degree(weight="weight")`
 * on the projected simple graph. Undirected: a self-loop counts 2 and in/out degree equal degree.
 * Each runs in O(n) (weighted: O(n + m)).
 */
import type { Csr, SimpleGraph } from "./simple-graph";

const count = (c: Csr, i: number) => c.offsets[i + 1]! - c.offsets[i]!;

function sum(c: Csr, i: number): number {
  let s = 0;
  for (let e = c.offsets[i]!; e < c.offsets[i + 1]!; e++) s += c.weights[e]!;
  return s;
}

export function outDegree(g: SimpleGraph): Float64Array {
  return g.directed ? Float64Array.from(g.keys, (_, i) => count(g.out, i)) : degree(g);
}

export function inDegree(g: SimpleGraph): Float64Array {
  return g.directed ? Float64Array.from(g.keys, (_, i) => count(g.in, i)) : degree(g);
}

export function degree(g: SimpleGraph): Float64Array {
  return Float64Array.from(g.keys, (_, i) => (g.directed ? count(g.out, i) + count(g.in, i) : count(g.out, i) + g.hasLoop[i]!));
}

export function weightedDegree(g: SimpleGraph): Float64Array {
  return Float64Array.from(g.keys, (_, i) => (g.directed ? sum(g.out, i) + sum(g.in, i) : sum(g.out, i) + g.loopWeight[i]!));
}
