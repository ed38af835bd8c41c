import { describe, expect, it } from "vitest";
import { getCuratedDataset, getCuratedGraph } from "../model/curated";
import { formatAmount, formatUsdB, nationProgrammes, programmesComparisonView } from "./programmes";
import { computeSupplyMetrics } from "./supply";

const dataset = getCuratedDataset();
const metrics = computeSupplyMetrics(getCuratedGraph());

describe("sovereign AI programmes", () => {
  it("formats amounts in their own currency and scale, and dollars only as stated", () => {
    expect(formatAmount({ amount: 10371.92, scale: "crore", currency: "INR" })).toBe("INR 10,371.92 crore");
    expect(formatAmount({ amount: 150, scale: "trillion", currency: "KRW" })).toBe("KRW 150 trillion");
    expect(formatUsdB(65)).toBe("USD 65 bn");
    expect(formatUsdB(0.133)).toBe("USD 133 m");
  });

  it("a nation's scorecard lists its own programmes, then its blocs' (Germany: the federal AI strategy, then the EU's InvestAI)", () => {
    const deu = nationProgrammes(dataset, "DEU");
    expect(deu.map((p) => [p.id, p.via])).toEqual([
      ["germany-ki-strategie", undefined],
      ["eu-investai", "European Union"],
    ]);
    expect(deu[0]!.amountDisplay).toBe("EUR 5 billion");
    expect(deu[0]!.usdDisplay).toBeUndefined();
    expect(deu[0]!.sources[0]!.url).toMatch(/^https:\/\//);
    expect(nationProgrammes(dataset, "BRA")).toEqual([]);
  });

  it("compares every nation: money committed (dollars only where stated) against the orchestration index", () => {
    const v = programmesComparisonView(metrics, dataset, "hq");
    const jpn = v.charted.find((c) => c.nation === "JPN")!;
    expect(jpn.usdB).toBe(65);
    // The index is the scorecard's own figure for that lens.
    expect(jpn.orchestration).toBeCloseTo(metrics.lenses.hq.nations.find((n) => n.nation === "JPN")!.orchestration!, 9);
    // Korea's KRW 150 tn has no stated dollar figure: listed beside the chart, not converted.
    const kor = v.uncharted.find((u) => u.nation === "KOR")!;
    expect(kor.amounts).toEqual(["KRW 150 trillion"]);
    expect(kor.reason).toMatch(/no US-dollar figure/);
    // The EU is a bloc: its programme is listed, not plotted.
    expect(v.blocs.map((b) => b.id)).toEqual(["eu-investai"]);
    expect(v.charted.some((c) => c.nation === "eu")).toBe(false);
    // Every nation with a programme appears once, charted or listed.
    const owners = new Set(dataset.programmes.map((p) => p.owner).filter((o) => o !== "eu"));
    expect(new Set([...v.charted.map((c) => c.nation), ...v.uncharted.map((u) => u.nation)])).toEqual(owners);
  });
});
