import { describe, expect, it } from "vitest";
import { fixture, textFile } from "../io/import/__fixtures__/load";
import type { ImportResult } from "../io/import/types";
import { drain } from "../export/chunks";
import { edgesCsvParts, nodesCsvParts } from "../export/csv";
import { gexfParts } from "../export/gexf";
import { graphmlParts } from "../export/graphml";
import { graphologyJsonParts } from "../export/graphology-json";
import { computeSupplyMetrics } from "../supply/supply";
import { hostileGraph, hostileVisible } from "../export/test-graphs";
import { miniGraph } from "../test/mini-graph";
import { graphFromSerialized, type AtlasGraph, type SerializedAtlasGraph } from "./graph";
import { importGraph } from "./import";

const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(`import failed: ${JSON.stringify(r.report.issues)}`);
  return r.graph;
};
const asAtlas = (r: ImportResult) => graphFromSerialized(ok(r) as unknown as SerializedAtlasGraph);
const everything = (g: AtlasGraph) => ({ nodes: new Set(g.nodes()), edges: new Set(g.edges()) });
const bytes = (name: string, text: string) => textFile(name, text);

describe("the Atlas's kinds", () => {
  const r = importGraph([fixture("csv/atlas/nodes.csv"), fixture("csv/atlas/edges.csv")]);

  it("marks atlasKinds and gives the shapes lib/model reads: lists, numbers, hq, content-based edge ids", () => {
    expect(r.report.atlasKinds).toBe(true);
    const g = asAtlas(r);
    expect(g.getNodeAttributes("samsung")).toMatchObject({ kind: "firm", label: "Samsung", hq: "KOR", layer: "fabrication", sources: ["src", "other"], aliases: [] });
    expect(g.hasEdge("provides:tsmc:foundry:2025")).toBe(true);
    expect(g.getEdgeAttributes("provides:tsmc:foundry:2025")).toMatchObject({ kind: "provides", share: 70, year: 2025, basis: "revenue", sources: ["src"] });
    expect(g.getEdgeAttributes("headquartered_in:tsmc:TWN")).toMatchObject({ kind: "headquartered_in", sources: ["src"] });
  });

  it("drops a share over 100% (kept as share_raw) and reports shares adding up to more than 100%", () => {
    const share = r.report.issues.find((i) => i.code === "share")!;
    expect(share).toMatchObject({ severity: "warning", file: "csv/atlas/edges.csv", line: 4, field: "share" });
    const g = asAtlas(r);
    expect(g.getEdgeAttributes("provides:samsung:euv:2025")).toMatchObject({ share_raw: 130 });
    expect(g.getEdgeAttribute("provides:samsung:euv:2025", "share" as never)).toBeUndefined();
    expect(r.report.issues.find((i) => i.code === "share-sum")).toMatchObject({ line: 2, message: expect.stringContaining("add up to 115%") });
  });

  it("lets the supply-chain metrics run on it", () => {
    const m = computeSupplyMetrics(asAtlas(r));
    const foundry = m.lenses.hq.inputs.find((i) => i.input === "foundry")!;
    expect(foundry.hhiFirm).toBeCloseTo(70 * 70 + 45 * 45, 6);
    expect(foundry.nations!.shares.map((s) => [s.id, s.share])).toEqual([["TWN", 70], ["KOR", 45]]);
    expect(foundry.chokepoint).toBe(true);
    expect(m.lenses.hq.inputs.find((i) => i.input === "euv")!.requiredBy).toEqual(["foundry"]);
  });

  it("is a generic network when some node lacks an Atlas kind, saying which", () => {
    const g = importGraph([bytes("nodes.csv", "id,kind\na,firm\nb,river\n"), bytes("edges.csv", "source,target,kind\na,b,provides\n")]);
    expect(g.report.atlasKinds).toBe(false);
    expect(g.report.issues.find((i) => i.code === "atlas-kinds")).toMatchObject({ file: "nodes.csv", line: 3, message: expect.stringContaining('"b", has kind "river"') });
    // No kinds at all: generic, silently.
    expect(importGraph([fixture("csv/edges.csv")]).report.issues).toEqual([]);
  });

  it("drops self-loops from an Atlas graph (its relations never join a node to itself)", () => {
    const g = importGraph([bytes("nodes.csv", "id,kind,layer\nx,input,materials\ny,input,materials\n"), bytes("edges.csv", "source,target,kind\nx,x,requires\nx,y,requires\n")]);
    expect(g.report).toMatchObject({ atlasKinds: true, edges: 1, selfLoops: 0 });
    expect(g.report.issues.find((i) => i.code === "self-loop")).toMatchObject({ line: 2, action: "edge skipped" });
    expect(() => asAtlas(g)).not.toThrow();
  });

  it("needs a layer for inputs and a headquarters for firms, and infers a firm's layer from what it provides", () => {
    const noLayer = importGraph([bytes("n.csv", "id,kind\nx,input\n"), bytes("e.csv", "source,target,kind\n")]);
    expect(noLayer.report.atlasKinds).toBe(false);
    const noHq = importGraph([bytes("n.csv", "id,kind,layer\nf,firm,design\nx,input,design\n"), bytes("e.csv", "source,target,kind\nf,x,provides\n")]);
    expect(noHq.report.issues.find((i) => i.code === "atlas-kinds")!.message).toMatch(/no headquarters/);
    const inferred = importGraph([bytes("n.csv", "id,kind,hq,layer\nf,firm,USA,\nx,input,,design\n"), bytes("e.csv", "source,target,kind\nf,x,provides\n")]);
    expect(inferred.report.atlasKinds).toBe(true);
    expect(asAtlas(inferred).getNodeAttributes("f")).toMatchObject({ layer: "design" });
  });
});

describe("round trip of the Atlas's CSV export", () => {
  const original = miniGraph();
  const scope = { graph: original, visible: everything(original) };
  const r = importGraph([bytes("atlas-network.csv", drain(nodesCsvParts(scope))), bytes("atlas-network.edges.csv", drain(edgesCsvParts(scope)))]);

  it("reads back every node and edge, with the Atlas's kinds", () => {
    expect(r.report).toMatchObject({ atlasKinds: true, nodes: original.order, edges: original.size });
    expect(r.report.issues.filter((i) => i.severity === "error")).toEqual([]);
    const g = asAtlas(r);
    for (const n of original.nodes()) {
      const a = original.getNodeAttributes(n);
      expect(g.getNodeAttributes(n), n).toMatchObject({ kind: a.kind, label: a.label, sources: a.sources, ...("layer" in a ? { layer: a.layer } : {}), ...(a.kind === "firm" ? { hq: a.hq } : {}) });
    }
    const ends = (x: AtlasGraph) => x.mapEdges((_e, a, s, t) => `${a.kind}:${s}>${t}:${"year" in a ? (a.year ?? "") : ""}:${a.kind === "provides" ? (a.share ?? "") : ""}`).sort();
    expect(ends(g)).toEqual(ends(original));
  });

  it("gives the same firm concentration per input as the original graph", () => {
    const want = computeSupplyMetrics(original).lenses.hq.inputs;
    const got = computeSupplyMetrics(asAtlas(r)).lenses.hq.inputs;
    expect(got.map((i) => [i.input, i.hhiFirm, i.chokepoint])).toEqual(want.map((i) => [i.input, i.hhiFirm, i.chokepoint]));
    expect(got).toHaveLength(3);
  });
});

/** Every supply figure the CLI and API print, per input and lens. */
const supplyFigures = (g: AtlasGraph) => {
  const m = computeSupplyMetrics(g);
  return Object.values(m.lenses).flatMap((l) => l.inputs.map((i) => [l.lens, i.input, i.hhiFirm, i.hhiNation, i.chokepoint, i.firms?.shares.map((s) => [s.id, s.share]) ?? null]));
};

describe("round trip of the Atlas's graphology JSON export", () => {
  const original = miniGraph();
  const text = drain(graphologyJsonParts({ graph: original, visible: everything(original), view: { query: "focus=asml", description: "Everything" } }));
  const r = importGraph([bytes("atlas-network.json", text)]);

  it("reads back every node, edge and attribute unchanged, and the graph's sources", () => {
    expect(r.report).toMatchObject({ format: "json", atlasKinds: true, nodes: original.order, edges: original.size, issues: [] });
    const g = asAtlas(r);
    expect(g.nodes()).toEqual(original.nodes());
    for (const n of original.nodes()) expect(g.getNodeAttributes(n), n).toEqual(original.getNodeAttributes(n));
    expect(g.edges()).toEqual(original.edges());
    for (const e of original.edges()) {
      expect([g.source(e), g.target(e)]).toEqual([original.source(e), original.target(e)]);
      expect(g.getEdgeAttributes(e), e).toEqual(original.getEdgeAttributes(e));
    }
    expect(g.getAttribute("sources").map((s) => s.id).sort()).toEqual(original.getAttribute("sources").map((s) => s.id).sort());
  });

  it("gives the same supply metrics under every lens", () => {
    expect(supplyFigures(asAtlas(r))).toEqual(supplyFigures(original));
  });
});

/** Attributes without empty lists, which GEXF and GraphML leave out (lib/export/flatten.ts). */
const withoutEmptyLists = (a: object) => Object.fromEntries(Object.entries(a).filter(([, v]) => !(Array.isArray(v) && v.length === 0)));

describe.each([
  ["GEXF", "atlas-network.gexf", gexfParts],
  ["GraphML", "atlas-network.graphml", graphmlParts],
] as const)("round trip of the Atlas's %s export", (_name, file, parts) => {
  const original = miniGraph();
  const text = drain(parts({ graph: original, visible: everything(original), view: { description: "Everything" } }));
  const r = importGraph([bytes(file, text)]);

  it("reads back every node and edge with its attributes, lists split again", () => {
    expect(r.report).toMatchObject({ atlasKinds: true, directed: true, mixed: false, nodes: original.order, edges: original.size });
    expect(r.report.issues).toEqual([]);
    const g = asAtlas(r);
    expect(g.nodes()).toEqual(original.nodes());
    for (const n of original.nodes()) expect(withoutEmptyLists(g.getNodeAttributes(n)), n).toEqual(withoutEmptyLists(original.getNodeAttributes(n)));
    expect(g.edges()).toEqual(original.edges());
    for (const e of original.edges()) {
      expect([g.source(e), g.target(e)]).toEqual([original.source(e), original.target(e)]);
      expect(withoutEmptyLists(g.getEdgeAttributes(e)), e).toEqual(withoutEmptyLists(original.getEdgeAttributes(e)));
    }
  });

  it("gives the same supply metrics under every lens", () => {
    expect(supplyFigures(asAtlas(r))).toEqual(supplyFigures(original));
  });
});

describe("the export tests' hostile graph, exported and imported again", () => {
  const graph = hostileGraph();
  const scope = { graph, visible: hostileVisible(graph) };
  const cases: [string, () => ImportResult][] = [
    ["CSV", () => importGraph([bytes("h.csv", drain(nodesCsvParts(scope))), bytes("h.edges.csv", drain(edgesCsvParts(scope)))])],
    ["JSON", () => importGraph([bytes("h.json", drain(graphologyJsonParts(scope)))])],
    ["GEXF", () => importGraph([bytes("h.gexf", drain(gexfParts(scope)))])],
    ["GraphML", () => importGraph([bytes("h.graphml", drain(graphmlParts(scope)))])],
  ];
  it.each(cases)("%s: every shown node and edge, quotes, markup, emoji and formulas kept as text", (_name, run) => {
    const r = run();
    const g = graphFromSerialized(ok(r) as unknown as SerializedAtlasGraph);
    expect(g.order).toBe(5);
    expect(g.size).toBe(5);
    expect(g.getNodeAttributes(`q"uote'<&>`).label).toBe(`Firm "A" <b>&amp; 'x'`);
    expect(g.getNodeAttributes("formula").label).toBe("=cmd|' /C calc'!A0");
    expect(g.getNodeAttributes("emoji-😀").label).toBe("Nation 😀 ✓ 中国");
  });
});
