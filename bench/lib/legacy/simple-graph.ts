/**
 * Project any graphology graph onto the simple graph networkx computes on, stored as typed-array
 * adjacency (CSR) so that every metric runs on the same cleaned copy.
 *
 * The rule (see README.md, "Projection"):
 * - directed unless the graph's type is "undirected" (override with `options.directed`); in a
 *   directed projection an undirected edge of a mixed graph becomes two arcs u→v and v→u;
 * - parallel edges (same ordered pair when directed, same unordered pair when undirected) merge into
 *   one edge whose weight is the SUM of their weights, so an unweighted multigraph gets
 *   weight = number of parallel edges;
 * - an edge's weight is its `weight` attribute, 1 when absent; anything but a finite number ≥ 0 throws;
 * - self-loops are kept (once); node keys stay strings exactly as given.
 */
import type { AnyGraph } from "../../../lib/model/graph";
import { edgeWeight, projectionStart, type Csr, type ProjectOptions, type SimpleGraph } from "../../../lib/metrics/simple-graph";

export type { SimpleGraph };

/**
 * Runs in O(n + m) time and memory (a hash map merges parallel edges).
 * @throws TypeError when `graph` is not a graphology graph or an edge weight is invalid.
 */
export function toSimpleGraph(graph: AnyGraph, options: ProjectOptions = {}): SimpleGraph {
  const { directed, keys, n, index } = projectionStart(graph, options);

  // Merge parallel edges: pair code s·n + t → position in src/dst/wt.
  const position = new Map<number, number>();
  const src: number[] = [];
  const dst: number[] = [];
  const wt: number[] = [];
  const add = (s: number, t: number, w: number) => {
    if (!directed && s > t) [s, t] = [t, s];
    const code = s * n + t;
    const at = position.get(code);
    if (at === undefined) {
      position.set(code, src.length);
      src.push(s);
      dst.push(t);
      wt.push(w);
    } else wt[at]! += w;
  };
  graph.forEachEdge((edge, attributes, source, target, _sa, _ta, undirected) => {
    const w = edgeWeight(edge, attributes);
    const s = index.get(source)!;
    const t = index.get(target)!;
    add(s, t, w);
    if (directed && undirected && s !== t) add(t, s, w);
  });

  const loopWeight = new Float64Array(n);
  const hasLoop = new Uint8Array(n);
  let selfLoops = 0;
  for (let e = 0; e < src.length; e++) {
    if (src[e] !== dst[e]) continue;
    hasLoop[src[e]!] = 1;
    loopWeight[src[e]!] = wt[e]!;
    selfLoops++;
  }

  let out: Csr;
  let inc: Csr;
  if (directed) {
    out = buildCsr(n, src, dst, wt, false);
    inc = buildCsr(n, dst, src, wt, false);
  } else {
    out = inc = buildCsr(n, src, dst, wt, true);
  }

  // Undirected view: each unordered pair once, no loops.
  const seen = new Set<number>();
  const us: number[] = [];
  const ut: number[] = [];
  for (let e = 0; e < src.length; e++) {
    const a = Math.min(src[e]!, dst[e]!);
    const b = Math.max(src[e]!, dst[e]!);
    const code = a * n + b;
    if (a === b || seen.has(code)) continue;
    seen.add(code);
    us.push(a);
    ut.push(b);
  }
  const undirectedView = buildCsr(n, us, ut, new Array<number>(us.length).fill(1), true);

  return { directed, keys, order: n, inputSize: graph.size, size: src.length, selfLoops, out, in: inc, undirected: undirectedView, loopWeight, hasLoop };
}

/** CSR from an edge list; `symmetric` also lists each edge at its target (a loop only once). */
function buildCsr(n: number, from: number[], to: number[], w: number[], symmetric: boolean): Csr {
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) {
    offsets[from[e]! + 1]!++;
    if (symmetric && from[e] !== to[e]) offsets[to[e]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let e = 0; e < from.length; e++) {
    const a = from[e]!;
    const b = to[e]!;
    targets[fill[a]!] = b;
    weights[fill[a]!++] = w[e]!;
    if (symmetric && a !== b) {
      targets[fill[b]!] = a;
      weights[fill[b]!++] = w[e]!;
    }
  }
  return { offsets, targets, weights };
}
