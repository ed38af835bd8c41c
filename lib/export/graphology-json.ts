/**
 * What is shown as graphology serialized JSON (`graph.export()` form): the shown nodes and edges
 * with all their attributes, and as graph attributes the dataset's `meta`, the sources the shown
 * elements cite (`sources`) and a description of the view (`view`). `graph.import()` — or
 * lib/model/graph.ts `graphFromSerialized` — reads it back unchanged. O(V + E).
 */
import type { SerializedGraph } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../model/graph";
import type { Source } from "../model/schema";
import type { Parts } from "./chunks";
import { citedSources, datasetMeta, shownEdges, shownNodes } from "./shown";
import type { ExportScope } from "./types";

export interface ExportedView {
  /** The explorer's query string for this view (without "?"). */
  query?: string;
  /** The view in words (filters, focus, year). */
  description?: string;
}

export type ExportGraphAttributes = Partial<GraphAttributes> & { sources: Source[]; view?: ExportedView };
export type ExportedGraph = SerializedGraph<NodeAttributes, EdgeAttributes, ExportGraphAttributes>;

export function toGraphologyJson(scope: ExportScope & { view?: ExportedView }): ExportedGraph {
  const meta = datasetMeta(scope);
  const sources: Source[] = citedSources(scope.graph, scope.visible).map(({ citations: _c, ...s }) => s);
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { ...(meta ? { meta } : {}), sources, ...(scope.view ? { view: scope.view } : {}) },
    nodes: shownNodes(scope.graph, scope.visible).map(({ id, attributes }) => ({ key: id, attributes })),
    edges: shownEdges(scope.graph, scope.visible).map(({ id, source, target, attributes }) => ({ key: id, source, target, attributes })),
  };
}

/** The JSON text, pretty-printed one element per line so large files stay diffable. */
export function* graphologyJsonParts(scope: ExportScope & { view?: ExportedView }): Parts {
  const g = toGraphologyJson(scope);
  yield `{\n"options": ${JSON.stringify(g.options)},\n"attributes": ${JSON.stringify(g.attributes, null, 1)},\n"nodes": [\n`;
  const nodes = g.nodes;
  for (let i = 0; i < nodes.length; i++) yield JSON.stringify(nodes[i]) + (i < nodes.length - 1 ? ",\n" : "\n");
  yield `],\n"edges": [\n`;
  const edges = g.edges;
  for (let i = 0; i < edges.length; i++) yield JSON.stringify(edges[i]) + (i < edges.length - 1 ? ",\n" : "\n");
  yield "]\n}\n";
}
