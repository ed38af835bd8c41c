import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { analyzeGraph } from "../../metrics/analyze";
import { importGraph } from "../../model/import";
import { fixture, textFile } from "./__fixtures__/load";
import type { ImportResult } from "./types";
import { parseXml, type XmlHandler } from "./xml";

const issue = (r: ImportResult, code: string) => r.report.issues.find((i) => i.code === code);
const issuesOf = (r: ImportResult, code: string) => r.report.issues.filter((i) => i.code === code);
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.report.issues)}`);
  return Graph.from(r.graph);
};

/** Every event, for the reader's own tests. */
function events(xml: string) {
  const out: string[] = [];
  const h: XmlHandler = {
    wantText: true,
    open: (name, a, line) => out.push(`<${name} ${JSON.stringify({ ...a })} @${line}`),
    text: (t) => t.trim() && out.push(`text ${JSON.stringify(t)}`),
    close: (name, line) => out.push(`</${name} @${line}`),
  };
  return { error: parseXml(xml, h), out };
}

describe("the XML reader", () => {
  it("gives events with lines, decoded entities and CDATA, normalised attribute values", () => {
    const { error, out } = events('<?xml version="1.0"?>\r\n<!-- c -->\r\n<a x="1 &amp; &#x41;&#66;" y=\'t\tu\'>\r\n<b/>te&lt;xt<![CDATA[<raw>]]></a>\r\n');
    expect(error).toBeNull();
    expect(out).toEqual(['<a {"x":"1 & AB","y":"t u"} @3', '<b {} @4', "</b @4", 'text "te<xt"', 'text "<raw>"', "</a @4"]);
  });

  it("refuses DOCTYPE and every other declaration, undefined entities and bare ampersands", () => {
    expect(events('<!DOCTYPE a [<!ENTITY x "y">]><a/>').error).toMatchObject({ code: "xml-doctype", line: 1 });
    expect(events("<a>\n<!ENTITY x 'y'></a>").error).toMatchObject({ code: "xml-doctype", line: 2 });
    expect(events('<a x="&nbsp;"/>').error).toMatchObject({ code: "xml-syntax", message: expect.stringContaining("&nbsp; is not defined") });
    expect(events("<a>fish & chips</a>").error!.message).toMatch(/bare "&"/);
    expect(events("<a>&#0;</a>").error!.message).toMatch(/bad character reference/);
  });

  it("refuses what is not well formed, with the line", () => {
    expect(events("<a>\n<b></a>").error).toMatchObject({ code: "xml-syntax", line: 2, message: "</a> closes <b> (opened at line 2)", element: "a/b" });
    expect(events("<a/><b/>").error!.message).toMatch(/second root/);
    expect(events("junk<a/>").error!.message).toMatch(/text before the root/);
    expect(events('<a x="1" x="2"/>').error!.message).toMatch(/repeats the attribute x/);
    expect(events("<a x=1/>").error!.message).toMatch(/malformed attribute/);
    expect(events('<a x="<"/>').error!.message).toMatch(/"<" inside the value/);
    expect(events("").error!.message).toMatch(/no root element/);
  });

  it("calls every truncation an error, wherever the file is cut", () => {
    const doc = '<?xml version="1.0"?>\n<g a="1"><!-- note --><n id="x"><d>t</d></n><![CDATA[z]]><e s="x" t="y"/></g>\n';
    for (let cut = 1; cut < doc.trimEnd().length; cut++) {
      const { error } = events(doc.slice(0, cut));
      expect(error, `cut at ${cut}: ${JSON.stringify(doc.slice(0, cut))}`).not.toBeNull();
    }
    expect(events(doc.slice(0, 40)).error).toMatchObject({ code: "xml-truncated", message: expect.stringContaining("<g> (line 2) still open") });
  });
});

describe("GEXF", () => {
  it("reads GEXF 1.2: typed attributes with defaults, labels, weights, viz, meta, direction", () => {
    const r = importGraph([fixture("gexf/cities-1.2.gexf")]);
    const g = ok(r);
    expect(r.report).toMatchObject({ format: "gexf", nodes: 3, edges: 3, directed: true, mixed: false, issues: [] });
    expect(g.getNodeAttributes("Taipei")).toEqual({ label: "Taipei", population: 2.5, capital: true, rank: 1, color: "rgb(255,0,0)", x: 1.5, y: -2, z: 0, size: 10 });
    expect(g.getNodeAttributes("Seoul")).toEqual({ label: "Seoul", population: 9.4, capital: false });
    expect(g.getEdgeAttributes("e1")).toEqual({ label: "TPE-SEL", weight: 2, mode: "sea" });
    expect(g.getEdgeAttributes("e2")).toEqual({ weight: 1.5, mode: "air" });
    expect(g.getAttributes()).toEqual({ lastmodifieddate: "2024-05-01", creator: "Gephi 0.10", description: "Three cities & their links" });
  });

  it("takes undirected as GEXF's default, and a mix of edge types as a mixed graph (mutual = undirected)", () => {
    const mixed = importGraph([fixture("gexf/mixed-1.3.gexf")]);
    const g = ok(mixed);
    expect(g.type).toBe("mixed");
    expect([g.isUndirected("0"), g.isDirected("1"), g.isUndirected("2")]).toEqual([true, true, true]);
    expect(g.getEdgeAttributes("1")).toEqual({ kind: "supplies" });
    const und = importGraph([fixture("gexf/undirected-1.3.gexf")]);
    expect(ok(und).type).toBe("undirected");
    expect(und.report.parallelEdges).toBe(1);
  });

  it("refuses DOCTYPE and entity declarations (billion laughs, an external entity) and undefined entities", () => {
    for (const f of ["gexf/billion-laughs.gexf", "gexf/external-entity.gexf"]) {
      const r = importGraph([fixture(f)]);
      expect(r.ok, f).toBe(false);
      expect(issue(r, "xml-doctype"), f).toMatchObject({ severity: "error", line: 2, message: expect.stringContaining("DOCTYPE") });
    }
    expect(issue(importGraph([fixture("gexf/undefined-entity.gexf")]), "xml-syntax")).toMatchObject({ line: 2, message: expect.stringContaining("&nbsp;") });
  });

  it("refuses truncated GEXF, never a partial graph", () => {
    const r = importGraph([fixture("gexf/truncated.gexf")]);
    expect(r.ok).toBe(false);
    expect(r.graph).toBeUndefined();
    expect(issue(r, "xml-truncated")).toMatchObject({ severity: "error", element: "gexf/graph/edges", message: expect.stringContaining("<gexf> (line 2) still open") });
  });

  it("refuses malformed XML and a root that is not gexf", () => {
    expect(issue(importGraph([fixture("gexf/mismatched.gexf")]), "xml-syntax")).toMatchObject({ line: 2, message: "</nodes> closes <node> (opened at line 2)" });
    expect(issue(importGraph([fixture("gexf/not-gexf.gexf")]), "xml-shape")!.message).toMatch(/<svg>, not <gexf>/);
  });

  it("keeps hostile ids and labels as text, reports undeclared and mistyped attvalues, duplicate ids, unknown ends, bad weights", () => {
    const r = importGraph([fixture("gexf/hostile.gexf")]);
    const g = ok(r);
    expect(g.getNodeAttributes("__proto__~1")).toMatchObject({ label: "<script>alert(1)</script>", note: '😀 "q"', original_id: "__proto__" });
    expect(g.getNodeAttributes("constructor~1")).toMatchObject({ label: "<img src=x onerror=alert(1)>", n: "twelve", ghost: "boo" });
    expect(g.hasNode("[a] 'b'")).toBe(true);
    expect(issue(r, "attribute-type")).toMatchObject({ line: 7, field: "n", action: "kept as text" });
    expect(issue(r, "gexf-attribute")).toMatchObject({ line: 7, field: "ghost" });
    expect(issue(r, "duplicate-edge")).toMatchObject({ line: 12, action: expect.stringContaining('"e1~2"') });
    expect(issue(r, "unknown-node")).toMatchObject({ line: 13, field: "target" });
    expect(issue(r, "self-loop")).toMatchObject({ line: 14 });
    expect(issuesOf(r, "weight").map((i) => i.line)).toEqual([11, 12]);
    expect(analyzeGraph(g).nodes["constructor~1"]).toMatchObject({ inDegree: 1, outDegree: 1 });
  });

  it("flattens a hierarchy with parent attributes and keeps time data as attributes", () => {
    const r = importGraph([fixture("gexf/dynamic-hierarchy.gexf")]);
    const g = ok(r);
    expect(g.getNodeAttributes("m2")).toEqual({ label: "Member 2", parent: "group", end: "2023-01-01" });
    expect(g.getNodeAttributes("group")).toEqual({ label: "Group", start: "2020-01-01" });
    expect(issue(r, "nested-graph")).toBeDefined();
    expect(issue(r, "dynamic")).toBeDefined();
  });
});

describe("GraphML", () => {
  it("reads keys with types and defaults, for=all, graph data, edgedefault and a per-edge directed", () => {
    const r = importGraph([fixture("graphml/cities.graphml")]);
    const g = ok(r);
    expect(r.report).toMatchObject({ format: "graphml", nodes: 3, edges: 3, mixed: true, issues: [] });
    expect(g.getNodeAttributes("Taipei")).toEqual({ label: "Taipei", population: 2.5, capital: true });
    expect(g.getNodeAttributes("Seoul")).toEqual({ label: "Seoul", population: 9.4, note: "big", capital: false });
    expect(g.getEdgeAttributes("e2")).toEqual({ weight: 1.5, mode: "air" });
    expect([g.isUndirected("e1"), g.isDirected("e3")]).toEqual([true, true]);
    expect(g.getAttributes()).toEqual({ title: "Three cities" });
  });

  it("refuses truncated GraphML, DOCTYPE and a locator (nothing is fetched)", () => {
    expect(issue(importGraph([fixture("graphml/truncated.graphml")]), "xml-truncated")).toMatchObject({ severity: "error", message: expect.stringContaining("<graphml>") });
    expect(issue(importGraph([fixture("graphml/doctype.graphml")]), "xml-doctype")).toMatchObject({ severity: "error", line: 2 });
    expect(issue(importGraph([fixture("graphml/locator.graphml")]), "xml-external")).toMatchObject({ severity: "error", field: "xlink:href" });
  });

  it("reads a graph without edgedefault as directed, with a warning", () => {
    const r = importGraph([fixture("graphml/no-edgedefault.graphml")]);
    expect(ok(r).type).toBe("directed");
    expect(issue(r, "directed")).toMatchObject({ line: 1, field: "edgedefault" });
  });

  it("keeps data of undeclared keys as text, reports mistyped values, and drops infinite weights", () => {
    const r = importGraph([fixture("graphml/undeclared-keys.graphml")]);
    const g = ok(r);
    expect(g.getNodeAttributes("a")).toEqual({ ghost: "boo", count: "3.5" });
    expect(issuesOf(r, "graphml-key")).toHaveLength(1);
    expect(issue(r, "graphml-key")).toMatchObject({ line: 5, field: "ghost" });
    expect(issue(r, "attribute-type")).toMatchObject({ line: 5, field: "count" });
    expect(issuesOf(r, "weight").map((i) => [i.line, i.message.includes("infinite") || i.message.includes("not a number")])).toEqual([[7, true], [8, true]]);
    expect(g.getEdgeAttributes(g.edges()[0]!)).toEqual({ weight_raw: "Infinity" });
  });

  it("skips hyperedges, each reported, and ignores ports, keeping an edge's port names", () => {
    const r = importGraph([fixture("graphml/hyperedges-ports.graphml")]);
    const g = ok(r);
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes("ab")).toEqual({ sourceport: "north", targetport: "west" });
    expect(issuesOf(r, "graphml-hyperedge").map((i) => [i.line, i.element])).toEqual([[7, 'graphml/graph/hyperedge[id="h1"]'], [8, "graphml/graph/hyperedge"]]);
    expect(issuesOf(r, "graphml-port")).toHaveLength(1);
  });

  it("flattens nested graphs with parent attributes and their own edgedefault", () => {
    const r = importGraph([fixture("graphml/nested.graphml")]);
    const g = ok(r);
    expect(g.nodes().sort()).toEqual(["c", "outer", "outer::a", "outer::b"]);
    expect(g.getNodeAttributes("outer::a")).toEqual({ parent: "outer" });
    expect(g.type).toBe("mixed");
    expect(g.isUndirected(g.edges("outer::a", "outer::b")[0]!)).toBe(true);
    expect(issue(r, "nested-graph")).toBeDefined();
  });

  it("reads yEd's graphics for labels only", () => {
    const r = importGraph([fixture("graphml/yed.graphml")]);
    const g = ok(r);
    expect(g.getNodeAttributes("n0")).toEqual({ label: "Wafer fab" });
    expect(g.getNodeAttributes("n1")).toEqual({ label: "Packaging <ATP>" });
    expect(g.getEdgeAttributes("e0")).toEqual({});
  });

  it("keeps hostile ids, labels and an attribute named __proto__ safe", () => {
    const r = importGraph([fixture("graphml/hostile.graphml")]);
    const g = ok(r);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(g.getNodeAttributes("__proto__~1")).toMatchObject({ label: '<script>alert("x")</script>', "__proto__~1": "polluted" });
    expect((g.getNodeAttributes("toString~1").label as string).length).toBe(10_000);
    expect(g.hasNode("😀 & مرحبا")).toBe(true);
    expect(issue(r, "long-text")).toBeDefined();
    expect(analyzeGraph(g).graph.components).toBe(1);
  });
});

describe("format detection", () => {
  it("reads content that its extension misnames, with a warning", () => {
    const r = importGraph([textFile("graph.csv", '<?xml version="1.0"?>\n<graphml><graph edgedefault="directed"><node id="a"/></graph></graphml>')]);
    expect(r.report.format).toBe("graphml");
    expect(issue(r, "format-mismatch")).toMatchObject({ severity: "warning" });
    expect(importGraph([textFile("g.txt", '{"nodes":[{"key":"a"}]}')]).report.format).toBe("json");
    expect(issue(importGraph([textFile("g.xml", "<svg/>")]), "format-unknown")).toMatchObject({ severity: "error" });
  });

  it("takes an explicit format over names and content", () => {
    const r = importGraph([textFile("graph.json", "a,b\nb,c\n")], { format: "csv" });
    expect(r.report).toMatchObject({ format: "csv", edges: 1 });
  });
});
