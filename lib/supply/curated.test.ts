import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { explainDependency } from "./paths";
import { nationProfile } from "./nations";
import { computeSupplyMetrics } from "./supply";
import { LENSES } from "./rules";

const graph = getCuratedGraph();
const metrics = computeSupplyMetrics(graph);
const input = (lens: (typeof LENSES)[number], id: string) => metrics.lenses[lens].inputs.find((s) => s.input === id)!;

describe("supply metrics on the curated data", () => {
  it("EUV scanners: ASML 100%, the Netherlands 100% by HQ, HHI 10,000, a chokepoint", () => {
    const euv = input("hq", "euv-scanners");
    expect(euv.firms!.shares.map((f) => [f.id, f.share])).toEqual([["asml", 100]]);
    expect(euv.nations!.shares.map((f) => [f.id, f.share])).toEqual([["NLD", 100]]);
    expect(euv.hhiNation).toBe(10_000);
    expect(euv.hhiFirm).toBe(10_000);
    expect(euv.chokepoint).toBe(true);
    // The latest vintage: ETO's August 2026 release (CSET analysis of TechInsights data, 2025).
    expect(euv.nations!.sources).toContain("eto-techinsights-2025");
    // Leading-edge logic, DRAM and everything built on them depend on it.
    expect(euv.downstream).toEqual(expect.arrayContaining(["leading-edge-logic", "dram", "hbm", "ai-accelerators"]));
    // Two single-supplier inputs share the top HHI of 10,000 (ties go by id): crystal-growing
    // furnaces (PVA TePla, ETO/TechInsights 2022) and EUV scanners.
    expect(metrics.lenses.hq.ranked.slice(0, 2).map((s) => [s.input, s.hhiNation])).toEqual([
      ["crystal-growing-furnaces", 10_000],
      ["euv-scanners", 10_000],
    ]);
  });

  it("Taiwan is the top nation for leading-edge logic by site", () => {
    const logic = input("site", "leading-edge-logic");
    expect(logic.topNation!.id).toBe("TWN");
    expect(logic.nations!.attribution).toBe("site");
    expect(logic.nations!.basis).toBe("capacity");
  });

  it("never mixes vintages or bases: foundry shares use the 2025 set only, with the rest as other", () => {
    const foundry = input("hq", "foundry-services");
    expect(foundry.firms!.year).toBe(2025);
    expect(foundry.firms!.shares.map((f) => f.id)).toEqual(["tsmc", "samsung"]);
    expect(foundry.firms!.other).toBeCloseTo(22.5, 9);
    // SMIC's, UMC's … 2024 rows are known providers outside the chosen set.
    expect(foundry.unquantified.map((u) => u.id)).toEqual(expect.arrayContaining(["smic", "umc"]));
  });

  it("keeps every set within 100% with an explicit remainder, and traces every figure", () => {
    for (const lens of LENSES) {
      for (const s of metrics.lenses[lens].inputs) {
        for (const set of [s.firms, s.nations]) {
          if (!set) continue;
          expect(set.covered).toBeLessThanOrEqual(100.5);
          expect(set.other).toBeCloseTo(Math.max(0, 100 - set.covered), 6);
          for (const f of set.shares) {
            expect(f.edges.length, `${lens} ${s.input} ${f.id}`).toBeGreaterThan(0);
            expect(f.sources.length, `${lens} ${s.input} ${f.id}`).toBeGreaterThan(0);
            for (const e of f.edges) expect(graph.hasEdge(e), e).toBe(true);
          }
        }
      }
    }
  });

  it("the lens changes figures, and says when it had to fall back", () => {
    // As of 2024, GlobalFoundries (HQ USA, controlled from ARE via Mubadala) has 4.6% of foundry.
    const y2024 = computeSupplyMetrics(graph, { year: 2024 });
    const foundry = (lens: (typeof LENSES)[number]) => y2024.lenses[lens].inputs.find((s) => s.input === "foundry-services")!.nations!.shares;
    expect(foundry("controller").find((f) => f.id === "ARE")?.share).toBe(4.6);
    expect(foundry("hq").find((f) => f.id === "ARE")).toBeUndefined();
    // GF is the only US-headquartered firm in that set: by controller the USA has none of it.
    expect(foundry("hq").find((f) => f.id === "USA")?.share).toBe(4.6);
    expect(foundry("controller").find((f) => f.id === "USA")).toBeUndefined();
    // No firm shares for core IP (Arm's is unpublished): the controller lens falls back to HQ rows, flagged.
    expect(input("controller", "core-ip").nations!.fallback).toBe("hq");
    // Silicon wafers by site: firm shares with no known site split, counted at HQ and flagged.
    expect(input("site", "silicon-wafers").nations!.fallbackShare).toBeGreaterThan(0);
    const kor = (lens: (typeof LENSES)[number]) => metrics.lenses[lens].nations.find((n) => n.nation === "KOR")!;
    expect(kor("hq").foreignDependence).not.toBeCloseTo(kor("site").foreignDependence, 6);
  });

  it("scores nations: the Netherlands leads by leverage over lithography; Korea depends on it through memory", () => {
    const ctx = metrics.lenses.hq.context;
    const nld = nationProfile(ctx, "NLD");
    // ArF immersion (99.3% in 2025) edges out EUV (100%): more inputs need DUV than EUV.
    expect(nld.leverageItems.slice(0, 2).map((l) => l.input)).toEqual(["arf-immersion-scanners", "euv-scanners"]);
    // Third by leverage, behind only the United States and Japan (the 2025 refresh added 26 tool
    // inputs to the reach total, so the value itself fell from above 0.1 to about 0.086).
    const byLeverage = metrics.lenses.hq.nations
      .map((n) => [n.nation, nationProfile(ctx, n.nation).leverage.value ?? 0] as const)
      .sort((a, b) => b[1] - a[1]);
    expect(byLeverage.slice(0, 3).map(([n]) => n)).toEqual(["USA", "JPN", "NLD"]);
    expect(nld.leverage.value!).toBeGreaterThan(0.08);
    const kor = nationProfile(ctx, "KOR");
    expect(kor.foreignDependence.value!).toBeGreaterThan(0.5);
    expect(kor.exposures[0]!.nation).toBe("USA");
    const why = explainDependency(ctx, "KOR", "NLD");
    expect(why[0]!.nodes[0]).toBe("NLD");
    expect(why[0]!.nodes.at(-1)).toBe("KOR");
    expect(why[0]!.steps[0]!.kind).toBe("provides");
  });
});
