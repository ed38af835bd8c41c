/**
 * The scenario's centralities run over the supply dependency graph (lib/model/dependency.ts
 * metricsGraph), not over every relation: worked out by hand on small graphs.
 */
import { describe, expect, it } from "vitest";
import { betweenness } from "../metrics/betweenness";
import { pagerank } from "../metrics/pagerank";
import { toSimpleGraph } from "../metrics/simple-graph";
import { metricsGraph } from "../model/dependency";
import { centralityOf, runScenario } from "./run";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { scenario, scenarioGraph } from "./test-graph";

/** tool = ta (A); chip = ca (C), requires tool; ca and ta also partner, and ca partners with a bystander firm bb (B). */
function chain() {
  return scenarioGraph()
    .nation("AAA").nation("BBB").nation("CCC")
    .firm("ta", "AAA").firm("ca", "CCC").firm("bb", "BBB")
    .input("tool").input("chip", "fabrication")
    .provides("ta", "tool", { share: 100 })
    .provides("ca", "chip", { share: 100 })
    .requires("chip", "tool")
    .partners("ta", "ca")
    .partners("ca", "bb")
    .build();
}

describe("scenario centrality over supply dependencies", () => {
  it("betweenness counts dependency chains only", () => {
    const c = centralityOf(chain());
    // Dependency edges (dependent → depended on): chip → tool, chip → ca, tool → ta, ca → tool (ca inherits tool).
    // Shortest chains through tool: chip → tool → ta and ca → tool → ta (chip → ca → tool is not shortest to tool's
    // successors). 2 pairs of the (8 − 1)(8 − 2) = 42 ordered pairs of the 8 nodes → 2/42.
    expect(c.get("tool")!.betweenness).toBeCloseTo(2 / 42, 12);
    // ca: the only chain through it, chip → ca → tool, is longer than chip → tool, so it lies on no shortest chain.
    expect(c.get("ca")!.betweenness).toBe(0);
    // The partnerships ta – ca – bb would put ca between ta and bb; they move nothing here. Nations are isolated.
    expect(c.get("bb")!.betweenness).toBe(0);
    expect(c.get("AAA")!.betweenness).toBe(0);
  });

  it("PageRank is lib/metrics' (networkx-checked) PageRank of the dependency graph, weights included", () => {
    const g = chain();
    const simple = toSimpleGraph(metricsGraph(g));
    const pr = pagerank(simple)!;
    const c = centralityOf(g);
    simple.keys.forEach((k, i) => expect(c.get(k)!.pagerank).toBe(pr[i]));
    expect(betweenness(simple)[simple.keys.indexOf("tool")]).toBe(c.get("tool")!.betweenness);
    // What is depended on ranks higher than what depends on it: ta above chip.
    expect(c.get("ta")!.pagerank!).toBeGreaterThan(c.get("chip")!.pagerank!);
  });

  it("cutting a partnership moves no centrality; removing a supplier does", () => {
    const g = chain();
    const cut = runScenario(g, scenario({ shocks: [{ type: "cut-edge", edge: "partners_with:ca:bb:2024" }] }), EMPTY_SUBSTITUTION);
    expect(cut.centrality).toEqual([]);
    const removed = runScenario(g, scenario({ shocks: [{ type: "remove", node: "ta" }] }), EMPTY_SUBSTITUTION);
    // Without ta, tool is on no chain (nothing beyond it): its betweenness falls from 2/42 to 0.
    const tool = removed.centrality.find((x) => x.node === "tool")!;
    expect(tool.betweenness.before).toBeCloseTo(2 / 42, 9);
    expect(tool.betweenness.after).toBe(0);
  });
});
