import { describe, expect, it } from "vitest";
import { computeInputSupply } from "./inputs";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

describe("share sets", () => {
  it("never adds shares of different bases: the set covering more of the market wins, the rest stays 'other'", () => {
    const g = supplyGraph()
      .nation("USA").nation("JPN")
      .firm("a", "USA").firm("b", "JPN").firm("c", "JPN")
      .input("tool")
      // Revenue 2024: a 60 + b 30 = 90 covered.
      .provides("a", "tool", { share: 60, basis: "revenue" })
      .provides("b", "tool", { share: 30, basis: "revenue" })
      // Shipments 2024 (another basis): c 50 alone.
      .provides("c", "tool", { share: 50, basis: "shipments" })
      .build();
    const s = computeInputSupply(buildSupplyIndex(g), "tool", "hq");
    expect(s.firms!.basis).toBe("revenue");
    expect(s.firms!.shares.map((f) => [f.id, f.share])).toEqual([["a", 60], ["b", 30]]);
    // 100 − 90 = 10 left as other, not rescaled to 100.
    expect(s.firms!.covered).toBe(90);
    expect(s.firms!.other).toBe(10);
    // The shipments row is a known provider without a share in the chosen set.
    expect(s.unquantified).toEqual([{ id: "c", kind: "firm", edge: "provides:c:tool:2024" }]);
    // HHI over the named shares only: 60² + 30² = 4,500 (a lower bound).
    expect(s.hhiFirm).toBe(4500);
  });

  it("takes the latest vintage even when it covers less, and an earlier year on request", () => {
    const g = supplyGraph()
      .nation("KOR").nation("JPN").nation("USA")
      .firm("samsung", "KOR").firm("kioxia", "JPN").firm("micron", "USA")
      .input("nand", "fabrication")
      .provides("samsung", "nand", { share: 35, year: 2024 })
      .provides("kioxia", "nand", { share: 15, year: 2024 })
      .provides("micron", "nand", { share: 14, year: 2024 })
      .provides("samsung", "nand", { share: 28, year: 2025 })
      .build();
    const latest = computeInputSupply(buildSupplyIndex(g), "nand", "hq");
    // 2025 has only Samsung (28%); Kioxia's and Micron's 2024 rows are another vintage, never mixed in.
    expect(latest.firms!.year).toBe(2025);
    expect(latest.firms!.shares.map((f) => f.id)).toEqual(["samsung"]);
    expect(latest.firms!.other).toBe(72);
    expect(latest.unquantified.map((u) => u.id).sort()).toEqual(["kioxia", "micron"]);
    // As of 2024: Samsung 35 + Kioxia 15 + Micron 14 = 64, other 36.
    const y2024 = computeInputSupply(buildSupplyIndex(g, { year: 2024 }), "nand", "hq");
    expect(y2024.firms!.year).toBe(2024);
    expect(y2024.firms!.covered).toBe(64);
    expect(y2024.nations!.shares.map((f) => [f.id, f.share])).toEqual([["KOR", 35], ["JPN", 15], ["USA", 14]]);
  });

  it("keeps nation rows of different attributions apart", () => {
    const g = supplyGraph()
      .nation("TWN").nation("KOR").nation("USA")
      .input("logic", "fabrication")
      .provides("USA", "logic", { share: 40, attribution: "hq" })
      .provides("TWN", "logic", { share: 80, attribution: "site", basis: "capacity" })
      .provides("KOR", "logic", { share: 20, attribution: "site", basis: "capacity" })
      .build();
    const index = buildSupplyIndex(g);
    const hq = computeInputSupply(index, "logic", "hq");
    expect(hq.nations!.attribution).toBe("hq");
    expect(hq.nations!.shares.map((f) => [f.id, f.share])).toEqual([["USA", 40]]);
    expect(hq.nations!.other).toBe(60);
    const site = computeInputSupply(index, "logic", "site");
    expect(site.nations!.attribution).toBe("site");
    expect(site.nations!.shares.map((f) => [f.id, f.share])).toEqual([["TWN", 80], ["KOR", 20]]);
    expect(site.nations!.other).toBe(0);
  });
});
