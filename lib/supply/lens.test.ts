import { describe, expect, it } from "vitest";
import { computeInputSupply } from "./inputs";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

/**
 * Logic, 2025 revenue: TSMC (HQ TWN) 60, Samsung (HQ KOR) 20, GF (HQ USA, controlled from ARE) 10;
 * 10 unattributed. TSMC makes 80% of it in TWN and 20% in USA; Samsung has sites in KOR and USA
 * without a known split; GF has no site for it.
 */
function logic() {
  return supplyGraph()
    .nation("TWN").nation("KOR").nation("USA").nation("ARE")
    .firm("tsmc", "TWN").firm("samsung", "KOR").firm("gf", "USA", "ARE")
    .input("logic", "fabrication")
    .provides("tsmc", "logic", { share: 60, year: 2025 })
    .provides("samsung", "logic", { share: 20, year: 2025 })
    .provides("gf", "logic", { share: 10, year: 2025 })
    .site("tsmc", "TWN", "logic", 80)
    .site("tsmc", "USA", "logic", 20)
    .site("samsung", "KOR", "logic")
    .site("samsung", "USA", "logic");
}

const shares = (s: ReturnType<typeof computeInputSupply>) => s.nations!.shares.map((f) => [f.id, f.share]);

describe("attribution lens", () => {
  const index = buildSupplyIndex(logic().build());

  it("hq: each firm's share counts for its headquarters", () => {
    const s = computeInputSupply(index, "logic", "hq");
    expect(s.lens).toBe("hq");
    expect(s.nations!.method).toBe("firms-by-lens");
    expect(shares(s)).toEqual([["TWN", 60], ["KOR", 20], ["USA", 10]]);
    expect(s.nations!.other).toBe(10);
    // 60² + 20² + 10² = 3,600 + 400 + 100 = 4,100.
    expect(s.hhiNation).toBe(4100);
    // Traceable: TSMC's provides row and its headquarters edge, with their sources.
    const twn = s.nations!.shares[0]!;
    expect(twn.edges).toEqual(["provides:tsmc:logic:2025", "headquartered_in:tsmc:TWN"]);
    expect(twn.sources).toEqual(["src-tsmc", "src-firms"]);
  });

  it("controller: GF's share moves to its controlling owner's nation", () => {
    const s = computeInputSupply(index, "logic", "controller");
    expect(shares(s)).toEqual([["TWN", 60], ["KOR", 20], ["ARE", 10]]);
    expect(s.nations!.notes.join(" ")).toMatch(/GF: counted for ARE/);
  });

  it("site: splits by capacity share, falls back to HQ when no split is known, and flags it", () => {
    const s = computeInputSupply(index, "logic", "site");
    // TWN 60 × 80% = 48; USA 60 × 20% = 12 plus GF's 10 at its HQ = 22; KOR: Samsung's 20 at its HQ.
    expect(shares(s)).toEqual([["TWN", 48], ["USA", 22], ["KOR", 20]]);
    // Samsung's 20 and GF's 10 have no known split: 30 counted at headquarters.
    expect(s.nations!.fallbackShare).toBe(30);
    expect(s.nations!.shares.find((f) => f.id === "USA")!.fallbackShare).toBe(10);
    expect(s.nations!.notes.join(" ")).toMatch(/SAMSUNG: sites in KOR, USA but no capacity split; counted at its HQ \(KOR\)/);
    expect(s.nations!.notes.join(" ")).toMatch(/GF: no site known for this input/);
    // 48² + 22² + 20² = 2,304 + 484 + 400 = 3,188.
    expect(s.hhiNation).toBe(3188);
    expect(s.nations!.shares[0]!.edges).toContain("operates_in:tsmc:TWN:logic:2024");
  });

  it("prefers nation rows with the lens's attribution when the firm shares cover less", () => {
    const g = logic()
      // Capacity by site, 2022: TWN 70 + KOR 20 = 90 > the 60 the firm shares place by known split.
      .provides("TWN", "logic", { share: 70, basis: "capacity", attribution: "site", year: 2022 })
      .provides("KOR", "logic", { share: 20, basis: "capacity", attribution: "site", year: 2022 })
      // By HQ, 2025: USA 55 covers less than the firm shares' 90, so the firms win under hq.
      .provides("USA", "logic", { share: 55, attribution: "hq", year: 2025 })
      .build();
    const idx = buildSupplyIndex(g);
    const site = computeInputSupply(idx, "logic", "site");
    expect(site.nations!.method).toBe("nation-rows");
    expect(shares(site)).toEqual([["TWN", 70], ["KOR", 20]]);
    expect(site.nations!.edges).toEqual(expect.arrayContaining(["provides:TWN:logic:2022"]));
    const hq = computeInputSupply(idx, "logic", "hq");
    expect(hq.nations!.method).toBe("firms-by-lens");
    expect(shares(hq)).toEqual([["TWN", 60], ["KOR", 20], ["USA", 10]]);
    // The firm figures do not depend on the lens.
    expect(site.firms).toEqual(hq.firms);
  });

  it("uses nation rows of another attribution, flagged, when the lens has no figure", () => {
    const g = supplyGraph()
      .nation("USA").nation("CHN")
      .input("talent", "talent")
      .provides("USA", "talent", { share: 42, basis: "researchers", attribution: "site", year: 2022 })
      .provides("CHN", "talent", { share: 28, basis: "researchers", attribution: "site", year: 2022 })
      .build();
    const s = computeInputSupply(buildSupplyIndex(g), "talent", "hq");
    expect(s.nations!.method).toBe("other-attribution-rows");
    expect(s.nations!.fallback).toBe("site");
    expect(s.nations!.lens).toBe("hq");
    expect(shares(s)).toEqual([["USA", 42], ["CHN", 28]]);
    expect(s.nations!.other).toBe(30);
  });
});
