import { describe, expect, it } from "vitest";
import { buildLensContext } from "./nations";
import { explainDependency } from "./paths";
import { buildSupplyIndex } from "./supply-index";
import { supplyGraph } from "./test-graph";

/**
 * ASML (NLD) makes 100% of EUV; SK hynix (KOR) makes 70% of DRAM and 60% of HBM; a KOR cleaner
 * firm makes 10% of "clean", which needs EUV directly. HBM requires DRAM, DRAM requires EUV,
 * EUV requires optics (Zeiss, DEU, share unknown).
 */
function chain() {
  return supplyGraph()
    .nation("NLD").nation("KOR").nation("DEU")
    .firm("asml", "NLD").firm("skh", "KOR").firm("kc", "KOR").firm("zeiss", "DEU")
    .input("optics").input("euv").input("dram", "fabrication").input("hbm", "fabrication").input("clean", "fabrication")
    .requires("euv", "optics").requires("dram", "euv").requires("hbm", "dram").requires("clean", "euv")
    .provides("asml", "euv", { share: 100 })
    .provides("skh", "dram", { share: 70 })
    .provides("skh", "hbm", { share: 60 })
    .provides("kc", "clean", { share: 10 })
    .provides("zeiss", "optics")
    .build();
}

describe("explainDependency", () => {
  const ctx = buildLensContext(buildSupplyIndex(chain()), "hq");

  it("ranks by the product of shares along the path, not by hop count", () => {
    const paths = explainDependency(ctx, "KOR", "NLD");
    expect(paths.map((p) => [p.nodes.join(" > "), Number(p.score.toFixed(6)), p.hops])).toEqual([
      // 1.0 (NLD's EUV) × 0.7 (KOR's DRAM) = 0.7, three steps.
      ["NLD > euv > dram > KOR", 0.7, 3],
      // 1.0 × 0.6 (KOR's HBM) = 0.6: a longer path ranks above a shorter, smaller one.
      ["NLD > euv > dram > hbm > KOR", 0.6, 4],
      // 1.0 × 0.1 (KOR's cleaner) = 0.1, three steps.
      ["NLD > euv > clean > KOR", 0.1, 3],
    ]);
  });

  it("gives each step its share, edges and sources", () => {
    const [best] = explainDependency(ctx, "KOR", "NLD");
    expect(best!.lens).toBe("hq");
    expect(best!.complete).toBe(true);
    expect(best!.steps.map((s) => [s.kind, s.from, s.to, s.share])).toEqual([
      ["provides", "NLD", "euv", 100],
      ["requires", "euv", "dram", null],
      ["makes", "dram", "KOR", 70],
    ]);
    expect(best!.steps[0]!.edges).toEqual(["provides:asml:euv:2024", "headquartered_in:asml:NLD"]);
    expect(best!.steps[1]!.edges).toEqual(["requires:dram:euv"]);
    expect(best!.steps[1]!.sources).toEqual(["src-chain"]);
    expect(best!.steps[2]!.sources).toEqual(["src-skh", "src-firms"]);
  });

  it("works between inputs and firms, and flags steps without a published share", () => {
    const toHbm = explainDependency(ctx, "hbm", "NLD");
    expect(toHbm.map((p) => [p.nodes.join(" > "), p.score])).toEqual([["NLD > euv > dram > hbm", 1]]);
    const fromZeiss = explainDependency(ctx, "skh", "zeiss");
    expect(fromZeiss[0]!.nodes).toEqual(["zeiss", "optics", "euv", "dram", "skh"]);
    expect(fromZeiss[0]!.complete).toBe(false);
    expect(fromZeiss[0]!.steps[0]!.share).toBeNull();
  });

  it("is empty for a node and itself, unrelated nodes and unknown ids", () => {
    expect(explainDependency(ctx, "KOR", "KOR")).toEqual([]);
    expect(explainDependency(ctx, "NLD", "KOR")).toEqual([]);
    expect(explainDependency(ctx, "nowhere", "NLD")).toEqual([]);
  });

  it("caps the number of paths", () => {
    expect(explainDependency(ctx, "KOR", "NLD", { maxPaths: 1 })).toHaveLength(1);
  });
});
