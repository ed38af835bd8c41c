/**
 * The cascade on small graphs, every expected figure worked out by hand in the comments
 * (chainGraph: tool = ta (A) 60 + tb (B) 40; chip requires tool, chip = ca (A) 50 + cb (C) 30 + 20 other).
 */
import { describe, expect, it } from "vitest";
import type { Layer } from "../model/vocabulary";
import { runScenario } from "./run";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { chainGraph, scenario, scenarioGraph, substitution } from "./test-graph";
import type { ScenarioResult } from "./types";

const layerOf = (r: ScenarioResult, nation: string, layer: Layer) => r.nations.find((n) => n.nation === nation)!.layers.find((l) => l.layer === layer)!;
const access = (r: ScenarioResult, nation: string, layer: Layer) => layerOf(r, nation, layer).access.after;
const world = (r: ScenarioResult, input: string) => r.inputs.find((x) => x.input === input)!.world;

describe("cascade", () => {
  it("removing a provider: lost share, and the input it is required by is capped by it", () => {
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "remove", node: "ta" }] }), EMPTY_SUBSTITUTION);
    // tool: 40 of 100 left → 0.4 for everyone.
    expect(world(r, "tool").after).toBe(0.4);
    // chip: every producer makes at most 0.4 of its share (its nation's access to tool):
    // ca 50 × 0.4 = 20, cb 30 × 0.4 = 12, other 20 × 0.4 = 8 → 40 → 0.4.
    expect(world(r, "chip").after).toBe(0.4);
    for (const n of ["AAA", "BBB", "CCC"]) {
      expect(access(r, n, "equipment")).toBe(0.4);
      expect(access(r, n, "fabrication")).toBe(0.4);
      expect(layerOf(r, n, "fabrication").access.before).toBe(1);
    }
    // Output: A made 50% of chips, now 20%; C 30% → 12%.
    expect(layerOf(r, "AAA", "fabrication").output).toEqual({ before: 0.5, after: 0.2 });
    expect(layerOf(r, "CCC", "fabrication").output).toEqual({ before: 0.3, after: 0.12 });
    expect(r.nations.find((n) => n.nation === "AAA")!.loss).toBe(0.6);
  });

  it("a direct export control: the target loses the controlled supply; its own fabs make less, others sell it chips", () => {
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"], inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    // A's tool: only its own ta (60) → 0.6. B and C keep everything.
    expect(access(r, "AAA", "equipment")).toBe(0.6);
    expect(access(r, "BBB", "equipment")).toBe(1);
    expect(world(r, "tool").after).toBe(1);
    // chip: ca makes 50 × 0.6 = 30; cb 30 × 1; other 20 × 1 → 80 on the market, all of it open to A.
    for (const n of ["AAA", "BBB", "CCC"]) expect(access(r, n, "fabrication")).toBe(0.8);
    expect(layerOf(r, "AAA", "fabrication").output).toEqual({ before: 0.5, after: 0.3 });
  });

  it("a control that reaches downstream follows the tool into the chips made with it elsewhere", () => {
    const r = runScenario(
      chainGraph(),
      scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"], inputs: ["tool"], reach: "downstream" }] }),
      EMPTY_SUBSTITUTION,
    );
    // A may obtain 60 of the 100 tool supply → legal limit 0.6, carried to chip: min(0.8, 0.6).
    expect(access(r, "AAA", "fabrication")).toBe(0.6);
    expect(access(r, "CCC", "fabrication")).toBe(0.8);
  });

  it("degrading by 50% halves a provider's capacity", () => {
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "degrade", provider: "ta", percent: 50, inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    // tool: 30 + 40 = 70 → 0.7; chip: 100 × 0.7 → 0.7.
    expect(world(r, "tool").after).toBe(0.7);
    expect(world(r, "chip").after).toBe(0.7);
  });

  it("medium term: spare capacity of what is left makes up part of the loss; severity = loss × months", () => {
    const subs = substitution({ equipment: [18, 20], fabrication: [24, 0] });
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "remove", node: "ta" }] }), subs);
    // tool: 0.4 left, spare 20% of it = 0.08 → 0.48 in the medium term.
    expect(world(r, "tool").medium).toBe(0.48);
    // chip has no spare, but its producers now get 0.48 of their tools → 0.48.
    expect(world(r, "chip").medium).toBe(0.48);
    expect(layerOf(r, "BBB", "equipment").access.medium).toBe(0.48);
    // Severity: equipment 0.6 lost × 18 months = 10.8; fabrication 0.6 × 24 = 14.4.
    expect(layerOf(r, "BBB", "equipment").severity).toBe(10.8);
    expect(layerOf(r, "BBB", "fabrication").severity).toBe(14.4);
    expect(r.inputs.find((x) => x.input === "tool")!.severity).toBe(10.8);
  });

  it("an input without shares is available while any known provider remains, limited by that provider's inputs", () => {
    const g = scenarioGraph()
      .nation("AAA").nation("BBB").nation("CCC")
      .firm("ta", "AAA").firm("tb", "BBB").firm("ga", "AAA").firm("gb", "BBB")
      .input("tool", "equipment").input("cloud", "compute")
      .provides("ta", "tool", { share: 60 }).provides("tb", "tool", { share: 40 })
      .provides("ga", "cloud").provides("gb", "cloud")
      .requires("cloud", "tool")
      .build();
    // B stops selling tools to A: A's ga makes cloud with 0.6 of its tools; gb (B) with all of B's → cloud stays 1 for all.
    const r1 = runScenario(g, scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"], inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    expect(access(r1, "AAA", "compute")).toBe(1);
    // Remove gb too: only ga is left, limited to A's 0.6 of tools → 0.6 for everyone.
    const r2 = runScenario(
      g,
      scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"], inputs: ["tool"] }, { type: "remove", node: "gb" }] }),
      EMPTY_SUBSTITUTION,
    );
    expect(access(r2, "CCC", "compute")).toBe(0.6);
    expect(r2.inputs.find((x) => x.input === "cloud")!.quantified).toBe(false);
  });

  it("parts of an aggregate limit it by their mean, essential inputs by the scarcest", () => {
    const g = scenarioGraph()
      .nation("AAA").nation("BBB")
      .firm("la", "AAA").firm("mb", "BBB").firm("fa", "AAA")
      .input("lead", "fabrication").input("mature", "fabrication").input("fab", "fabrication")
      .provides("la", "lead", { share: 100 }).provides("mb", "mature", { share: 100 }).provides("fa", "fab", { share: 100 })
      .requires("fab", "lead").requires("fab", "mature")
      .build();
    const sc = scenario({ shocks: [{ type: "remove", node: "la" }] });
    // Essential (min): fab ≤ min(0, 1) = 0.
    expect(world(runScenario(g, sc, EMPTY_SUBSTITUTION), "fab").after).toBe(0);
    // Parts (mean): fab ≤ (0 + 1) / 2 = 0.5.
    expect(world(runScenario(g, sc, substitution({}, { fab: ["lead", "mature"] })), "fab").after).toBe(0.5);
  });

  it("a nation's own supply stays its own under a control aimed at everyone", () => {
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "export-control", from: "AAA", to: "all", inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    expect(access(r, "AAA", "equipment")).toBe(1);
    expect(access(r, "BBB", "equipment")).toBe(0.4);
    expect(access(r, "CCC", "equipment")).toBe(0.4);
  });

  it("a bloc withholding an input from others, and a bloc cut off by others", () => {
    const base = () =>
      scenarioGraph()
        .nation("AAA").nation("BBB").nation("CCC")
        .firm("ta", "AAA").firm("tb", "BBB").firm("tc", "CCC")
        .input("tool", "equipment")
        .provides("ta", "tool", { share: 50 }).provides("tb", "tool", { share: 30 }).provides("tc", "tool", { share: 20 })
        .bloc("ab", ["AAA", "BBB"])
        .build();
    const w = runScenario(base(), scenario({ shocks: [{ type: "bloc", bloc: "ab", action: "withhold", inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    // C keeps only its own 20; A and B keep everything (members trade among themselves).
    expect(access(w, "CCC", "equipment")).toBe(0.2);
    expect(access(w, "AAA", "equipment")).toBe(1);
    const c = runScenario(base(), scenario({ shocks: [{ type: "bloc", bloc: "ab", action: "cut-off", inputs: ["tool"] }] }), EMPTY_SUBSTITUTION);
    // A and B lose C's 20; C keeps everything.
    expect(access(c, "AAA", "equipment")).toBe(0.8);
    expect(access(c, "CCC", "equipment")).toBe(1);
    // Self-sufficiency of the bloc: it makes 80% of the world's tools, before and after.
    const ab = c.blocs.find((b) => b.id === "ab")!;
    expect(ab.layers).toEqual([{ layer: "equipment", before: 0.8, after: 0.8 }]);
    // A custom set is reported as its own bloc.
    const custom = runScenario(base(), scenario({ shocks: [{ type: "bloc", members: ["BBB", "CCC"], action: "withhold" }] }), EMPTY_SUBSTITUTION);
    expect(custom.blocs.map((b) => b.id)).toEqual(["ab", "custom:BBB+CCC"]);
    expect(access(custom, "AAA", "equipment")).toBe(0.5);
  });

  it("a bloc's single points of failure: one provider holds the majority of what it can obtain", () => {
    const g = scenarioGraph()
      .nation("AAA").nation("BBB").nation("CCC")
      .firm("ta", "AAA").firm("tb", "BBB").firm("tc", "CCC")
      .input("tool", "equipment")
      .provides("ta", "tool", { share: 40 }).provides("tb", "tool", { share: 35 }).provides("tc", "tool", { share: 25 })
      .bloc("bc", ["BBB", "CCC"])
      .build();
    // Before: ta holds 40% of what B and C can obtain: no majority. After A stops selling to C only,
    // B can still buy from A, so the bloc (as a whole) keeps access: still none.
    const r = runScenario(g, scenario({ shocks: [{ type: "remove", node: "tb" }] }), EMPTY_SUBSTITUTION);
    const bc = r.blocs.find((b) => b.id === "bc")!;
    expect(bc.spof.before).toEqual([]);
    // After tb is gone: ta 40 of 65 = 61.5% ≥ 50% → a single point of failure outside the bloc.
    expect(bc.spof.after).toHaveLength(1);
    expect(bc.spof.after[0]).toMatchObject({ input: "tool", provider: "ta", inside: false, kind: "majority" });
    expect(bc.spof.after[0]!.share).toBeCloseTo(40 / 65, 9);
  });
});
