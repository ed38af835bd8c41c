/** Types shared by the metrics: what a node and a graph get, and the options of a run. */
import type { BetweennessSample, SamplingReport } from "./sampling";

/** Per-node metrics, each equal to its networkx counterpart on the projected graph (README.md). */
export interface NodeMetrics {
  /** Neighbour count, in + out when directed; an undirected self-loop counts 2. */
  degree: number;
  /** Predecessors when directed; equals `degree` when undirected. */
  inDegree: number;
  /** Successors when directed; equals `degree` when undirected. */
  outDegree: number;
  /** Sum of edge weights (parallel edges summed, so = edge count when unweighted). */
  weightedDegree: number;
  /** Normalised, unweighted shortest-path betweenness in [0, 1]. */
  betweenness: number;
  /** PageRank, alpha 0.85, weighted; null when the power iteration did not converge. */
  pagerank: number | null;
  /** Wasserman–Faust closeness over incoming distances. */
  closeness: number;
  /** Eigenvector centrality (unweighted, in-edges); null when it did not converge (see notes). */
  eigenvector: number | null;
  /** Louvain community, numbered 0, 1, … from the largest community down. */
  community: number;
}

export type NodeMetricId = keyof NodeMetrics;

/** Per-graph structural metrics. */
export interface GraphMetrics {
  directed: boolean;
  nodes: number;
  /** Edges as given, each parallel edge counted. */
  edges: number;
  /** Edges after projection, self-loops included: what networkx counts and density uses. */
  simpleEdges: number;
  selfLoops: number;
  density: number;
  /** Connected components; weakly connected when directed. */
  components: number;
  /** Articulation points of the undirected view, in node order. */
  articulationPoints: string[];
  /** Bridges of the undirected view as [u, v] pairs, in node order. */
  bridges: [string, string][];
}

/** What `analyzeGraph` returns; also the body of GET /api/metrics and POST /api/analyze. */
export interface Analysis {
  graph: GraphMetrics & {
    communities: number;
    /** Modularity of the Louvain partition; null when the graph has no edge weight. */
    modularity: number | null;
    /** Why a metric is missing or approximate (e.g. eigenvector did not converge; sampled betweenness). */
    notes: string[];
    /** Present only when betweenness was estimated from sampled sources: how, and its error. */
    sampling?: SamplingReport;
  };
  nodes: Record<string, NodeMetrics>;
}

export interface MetricsOptions {
  /** Analyse as directed; defaults to `graph.type !== "undirected"` (mixed counts as directed). */
  directed?: boolean;
  /** Seed of Louvain's random number generator (default 42). */
  seed?: number;
  /** Iterations allowed to eigenvector centrality (default 1000; networkx's default is 100). */
  eigenvectorMaxIter?: number;
  /**
   * Estimate betweenness from k seeded sources instead of all n (off by default; closeness stays
   * exact): `{ k, seed? }`, or the source keys themselves. The result's `graph.sampling` states the
   * error (sampling.ts).
   */
  betweennessSample?: BetweennessSample | { sources: readonly string[] };
  /** Checked between metrics and after every chunk of BFS sources; throws its reason when aborted. */
  signal?: AbortSignal;
  /** Called with the fraction done (0–1) and the metric being computed. */
  onProgress?: (fraction: number, metric: string) => void;
}
