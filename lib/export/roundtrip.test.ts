/**
 * GEXF, GraphML and graphology JSON exports read back by graphology's own parsers (with
 * @xmldom/xmldom's DOMParser in Node) to the same nodes, edges and attributes.
 */
import Graph from "graphology";
import gexf from "graphology-gexf";
import graphml from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { graphFromSerialized, type AtlasGraph } from "../model/graph";
import { miniGraph } from "../test/mini-graph";
import { computeVisible } from "../view/visible";
import { DEFAULT_VIEW } from "../view/url-state";
import type { Visible } from "../view/visible";
import { drain } from "./chunks";
import { flattenAttributes, type FlatValue } from "./flatten";
import { gexfParts } from "./gexf";
import { graphmlParts } from "./graphml";
import { graphologyJsonParts, toGraphologyJson } from "./graphology-json";
import { shownEdges, shownNodes } from "./shown";
import { FORMULA, hostileGraph, hostileVisible } from "./test-graphs";
import { hasXmlForbidden, stripXmlForbidden, xmlIds } from "./xml";

const clean = (attrs: Record<string, FlatValue>) =>
  Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, typeof v === "string" ? stripXmlForbidden(v) : v]));

function expected(graph: AtlasGraph, visible: Visible, format: "gexf" | "graphml") {
  const nodeIds = xmlIds(shownNodes(graph, visible).map((n) => n.id));
  const edgeIds = xmlIds(shownEdges(graph, visible).map((e) => e.id));
  const nodes = shownNodes(graph, visible).map((n) => {
    const attrs = clean(flattenAttributes(n.attributes));
    if (format === "gexf" && attrs.label === "") delete attrs.label;
    return { key: nodeIds.get(n.id)!, attributes: attrs };
  });
  const edges = shownEdges(graph, visible).map((e) => ({
    key: edgeIds.get(e.id)!,
    source: nodeIds.get(e.source)!,
    target: nodeIds.get(e.target)!,
    attributes: clean(flattenAttributes(e.attributes)),
  }));
  return { nodes, edges };
}

function actual(g: Graph) {
  return {
    nodes: g.mapNodes((key, attributes) => ({ key, attributes })),
    edges: g.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes })),
  };
}

const sortByKey = <T extends { key: string }>(xs: T[]) => [...xs].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

const cases: [string, () => { graph: AtlasGraph; visible: Visible }][] = [
  [
    "the mini dataset, all shown",
    () => {
      const graph = miniGraph();
      return { graph, visible: computeVisible(graph, { ...DEFAULT_VIEW, isolated: true }) };
    },
  ],
  [
    "the mini dataset, focused on TSMC",
    () => {
      const graph = miniGraph();
      return { graph, visible: computeVisible(graph, { ...DEFAULT_VIEW, focus: "tsmc", depth: 2 }) };
    },
  ],
  [
    "hostile ids and labels",
    () => {
      const graph = hostileGraph();
      return { graph, visible: hostileVisible(graph) };
    },
  ],
];

describe.each(cases)("%s", (_name, make) => {
  const { graph, visible } = make();

  it("GEXF parses back with graphology-gexf to the same nodes, edges and attributes", () => {
    const text = drain(gexfParts({ graph, visible, view: { description: "test view", query: "a=1&b=<2>" } }));
    expect(hasXmlForbidden(text)).toBe(false);
    const g = gexf.parse(Graph, text);
    expect(g.type).toBe("directed");
    const want = expected(graph, visible, "gexf");
    const got = actual(g);
    expect(got.nodes.length).toBe(visible.nodes.size);
    expect(sortByKey(got.nodes)).toEqual(sortByKey(want.nodes));
    expect(sortByKey(got.edges)).toEqual(sortByKey(want.edges));
    expect(g.getAttribute("creator")).toBe("Interdependence Atlas");
    expect(g.getAttribute("description")).toContain("test view");
  });

  it("GraphML parses back with graphology-graphml to the same nodes, edges and attributes", () => {
    const text = drain(graphmlParts({ graph, visible, view: { description: "test view", query: "a=1&b=<2>" } }));
    expect(hasXmlForbidden(text)).toBe(false);
    const g = graphml.parse(Graph, text);
    const want = expected(graph, visible, "graphml");
    const got = actual(g);
    expect(sortByKey(got.nodes)).toEqual(sortByKey(want.nodes));
    expect(sortByKey(got.edges)).toEqual(sortByKey(want.edges));
    g.forEachEdge((_e, _a, _s, _t, _sa, _ta, undirected) => expect(undirected).toBe(false));
    expect(g.getAttribute("query")).toBe("a=1&b=<2>");
    const sources = JSON.parse(g.getAttribute("sources") as string) as { id: string }[];
    expect(sources.length).toBeGreaterThan(0);
  });

  it("graphology JSON imports back unchanged, with meta and only the cited sources", () => {
    const text = drain(graphologyJsonParts({ graph, visible, view: { description: "v" } }));
    const data = JSON.parse(text);
    expect(data).toEqual(JSON.parse(JSON.stringify(toGraphologyJson({ graph, visible, view: { description: "v" } }))));
    const g = graphFromSerialized(data);
    expect(g.order).toBe(visible.nodes.size);
    expect(g.size).toBe(shownEdges(graph, visible).length);
    g.forEachNode((id, a) => expect(a).toEqual(JSON.parse(JSON.stringify(graph.getNodeAttributes(id)))));
    g.forEachEdge((id, a, s, t) => {
      expect([s, t]).toEqual(graph.extremities(id));
      expect(a).toEqual(JSON.parse(JSON.stringify(graph.getEdgeAttributes(id))));
    });
    const cited = new Set([...shownNodes(graph, visible), ...shownEdges(graph, visible)].flatMap((x) => x.attributes.sources));
    expect(new Set((data.attributes.sources as { id: string }[]).map((s) => s.id))).toEqual(cited);
    expect(data.attributes.meta).toEqual(graph.getAttribute("meta"));
  });
});

describe("exports never widen the view", () => {
  it("leave out hidden nodes and their edges in every format", () => {
    const graph = hostileGraph();
    const visible = hostileVisible(graph);
    for (const text of [drain(gexfParts({ graph, visible })), drain(graphmlParts({ graph, visible })), drain(graphologyJsonParts({ graph, visible }))]) {
      expect(text).not.toContain("Hidden firm");
      expect(text).not.toContain("hidden:1");
      expect(text).toContain("Collides once cleaned");
    }
  });
  it("write lists joined with ';' and keep formulas as data", () => {
    const graph = hostileGraph();
    const g = graphml.parse(Graph, drain(graphmlParts({ graph, visible: hostileVisible(graph) })));
    expect(g.getNodeAttribute("formula", "aliases")).toBe("+1;-2;@sum(A1)");
    expect(g.getNodeAttribute("formula", "label")).toBe(FORMULA);
    expect(g.getEdgeAttribute("ctl:😀", "layers")).toBe("materials;equipment");
  });
});
