/**
 * Every metric of every node against networkx 3.x on the same graphs (fixtures from
 * scripts/nx/gen_fixtures.py). Tolerance 1e-6, PageRank and eigenvector 1e-5.
 */
import { describe, expect, it } from "vitest";
import { parseGraphologyJson } from "../io/graphology-json";
import { analyzeGraph } from "./analyze";
import { fixtureNames, loadFixture, type Fixture } from "./fixtures";
import { modularity } from "./modularity";
import { toSimpleGraph } from "./simple-graph";
import type { AnyGraph } from "../model/graph";
import type { NodeMetricId } from "./types";

const TOLERANCE: Record<Exclude<NodeMetricId, "community">, number> = {
  degree: 0,
  inDegree: 0,
  outDegree: 0,
  weightedDegree: 1e-9,
  betweenness: 1e-6,
  closeness: 1e-6,
  pagerank: 1e-5,
  eigenvector: 1e-5,
};

function graphOf(fixture: Fixture): AnyGraph {
  const parsed = parseGraphologyJson(fixture.graph);
  if (!parsed.ok) throw new Error(`${fixture.name}: ${parsed.error.path}: ${parsed.error.message}`);
  return parsed.graph;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const names = fixtureNames();

it("has the fixtures the brief asks for", () => {
  expect(names).toEqual(
    expect.arrayContaining(["curated", "curated-dependencies", "random-directed-1000", "disconnected", "odd-keys-directed", "odd-keys-undirected", "undirected-300"]),
  );
});

describe.each(names)("fixture %s", (name) => {
  const fixture = loadFixture(name);
  const graph = graphOf(fixture);
  const analysis = analyzeGraph(graph);
  const { expected } = fixture;

  it("has the same node keys, as strings, in the same order", () => {
    expect(Object.keys(analysis.nodes).sort(byCodePoint)).toEqual(Object.keys(expected.nodes).sort(byCodePoint));
    expect(analysis.graph.directed).toBe(expected.directed);
  });

  it.each(Object.keys(TOLERANCE) as (keyof typeof TOLERANCE)[])("%s equals networkx", (metric) => {
    const tol = TOLERANCE[metric];
    const wrong: string[] = [];
    for (const [key, want] of Object.entries(expected.nodes)) {
      const got = analysis.nodes[key]?.[metric];
      const ok = want[metric] === null ? got === null : typeof got === "number" && Math.abs(got - want[metric]) <= tol;
      if (!ok) wrong.push(`${JSON.stringify(key)}: got ${got}, networkx ${want[metric]}`);
    }
    expect(wrong.slice(0, 10), `${wrong.length} node(s) differ`).toEqual([]);
  });

  it("graph metrics equal networkx", () => {
    const g = analysis.graph;
    const want = expected.graph;
    expect(g.nodes).toBe(want.nodes);
    expect(g.simpleEdges).toBe(want.simpleEdges);
    expect(g.edges).toBe(fixture.graph.edges?.length ?? 0);
    expect(g.selfLoops).toBe(want.selfLoops);
    expect(g.density).toBeCloseTo(want.density, 12);
    expect(g.components).toBe(want.components);
    expect([...g.articulationPoints].sort(byCodePoint)).toEqual(want.articulationPoints);
    const pairs = (bs: [string, string][]) => bs.map((b) => [...b].sort(byCodePoint).join("\u0000")).sort(byCodePoint);
    expect(pairs(g.bridges)).toEqual(pairs(want.bridges));
  });

  it("modularity() equals networkx on networkx's Louvain partition", () => {
    const g = toSimpleGraph(graph);
    const label = new Map<string, number>();
    expected.louvain.communities.forEach((members, c) => members.forEach((m) => label.set(m, c)));
    const q = modularity(
      g,
      g.keys.map((k) => label.get(k)!),
    );
    if (expected.louvain.modularity === null) expect(q).toBeNull();
    else expect(q).toBeCloseTo(expected.louvain.modularity, 9);
  });

  it("Louvain's modularity is at least networkx's minus 2%", () => {
    const want = expected.louvain.modularity;
    if (want === null) {
      expect(analysis.graph.modularity).toBeNull();
      expect(analysis.graph.communities).toBe(expected.graph.nodes);
      return;
    }
    expect(analysis.graph.modularity).not.toBeNull();
    expect(analysis.graph.modularity!).toBeGreaterThanOrEqual(want - 0.02 * Math.abs(want));
    const g = toSimpleGraph(graph);
    expect(modularity(g, g.keys.map((k) => analysis.nodes[k]!.community))).toBe(analysis.graph.modularity);
  });
});
