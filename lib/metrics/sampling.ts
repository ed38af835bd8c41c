/**
 * Sampled betweenness for very large graphs (off by default): Brandes' dependencies from k
 * sources drawn without replacement, scaled as networkx's `betweenness_centrality(G, k, seed)`
 * (3.6: a node's value is the mean of δ_s(v)/(n − 2) over the sampled sources s ≠ v, so a
 * sampled source is divided by k − 1 and any other node by k). With the same sources the values
 * equal networkx's (tested); the generator differs from Python's, so a seed picks other sources.
 *
 * The error is stated two ways (`SamplingReport`):
 * - `bound`: a guarantee. Each term δ_s(v)/(n − 2) lies in [0, 1], so Hoeffding's inequality with
 *   Serfling's correction for sampling without replacement, and a union bound over the n nodes,
 *   gives: with probability ≥ 95%, every node's estimate is within ±bound of its exact value,
 *   bound = sqrt((1 − (k' − 1)/N) · ln(2n / 0.05) / (2k')), k' = k − 1, N = n − 1. It is 0 when
 *   k = n and shrinks as 1/√k, but it is a worst case: real errors are far smaller.
 * - `spread`: an estimate from the sample itself: the largest over nodes of 1.96 standard errors
 *   (with the finite-population correction), a 95% normal-approximation interval half-width.
 */
import { seededRng } from "../util/rng";

export interface BetweennessSample {
  /** Number of sources to sample (2 ≤ k); k ≥ n computes exact betweenness. */
  k: number;
  /** Seed of the source sampler (default 42). */
  seed?: number;
}

export interface SamplingReport {
  metric: "betweenness";
  /** Sources sampled, and the number of nodes. */
  sources: number;
  nodes: number;
  seed: number | null;
  confidence: 0.95;
  /** Guaranteed: every node's error ≤ bound with probability ≥ confidence (normalised units). */
  bound: number;
  /** Estimated: the largest per-node 95% interval half-width from the sample's own variance. */
  spread: number;
}

/** k distinct node indices in [0, n), seeded (a partial Fisher–Yates shuffle), ascending. */
export function sampleSources(n: number, k: number, seed = 42): Int32Array {
  const rng = seededRng(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  return pool.slice(0, take).sort();
}

/** The guaranteed error bound (see the file comment) for k sampled sources of n nodes. */
export function samplingBound(n: number, k: number, confidence = 0.95): number {
  if (n <= 2 || k >= n) return 0;
  const kValid = Math.max(1, k - 1);
  const population = n - 1;
  const serfling = Math.max(0, 1 - (kValid - 1) / population);
  return Math.sqrt((serfling * Math.log((2 * n) / (1 - confidence))) / (2 * kValid));
}

/**
 * networkx's sampled betweenness from dependency sums over `sources` (ascending), and the sample's
 * largest 95% interval half-width.
 */
export function sampledBetweenness(
  n: number,
  sources: Int32Array,
  dependency: Float64Array,
  dependencySq: Float64Array,
): { values: Float64Array; spread: number } {
  const values = new Float64Array(n);
  const k = sources.length;
  if (n <= 2 || k === 0) return { values, spread: 0 };
  const isSource = new Uint8Array(n);
  for (let i = 0; i < k; i++) isSource[sources[i]!] = 1;
  const span = n - 2;
  const population = n - 1;
  let spread = 0;
  for (let v = 0; v < n; v++) {
    const count = isSource[v] ? k - 1 : k; // sources that can have v strictly inside a path
    if (count <= 0) {
      values[v] = Number.NaN; // networkx: no data for the only sampled source
      continue;
    }
    const mean = dependency[v]! / (count * span);
    values[v] = mean;
    if (count > 1) {
      const sq = dependencySq[v]! / (span * span);
      const variance = Math.max(0, (sq - count * mean * mean) / (count - 1));
      const fpc = Math.max(0, 1 - count / population);
      spread = Math.max(spread, 1.96 * Math.sqrt((fpc * variance) / count));
    }
  }
  return { values, spread };
}

/** The note an analysis with sampled betweenness carries (Analysis.graph.notes). */
export function describeSampling(s: SamplingReport): string {
  return (
    `betweenness is estimated from ${s.sources} of ${s.nodes} sources${s.seed === null ? "" : ` (seed ${s.seed})`}: ` +
    `every value is within ±${s.bound.toPrecision(2)} of the exact one with 95% confidence (Hoeffding–Serfling bound, all nodes at once); ` +
    `the sample's own spread suggests errors up to ±${s.spread.toPrecision(2)}.`
  );
}
