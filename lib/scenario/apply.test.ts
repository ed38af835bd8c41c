/**
 * Properties of applying a scenario: the empty scenario is the baseline exactly, the base graph is
 * never mutated, applying is idempotent, order matters only where it should, 100% loss equals
 * removal, disruptive shocks never raise a capability (monotonicity), stale ids are skipped with a
 * report.
 */
import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { seededRng } from "../util/rng";
import { applyScenario } from "./apply";
import { buildSupplyBase } from "./base";
import { prepareState, runCascade } from "./cascade";
import { loadScenarioLibrary } from "./curated";
import { runScenario } from "./run";
import { SHOCKS } from "./shocks";
import type { Shock } from "./schema";
import { initialState, type ShockWithId } from "./state";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { chainGraph, scenario } from "./test-graph";

const withoutTiming = <T extends { ms: number }>(r: T) => ({ ...r, ms: 0 });

describe("applying a scenario", () => {
  it("the empty scenario is the baseline exactly", () => {
    const g = getCuratedGraph();
    const r = runScenario(g, scenario({ shocks: [] }), loadScenarioLibrary().substitution);
    for (const n of r.nations) {
      expect(n.access.after).toBe(n.access.before);
      expect(n.access.medium).toBe(n.access.before);
      expect(n.loss).toBe(0);
      for (const l of n.layers) {
        expect(l.access.after).toBe(l.access.before);
        expect(l.output?.after).toBe(l.output?.before);
      }
      expect(n.orchestration.after).toBe(n.orchestration.before);
    }
    for (const x of r.inputs) {
      expect(x.world.after).toBe(x.world.before);
      expect(x.hhiNation.after).toBe(x.hhiNation.before);
      expect(x.chokepoint.after).toBe(x.chokepoint.before);
    }
    expect(r.chokepoints).toEqual({ became: [], resolved: [], cutOff: [] });
    expect(r.diff).toEqual({ removed: [], impact: {} });
    expect(r.centrality).toEqual([]);
    expect(r.summary).toEqual(["No shock applied: the scenario equals the baseline."]);
  });

  it("every baseline figure equals lib/supply's own on the curated graph", () => {
    const g = getCuratedGraph();
    const base = buildSupplyBase(g, "hq");
    const r = runScenario(g, scenario({ shocks: [] }), EMPTY_SUBSTITUTION);
    for (const x of r.inputs) {
      const s = base.lensSupply.inputs.find((i) => i.input === x.input)!;
      if (s.hhiNation === null) expect(x.hhiNation.before).toBeNull();
      else expect(x.hhiNation.before).toBeCloseTo(s.hhiNation, 6);
      expect(x.chokepoint.before).toBe(s.chokepoint);
    }
    for (const n of r.nations) {
      const s = base.lensSupply.nations.find((m) => m.nation === n.nation)!;
      if (s.orchestration === null) expect(n.orchestration.before).toBeNull();
      else expect(n.orchestration.before).toBeCloseTo(s.orchestration, 6);
    }
  });

  it("never mutates the base graph", () => {
    const g = getCuratedGraph();
    const before = JSON.stringify(g.export());
    const lib = loadScenarioLibrary();
    for (const p of lib.presets) runScenario(g, p, lib.substitution);
    runScenario(g, scenario({ shocks: [{ type: "remove", node: "TWN" }, { type: "cut-edge", edge: "partners_with:openai:microsoft:2025" }] }), lib.substitution);
    expect(JSON.stringify(g.export())).toBe(before);
  });

  it("is idempotent: the same scenario twice gives the same result, and a repeated removal changes nothing", () => {
    const g = getCuratedGraph();
    const lib = loadScenarioLibrary();
    const taiwan = lib.presets.find((p) => p.id === "taiwan-strait")!;
    expect(withoutTiming(runScenario(g, taiwan, lib.substitution))).toEqual(withoutTiming(runScenario(g, taiwan, lib.substitution)));
    const once = runScenario(g, scenario({ shocks: [{ type: "remove", node: "asml" }] }), lib.substitution);
    const twice = runScenario(g, scenario({ shocks: [{ type: "remove", node: "asml" }, { type: "remove", node: "asml" }] }), lib.substitution);
    expect(twice.nations).toEqual(once.nations);
    expect(twice.inputs).toEqual(once.inputs);
    expect(twice.skipped).toEqual([{ shock: "s2", index: 1, message: '"asml" was already removed by an earlier shock' }]);
    // The same control twice is the same control.
    const c1 = runScenario(chainGraph(), scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"] }] }), EMPTY_SUBSTITUTION);
    const c2 = runScenario(chainGraph(), scenario({ shocks: [{ type: "export-control", from: "BBB", to: ["AAA"] }, { type: "export-control", from: "BBB", to: ["AAA"] }] }), EMPTY_SUBSTITUTION);
    expect(c2.nations).toEqual(c1.nations);
  });

  it("order matters where it should: adding then removing a provider is not removing then adding", () => {
    const add: Shock = { type: "add-capacity", provider: "tb", input: "tool", share: 20, enabled: true, confidence: "low" };
    const remove: Shock = { type: "remove", node: "tb", enabled: true };
    const addThenRemove = runScenario(chainGraph(), scenario({ shocks: [add, remove] }), EMPTY_SUBSTITUTION);
    const removeThenAdd = runScenario(chainGraph(), scenario({ shocks: [remove, add] }), EMPTY_SUBSTITUTION);
    // Added 20 then removed all of tb (40 + 20): 60 left. Removed first: the addition is skipped, 60 left too —
    // but the second reports the skipped shock, the first does not.
    expect(addThenRemove.inputs.find((x) => x.input === "tool")!.world.after).toBe(0.6);
    expect(removeThenAdd.inputs.find((x) => x.input === "tool")!.world.after).toBe(0.6);
    expect(addThenRemove.skipped).toEqual([]);
    expect(removeThenAdd.skipped.map((s) => s.message)).toEqual(['"tb" was removed by an earlier shock']);
    // Degrade then add vs add then degrade: the degrade only reaches capacity that exists when it applies.
    const degrade: Shock = { type: "degrade", provider: "tb", percent: 50, inputs: [], layers: [], enabled: true };
    const d1 = runScenario(chainGraph(), scenario({ shocks: [degrade, add] }), EMPTY_SUBSTITUTION);
    const d2 = runScenario(chainGraph(), scenario({ shocks: [add, degrade] }), EMPTY_SUBSTITUTION);
    // ta 60 + tb 40 × 0.5 + 20 new = 100 (capped at 1) vs ta 60 + (40 + 20) × 0.5 = 90.
    expect(d1.inputs.find((x) => x.input === "tool")!.world.after).toBe(1);
    expect(d2.inputs.find((x) => x.input === "tool")!.world.after).toBe(0.9);
  });

  it("100% degradation equals removing the provider's supply; removing every provider leaves nothing downstream", () => {
    const r1 = runScenario(chainGraph(), scenario({ shocks: [{ type: "degrade", provider: "ta", percent: 100 }] }), EMPTY_SUBSTITUTION);
    const r2 = runScenario(chainGraph(), scenario({ shocks: [{ type: "remove", node: "ta" }] }), EMPTY_SUBSTITUTION);
    expect(r1.inputs.map((x) => x.world)).toEqual(r2.inputs.map((x) => x.world));
    expect(r1.nations.map((n) => n.layers)).toEqual(r2.nations.map((n) => n.layers));
    const none = runScenario(chainGraph(), scenario({ shocks: [{ type: "remove", node: "ta" }, { type: "remove", node: "tb" }] }), EMPTY_SUBSTITUTION);
    expect(none.inputs.find((x) => x.input === "tool")!.world.after).toBe(0);
    expect(none.inputs.find((x) => x.input === "chip")!.world.after).toBe(0);
    expect(none.chokepoints.cutOff).toEqual(["tool", "chip"]);
    for (const n of none.nations) expect(n.access.after).toBe(0);
  });

  it("disabled shocks are kept in the list and not applied", () => {
    const r = runScenario(chainGraph(), scenario({ shocks: [{ type: "remove", node: "ta", enabled: false }] }), EMPTY_SUBSTITUTION);
    expect(r.shocks[0]!.status).toBe("off");
    expect(r.inputs.every((x) => x.world.after === x.world.before)).toBe(true);
  });

  it("skips stale node ids with a report and applies the rest", () => {
    const r = runScenario(
      chainGraph(),
      scenario({
        shocks: [
          { type: "remove", node: "atlantis" },
          { type: "degrade", provider: "ta", percent: 50, inputs: ["tool", "unobtainium"] },
          { type: "export-control", from: "BBB", to: ["AAA", "ZZZ"], inputs: ["tool"] },
          { type: "cut-edge", edge: "provides:nobody:tool:2024" },
          { type: "remove", node: "tool" },
        ],
      }),
      EMPTY_SUBSTITUTION,
    );
    expect(r.skipped.map((s) => [s.shock, s.message])).toEqual([
      ["s1", 'no node "atlantis" in the dataset'],
      ["s4", 'no edge "provides:nobody:tool:2024" in the dataset'],
      ["s5", '"tool" is an input: only firms and nations can be removed'],
    ]);
    expect(r.notes.map((s) => [s.shock, s.message])).toEqual([
      ["s2", 'ignored unknown input "unobtainium"'],
      ["s3", 'ignored unknown target "ZZZ"'],
    ]);
    expect(r.shocks.map((s) => s.status)).toEqual(["skipped", "applied", "applied", "skipped", "skipped"]);
    // The rest applied: ta at half (30) and AAA cut off from tb (40): AAA keeps 30 of 100 tools.
    expect(r.nations.find((n) => n.nation === "AAA")!.layers.find((l) => l.layer === "equipment")!.access.after).toBe(0.3);
  });
});

describe("monotonicity: a disruptive shock never raises any capability", () => {
  const g = getCuratedGraph();
  const base = buildSupplyBase(g, "hq");
  const firms: string[] = [];
  const nations = base.nations;
  g.forEachNode((id, a) => {
    if (a.kind === "firm") firms.push(id);
  });
  const inputs = base.inputs.map((x) => x.input);
  const disruptive = (Object.keys(SHOCKS) as (keyof typeof SHOCKS)[]).filter((t) => SHOCKS[t].disruptive);
  const edges = g.edges().filter((e) => g.getEdgeAttribute(e, "kind") !== "headquartered_in");

  function randomShock(rng: () => number, i: number): ShockWithId {
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
    const type = pick(disruptive);
    const scope = rng() < 0.3 ? { inputs: [], layers: [] } : { inputs: [pick(inputs), pick(inputs)], layers: [] };
    const base = { id: `r${i}`, enabled: true };
    switch (type) {
      case "remove":
        return { ...base, type, node: rng() < 0.5 ? pick(firms) : pick(nations) };
      case "degrade":
        return { ...base, type, provider: rng() < 0.5 ? pick(firms) : pick(nations), percent: Math.round(rng() * 100), ...scope };
      case "export-control":
        return { ...base, type, from: pick(nations), to: rng() < 0.2 ? "all" : [pick(nations), pick(nations)], reach: rng() < 0.5 ? "direct" : "downstream", ...scope };
      case "cut-edge":
        return { ...base, type, edge: pick(edges) };
      case "bloc":
        return { ...base, type, members: [pick(nations), pick(nations)], action: rng() < 0.5 ? "withhold" : "cut-off", reach: rng() < 0.5 ? "direct" : "downstream", ...scope };
      default:
        throw new Error(`no random shock for ${type}`);
    }
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("random sequence %i: access and output only fall as shocks are added", (seed) => {
    const rng = seededRng(seed);
    let shocks: ShockWithId[] = [];
    let prev = runCascade(base, prepareState(base, initialState(base)));
    for (let step = 0; step < 6; step++) {
      shocks = [...shocks, randomShock(rng, step)];
      const next = runCascade(base, prepareState(base, applyScenario(base, shocks)));
      for (let x = 0; x <= nations.length; x++) {
        for (let i = 0; i < inputs.length; i++) {
          expect(next.access[x]![i]!).toBeLessThanOrEqual(prev.access[x]![i]! + 1e-12);
          expect(next.output[x]![i]!).toBeLessThanOrEqual(prev.output[x]![i]! + 1e-12);
        }
      }
      prev = next;
    }
  });
});
