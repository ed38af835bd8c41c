import { describe, expect, it } from "vitest";
import { edgesAsOf } from "../model/queries";
import { computeInputs } from "./inputs";
import { buildLensContext, nationProfile, nationSummary } from "./nations";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

/**
 * Two inputs in two layers (weights ½ each), world shares by nation (hq rows):
 *   t (talent): A 50, B 30, 20 unattributed
 *   k (compute): C 100
 * National figures: B's own market for t (rows scoped to B): B 60, A 25, C 10, 5 unattributed.
 * A firm set in D's market for k: firm f (HQ D) 40%, firm g (HQ C) 50%, 10 unattributed.
 */
function world() {
  return supplyGraph()
    .nation("A").nation("B").nation("C").nation("D")
    .input("t", "talent").input("k", "compute")
    .firm("f", "D").firm("g", "C")
    .provides("A", "t", { share: 50, attribution: "hq", basis: "researchers" })
    .provides("B", "t", { share: 30, attribution: "hq", basis: "researchers" })
    .provides("C", "k", { share: 100, attribution: "hq" })
    .provides("B", "t", { share: 60, attribution: "hq", basis: "researchers", scope: "B" })
    .provides("A", "t", { share: 25, attribution: "hq", basis: "researchers", scope: "B" })
    .provides("C", "t", { share: 10, attribution: "hq", basis: "researchers", scope: "B" })
    .provides("f", "k", { share: 40, scope: "D" })
    .provides("g", "k", { share: 50, scope: "D" })
    .build();
}

describe("national figures", () => {
  const graph = world();
  const index = buildSupplyIndex(graph);
  const ctx = buildLensContext(index, "hq");

  it("keeps national rows out of the world share sets (world sets, HHI and chokepoints stay global)", () => {
    const t = computeInputs(index, "hq").find((s) => s.input === "t")!;
    expect(t.nations!.shares.map((f) => [f.id, f.share])).toEqual([["A", 50], ["B", 30]]);
    const k = computeInputs(index, "hq").find((s) => s.input === "k")!;
    expect(k.firms).toBeNull();
    expect(k.nations!.shares.map((f) => [f.id, f.share])).toEqual([["C", 100]]);
    // A national row of the same provider and year is its own edge, in force beside the world one.
    const inForce = edgesAsOf(graph);
    expect(inForce.has("provides:B:t:2024")).toBe(true);
    expect(inForce.has("provides:B:t:2024@B")).toBe(true);
  });

  it("B reads its own market for t and says so; k falls back to the world share", () => {
    const p = nationProfile(ctx, "B");
    const t = p.inputs.find((i) => i.input === "t")!;
    expect(t.figure).toBe("national");
    expect(t.domestic).toBeCloseTo(0.6, 9);
    expect(t.suppliers.map((s) => [s.nation, s.share])).toEqual([["A", 0.25], ["C", 0.1]]);
    expect(t.unattributed).toBeCloseTo(0.05, 9);
    expect(t.edges).toEqual(expect.arrayContaining(["provides:B:t:2024@B", "provides:A:t:2024@B"]));
    const k = p.inputs.find((i) => i.input === "k")!;
    expect(k.figure).toBe("world");
    expect(k.domestic).toBe(0);
    // Domestic = ½ · 0.6 = 0.3; unattributed = ½ · 0.05 = 0.025.
    expect(p.domestic.value).toBeCloseTo(0.3, 9);
    expect(p.unattributed.value).toBeCloseTo(0.025, 9);
    // Exposure to A = ½ · 0.25 = 0.125 (the world figure would say ½ · 0.5 = 0.25);
    // to C = ½ · 0.1 + ½ · 1 = 0.55. Check: 0.3 + 0.125 + 0.55 + 0.025 = 1.
    expect(p.exposures.map((e) => [e.nation, e.share])).toEqual([["C", 0.55], ["A", 0.125]]);
    // Diversification: t has two named foreign suppliers, A 0.25 and C 0.1 of 0.35:
    //   1 − ((0.25/0.35)² + (0.1/0.35)²) = 0.408163…, weight ½ · 0.35; k: C only → 0, weight ½ · 1.
    //   (0.175 · 0.408163) / (0.175 + 0.5) = 0.105820…
    expect(p.diversification.value).toBeCloseTo((0.175 * (1 - (0.25 / 0.35) ** 2 - (0.1 / 0.35) ** 2)) / 0.675, 9);
    // Leverage counts control of the world market: B holds 30% of t worldwide (≥ 25%), reach 1 of 2.
    expect(p.leverage.value).toBeCloseTo(0.3 / 2, 9);
    // The summary (tables, quadrant chart) uses the same figures.
    const s = nationSummary(ctx, "B");
    expect(s.foreignDependence).toBeCloseTo(0.7, 9);
  });

  it("a nation without national figures reads the world shares, labelled as such", () => {
    const p = nationProfile(ctx, "A");
    expect(p.inputs.map((i) => i.figure)).toEqual(["world", "world"]);
    // Domestic = ½ · 0.5; exposure to B = ½ · 0.3, to C = ½ · 1.
    expect(p.domestic.value).toBeCloseTo(0.25, 9);
    expect(p.exposures.map((e) => [e.nation, e.share])).toEqual([["C", 0.5], ["B", 0.15]]);
  });

  it("attributes firm shares of a national market by the lens (D's market for k: f at D, g at C)", () => {
    const p = nationProfile(ctx, "D");
    const k = p.inputs.find((i) => i.input === "k")!;
    expect(k.figure).toBe("national");
    expect(k.domestic).toBeCloseTo(0.4, 9);
    expect(k.suppliers.map((s) => [s.nation, s.share])).toEqual([["C", 0.5]]);
    expect(k.unattributed).toBeCloseTo(0.1, 9);
    expect(p.inputs.find((i) => i.input === "t")!.figure).toBe("world");
  });

  it("a later year's national figure supersedes only the national series", () => {
    const g = world();
    g.addDirectedEdgeWithKey("provides:B:t:2025@B", "B", "t", {
      kind: "provides",
      share: 70,
      basis: "researchers",
      attribution: "hq",
      year: 2025,
      scope: "B",
      sources: ["src-B"],
    } as never);
    const inForce = edgesAsOf(g);
    expect(inForce.has("provides:B:t:2025@B")).toBe(true);
    expect(inForce.has("provides:B:t:2024@B")).toBe(false);
    expect(inForce.has("provides:B:t:2024")).toBe(true);
    // A's 2024 national row for B's market is still the latest of its own series: it stays. The
    // national set groups by year, so 2025 (B 70) is the set B reads.
    const p = nationProfile(buildLensContext(buildSupplyIndex(g), "hq"), "B");
    expect(p.inputs.find((i) => i.input === "t")!.domestic).toBeCloseTo(0.7, 9);
  });
});
