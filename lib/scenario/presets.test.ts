/**
 * The scenario library of data/scenarios: every preset loads, names only ids of the curated graph,
 * cites sources that exist and applies without a skipped shock; the substitution file covers every
 * layer with sourced or explained figures. Then what each preset says, checked on the curated data.
 */
import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { LAYERS } from "../model/vocabulary";
import { buildSupplyBase } from "./base";
import { loadScenarioLibrary } from "./curated";
import { runScenario } from "./run";

const g = getCuratedGraph();
const lib = loadScenarioLibrary();
const sourceIds = new Set([...(g.getAttribute("sources") ?? []).map((s) => s.id), ...lib.sources.map((s) => s.id)]);
const run = (id: string) => runScenario(g, lib.presets.find((p) => p.id === id)!, lib.substitution);

describe("scenario library", () => {
  it("loads without problems", () => {
    expect(lib.errors).toEqual([]);
    expect(lib.presets.map((p) => p.id)).toEqual([
      "taiwan-strait",
      "nl-asml-china",
      "us-controls-2022-2023",
      "japan-korea-2019",
      "hbm-shock",
      "cloud-exit-eu",
      "fab-diversification",
    ]);
  });

  it.each(lib.presets.map((p) => [p.id, p] as const))("%s: sources exist, every shock applies", (_id, p) => {
    expect(p.description.length).toBeGreaterThan(200);
    for (const s of p.sources) if (typeof s === "string") expect(sourceIds, `source ${s}`).toContain(s);
    const r = runScenario(g, p, lib.substitution);
    expect(r.skipped).toEqual([]);
    expect(r.shocks.filter((s) => s.status === "applied").length).toBeGreaterThan(0);
  });

  it("substitution figures: every layer has a row, every source exists, every part is a required input", () => {
    const rows = lib.substitution.rows;
    for (const l of LAYERS) expect(rows.some((r) => r.scope === "layer" && r.id === l), l).toBe(true);
    const base = buildSupplyBase(g, "hq");
    for (const r of rows) {
      for (const s of r.sources) expect(sourceIds, `source ${s}`).toContain(s);
      if (r.scope === "input") {
        const input = base.inputs.find((x) => x.input === r.id);
        expect(input, r.id).toBeDefined();
        for (const p of r.parts) expect(input!.requires, `${r.id} part ${p}`).toContain(p);
      }
      if (r.months_basis === "assumption" || r.spare_basis === "assumption") expect(r.note.toLowerCase()).toMatch(/assum/);
    }
  });
});

describe("what the presets say on the curated data", () => {
  it("Taiwan: leading-edge logic falls to Korea's 31%, Taiwan makes nothing, every importer loses alike", () => {
    const r = run("taiwan-strait");
    const lel = r.inputs.find((x) => x.input === "leading-edge-logic")!;
    // Site lens, 2022: Taiwan 69%, Korea 31%.
    expect(lel.world.before).toBe(1);
    expect(lel.world.after).toBe(0.31);
    const twn = r.nations.find((n) => n.nation === "TWN")!;
    expect(twn.layers.find((l) => l.layer === "fabrication")!.output!.after).toBe(0);
    const losses = r.nations.filter((n) => n.nation !== "TWN").map((n) => n.loss);
    expect(Math.max(...losses) - Math.min(...losses)).toBeLessThan(1e-9);
    expect(losses[0]!).toBeGreaterThan(0.1);
    // Accelerators need CoWoS, which needs leading-edge logic: capped at 31% too.
    expect(r.inputs.find((x) => x.input === "ai-accelerators")!.world.after).toBe(0.31);
    expect(r.diff.impact.TWN).toBe(1);
  });

  it("US controls: China loses most; NVIDIA's 90% of accelerators and what is built from them", () => {
    const r = run("us-controls-2022-2023");
    expect(r.nations[0]!.nation).toBe("CHN");
    const chn = r.nations[0]!;
    const acc = chn.layers.find((l) => l.layer === "compute")!.inputs.find((i) => i.input === "ai-accelerators")!;
    // Only the 10% no US firm is known to hold is left to China, and that reaches servers and clusters built from them.
    expect(acc.after).toBeLessThanOrEqual(0.1);
    expect(acc.after).toBeGreaterThan(0.05);
    for (const id of ["ai-servers", "ai-compute-capacity"]) expect(chn.layers.find((l) => l.layer === "compute")!.inputs.find((i) => i.input === id)!.after).toBeLessThanOrEqual(0.1 + 1e-9);
    // Other nations keep their accelerators, but for a second-order effect: China's chip designers (6% of design)
    // lose GPU design, so a little less design reaches the world's fabs.
    const deu = r.nations.find((n) => n.nation === "DEU")!.layers.find((l) => l.layer === "compute")!.inputs.find((i) => i.input === "ai-accelerators")!;
    expect(deu.after).toBeGreaterThan(0.95);
    // The engine says where the US supplies nothing the rule names.
    expect(r.notes.map((n) => n.message).join(" ")).toContain("ArF immersion");
  });

  it("Dutch controls reach tools, not chips made elsewhere: China keeps leading-edge logic", () => {
    const r = run("nl-asml-china");
    const chn = r.nations.find((n) => n.nation === "CHN")!;
    expect(chn.layers.find((l) => l.layer === "equipment")!.access.after).toBeLessThan(chn.layers.find((l) => l.layer === "equipment")!.access.before);
    expect(chn.layers.find((l) => l.layer === "fabrication")!.access.after).toBe(1);
  });

  it("Japan–Korea 2019: Korea keeps 9% of photoresists, and its memory output falls", () => {
    const r = run("japan-korea-2019");
    const kor = r.nations.find((n) => n.nation === "KOR")!;
    const fab = kor.layers.find((l) => l.layer === "fabrication")!;
    expect(fab.output!.after).toBeLessThan(fab.output!.before);
    expect(r.nations[0]!.nation).toBe("KOR");
  });

  it("HBM shock: 38% of HBM is left (Micron 21 + Samsung 17)", () => {
    expect(run("hbm-shock").inputs.find((x) => x.input === "hbm")!.world.after).toBe(0.38);
  });

  it("cloud exit: only EU members lose access to cloud, by Google's 15%; others lose only the models EU labs can no longer make", () => {
    const r = run("cloud-exit-eu");
    const eu = (g.getNodeAttribute("eu", "members" as never) as unknown as string[]).sort();
    const losesCompute = (n: (typeof r.nations)[number]) => n.layers.find((l) => l.layer === "compute")!.access.after < 1;
    expect(r.nations.filter(losesCompute).map((n) => n.nation).sort()).toEqual(eu);
    // French, German and Polish model makers lose cloud, so everyone loses a little of their models (Epoch 2025 shares).
    const outside = r.nations.filter((n) => !eu.includes(n.nation));
    for (const n of outside) expect(n.layers.filter((l) => l.access.after < l.access.before).map((l) => l.layer)).toEqual(["models"]);
    const leastEu = Math.min(...r.nations.filter((n) => eu.includes(n.nation)).map((n) => n.loss));
    expect(Math.max(...outside.map((n) => n.loss))).toBeLessThan(leastEu);
    const deu = r.nations.find((n) => n.nation === "DEU")!;
    expect(deu.layers.find((l) => l.layer === "compute")!.access.after).toBeLessThan(1);
    expect(r.diff.removed).toContain("operates_in:google:DEU:hyperscale-cloud:2024");
    // Sites are presence, not supply: closing the regions changes no dependency, so no centrality moves.
    expect(r.centrality).toEqual([]);
  });

  it("diversification: new fabs cushion a Taiwan disruption (95% of leading-edge logic left, not 31%)", () => {
    const r = run("fab-diversification");
    const lel = r.inputs.find((x) => x.input === "leading-edge-logic")!;
    // 31 (Korea) + 45.9 + 9.8 + 8.2 new = 94.9 of today's 100.
    expect(lel.world.after).toBeCloseTo(0.949, 9);
    // Without the last shock nobody loses anything, and Taiwan no longer holds a majority.
    const p = lib.presets.find((x) => x.id === "fab-diversification")!;
    const calm = runScenario(g, { ...p, shocks: p.shocks.map((s) => (s.id === "taiwan" ? { ...s, enabled: false } : s)) }, lib.substitution);
    expect(calm.nations.every((n) => n.loss === 0)).toBe(true);
    const calmLel = calm.inputs.find((x) => x.input === "leading-edge-logic")!;
    expect(calmLel.topNation.after!.id).toBe("TWN");
    expect(calmLel.topNation.after!.share).toBeLessThan(50);
    expect(calmLel.hhiNation.after!).toBeLessThan(calmLel.hhiNation.before!);
  });
});
