/**
 * Louvain communities like networkx's `louvain_communities(G, seed)` (louvain.ts: same gains,
 * directed modularity for directed graphs, weighted by `weight`), on the projected graph.
 * A single Louvain run depends on the order it visits nodes (networkx's own modularity on the
 * curated graph ranges 0.41–0.43 over seeds), so on small graphs (n + m ≤ 20,000) this keeps the
 * best of 4 runs, each with its own seeded order; on larger ones, where single runs agree within
 * about 1%, it makes one run. Same graph and seed, same partition;
 * modularity at least networkx's − 2% (tested).
 * Communities are renumbered 0, 1, … from the largest down (ties: first node first). A graph
 * without edge weight gets one community per node.
 *
 * Runs in about O(runs · m log n).
 */
import { louvain } from "./louvain";
import { modularity } from "./modularity";
import type { SimpleGraph } from "./simple-graph";

/** Graphs up to this many nodes + edges get 4 runs (a few ms each); larger ones one. */
export const MULTI_RUN_LIMIT = 20_000;

export function communities(g: SimpleGraph, seed = 42, runs = g.order + g.size <= MULTI_RUN_LIMIT ? 4 : 1): Int32Array {
  let best = -Infinity;
  let labels: Int32Array | undefined;
  for (let run = 0; run < runs; run++) {
    const candidate = louvain(g, { seed: seed + run * 0x9e3779b9 });
    const q = modularity(g, candidate);
    if (q === null) return renumberBySize(candidate);
    if (q > best) [best, labels] = [q, candidate];
  }
  return renumberBySize(labels ?? new Int32Array(0));
}

/** Renumber so community 0 is the largest; ties go to the community whose first node comes first. */
function renumberBySize(labels: Int32Array): Int32Array {
  const n = labels.length;
  const size = new Int32Array(n);
  const first = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const c = labels[i]!;
    size[c]!++;
    if (first[c]! < 0) first[c] = i;
  }
  const present: number[] = [];
  for (let c = 0; c < n; c++) if (size[c]! > 0) present.push(c);
  present.sort((a, b) => size[b]! - size[a]! || first[a]! - first[b]!);
  const rank = new Int32Array(n);
  present.forEach((c, r) => (rank[c] = r));
  return labels.map((c) => rank[c]!);
}
