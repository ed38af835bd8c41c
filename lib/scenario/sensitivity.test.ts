import { describe, expect, it } from "vitest";
import { getCuratedGraph } from "../model/curated";
import { loadScenarioLibrary } from "./curated";
import { runScenario } from "./run";
import { shareMargin, runSensitivity } from "./sensitivity";
import { EMPTY_SUBSTITUTION } from "./substitution";
import { chainGraph, scenario } from "./test-graph";

describe("sensitivity", () => {
  it("the margin grows as confidence falls, and for estimates", () => {
    expect(shareMargin({ confidence: "high", estimate: false }, 4)).toBe(2);
    expect(shareMargin({ confidence: "medium", estimate: false }, 4)).toBe(4);
    expect(shareMargin({ confidence: "low", estimate: false }, 4)).toBe(8);
    expect(shareMargin({ confidence: "low", estimate: true }, 4)).toBe(12);
    expect(shareMargin({ confidence: undefined, estimate: false }, 4)).toBe(4);
  });

  it("with no spread every run gives the point result", () => {
    const sc = scenario({ shocks: [{ type: "remove", node: "ta" }] });
    const s = runSensitivity(chainGraph(), sc, EMPTY_SUBSTITUTION, { samples: 5, spread: 0 });
    const r = runScenario(chainGraph(), sc, EMPTY_SUBSTITUTION);
    for (const n of s.nations) {
      const point = r.nations.find((x) => x.nation === n.nation)!;
      expect(n.loss).toEqual({ min: point.loss, max: point.loss });
    }
    expect(s.inputs.find((x) => x.input === "tool")!.world).toEqual({ min: 0.4, max: 0.4 });
  });

  it("is deterministic for a seed, and its ranges contain the point result", () => {
    const g = getCuratedGraph();
    const lib = loadScenarioLibrary();
    const taiwan = lib.presets.find((p) => p.id === "taiwan-strait")!;
    const a = runSensitivity(g, taiwan, lib.substitution, { samples: 30, spread: 5, seed: 7 });
    const b = runSensitivity(g, taiwan, lib.substitution, { samples: 30, spread: 5, seed: 7 });
    expect({ ...a, ms: 0 }).toEqual({ ...b, ms: 0 });
    const lel = a.inputs.find((x) => x.input === "leading-edge-logic")!.world;
    expect(lel.max).toBeGreaterThan(lel.min);
    // Korea's 31% (a medium-confidence row, split with Samsung's estimated share: factor 1 × 1.5) moves by up to 7.5 points.
    expect(lel.min).toBeGreaterThanOrEqual(0.235 - 1e-9);
    expect(lel.max).toBeLessThanOrEqual(0.385 + 1e-9);
    expect(lel.min).toBeLessThanOrEqual(0.31);
    expect(lel.max).toBeGreaterThanOrEqual(0.31);
  });

  it("stops when asked", () => {
    const ctrl = new AbortController();
    ctrl.abort(new Error("cancelled by test"));
    expect(() => runSensitivity(chainGraph(), scenario({ shocks: [] }), EMPTY_SUBSTITUTION, { signal: ctrl.signal })).toThrow("cancelled by test");
  });
});
