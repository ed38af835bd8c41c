import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { computeSupplyMetrics } from "./supply";
import { chokepointsView, nationScorecardView } from "./views";

const metrics = computeSupplyMetrics(getCuratedGraph());

describe("view models of the supply pages", () => {
  it("a nation scorecard: four headline figures, layers, exposures with paths, a point per nation, cited sources", () => {
    const v = nationScorecardView(metrics, "KOR", "hq");
    expect(v.label).toBe("South Korea");
    expect(v.headline.map((h) => h.id)).toEqual(["foreign-dependence", "leverage", "diversification", "orchestration"]);
    expect(v.headline[0]!.display).toMatch(/^\d+\.\d%$/);
    expect(v.quadrant).toHaveLength(metrics.index.nations.length);
    expect(v.exposures[0]!.paths.length).toBeGreaterThan(0);
    expect(v.leverage.map((l) => l.input)).toEqual(expect.arrayContaining(["dram", "hbm"]));
    expect(v.sources.length).toBeGreaterThan(5);
    expect(v.sources.every((s) => s.publisher && s.year > 0)).toBe(true);
    // Serialisable: only plain data crosses to components.
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it("the chokepoint ranking: EUV at the top with HHI 10,000; every row says its basis", () => {
    const v = chokepointsView(metrics, "hq");
    // Crystal-growing furnaces (PVA TePla 100%, ETO/TechInsights 2022) tie with EUV at 10,000; ties go by id.
    expect(v.rows[0]).toMatchObject({ input: "crystal-growing-furnaces", hhiNation: 10_000, chokepoint: true, rank: 1 });
    expect(v.rows[1]).toMatchObject({ input: "euv-scanners", hhiNation: 10_000, chokepoint: true, rank: 2 });
    expect(v.rows[1]!.downstream.map((d) => d.id)).toContain("leading-edge-logic");
    for (const r of v.rows) if (r.hhiNation !== null) expect(r.nationBasis).toMatch(/\d{4}/);
    expect(v.rules[0]!.text).toMatch(/chokepoint/);
  });
});
