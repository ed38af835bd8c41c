/**
 * Project any graphology graph onto the simple graph networkx computes on, stored once as
 * typed-array adjacency (CSR) that every metric then reads: the one representation of the engine.
 *
 * The rule (see README.md, "Projection"):
 * - directed unless the graph's type is "undirected" (override with `options.directed`); in a
 *   directed projection an undirected edge of a mixed graph becomes two arcs u→v and v→u;
 * - parallel edges (same ordered pair when directed, same unordered pair when undirected) merge into
 *   one edge whose weight is the SUM of their weights, so an unweighted multigraph gets
 *   weight = number of parallel edges;
 * - an edge's weight is its `weight` attribute, 1 when absent; anything but a finite number ≥ 0 throws;
 * - self-loops are kept (once); node keys stay strings exactly as given.
 *
 * Built in O(n + m) with counting sorts and a per-row marker array (no hash map of pairs): the edges
 * are read once from graphology into flat arrays, bucketed by source, and parallel edges merged
 * row by row.
 */
import type { Attributes } from "graphology-types";
import type { AnyGraph } from "../model/graph";

/** Compressed sparse rows: the neighbours of node i are `targets[offsets[i] .. offsets[i + 1])`. */
export interface Csr {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

export interface SimpleGraph {
  directed: boolean;
  /** Node keys; node i of every array below is `keys[i]`. */
  keys: string[];
  order: number;
  /** Edges of the input graph, each parallel edge counted. */
  inputSize: number;
  /** Edges after projection, self-loops included (networkx `number_of_edges()`). */
  size: number;
  selfLoops: number;
  /** Out-neighbours; when undirected, all neighbours (a self-loop listed once, as in networkx `G[u]`). */
  out: Csr;
  /** In-neighbours; the same object as `out` when undirected. */
  in: Csr;
  /** Undirected view without self-loops, each pair once (networkx `G.to_undirected()` minus loops). */
  undirected: Csr;
  /** Weight of each node's self-loop, 0 when it has none (see `hasLoop`). */
  loopWeight: Float64Array;
  hasLoop: Uint8Array;
}

export interface ProjectOptions {
  /** Directed projection; defaults to `graph.type !== "undirected"`. */
  directed?: boolean;
}

export function isGraphologyGraph(value: unknown): value is AnyGraph {
  const g = value as AnyGraph | null;
  return (
    typeof g === "object" && g !== null && typeof g.forEachEdge === "function" && typeof g.nodes === "function" && typeof g.order === "number"
  );
}

/** An edge's weight as networkx reads it: `weight` attribute, default 1. Throws on anything else. */
export function edgeWeight(edge: string, attributes: Attributes): number {
  const w: unknown = attributes.weight;
  if (w === undefined) return 1;
  if (typeof w === "number" && Number.isFinite(w) && w >= 0) return w;
  throw new TypeError(`lib/metrics: edge "${edge}" has weight ${JSON.stringify(w) ?? String(w)}; expected a finite number ≥ 0.`);
}

/**
 * The first step of every projection (this one and the bench's previous engine): check the graph,
 * pick the direction, number the nodes in graph order.
 * @throws TypeError when `graph` is not a graphology graph.
 */
export function projectionStart(graph: AnyGraph, options: ProjectOptions): { directed: boolean; keys: string[]; n: number; index: Map<string, number> } {
  if (!isGraphologyGraph(graph)) throw new TypeError("lib/metrics/toSimpleGraph: given graph is not a graphology instance.");
  const directed = options.directed ?? graph.type !== "undirected";
  const keys = graph.nodes();
  const n = keys.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(keys[i]!, i);
  return { directed, keys, n, index };
}

/**
 * Runs in O(n + m) time and memory.
 * @throws TypeError when `graph` is not a graphology graph or an edge weight is invalid.
 */
export function toSimpleGraph(graph: AnyGraph, options: ProjectOptions = {}): SimpleGraph {
  const { directed, keys, n, index } = projectionStart(graph, options);

  // 1. Every arc as given (an undirected edge of a directed projection twice, once each way; an
  //    undirected projection stores each edge as the pair min → max).
  const capacity = directed && graph.type !== "directed" ? 2 * graph.size : graph.size;
  const from = new Int32Array(capacity);
  const to = new Int32Array(capacity);
  const weight = new Float64Array(capacity);
  let arcs = 0;
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const w = edgeWeight(edge, attributes);
    let s = index.get(source)!;
    let t = index.get(target)!;
    if (!directed && s > t) [s, t] = [t, s];
    from[arcs] = s;
    to[arcs] = t;
    weight[arcs++] = w;
    if (directed && undirected && s !== t) {
      from[arcs] = t;
      to[arcs] = s;
      weight[arcs++] = w;
    }
  });

  // 2. Merge parallel arcs: bucket by source, then one pass per row with a marker per target.
  const merged = mergeRows(n, from, to, weight, arcs);
  const size = merged.targets.length;

  const loopWeight = new Float64Array(n);
  const hasLoop = new Uint8Array(n);
  let selfLoops = 0;
  for (let u = 0; u < n; u++) {
    for (let e = merged.offsets[u]!; e < merged.offsets[u + 1]!; e++) {
      if (merged.targets[e] !== u) continue;
      hasLoop[u] = 1;
      loopWeight[u] = merged.weights[e]!;
      selfLoops++;
    }
  }

  let out: Csr;
  let inc: Csr;
  let undirectedView: Csr;
  if (directed) {
    out = merged;
    inc = transpose(n, merged);
    undirectedView = undirectedOf(n, merged);
  } else {
    // merged lists each pair once at its smaller end: list it at both ends (a loop once).
    out = inc = symmetric(n, merged, true);
    undirectedView = symmetric(n, merged, false);
    undirectedView.weights.fill(1);
  }
  return { directed, keys, order: n, inputSize: graph.size, size, selfLoops, out, in: inc, undirected: undirectedView, loopWeight, hasLoop };
}

/** CSR of the first `count` arcs with parallel arcs merged (weights summed), in order of first appearance per row. */
export function mergeRows(n: number, from: Int32Array, to: Int32Array, weight: Float64Array, count: number): Csr {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < count; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const rowTo = new Int32Array(count);
  const rowW = new Float64Array(count);
  for (let e = 0; e < count; e++) {
    const p = fill[from[e]!]!++;
    rowTo[p] = to[e]!;
    rowW[p] = weight[e]!;
  }
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(count);
  const weights = new Float64Array(count);
  // mark[t]: where t was written; a mark below the current row's start is from an earlier row.
  const mark = new Int32Array(n).fill(-1);
  let write = 0;
  for (let u = 0; u < n; u++) {
    const rowStart = write;
    for (let e = start[u]!; e < start[u + 1]!; e++) {
      const t = rowTo[e]!;
      const at = mark[t]!;
      if (at >= rowStart) weights[at]! += rowW[e]!;
      else {
        mark[t] = write;
        targets[write] = t;
        weights[write++] = rowW[e]!;
      }
    }
    offsets[u + 1] = write;
  }
  return { offsets, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/** In-neighbours of a directed CSR (counting sort by target). */
function transpose(n: number, c: Csr): Csr {
  const offsets = new Int32Array(n + 1);
  const m = c.targets.length;
  for (let e = 0; e < m; e++) offsets[c.targets[e]! + 1]!++;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = c.offsets[u]!; e < c.offsets[u + 1]!; e++) {
      const p = fill[c.targets[e]!]!++;
      targets[p] = u;
      weights[p] = c.weights[e]!;
    }
  }
  return { offsets, targets, weights };
}

/** Both ends of each pair of a CSR that lists every pair once at one end; loops kept once or dropped. */
function symmetric(n: number, c: Csr, keepLoops: boolean): Csr {
  const offsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    for (let e = c.offsets[u]!; e < c.offsets[u + 1]!; e++) {
      const v = c.targets[e]!;
      if (v === u) {
        if (keepLoops) offsets[u + 1]!++;
        continue;
      }
      offsets[u + 1]!++;
      offsets[v + 1]!++;
    }
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let u = 0; u < n; u++) {
    for (let e = c.offsets[u]!; e < c.offsets[u + 1]!; e++) {
      const v = c.targets[e]!;
      const w = c.weights[e]!;
      if (v === u && !keepLoops) continue;
      targets[fill[u]!] = v;
      weights[fill[u]!++] = w;
      if (v !== u) {
        targets[fill[v]!] = u;
        weights[fill[v]!++] = w;
      }
    }
  }
  return { offsets, targets, weights };
}

/** The undirected view of a directed CSR: u→v and v→u become one pair, loops dropped, weight 1. */
function undirectedOf(n: number, c: Csr): Csr {
  const m = c.targets.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  let count = 0;
  for (let u = 0; u < n; u++) {
    for (let e = c.offsets[u]!; e < c.offsets[u + 1]!; e++) {
      const v = c.targets[e]!;
      if (v === u) continue;
      from[count] = u < v ? u : v;
      to[count++] = u < v ? v : u;
    }
  }
  const pairs = mergeRows(n, from, to, new Float64Array(count), count);
  const view = symmetric(n, pairs, false);
  view.weights.fill(1);
  return view;
}
