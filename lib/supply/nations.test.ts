import { describe, expect, it } from "vitest";
import { buildLensContext, nationProfile, nationSummaries, nationSummary, orchestrationIndex } from "./nations";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

/**
 * Three inputs in two layers, shares by nation (hq rows):
 *   x (equipment):   A 60, B 40
 *   y (equipment):   B 50, C 30, 20 unattributed
 *   z (fabrication): C 100, and z requires x and y
 * Basket weights: two layers weigh ½ each; x and y share the equipment half: w = ¼, ¼, ½.
 * Reach (1 + downstream inputs): x 2, y 2, z 1; total 5.
 */
function world() {
  return supplyGraph()
    .nation("A").nation("B").nation("C").nation("D")
    .input("x", "equipment").input("y", "equipment").input("z", "fabrication")
    .requires("z", "x").requires("z", "y")
    .provides("A", "x", { share: 60, attribution: "hq" })
    .provides("B", "x", { share: 40, attribution: "hq" })
    .provides("B", "y", { share: 50, attribution: "hq" })
    .provides("C", "y", { share: 30, attribution: "hq" })
    .provides("C", "z", { share: 100, attribution: "hq" })
    .build();
}

describe("nation profile", () => {
  const ctx = buildLensContext(buildSupplyIndex(world()), "hq");

  it("weighs layers equally and inputs equally within a layer", () => {
    expect(ctx.basket.map((b) => [b.supply.input, b.weight, b.reach])).toEqual([
      ["x", 0.25, 2],
      ["y", 0.25, 2],
      ["z", 0.5, 1],
    ]);
  });

  it("A: domestic, foreign dependence, exposures, leverage, diversification, orchestration", () => {
    const p = nationProfile(ctx, "A");
    // Domestic = ¼ × 0.6 = 0.15; foreign dependence = 0.85.
    expect(p.domestic.value).toBeCloseTo(0.15, 9);
    expect(p.foreignDependence.value).toBeCloseTo(0.85, 9);
    // Unattributed = ¼ × 0.2 (y) = 0.05.
    expect(p.unattributed.value).toBeCloseTo(0.05, 9);
    // Exposure to B = ¼·0.4 + ¼·0.5 = 0.225; to C = ¼·0.3 + ½·1 = 0.575.
    // Check: 0.15 + 0.225 + 0.575 + 0.05 = 1.
    expect(p.exposures.map((e) => [e.nation, e.share])).toEqual([["C", 0.575], ["B", 0.225]]);
    expect(p.exposures[0]!.inputs.map((i) => i.input)).toEqual(["z", "y"]);
    // Leverage: A holds 60% ≥ 25% of x (reach 2): 0.6 × 2 / 5 = 0.24.
    expect(p.leverage.value).toBeCloseTo(0.24, 9);
    expect(p.leverageItems.map((l) => [l.input, l.share, l.weight, l.downstream])).toEqual([["x", 60, 2, ["z"]]]);
    // Diversification of named foreign suppliers, per input:
    //   x: B only → 1 − 1 = 0, foreign 0.4;  y: 1 − ((0.5/0.8)² + (0.3/0.8)²) = 0.46875, foreign 0.8;
    //   z: C only → 0, foreign 1.
    //   Σ w·f·D / Σ w·f = (¼·0.8·0.46875) / (¼·0.4 + ¼·0.8 + ½·1) = 0.09375 / 0.8 = 0.1171875.
    expect(p.diversification.value).toBeCloseTo(0.1171875, 9);
    // Orchestration = 100 × √(0.24 × 0.1171875) = 100 × √0.028125 ≈ 16.7705.
    expect(p.orchestration.value).toBeCloseTo(16.770509831, 6);
    // Every figure says its lens and what produced it.
    expect(p.foreignDependence.lens).toBe("hq");
    expect(p.foreignDependence.edges).toEqual(["provides:A:x:2024"]);
    expect(p.foreignDependence.sources).toEqual(["src-A"]);
    expect(p.leverage.edges).toEqual(["provides:A:x:2024"]);
    expect(p.diversification.edges).toHaveLength(5);
  });

  it("per layer and per input", () => {
    const p = nationProfile(ctx, "A");
    const equipment = p.layers.find((l) => l.layer === "equipment")!;
    // Domestic (0.6 + 0)/2 = 0.3; B (0.4 + 0.5)/2 = 0.45; C (0 + 0.3)/2 = 0.15; unattributed (0 + 0.2)/2 = 0.1.
    expect(equipment.domestic).toBeCloseTo(0.3, 9);
    expect(equipment.suppliers.map((s) => [s.nation, s.share])).toEqual([["B", 0.45], ["C", 0.15]]);
    expect(equipment.unattributed).toBeCloseTo(0.1, 9);
    const fab = p.layers.find((l) => l.layer === "fabrication")!;
    expect([fab.domestic, fab.foreign, fab.suppliers.map((s) => [s.nation, s.share])]).toEqual([0, 1, [["C", 1]]]);
    const y = p.inputs.find((i) => i.input === "y")!;
    expect([y.domestic, y.foreign, y.unattributed, y.diversification]).toEqual([0, 1, 0.2, 0.46875]);
  });

  it("C: a nation leading downstream", () => {
    const c = nationSummary(ctx, "C");
    // Domestic ¼·0.3 + ½·1 = 0.575 → foreign dependence 0.425.
    expect(c.foreignDependence).toBeCloseTo(0.425, 9);
    // Leverage (0.3 × 2 + 1 × 1) / 5 = 0.32.
    expect(c.leverage).toBeCloseTo(0.32, 9);
    // x: A .6, B .4 → 1 − .52 = .48, foreign 1; y: B only → 0, foreign .5; z: none foreign.
    // (¼·1·.48) / (¼·1 + ¼·.5) = .12 / .375 = .32.
    expect(c.diversification).toBeCloseTo(0.32, 9);
    // 100 × √(.32 × .32) = 32.
    expect(c.orchestration).toBeCloseTo(32, 9);
  });

  it("D: no share anywhere — fully foreign, no leverage, orchestration 0", () => {
    const d = nationProfile(ctx, "D");
    expect(d.foreignDependence.value).toBe(1);
    expect(d.foreignDependence.note).toMatch(/No share in any measured input/);
    expect(d.leverage.value).toBe(0);
    // x: .48 (f 1); y: .46875 (f .8); z: 0 (f 1): (.25·.48 + .25·.8·.46875) / (.25 + .2 + .5) = .21375 / .95 = .225.
    expect(d.diversification.value).toBeCloseTo(0.225, 9);
    expect(d.orchestration.value).toBe(0);
    expect(d.leverageItems).toEqual([]);
  });

  it("summaries cover every nation; unknown nations are an error", () => {
    expect(nationSummaries(ctx).map((s) => s.nation)).toEqual(["A", "B", "C", "D"]);
    expect(() => nationProfile(ctx, "ZZZ")).toThrow(/supply\/nationProfile: "ZZZ" is not a nation/);
  });

  it("orchestration needs both leverage and diversification", () => {
    expect(orchestrationIndex(0.25, 0.64)).toBeCloseTo(40, 9); // 100 × √0.16
    expect(orchestrationIndex(0, 0.9)).toBe(0);
    expect(orchestrationIndex(0.5, null)).toBeNull();
  });
});
