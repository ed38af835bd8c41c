import { describe, expect, it } from "vitest";
import { getCuratedDataset, getCuratedGraph } from "../model/curated";
import { nationProfile } from "./nations";
import { computeSupplyMetrics } from "./supply";

const metrics = computeSupplyMetrics(getCuratedGraph());
const inputOf = (nation: string, input: string, lens: "hq" | "site" = "site") =>
  nationProfile(metrics.lenses[lens].context, nation).inputs.find((i) => i.input === input)!;

describe("national figures on the curated data (face validity)", () => {
  it("the USA's AI researcher training reads where its own researchers trained (MacroPolo 2022: US 37%, China 38%)", () => {
    const usa = inputOf("USA", "ai-researcher-education");
    expect(usa.figure).toBe("national");
    expect(usa.domestic).toBeCloseTo(0.37, 9);
    expect(usa.suppliers.map((s) => [s.nation, s.share])).toEqual([["CHN", 0.38]]);
    expect(usa.set.year).toBe(2022);
    // The world figure (US 18% of top-tier researchers by origin) no longer stands in for the US's own.
    expect(metrics.lenses.site.inputs.find((s) => s.input === "ai-researcher-education")!.nations!.shares.find((f) => f.id === "USA")!.share).toBe(18);
  });

  it("South Korea has no published national figure: it falls back to the world share (China 47%), labelled as such", () => {
    const kor = inputOf("KOR", "ai-researcher-education");
    expect(kor.figure).toBe("world");
    expect(kor.suppliers[0]).toMatchObject({ nation: "CHN", share: 0.47 });
  });

  it("as of 2019 the USA reads the 2019 sample (US 31%, China 27%, India 11%)", () => {
    const m = computeSupplyMetrics(getCuratedGraph(), { year: 2020 });
    const usa = nationProfile(m.lenses.site.context, "USA").inputs.find((i) => i.input === "ai-researcher-education")!;
    expect(usa.figure).toBe("national");
    expect(usa.domestic).toBeCloseTo(0.31, 9);
    expect(usa.suppliers.map((s) => [s.nation, s.share])).toEqual([["CHN", 0.27], ["IND", 0.11]]);
  });

  it("talent flows and national training shares say the same thing: each workforce flow into a nation is that nation's share from the origin", () => {
    const { edges } = getCuratedDataset();
    const flows = edges.filter((e) => e.kind === "talent_flow");
    // The national figure reads the destination-workforce set (MacroPolo: of the researchers working in
    // the destination, the share with an undergraduate degree from the origin), never another basis.
    const workforce = flows.filter((f) => f.set === "macropolo-workforce");
    expect(workforce.length).toBeGreaterThan(0);
    for (const f of workforce) {
      expect(f.share_of, f.id).toBe("destination");
      expect(f.basis, f.id).toMatch(/^of the top-tier AI researchers working at institutions in the destination, the share who earned their undergraduate degree in the origin$/);
      const national = edges.find(
        (e) => e.kind === "provides" && e.scope === f.to && e.from === f.from && e.to === "ai-researcher-education" && e.year === f.year,
      );
      expect(national, `${f.id} has a national training share`).toBeDefined();
      expect(national!.kind === "provides" && national!.share).toBe(f.share);
    }
    // And the other way: every scoped training share from a foreign origin is a workforce flow.
    for (const p of edges) {
      if (p.kind !== "provides" || p.to !== "ai-researcher-education" || !p.scope || p.from === p.scope) continue;
      expect(workforce.find((f) => f.from === p.from && f.to === p.scope && f.year === p.year && f.share === p.share), p.id).toBeDefined();
    }
  });

  it("flows on other bases are their own sets and never feed a national figure", () => {
    const { edges } = getCuratedDataset();
    const flows = edges.filter((e) => e.kind === "talent_flow");
    const sets = new Map<string, Set<string>>();
    for (const f of flows) sets.set(f.set, (sets.get(f.set) ?? new Set()).add(`${f.share_of}|${f.basis}`));
    for (const [set, bases] of sets) expect([...bases], set).toHaveLength(1);
    // China → US 2019 stands on two bases: 27% of the US workforce, 56% of China's graduates.
    const chnUsa2019 = flows.filter((f) => f.from === "CHN" && f.to === "USA" && f.year === 2019).map((f) => [f.set, f.share]);
    expect(chnUsa2019).toEqual(expect.arrayContaining([["macropolo-workforce", 27], ["macropolo-origin", 56]]));
    // The USA's national figure (as of 2020) still reads 27% from China, not 56%.
    const m = computeSupplyMetrics(getCuratedGraph(), { year: 2020 });
    const usa = nationProfile(m.lenses.site.context, "USA").inputs.find((i) => i.input === "ai-researcher-education")!;
    expect(usa.suppliers.find((s) => s.nation === "CHN")!.share).toBeCloseTo(0.27, 9);
  });
});
