/**
 * The entry points: metrics per node, per graph, or both, for any graphology graph. Each projects
 * the graph once into CSR (simple-graph.ts) and runs the registry's metrics on that copy; the
 * input graph is never modified. Betweenness and closeness share one all-pairs pass (paths.ts).
 *
 * - `analyzeGraph` is synchronous and single-threaded: call it in a Web Worker or a worker thread
 *   for big graphs. `onProgress` reports the fraction done, `signal` is checked between metrics and
 *   after every chunk of BFS sources.
 * - `analyzeGraphWith(graph, runner)` is the same analysis with the all-pairs pass split across the
 *   runner's workers (a `PathsRunner`: node-pool.ts for worker_threads, web-pool.ts for Web Workers;
 *   `analyzeGraphParallel` in node.ts picks the Node pool). This thread computes the other metrics
 *   while the workers run; the partial sums are merged, so the result is the same analysis.
 *
 * Cost: O(n·m) for betweenness and closeness, about O(n + m) per iteration for the rest.
 */
import { graphMetrics } from "./graph-metrics";
import { modularity } from "./modularity";
import {
  BETWEENNESS,
  CLOSENESS,
  SQUARES,
  betweennessFromSums,
  closenessFromSums,
  runPaths,
  type PathSums,
  type PathsJob,
} from "./paths";
import { NODE_METRICS, type MetricContext, type NodeMetricDescriptor } from "./registry";
import { describeSampling, sampleSources, sampledBetweenness, samplingBound, type SamplingReport } from "./sampling";
import { toSimpleGraph, type SimpleGraph } from "./simple-graph";
import type { AnyGraph } from "../model/graph";
import type { Analysis, GraphMetrics, MetricsOptions, NodeMetrics } from "./types";

/** Runs an all-pairs job somewhere else (workers) and resolves with the merged sums. */
export interface PathsRunner {
  /** Workers the runner splits a job across. */
  readonly size: number;
  run(job: PathsJob, options?: { onProgress?: (fraction: number) => void; signal?: AbortSignal }): Promise<PathSums>;
}

/** Below this much all-pairs work (sources × (n + m)) workers cost more than they save. */
export const PARALLEL_MIN_WORK = 4e6;

export interface PathsResult {
  betweenness: Float64Array;
  closeness: Float64Array;
  sampling?: SamplingReport;
}

export interface PathsPlan {
  job: PathsJob;
  /** Estimated cost in edge visits, to weight progress and decide on workers. */
  work: number;
  finish(sums: PathSums): PathsResult;
}

/** The all-pairs job of a graph: every node a source, or sampled sources for betweenness. */
export function planPaths(g: SimpleGraph, sample?: MetricsOptions["betweennessSample"]): PathsPlan {
  const n = g.order;
  const visit = n + g.out.targets.length;
  const sources = new Int32Array(n);
  for (let i = 0; i < n; i++) sources[i] = i;
  const modes = new Uint8Array(n);
  const job: PathsJob = { order: n, offsets: g.out.offsets, targets: g.out.targets, sources, modes };
  const sampled = sample ? sampledSourcesOf(g, sample) : null;
  if (!sampled) {
    modes.fill(BETWEENNESS | CLOSENESS);
    return {
      job,
      work: 2 * n * visit,
      finish: (sums) => ({ betweenness: betweennessFromSums(n, sums), closeness: closenessFromSums(n, sums) }),
    };
  }
  modes.fill(CLOSENESS);
  for (const s of sampled.sources) modes[s] = BETWEENNESS | CLOSENESS | SQUARES;
  return {
    job,
    work: (n + sampled.sources.length) * visit,
    finish: (sums) => {
      const { values, spread } = sampledBetweenness(n, sampled.sources, sums.dependency, sums.dependencySq);
      const k = sampled.sources.length;
      return {
        betweenness: values,
        closeness: closenessFromSums(n, sums),
        sampling: { metric: "betweenness", sources: k, nodes: n, seed: sampled.seed, confidence: 0.95, bound: samplingBound(n, k), spread },
      };
    },
  };
}

function sampledSourcesOf(g: SimpleGraph, sample: NonNullable<MetricsOptions["betweennessSample"]>): { sources: Int32Array; seed: number | null } | null {
  const n = g.order;
  if ("sources" in sample) {
    const index = new Map(g.keys.map((k, i) => [k, i]));
    const picked = new Set<number>();
    for (const key of sample.sources) {
      const i = index.get(key);
      if (i === undefined) throw new RangeError(`lib/metrics: betweennessSample.sources names "${key}", which is not a node of the graph.`);
      picked.add(i);
    }
    if (picked.size >= n || n <= 2) return null;
    if (picked.size < 2) throw new RangeError("lib/metrics: betweennessSample needs at least 2 sources.");
    return { sources: Int32Array.from(picked).sort(), seed: null };
  }
  const { k, seed = 42 } = sample;
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`lib/metrics: betweennessSample.k must be an integer ≥ 2 (got ${k}).`);
  if (k >= n || n <= 2) return null;
  return { sources: sampleSources(n, k, seed), seed };
}

/** Per-node metrics keyed by node key. @throws TypeError on a non-graph or an invalid weight. */
export function computeNodeMetrics(graph: AnyGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  return analyzeGraph(graph, options).nodes;
}

/** Per-graph structural metrics. @throws TypeError on a non-graph or an invalid weight. */
export function computeGraphMetrics(graph: AnyGraph, options: Pick<MetricsOptions, "directed"> = {}): GraphMetrics {
  return graphMetrics(toSimpleGraph(graph, options));
}

/** Both, plus the communities' count and modularity and notes on missing metrics. Synchronous. */
export function analyzeGraph(graph: AnyGraph, options: MetricsOptions = {}): Analysis {
  options.signal?.throwIfAborted();
  const g = toSimpleGraph(graph, options);
  return analyzeInThread(g, planPaths(g, options.betweennessSample), options);
}

function analyzeInThread(g: SimpleGraph, plan: PathsPlan, options: MetricsOptions): Analysis {
  const run = new NodeRun(g, plan, options);
  let paths: PathsResult | undefined;
  run.compute(NODE_METRICS, () => (paths ??= plan.finish(runPaths(plan.job, (f) => run.progress("betweenness", f)))));
  return run.finish(paths);
}

/**
 * `analyzeGraph` with the all-pairs pass on `runner`'s workers, while this thread computes the
 * other metrics. Small graphs (work below `minWork`, default PARALLEL_MIN_WORK) or a runner of
 * fewer than 2 workers run in this thread. Rejects with the signal's reason when aborted; no partial result escapes.
 */
export async function analyzeGraphWith(
  graph: AnyGraph,
  runner: PathsRunner | undefined,
  options: MetricsOptions = {},
  minWork = PARALLEL_MIN_WORK,
): Promise<Analysis> {
  options.signal?.throwIfAborted();
  const g = toSimpleGraph(graph, options);
  const plan = planPaths(g, options.betweennessSample);
  if (!runner || runner.size < 2 || plan.work < minWork) return analyzeInThread(g, plan, options);

  const run = new NodeRun(g, plan, options);
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal!.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const pending = runner.run(plan.job, { signal: stop.signal, onProgress: (f) => run.progress("betweenness", f, false) });
    pending.catch(() => undefined); // awaited below; a local failure must not leave it unhandled
    const local = NODE_METRICS.filter((d) => d.cost !== "all-pairs");
    const allPairs = NODE_METRICS.filter((d) => d.cost === "all-pairs");
    const unavailable = () => {
      throw new Error("lib/metrics: all-pairs metrics are computed by the workers");
    };
    try {
      run.compute(local, unavailable);
    } catch (e) {
      stop.abort(e);
      throw e;
    }
    const paths = plan.finish(await pending);
    run.compute(allPairs, () => paths);
    return run.finish(paths);
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}

const COST: Record<Exclude<NodeMetricDescriptor["cost"], "all-pairs">, (n: number, m: number) => number> = {
  linear: (n, m) => n + m,
  iterative: (n, m) => 30 * (n + m),
};

/** One run's columns, notes and progress accounting. */
class NodeRun {
  private readonly columns = new Map<string, ArrayLike<number> | null>();
  private readonly notes: string[] = [];
  private readonly cost = new Map<string, number>();
  private readonly total: number;
  private doneLocal = 0;
  private pathsFraction = 0;
  private pathsCost = 0;
  private last = 0;

  constructor(
    private readonly g: SimpleGraph,
    plan: PathsPlan,
    private readonly options: MetricsOptions,
  ) {
    let first = true;
    for (const d of NODE_METRICS) {
      // The all-pairs metrics share one pass: the first carries its cost.
      const c = d.cost === "all-pairs" ? (first ? plan.work : 0) : COST[d.cost](g.order, g.size);
      if (d.cost === "all-pairs" && first) {
        first = false;
        this.pathsCost = c;
      }
      this.cost.set(d.id, c + 1);
    }
    this.total = [...this.cost.values()].reduce((a, b) => a + b, 0);
  }

  /** Report progress of `metric` (for "betweenness": of the all-pairs pass); throws when aborted. */
  progress(metric: string, fraction: number, check = true): void {
    if (check) this.options.signal?.throwIfAborted();
    if (metric === "betweenness") this.pathsFraction = fraction;
    const local = metric === "betweenness" ? 0 : fraction * (this.cost.get(metric) ?? 0);
    const done = (this.doneLocal + local + this.pathsFraction * this.pathsCost) / this.total;
    this.last = Math.max(this.last, Math.min(done, 1));
    this.options.onProgress?.(this.last, metric);
  }

  compute(descriptors: readonly NodeMetricDescriptor[], paths: MetricContext["paths"]): void {
    const { seed = 42, eigenvectorMaxIter = 1000 } = this.options;
    for (const d of descriptors) {
      const ctx: MetricContext = { seed, eigenvectorMaxIter, progress: (f) => this.progress(d.id, f), paths };
      this.progress(d.id, 0);
      const { values, note } = d.compute(this.g, ctx);
      if (note) this.notes.push(note);
      this.columns.set(d.id, values);
      if (d.cost === "all-pairs") {
        this.pathsFraction = 1;
        this.doneLocal += 1; // the pass itself is counted by pathsFraction
      } else this.doneLocal += this.cost.get(d.id)!;
    }
  }

  finish(paths: PathsResult | undefined): Analysis {
    this.options.signal?.throwIfAborted();
    this.options.onProgress?.(1, "done");
    const { g } = this;
    const order = NODE_METRICS.map((d) => [d.id, this.columns.get(d.id)!] as const);
    const nodes: Record<string, NodeMetrics> = Object.create(null);
    for (let i = 0; i < g.order; i++) {
      const row: Record<string, number | null> = {};
      for (const [id, values] of order) row[id] = values ? values[i]! : null;
      nodes[g.keys[i]!] = row as unknown as NodeMetrics;
    }
    const community = this.columns.get("community")!;
    const sampling = paths?.sampling;
    const notes = [...this.notes];
    if (sampling) notes.push(describeSampling(sampling));
    let communities = 0;
    const seen = new Uint8Array(g.order);
    for (let i = 0; i < community.length; i++) {
      if (seen[community[i]!]) continue;
      seen[community[i]!] = 1;
      communities++;
    }
    return {
      graph: { ...graphMetrics(g), communities, modularity: modularity(g, community), notes, ...(sampling ? { sampling } : {}) },
      nodes,
    };
  }
}
