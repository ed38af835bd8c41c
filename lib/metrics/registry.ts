/**
 * The metric registry: one descriptor per metric, read by the UI to size/colour nodes and explain
 * what a figure means, and by `analyzeGraph` to compute them. Adding a node metric = one algorithm
 * file, one field in NodeMetrics, one descriptor here.
 */
import { communities } from "./community";
import { degree, inDegree, outDegree, weightedDegree } from "./degree";
import { eigenvector } from "./eigenvector";
import { pagerank } from "./pagerank";
import type { SimpleGraph } from "./simple-graph";
import type { Analysis, NodeMetricId } from "./types";

export interface MetricContext {
  seed: number;
  eigenvectorMaxIter: number;
  /** Report the fraction of this metric done; throws when the run was aborted. */
  progress: (fraction: number) => void;
  /**
   * Betweenness and closeness from the one all-pairs pass (paths.ts), run on first call (with
   * `progress`) or already run by the engine, possibly in workers.
   */
  paths: () => { betweenness: Float64Array; closeness: Float64Array };
}

export interface MetricOutput {
  /** One value per node (index order), or null when the metric is undefined on this graph. */
  values: ArrayLike<number> | null;
  /** Why `values` is null. */
  note?: string;
}

export interface NodeMetricDescriptor {
  id: NodeMetricId;
  label: string;
  /** One paragraph for students: what it measures and how to read it here. */
  description: string;
  /** The networkx call that gives the same numbers. */
  networkx: string;
  /** Bounds of the values; max null when unbounded. */
  range: { min: number; max: number | null };
  /** "count"/"score": map to size or colour scales; "category": colour by value only. */
  kind: "count" | "score" | "category";
  /** Dominant cost, to weight progress: O(n + m), a power iteration, or one BFS per node (one pass shared by all "all-pairs" metrics). */
  cost: "linear" | "iterative" | "all-pairs";
  compute(g: SimpleGraph, ctx: MetricContext): MetricOutput;
}

const unbounded = { min: 0, max: null };
const unit = { min: 0, max: 1 };

export const NODE_METRICS: readonly NodeMetricDescriptor[] = [
  {
    id: "degree",
    label: "Degree",
    description:
      "How many direct links a node has: suppliers plus customers, partners, destinations. A high degree means a node is directly tied to many others; it says nothing about how important those others are. Parallel links between the same two nodes count once here (see weighted degree).",
    networkx: "G.degree()",
    range: unbounded,
    kind: "count",
    cost: "linear",
    compute: (g) => ({ values: degree(g) }),
  },
  {
    id: "inDegree",
    label: "In-degree",
    description:
      "How many nodes point to this one: in a supply graph, how many others supply or serve it. In an undirected graph it equals the degree.",
    networkx: "G.in_degree()",
    range: unbounded,
    kind: "count",
    cost: "linear",
    compute: (g) => ({ values: inDegree(g) }),
  },
  {
    id: "outDegree",
    label: "Out-degree",
    description:
      "How many nodes this one points to: how many others it supplies, requires or reaches. In an undirected graph it equals the degree.",
    networkx: "G.out_degree()",
    range: unbounded,
    kind: "count",
    cost: "linear",
    compute: (g) => ({ values: outDegree(g) }),
  },
  {
    id: "weightedDegree",
    label: "Weighted degree",
    description:
      "The sum of the weights of a node's links. Without weights every link counts 1 and parallel links add up, so it counts all ties (e.g. several years of supply) rather than distinct partners.",
    networkx: 'G.degree(weight="weight")',
    range: unbounded,
    kind: "count",
    cost: "linear",
    compute: (g) => ({ values: weightedDegree(g) }),
  },
  {
    id: "betweenness",
    label: "Betweenness",
    description:
      "The share of shortest paths between other pairs of nodes that pass through this node. A high value marks a broker or chokepoint: cut it and many routes get longer or break. 0 means nothing needs to pass through it.",
    networkx: "nx.betweenness_centrality(G)",
    range: unit,
    kind: "score",
    cost: "all-pairs",
    compute: (_g, ctx) => ({ values: ctx.paths().betweenness }),
  },
  {
    id: "pagerank",
    label: "PageRank",
    description:
      "The share of time a random walker following links (and jumping anywhere 15% of the time) spends at this node. A node ranks high when important nodes point to it; values sum to 1 over the graph.",
    networkx: "nx.pagerank(G, alpha=0.85)",
    range: unit,
    kind: "score",
    cost: "iterative",
    compute: (g) => {
      const values = pagerank(g);
      return values ? { values } : { values: null, note: "pagerank did not converge in 100 iterations (networkx raises PowerIterationFailedConvergence)." };
    },
  },
  {
    id: "closeness",
    label: "Closeness",
    description:
      "How near a node is to the nodes that can reach it: the inverse of the average number of steps, scaled down when only part of the graph can reach it (Wasserman–Faust). High values mean effects elsewhere arrive here quickly.",
    networkx: "nx.closeness_centrality(G)",
    range: unit,
    kind: "score",
    cost: "all-pairs",
    compute: (_g, ctx) => ({ values: ctx.paths().closeness }),
  },
  {
    id: "eigenvector",
    label: "Eigenvector centrality",
    description:
      "A node is central when central nodes point to it: each node's score is proportional to the sum of its in-neighbours' scores. Only defined where links form cycles; on a graph that flows one way (no cycles) it is left empty, and PageRank is the measure to use.",
    networkx: "nx.eigenvector_centrality(G, max_iter=1000)",
    range: unit,
    kind: "score",
    cost: "iterative",
    compute: (g, ctx) => {
      const { values, iterations } = eigenvector(g, { maxIter: ctx.eigenvectorMaxIter });
      return values
        ? { values }
        : {
            values: null,
            note: `eigenvector centrality did not converge in ${iterations} iterations (networkx raises PowerIterationFailedConvergence), as happens when the graph has no dominant cycle structure; use pagerank instead.`,
          };
    },
  },
  {
    id: "community",
    label: "Community",
    description:
      "Groups of nodes more densely linked to each other than to the rest, found by the Louvain method (maximising modularity). Numbers are labels only, 0 being the largest group; a fixed seed makes them repeat.",
    networkx: "nx.community.louvain_communities(G, seed=42)",
    range: unbounded,
    kind: "category",
    cost: "iterative",
    compute: (g, ctx) => ({ values: communities(g, ctx.seed) }),
  },
];

export interface GraphMetricDescriptor {
  id: keyof Analysis["graph"];
  label: string;
  description: string;
  networkx: string;
}

export const GRAPH_METRICS: readonly GraphMetricDescriptor[] = [
  { id: "nodes", label: "Nodes", description: "Number of nodes.", networkx: "G.number_of_nodes()" },
  {
    id: "simpleEdges",
    label: "Links",
    description: "Number of links once parallel edges are merged (self-loops included); `edges` counts them as given.",
    networkx: "G.number_of_edges()",
  },
  {
    id: "density",
    label: "Density",
    description: "The share of all possible links that exist: 1 means everyone is linked to everyone, values near 0 a sparse network.",
    networkx: "nx.density(G)",
  },
  {
    id: "components",
    label: "Components",
    description: "How many separate pieces the network falls into when link direction is ignored.",
    networkx: "nx.number_weakly_connected_components(G) (nx.number_connected_components when undirected)",
  },
  {
    id: "articulationPoints",
    label: "Articulation points",
    description: "Nodes whose removal splits their piece of the network in two or more: single points of failure.",
    networkx: "list(nx.articulation_points(G.to_undirected()))",
  },
  {
    id: "bridges",
    label: "Bridges",
    description: "Links whose removal splits the network: the only connection between two parts.",
    networkx: "list(nx.bridges(G.to_undirected()))",
  },
  {
    id: "modularity",
    label: "Modularity",
    description: "How clearly the network divides into the communities found: above about 0.3 the groups are well separated.",
    networkx: "nx.community.modularity(G, communities)",
  },
];

export function getNodeMetric(id: NodeMetricId): NodeMetricDescriptor {
  const found = NODE_METRICS.find((d) => d.id === id);
  if (!found) throw new RangeError(`lib/metrics: unknown metric "${id}".`);
  return found;
}
