import { describe, expect, it } from "vitest";
import { miniGraph } from "../test/mini-graph";
import { DEFAULT_VIEW } from "../view/url-state";
import { computeVisible } from "../view/visible";
import { legendEntries } from "./legend";
import { citedPublishers, citedSources, shownDegrees } from "./shown";
import { chokepointTable, inputConcentration, topNodesByDegree, topNodesByMetric } from "./summary";
import { hostileGraph, hostileVisible } from "./test-graphs";

describe("shown subgraph figures", () => {
  it("count distinct neighbours, parallel edges once", () => {
    const graph = hostileGraph();
    const d = shownDegrees(graph, hostileVisible(graph));
    // "formula" has two provides edges (2024, 2025) to the same input.
    expect(d.get("formula")).toEqual({ degree: 1, inDegree: 0, outDegree: 1 });
    expect(d.get("ctrlid")).toEqual({ degree: 1, inDegree: 1, outDegree: 0 });
  });

  it("rank the best-connected nodes", () => {
    const graph = miniGraph();
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, focus: "asml" });
    const t = topNodesByDegree(graph, visible, 3);
    expect(t.rows[0]![0]).toBe("ASML");
    expect(t.rows.length).toBeLessThanOrEqual(3);
    expect(t.columns).toHaveLength(t.rows[0]!.length);
  });

  it("rank by a metric table passed in", () => {
    const graph = miniGraph();
    // The whole network (the layered first view folds the firms away).
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, layout: "fcose" });
    const t = topNodesByMetric(graph, visible, { columns: [{ id: "pr", label: "PageRank" }], values: { tsmc: { pr: 0.3 }, asml: { pr: 0.5 } } }, "pr");
    expect(t.rows.map((r) => r[0])).toEqual(["ASML", "TSMC"]);
    expect(() => topNodesByMetric(graph, visible, { columns: [], values: {} }, "x")).toThrow(/no metric column "x"/);
  });

  it("find concentrated inputs from shown shares only", () => {
    const graph = hostileGraph();
    const visible = hostileVisible(graph);
    const c = inputConcentration(graph, visible);
    const input = c.find((x) => x.input === "ctrl\u0001id")!;
    // Shares 62.5 and max(30, 31): the two vintages of one provider count once.
    expect(input.firmHhi).toBe(Math.round(62.5 ** 2 + 31 ** 2));
    expect(input.top?.share).toBe(62.5);
    // The hidden firm's 10% on "ctrlid" is not shown, so that input has no figure.
    expect(c.find((x) => x.input === "ctrlid")).toBeUndefined();
    const t = chokepointTable(graph, visible);
    expect(t.rows).toHaveLength(1);
    expect(String(t.rows[0]![1])).toContain("62.5%");
  });

  it("cite only the sources of shown elements, most cited first", () => {
    const graph = hostileGraph();
    const visible = hostileVisible(graph);
    const s = citedSources(graph, visible);
    expect(s.map((x) => x.id).sort()).toEqual(["src-a", "src-b"]);
    expect(s[0]!.citations).toBeGreaterThanOrEqual(s[1]!.citations);
    expect(citedPublishers(s)).toHaveLength(2);
    const only = citedSources(graph, { nodes: new Set(["hidden"]), edges: new Set() });
    expect(only.map((x) => x.id)).toEqual(["src-a"]);
  });

  it("build a legend of what is shown only", () => {
    const graph = miniGraph();
    const visible = computeVisible(graph, { ...DEFAULT_VIEW, kinds: ["input", "firm"], layers: ["equipment"] });
    const l = legendEntries(graph, visible, "layer");
    expect(l.colors.map((c) => c.label)).toEqual(["Lithography & equipment"]);
    expect(l.shapes.map((s) => s.kind).sort()).toEqual(["firm", "input"]);
    expect(l.edges.map((e) => e.label)).toContain("Provides");
    expect(legendEntries(graph, visible, "kind").colors.map((c) => c.label)).toEqual(["Firm", "Input"]);
  });
});
