import { describe, expect, it } from "vitest";
import { computeInputSupply, computeInputs, rankByConcentration } from "./inputs";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

const reasons = (s: ReturnType<typeof computeInputSupply>) => s.chokepointReasons.map((r) => r.id);

describe("chokepoint rule", () => {
  it("one nation with at least 50% (by nation rows, no firm shares)", () => {
    const g = supplyGraph()
      .nation("A").nation("B").nation("C").input("x")
      // A 50 (exactly the threshold), B 25, C 25: HHI 2,500 + 625 + 625 = 3,750.
      .provides("A", "x", { share: 50, attribution: "hq" })
      .provides("B", "x", { share: 25, attribution: "hq" })
      .provides("C", "x", { share: 25, attribution: "hq" })
      .build();
    const s = computeInputSupply(buildSupplyIndex(g), "x", "hq");
    expect(s.hhiNation).toBe(3750);
    expect(s.chokepoint).toBe(true);
    expect(reasons(s)).toEqual(["nation-majority", "nation-hhi"]);
    expect(s.chokepointReasons[0]!.text).toBe("A holds 50% (≥ 50%)");
  });

  it("HHI by nation ≥ 2,500 with no majority holder", () => {
    // Firms a1, a2 (nation A, 20 each), b1 (B, 30), c1 (C, 30).
    // By nation: A 40, B 30, C 30 → HHI 1,600 + 900 + 900 = 3,400; no nation or firm ≥ 50.
    const g = supplyGraph()
      .nation("A").nation("B").nation("C")
      .firm("a1", "A").firm("a2", "A").firm("b1", "B").firm("c1", "C")
      .input("x")
      .provides("a1", "x", { share: 20 })
      .provides("a2", "x", { share: 20 })
      .provides("b1", "x", { share: 30 })
      .provides("c1", "x", { share: 30 })
      .build();
    const s = computeInputSupply(buildSupplyIndex(g), "x", "hq");
    expect(s.hhiNation).toBe(3400);
    // By firm: 400 + 400 + 900 + 900 = 2,600 (not a rule of its own).
    expect(s.hhiFirm).toBe(2600);
    expect(reasons(s)).toEqual(["nation-hhi"]);
    expect(s.topNation!.id).toBe("A");
  });

  it("one firm with a majority is a chokepoint even when its nation share is split by site", () => {
    // f (HQ A) holds 60, made half in A and half in B: A 30, B 30, C (g) 40 by site.
    // HHI by site 900 + 900 + 1,600 = 3,400 ≥ 2,500 too; the firm reason is what we check.
    const g = supplyGraph()
      .nation("A").nation("B").nation("C")
      .firm("f", "A").firm("g", "C")
      .input("x")
      .provides("f", "x", { share: 60 })
      .provides("g", "x", { share: 40 })
      .site("f", "A", "x", 50)
      .site("f", "B", "x", 50)
      .build();
    const s = computeInputSupply(buildSupplyIndex(g), "x", "site");
    expect(s.nations!.shares.map((f) => [f.id, f.share])).toEqual([["C", 40], ["A", 30], ["B", 30]]);
    expect(reasons(s)).toEqual(["nation-hhi", "firm-majority"]);
    expect(s.chokepointReasons[1]!.text).toBe("F holds 60% (≥ 50%)");
  });

  it("a spread market is not a chokepoint", () => {
    // Five nations at 20: HHI 5 × 400 = 2,000 < 2,500; top share 20 < 50.
    const b = supplyGraph().input("x");
    for (const n of ["A", "B", "C", "D", "E"]) b.nation(n).provides(n, "x", { share: 20, attribution: "hq" });
    const s = computeInputSupply(buildSupplyIndex(b.build()), "x", "hq");
    expect(s.hhiNation).toBe(2000);
    expect(s.chokepoint).toBe(false);
  });

  it("without shares: a sole known provider firm or nation", () => {
    const g = supplyGraph()
      .nation("DEU").nation("USA").nation("NLD")
      .firm("zeiss", "DEU").firm("cymer", "USA", "NLD").firm("asml", "NLD").firm("nv", "USA").firm("amd", "USA")
      .input("optics").input("sources").input("gpus", "design")
      .provides("zeiss", "optics")
      .provides("cymer", "sources")
      .provides("asml", "sources")
      .provides("nv", "gpus")
      .provides("amd", "gpus")
      .build();
    const index = buildSupplyIndex(g);
    const optics = computeInputSupply(index, "optics", "hq");
    expect(optics.hhiNation).toBeNull();
    expect(optics.chokepointReasons).toEqual([{ id: "sole-provider", text: "ZEISS is the only known provider (no shares published)" }]);
    // Two firms, both American: one nation.
    expect(reasons(computeInputSupply(index, "gpus", "hq"))).toEqual(["sole-provider"]);
    // Cymer (HQ USA) and ASML (NLD): two nations by HQ, one (NLD) by controller.
    expect(computeInputSupply(index, "sources", "hq").chokepoint).toBe(false);
    const byController = computeInputSupply(index, "sources", "controller");
    expect(byController.knownNations).toEqual(["NLD"]);
    expect(byController.chokepoint).toBe(true);
  });
});

describe("downstream and ranking", () => {
  // b requires a, c requires b, d requires a: a's downstream is b, c (through b) and d.
  const g = supplyGraph()
    .nation("A").nation("B")
    .input("a").input("b").input("c").input("d")
    .requires("b", "a").requires("c", "b").requires("d", "a")
    .provides("A", "a", { share: 90, attribution: "hq" })
    .provides("A", "b", { share: 40, attribution: "hq" })
    .provides("B", "b", { share: 40, attribution: "hq" })
    .provides("A", "c", { share: 60, attribution: "hq" })
    .build();
  const index = buildSupplyIndex(g);

  it("counts inputs that require it, transitively", () => {
    const a = computeInputSupply(index, "a", "hq");
    expect(a.downstream).toEqual(["b", "c", "d"]);
    expect(a.requiredBy).toEqual(["b", "d"]);
    expect(computeInputSupply(index, "c", "hq").downstream).toEqual([]);
  });

  it("ranks chokepoints first, then by HHI by nation", () => {
    // a: 8,100; c: 3,600; b: 1,600 + 1,600 = 3,200 (chokepoint by HHI); d: no shares, no provider.
    expect(rankByConcentration(computeInputs(index, "hq")).map((s) => [s.input, s.hhiNation, s.chokepoint])).toEqual([
      ["a", 8100, true],
      ["c", 3600, true],
      ["b", 3200, true],
      ["d", null, false],
    ]);
  });
});
