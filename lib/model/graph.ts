/**
 * The Atlas graph: a graphology multi-directed graph built from the dataset. Nodes and edges keep
 * every attribute of their data row (minus ids and ends), so the graph alone is enough to explain
 * and source any figure. Only its serialised form (`graph.export()`) crosses the server/client line.
 */
import Graph from "graphology";
import type { AbstractGraph, Attributes, SerializedGraph } from "graphology-types";
import type { AtlasEdge, AtlasNode, Dataset } from "./dataset";
import type { DatasetMeta, Source } from "./schema";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type NodeAttributes = DistributiveOmit<AtlasNode, "id">;
export type EdgeAttributes = DistributiveOmit<AtlasEdge, "id" | "from" | "to">;
export interface GraphAttributes {
  meta: DatasetMeta;
  sources: Source[];
}

/** Any graphology graph (directed, undirected or mixed, simple or multi, any attributes): what the
 * metrics and the importer accept. An `AtlasGraph` is one. */
export type AnyGraph = AbstractGraph<Attributes, Attributes, Attributes>;

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedAtlasGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createAtlasGraph(): AtlasGraph {
  return new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ multi: true, type: "directed", allowSelfLoops: false });
}

export function buildGraph(dataset: Dataset): AtlasGraph {
  const g = createAtlasGraph();
  g.replaceAttributes({ meta: dataset.meta, sources: dataset.sources });
  for (const { id, ...attrs } of dataset.nodes) g.addNode(id, attrs as NodeAttributes);
  for (const { id, from, to, ...attrs } of dataset.edges) g.addDirectedEdgeWithKey(id, from, to, attrs as EdgeAttributes);
  return g;
}

/** Rebuild a graph from its serialised form (in the browser, in a Worker). */
export function graphFromSerialized(data: SerializedAtlasGraph): AtlasGraph {
  const g = createAtlasGraph();
  g.import(data);
  return g;
}
