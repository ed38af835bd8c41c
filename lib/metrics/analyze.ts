/**
 * The entry points: metrics per node, per graph, or both, for any graphology graph. Each projects
 * the graph once (simple-graph.ts) and runs the registry's metrics on that copy; the input graph is
 * never modified. Synchronous, so run big graphs in a Web Worker: `onProgress` reports the
 * fraction done and `signal` is checked between metrics and during the O(n·m) ones.
 *
 * Cost: O(n·m) for betweenness and closeness, about O(n + m) per iteration for the rest.
 */
import { graphMetrics } from "./graph-metrics";
import { modularity } from "./modularity";
import { NODE_METRICS, type NodeMetricDescriptor } from "./registry";
import { toSimpleGraph, type SimpleGraph } from "./simple-graph";
import type { Analysis, AnyGraph, GraphMetrics, MetricsOptions, NodeMetrics } from "./types";

interface NodeRun {
  nodes: Record<string, NodeMetrics>;
  communities: number;
  modularity: number | null;
  notes: string[];
}

/** Per-node metrics keyed by node key. @throws TypeError on a non-graph or an invalid weight. */
export function computeNodeMetrics(graph: AnyGraph, options: MetricsOptions = {}): Record<string, NodeMetrics> {
  return runNodeMetrics(toSimpleGraph(graph, options), options).nodes;
}

/** Per-graph structural metrics. @throws TypeError on a non-graph or an invalid weight. */
export function computeGraphMetrics(graph: AnyGraph, options: Pick<MetricsOptions, "directed"> = {}): GraphMetrics {
  return graphMetrics(toSimpleGraph(graph, options));
}

/** Both, plus the communities' count and modularity and notes on missing metrics. */
export function analyzeGraph(graph: AnyGraph, options: MetricsOptions = {}): Analysis {
  options.signal?.throwIfAborted();
  const g = toSimpleGraph(graph, options);
  const run = runNodeMetrics(g, options);
  const { nodes, ...rest } = run;
  return { graph: { ...graphMetrics(g), ...rest }, nodes };
}

const COST: Record<NodeMetricDescriptor["cost"], (n: number, m: number) => number> = {
  linear: (n, m) => n + m,
  iterative: (n, m) => 30 * (n + m),
  "all-pairs": (n, m) => n * (n + m),
};

function runNodeMetrics(g: SimpleGraph, options: MetricsOptions): NodeRun {
  const { signal, onProgress, seed = 42, eigenvectorMaxIter = 1000 } = options;
  const costs = NODE_METRICS.map((d) => COST[d.cost](g.order, g.size) + 1);
  const total = costs.reduce((a, b) => a + b, 0);
  let done = 0;
  const notes: string[] = [];
  const columns = new Map<string, ArrayLike<number> | null>();

  NODE_METRICS.forEach((d, k) => {
    const progress = (fraction: number) => {
      signal?.throwIfAborted();
      onProgress?.((done + fraction * costs[k]!) / total, d.id);
    };
    progress(0);
    const { values, note } = d.compute(g, { seed, eigenvectorMaxIter, progress });
    if (note) notes.push(note);
    columns.set(d.id, values);
    done += costs[k]!;
  });
  signal?.throwIfAborted();
  onProgress?.(1, "done");

  const nodes: Record<string, NodeMetrics> = Object.create(null);
  g.keys.forEach((key, i) => {
    const row: Record<string, number | null> = {};
    for (const [id, values] of columns) row[id] = values ? values[i]! : null;
    nodes[key] = row as unknown as NodeMetrics;
  });
  const community = columns.get("community")!;
  return {
    nodes,
    communities: new Set(Array.from(community)).size,
    modularity: modularity(g, community),
    notes,
  };
}
