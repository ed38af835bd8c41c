import Graph, { DirectedGraph, MultiGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { analyzeGraph, computeGraphMetrics, computeNodeMetrics } from "./analyze";
import { GRAPH_METRICS, NODE_METRICS, getNodeMetric } from "./registry";
import { toSimpleGraph } from "./simple-graph";
import type { AnyGraph } from "../model/graph";
import type { NodeMetricId, NodeMetrics } from "./types";

function triangleWithTail(): AnyGraph {
  const g = new DirectedGraph();
  for (const [a, b] of [["a", "b"], ["b", "c"], ["c", "a"], ["c", "d"]] as const) g.mergeEdge(a, b);
  return g;
}

describe("input checks", () => {
  it.each([null, undefined, 42, {}, { nodes: [] }])("rejects %j, naming the function", (bad) => {
    expect(() => analyzeGraph(bad as unknown as AnyGraph)).toThrow(/lib\/metrics\/toSimpleGraph: given graph is not a graphology instance/);
    expect(() => computeNodeMetrics(bad as unknown as AnyGraph)).toThrow(TypeError);
    expect(() => computeGraphMetrics(bad as unknown as AnyGraph)).toThrow(TypeError);
  });

  it.each([-1, Number.NaN, Infinity, "3", null, true])("rejects the edge weight %s, naming the edge", (weight) => {
    const g = new Graph();
    g.mergeNode("a");
    g.mergeNode("b");
    g.addEdgeWithKey("e1", "a", "b", { weight });
    expect(() => analyzeGraph(g)).toThrow(/edge "e1" has weight .*expected a finite number ≥ 0/);
  });
});

describe("analyzeGraph", () => {
  it("handles the empty graph", () => {
    const a = analyzeGraph(new Graph());
    expect(a.nodes).toEqual({});
    expect(a.graph).toMatchObject({ nodes: 0, edges: 0, density: 0, components: 0, communities: 0, modularity: null, notes: [] });
  });

  it("gives every node every registry metric, keyed by its key exactly", () => {
    const g = new UndirectedGraph();
    for (const k of ["2", "2.0", "02", "1e3"]) g.addNode(k);
    g.addEdge("2", "2.0");
    const a = analyzeGraph(g);
    expect(Object.keys(a.nodes).sort()).toEqual(["02", "1e3", "2", "2.0"]);
    for (const m of Object.values(a.nodes)) expect(Object.keys(m)).toEqual(NODE_METRICS.map((d) => d.id));
    expect(a.nodes["2"]!.degree).toBe(1);
    expect(a.nodes["02"]!.degree).toBe(0);
  });

  it("does not modify the input graph", () => {
    const g = triangleWithTail();
    const before = JSON.stringify(g.export());
    analyzeGraph(g);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it("analyses a mixed graph as directed unless told otherwise", () => {
    const g = new Graph(); // mixed
    g.mergeEdge("a", "b");
    expect(analyzeGraph(g).graph.directed).toBe(true);
    expect(analyzeGraph(g).nodes.b!.inDegree).toBe(1);
    const undirected = analyzeGraph(g, { directed: false });
    expect(undirected.graph.directed).toBe(false);
    expect(undirected.nodes.b!.inDegree).toBe(1);
    expect(undirected.nodes.a!.inDegree).toBe(1);
  });

  it("merges parallel edges into one link whose weight is their sum", () => {
    const g = new MultiGraph({ type: "directed" });
    g.mergeEdge("a", "b");
    g.addEdge("a", "b", { weight: 2.5 });
    g.addEdge("b", "a");
    const a = analyzeGraph(g);
    expect(a.graph).toMatchObject({ edges: 3, simpleEdges: 2 });
    expect(a.nodes.a).toMatchObject({ degree: 2, outDegree: 1, inDegree: 1, weightedDegree: 4.5 });
  });

  it("treats a node whose only out-edge weighs 0 as dangling in PageRank (no NaN)", () => {
    const g = new DirectedGraph();
    g.mergeEdge("a", "b", { weight: 0 });
    g.mergeEdge("b", "a", { weight: 1 });
    const a = analyzeGraph(g);
    expect(Number.isFinite(a.nodes.a!.pagerank)).toBe(true);
    expect(a.nodes.a!.pagerank! + a.nodes.b!.pagerank!).toBeCloseTo(1, 12);
  });

  it("marks eigenvector null with a note when it does not converge", () => {
    const g = new DirectedGraph();
    for (let i = 0; i < 30; i++) g.mergeEdge(`n${i}`, `n${i + 1}`);
    const a = analyzeGraph(g);
    expect(Object.values(a.nodes).every((m) => m.eigenvector === null)).toBe(true);
    expect(a.graph.notes.join(" ")).toMatch(/eigenvector centrality did not converge in 1000 iterations/);
    expect(analyzeGraph(triangleWithTail()).graph.notes).toEqual([]);
  });

  it("repeats its communities for a seed", () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < 60; i++) g.mergeEdge(`n${i}`, `n${(i * 7 + 3) % 60}`);
    const community = (seed: number) => Object.values(computeNodeMetrics(g, { seed })).map((m) => m.community);
    expect(community(1)).toEqual(community(1));
    expect(Math.max(...community(1))).toBeGreaterThan(0);
  });

  it("reports rising progress up to 1 and names each metric", () => {
    const seen: [number, string][] = [];
    analyzeGraph(triangleWithTail(), { onProgress: (f, m) => seen.push([f, m]) });
    const fractions = seen.map(([f]) => f);
    expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
    expect(fractions.at(-1)).toBe(1);
    expect(new Set(seen.map(([, m]) => m))).toEqual(new Set([...NODE_METRICS.map((d) => d.id), "done"]));
  });

  it("stops with the signal's reason when aborted, before or during the run", () => {
    const before = new AbortController();
    before.abort(new Error("cancelled by user"));
    expect(() => analyzeGraph(triangleWithTail(), { signal: before.signal })).toThrow("cancelled by user");

    const during = new AbortController();
    const done: string[] = [];
    const run = () =>
      analyzeGraph(triangleWithTail(), {
        signal: during.signal,
        onProgress: (_f, metric) => {
          done.push(metric);
          if (metric === "betweenness") during.abort(new Error("stop"));
        },
      });
    expect(run).toThrow("stop");
    expect(done).not.toContain("pagerank");
  });
});

describe("computeGraphMetrics", () => {
  it("counts weak components, cut points and bridges of the undirected view", () => {
    const g = triangleWithTail();
    g.addNode("alone");
    expect(computeGraphMetrics(g)).toEqual({
      directed: true,
      nodes: 5,
      edges: 4,
      simpleEdges: 4,
      selfLoops: 0,
      density: 4 / 20,
      components: 2,
      articulationPoints: ["c"],
      bridges: [["c", "d"]],
    });
  });

  it("never reports a self-loop as a bridge, and counts it twice in undirected degree", () => {
    const g = new UndirectedGraph({ allowSelfLoops: true });
    g.mergeEdge("a", "a");
    g.mergeEdge("a", "b");
    expect(computeGraphMetrics(g)).toMatchObject({ selfLoops: 1, bridges: [["a", "b"]], articulationPoints: [] });
    expect(computeNodeMetrics(g).a).toMatchObject({ degree: 3, inDegree: 3, outDegree: 3, weightedDegree: 3 });
  });

  it("walks a 100,000-node path without recursion overflow", () => {
    const g = new UndirectedGraph();
    for (let i = 0; i < 100_000; i++) g.mergeEdge(String(i), String(i + 1));
    const m = computeGraphMetrics(g);
    expect(m.articulationPoints).toHaveLength(99_999);
    expect(m.bridges).toHaveLength(100_000);
  });
});

describe("toSimpleGraph", () => {
  it("merges u→v and v→u into one undirected pair and keeps loops once", () => {
    const g = new Graph({ multi: true });
    g.mergeEdge("a", "b", { weight: 2 });
    g.addEdge("b", "a", { weight: 3 });
    g.addUndirectedEdge("b", "b");
    const s = toSimpleGraph(g, { directed: false });
    expect(s).toMatchObject({ order: 2, inputSize: 3, size: 2, selfLoops: 1 });
    expect(Array.from(s.out.weights)).toEqual([5, 5, 1]);
    const d = toSimpleGraph(g);
    expect(d).toMatchObject({ directed: true, size: 3 });
  });
});

describe("registry", () => {
  it("describes every NodeMetrics field once, with text for students and a networkx call", () => {
    const fields: NodeMetricId[] = ["degree", "inDegree", "outDegree", "weightedDegree", "betweenness", "pagerank", "closeness", "eigenvector", "community"];
    expect(NODE_METRICS.map((d) => d.id).sort()).toEqual([...fields].sort());
    for (const d of [...NODE_METRICS, ...GRAPH_METRICS]) {
      expect(d.label.length).toBeGreaterThan(2);
      expect(d.description.length).toBeGreaterThan(NODE_METRICS.includes(d as never) ? 80 : 10);
      expect(d.networkx).toMatch(/G|nx\./);
    }
    expect(getNodeMetric("pagerank").range).toEqual({ min: 0, max: 1 });
    expect(() => getNodeMetric("nope" as keyof NodeMetrics)).toThrow(/unknown metric "nope"/);
  });

  it("keeps every value inside its declared range", () => {
    const a = analyzeGraph(triangleWithTail());
    for (const d of NODE_METRICS) {
      for (const m of Object.values(a.nodes)) {
        const v = m[d.id];
        if (v === null) continue;
        expect(v).toBeGreaterThanOrEqual(d.range.min);
        if (d.range.max !== null) expect(v).toBeLessThanOrEqual(d.range.max + 1e-12);
      }
    }
  });
});
