/**
 * What is shown as GEXF 1.3 (Gephi). Nodes keep their label as the GEXF label; every other
 * attribute is declared in the node or edge model and written as an `attvalue` (lists joined with
 * ";" — see flatten.ts). An edge's `kind` is the GEXF edge `kind`, which Gephi reads as the edge
 * type and graphology-gexf reads back as the `kind` attribute. The dataset's title, version, date,
 * licence and the cited sources go in `<meta>`. No `viz` data: colour by `layer` or `kind` in
 * Gephi's Appearance panel.
 *
 * Round trip: graphology-gexf `parse(Graph, text)` gives the same keys and ends, and attributes
 * equal to `flattenAttributes(attributes)` (plus `label`). Characters XML forbids are removed
 * (xml.ts); an id that collides once cleaned gets a "~n" suffix. O(V + E).
 */
import { describeSourceList, datasetKeywords, datasetSummary } from "./caption";
import type { Parts } from "./chunks";
import { coerce, flatModel, flattenAttributes, type FlatColumn, type FlatValue } from "./flatten";
import type { ExportedView } from "./graphology-json";
import { citedSources, datasetMeta, shownEdges, shownNodes } from "./shown";
import type { ExportScope } from "./types";
import { xmlAttr, xmlIds, xmlText } from "./xml";

const GEXF_TYPES: Record<FlatColumn["type"], string> = { string: "string", integer: "integer", double: "double", boolean: "boolean" };

function* model(columns: FlatColumn[], cls: "node" | "edge"): Parts {
  if (!columns.length) return;
  yield `    <attributes class="${cls}">\n`;
  for (const c of columns) yield `      <attribute id="${xmlAttr(c.name)}" title="${xmlAttr(c.name)}" type="${GEXF_TYPES[c.type]}"/>\n`;
  yield `    </attributes>\n`;
}

function attvalues(values: Record<string, FlatValue>, columns: FlatColumn[], indent: string): string {
  let out = "";
  for (const c of columns) {
    const v = values[c.name];
    if (v === undefined) continue;
    out += `${indent}  <attvalue for="${xmlAttr(c.name)}" value="${xmlAttr(String(coerce(v, c.type)))}"/>\n`;
  }
  return out ? `${indent}<attvalues>\n${out}${indent}</attvalues>\n` : "";
}

export function* gexfParts(scope: ExportScope & { view?: ExportedView }): Parts {
  const { graph, visible, view } = scope;
  const meta = datasetMeta(scope);
  const nodes = shownNodes(graph, visible).map((n) => ({ ...n, flat: flattenAttributes(n.attributes, ["label"]) }));
  const edges = shownEdges(graph, visible).map((e) => ({ ...e, flat: flattenAttributes(e.attributes, ["kind"]) }));
  const nodeModel = flatModel(nodes.map((n) => n.flat));
  const edgeModel = flatModel(edges.map((e) => e.flat));
  const nodeIds = xmlIds(nodes.map((n) => n.id));
  const edgeIds = xmlIds(edges.map((e) => e.id));

  yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
  yield `<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n`;
  yield `  <meta${meta ? ` lastmodifieddate="${xmlAttr(meta.date)}"` : ""}>\n`;
  yield `    <creator>Interdependence Atlas</creator>\n`;
  if (meta) yield `    <title>${xmlText(meta.title)}</title>\n`;
  yield `    <keywords>${xmlText(datasetKeywords(meta))}</keywords>\n`;
  const description = [datasetSummary(meta, view), describeSourceList(citedSources(graph, visible))].filter(Boolean).join("\n\n");
  yield `    <description>${xmlText(description)}</description>\n`;
  yield `  </meta>\n`;
  yield `  <graph defaultedgetype="directed" mode="static">\n`;
  yield* model(nodeModel, "node");
  yield* model(edgeModel, "edge");
  yield `    <nodes>\n`;
  for (const n of nodes) {
    const body = attvalues(n.flat, nodeModel, "        ");
    const head = `      <node id="${xmlAttr(nodeIds.get(n.id)!)}" label="${xmlAttr(n.attributes.label)}"`;
    yield body ? `${head}>\n${body}      </node>\n` : `${head}/>\n`;
  }
  yield `    </nodes>\n    <edges>\n`;
  for (const e of edges) {
    const body = attvalues(e.flat, edgeModel, "        ");
    const head = `      <edge id="${xmlAttr(edgeIds.get(e.id)!)}" source="${xmlAttr(nodeIds.get(e.source)!)}" target="${xmlAttr(nodeIds.get(e.target)!)}" kind="${xmlAttr(e.attributes.kind)}"`;
    yield body ? `${head}>\n${body}      </edge>\n` : `${head}/>\n`;
  }
  yield `    </edges>\n  </graph>\n</gexf>\n`;
}
