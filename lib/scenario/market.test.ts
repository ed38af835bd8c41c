/** Chokepoints, HHI, orchestration and centrality after a shock, on small graphs worked out by hand. */
import { describe, expect, it } from "vitest";
import { runScenario } from "./run";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { scenario, scenarioGraph } from "./test-graph";

function fiveFirms() {
  // tool: five firms of 20% each in five nations → HHI 5 × 400 = 2,000: not a chokepoint.
  const b = scenarioGraph().input("tool", "equipment");
  for (const n of ["AAA", "BBB", "CCC", "DDD", "EEE"]) b.nation(n).firm(n.toLowerCase(), n).provides(n.toLowerCase(), "tool", { share: 20 });
  return b.partners("aaa", "bbb").partners("bbb", "ccc").build();
}

describe("the market after a shock", () => {
  it("removing a provider concentrates what is left: a new chokepoint by lib/supply's rule", () => {
    const r = runScenario(fiveFirms(), scenario({ shocks: [{ type: "remove", node: "eee" }] }), EMPTY_SUBSTITUTION);
    const tool = r.inputs[0]!;
    // Four left of 80 points: each 25% of the post-shock market → HHI 4 × 625 = 2,500 ≥ 2,500.
    expect(tool.hhiNation).toEqual({ before: 2000, after: 2500 });
    expect(tool.chokepoint).toMatchObject({ before: false, after: true });
    expect(tool.chokepoint.reasons).toEqual(["HHI by nation 2,500 (≥ 2,500)"]);
    expect(r.chokepoints.became).toEqual(["tool"]);
    expect(tool.world.after).toBe(0.8);
  });

  it("adding capacity dilutes a majority holder", () => {
    const g = scenarioGraph().nation("AAA").nation("BBB").firm("aa", "AAA").firm("bb", "BBB").input("tool").provides("aa", "tool", { share: 80 }).provides("bb", "tool", { share: 20 }).build();
    const r = runScenario(g, scenario({ shocks: [{ type: "add-capacity", provider: "bb", input: "tool", share: 60 }] }), EMPTY_SUBSTITUTION);
    const tool = r.inputs[0]!;
    // 80 vs 20 + 60: AAA 50%, BBB 50% of 160 → HHI 5,000; AAA no longer over... still ≥ 50%: chokepoint stays.
    expect(tool.topNation.after).toEqual({ id: "AAA", share: 50 });
    expect(tool.hhiNation).toEqual({ before: 6800, after: 5000 });
    // Access cannot exceed the baseline supply.
    expect(tool.world.after).toBe(1);
  });

  it("a new supplier can be added with its nation", () => {
    const g = scenarioGraph().nation("AAA").nation("BBB").firm("aa", "AAA").input("tool").provides("aa", "tool", { share: 100 }).build();
    const r = runScenario(g, scenario({ shocks: [{ type: "remove", node: "aa" }, { type: "add-capacity", provider: "newco", name: "NewCo", nation: "BBB", input: "tool", share: 30 }] }), EMPTY_SUBSTITUTION);
    expect(r.inputs[0]!.world.after).toBe(0.3);
    expect(r.inputs[0]!.topNation.after).toEqual({ id: "BBB", share: 100 });
    // aa leaves, NewCo joins: AAA, BBB, tool and newco.
    expect(r.graph.nodes).toEqual({ before: 4, after: 4 });
  });

  it("orchestration index after a shock is lib/supply's on the post-shock market", () => {
    const r = runScenario(fiveFirms(), scenario({ shocks: [{ type: "remove", node: "eee" }] }), EMPTY_SUBSTITUTION);
    const a = r.nations.find((n) => n.nation === "AAA")!;
    // Before: AAA holds 20% (< 25%): no leverage → index 0. After: 25% (≥ 25%): leverage = 0.25 × 1 / 1 = 0.25;
    // diversification: the three other suppliers at 25% each → 1 − 3 × (1/3)² = 2/3 → 100 × √(0.25 × 2/3) ≈ 40.8.
    expect(a.orchestration.before).toBe(0);
    expect(a.orchestration.after).toBeCloseTo(100 * Math.sqrt(0.25 * (2 / 3)), 9);
  });

  it("centrality before and after, and the network diff", () => {
    const r = runScenario(fiveFirms(), scenario({ shocks: [{ type: "remove", node: "bbb" }] }), EMPTY_SUBSTITUTION);
    // bbb sat on the path aaa – bbb – ccc: it and its edges are removed; its nation loses its output.
    expect(r.diff.removed).toEqual(
      expect.arrayContaining(["bbb", "partners_with:aaa:bbb:2024", "partners_with:bbb:ccc:2024", "provides:bbb:tool:2024", "headquartered_in:bbb:BBB"]),
    );
    expect(r.diff.impact.BBB).toBe(1);
    expect(r.diff.impact.tool).toBe(0.2);
    const moved = r.centrality.find((c) => c.node === "bbb")!;
    expect(moved.removed).toBe(true);
    expect(moved.betweenness.after).toBeNull();
    expect(r.graph).toEqual({ nodes: { before: 11, after: 10 }, edges: { before: 12, after: 8 } });
  });
});
