/** Network metrics equal to networkx's on any graphology graph. See README.md. */
export { analyzeGraph, computeGraphMetrics, computeNodeMetrics } from "./analyze";
export { GRAPH_METRICS, NODE_METRICS, getNodeMetric } from "./registry";
export type { GraphMetricDescriptor, MetricContext, MetricOutput, NodeMetricDescriptor } from "./registry";
export { toSimpleGraph, type SimpleGraph, type Csr, type ProjectOptions } from "./simple-graph";
export { analysisToCsv } from "./csv";
export { betweenness } from "./betweenness";
export { closeness } from "./closeness";
export { communities } from "./community";
export { components } from "./components";
export { articulationPoints, bridges, cutPoints } from "./cut-points";
export { degree, inDegree, outDegree, weightedDegree } from "./degree";
export { density, graphMetrics } from "./graph-metrics";
export { eigenvector } from "./eigenvector";
export { modularity } from "./modularity";
export { pagerank } from "./pagerank";
export type { AnyGraph } from "../model/graph";
export type { Analysis, GraphMetrics, MetricsOptions, NodeMetricId, NodeMetrics } from "./types";
