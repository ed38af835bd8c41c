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

  it("talent flows and national training shares say the same thing: each flow into a nation is that nation's share from the origin", () => {
    const { edges } = getCuratedDataset();
    const flows = edges.filter((e) => e.kind === "talent_flow");
    expect(flows.length).toBeGreaterThan(0);
    // One basis for the whole talent_flow file: the destination workforce's undergraduate origin.
    for (const f of flows) expect(f.basis, f.id).toMatch(/^of top-tier AI researchers working at .* share who earned their undergraduate degree in the origin/);
    for (const f of flows) {
      const national = edges.find(
        (e) => e.kind === "provides" && e.scope === f.to && e.from === f.from && e.to === "ai-researcher-education" && e.year === f.year,
      );
      expect(national, `${f.id} has a national training share`).toBeDefined();
      expect(national!.kind === "provides" && national!.share).toBe(f.share);
    }
  });
});
