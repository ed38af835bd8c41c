/**
 * What is shown as GraphML (Gephi, yEd, Cytoscape desktop, networkx, igraph). One `<key>` per
 * attribute name (lists joined with ";" — see flatten.ts), `label` included so tools show names.
 * Graph-level data: the dataset's title, version, date and licence, the view in words, and the
 * cited sources as a JSON array (`sources`). The graph is directed; parallel edges keep their ids.
 *
 * Round trip: graphology-graphml `parse(Graph, text)` gives the same keys and ends and attributes
 * equal to `flattenAttributes(attributes)`. Characters XML forbids are removed (xml.ts); an id
 * that collides once cleaned gets a "~n" suffix. O(V + E).
 */
import type { Parts } from "./chunks";
import { coerce, flatModel, flattenAttributes, type FlatColumn, type FlatValue } from "./flatten";
import type { ExportedView } from "./graphology-json";
import { citedSources, datasetMeta, shownEdges, shownNodes } from "./shown";
import type { ExportScope } from "./types";
import { xmlAttr, xmlIds, xmlText } from "./xml";

const GRAPHML_TYPES: Record<FlatColumn["type"], string> = { string: "string", integer: "int", double: "double", boolean: "boolean" };

function data(values: Record<string, FlatValue>, columns: FlatColumn[], keys: Map<string, string>, indent: string): string {
  let out = "";
  for (const c of columns) {
    const v = values[c.name];
    if (v === undefined) continue;
    out += `${indent}<data key="${keys.get(c.name)}">${xmlText(String(coerce(v, c.type)))}</data>\n`;
  }
  return out;
}

export function* graphmlParts(scope: ExportScope & { view?: ExportedView }): Parts {
  const { graph, visible, view } = scope;
  const meta = datasetMeta(scope);
  const nodes = shownNodes(graph, visible).map((n) => ({ ...n, flat: flattenAttributes(n.attributes) }));
  const edges = shownEdges(graph, visible).map((e) => ({ ...e, flat: flattenAttributes(e.attributes) }));
  const nodeModel = flatModel(nodes.map((n) => n.flat));
  const edgeModel = flatModel(edges.map((e) => e.flat));
  const sources = citedSources(graph, visible).map(({ citations: _c, ...s }) => s);
  const graphData: Record<string, FlatValue> = {};
  if (meta) Object.assign(graphData, { title: meta.title, version: meta.version, date: meta.date, licence: meta.licence });
  if (view?.description) graphData.view = view.description;
  if (view?.query !== undefined) graphData.query = view.query;
  graphData.sources = JSON.stringify(sources);
  const graphModel = flatModel([graphData]);

  const nodeIds = xmlIds(nodes.map((n) => n.id));
  const edgeIds = xmlIds(edges.map((e) => e.id));
  let k = 0;
  const keyIds = (columns: FlatColumn[]) => new Map(columns.map((c) => [c.name, `d${k++}`]));
  const gKeys = keyIds(graphModel);
  const nKeys = keyIds(nodeModel);
  const eKeys = keyIds(edgeModel);

  yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
  yield `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n`;
  for (const [cls, columns, keys] of [["graph", graphModel, gKeys], ["node", nodeModel, nKeys], ["edge", edgeModel, eKeys]] as const) {
    for (const c of columns) yield `  <key id="${keys.get(c.name)}" for="${cls}" attr.name="${xmlAttr(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`;
  }
  yield `  <graph edgedefault="directed">\n`;
  yield data(graphData, graphModel, gKeys, "    ");
  for (const n of nodes) {
    yield `    <node id="${xmlAttr(nodeIds.get(n.id)!)}">\n${data(n.flat, nodeModel, nKeys, "      ")}    </node>\n`;
  }
  for (const e of edges) {
    yield `    <edge id="${xmlAttr(edgeIds.get(e.id)!)}" source="${xmlAttr(nodeIds.get(e.source)!)}" target="${xmlAttr(nodeIds.get(e.target)!)}">\n${data(e.flat, edgeModel, eKeys, "      ")}    </edge>\n`;
  }
  yield `  </graph>\n</graphml>\n`;
}
