/**
 * Sensitivity of a scenario's results to uncertain shares. Each run draws every published share
 * from share ± spread × factor, where the factor grows as confidence falls (high 0.5, medium 1,
 * low 2, not stated 1) and is 1.5 times larger for figures marked as estimates (the weakest row
 * behind a figure counts); the units a figure was split into move together, in proportion; shares
 * stay ≥ 0 and an input's named shares at most 100 (scaled down when a draw exceeds it; the rest
 * is "other").
 * The baseline and the scenario are recomputed on the same draw, and the range (min–max over
 * runs) of each nation-and-layer result and each input's world supply is reported. Seeded, so the
 * same options give the same ranges. Only the cascade reruns (structure does not depend on shares).
 */
import { seededRng } from "../util/rng";
import type { AtlasGraph } from "../model/graph";
import type { Confidence } from "../model/vocabulary";
import { applyScenario } from "./apply";
import { buildSupplyBase, type SupplyUnit } from "./base";
import { prepareState, runCascade } from "./cascade";
import { baselineOf, substitutionsOf } from "./run";
import type { Scenario } from "./schema";
import type { SubstitutionTable } from "./substitution";
import type { Range, SensitivityResult } from "./types";

export interface SensitivityOptions {
  /** Number of runs (default 200). */
  samples?: number;
  /** Base spread in share points (default 5). */
  spread?: number;
  seed?: number;
  /** Called with the fraction done; throw from it (or from `signal`) to stop. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export const CONFIDENCE_FACTOR: Record<Confidence | "unstated", number> = { high: 0.5, medium: 1, low: 2, unstated: 1 };
export const ESTIMATE_FACTOR = 1.5;

/** How far a unit's share may move, in points. */
export function shareMargin(u: Pick<SupplyUnit, "confidence" | "estimate">, spread: number): number {
  return spread * CONFIDENCE_FACTOR[u.confidence ?? "unstated"] * (u.estimate ? ESTIMATE_FACTOR : 1);
}

export function runSensitivity(graph: AtlasGraph, scenario: Scenario, substitution: SubstitutionTable, options: SensitivityOptions = {}): SensitivityResult {
  const started = performance.now();
  const samples = Math.max(1, Math.min(5000, Math.floor(options.samples ?? 200)));
  const spread = Math.max(0, options.spread ?? 5);
  const seed = options.seed ?? 42;
  const { lens, year, baseline: mode } = scenario.options;
  const base = buildSupplyBase(graph, lens, year);
  const { parts } = substitutionsOf(base, substitution);
  const before = baselineOf(base, mode, parts);
  const state = applyScenario(base, scenario.shocks, before.state);
  const prep = prepareState(base, state);
  const N = base.nations.length;
  const I = base.inputs.length;
  const U0 = base.units.length;
  const rng = seededRng(seed);
  const layerInputs = base.layers.map((layer) => base.inputs.map((x, i) => (x.layer === layer ? i : -1)).filter((i) => i >= 0));

  const newRange = (): Range => ({ min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY });
  const put = (r: Range, v: number) => {
    if (v < r.min) r.min = v;
    if (v > r.max) r.max = v;
  };
  const nationLoss = base.nations.map(newRange);
  const layerAfter = base.nations.map(() => base.layers.map(newRange));
  const layerLoss = base.nations.map(() => base.layers.map(newRange));
  const world = base.inputs.map(newRange);

  // Figures (groups of units), in a fixed order: each draws once per run.
  const groups = new Map<string, { total: number; margin: number; units: number[] }>();
  state.units.forEach((u, k) => {
    if (!u.quantified) return;
    const g = groups.get(u.group) ?? { total: 0, margin: 0, units: [] };
    g.total += u.share;
    g.margin = Math.max(g.margin, shareMargin(u, spread));
    g.units.push(k);
    groups.set(u.group, g);
  });
  const figures = [...groups.values()];
  const shares = new Float64Array(state.units.length);
  const others = new Float64Array(I);
  for (let s = 0; s < samples; s++) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error("cancelled");
    // Draw every figure once; the baseline uses the first U0 units (its own), the scenario all.
    for (const f of figures) {
      const drawn = Math.max(0, f.total + (rng() * 2 - 1) * f.margin);
      const ratio = f.total > 0 ? drawn / f.total : 0;
      for (const k of f.units) shares[k] = state.units[k]!.share * ratio;
    }
    base.inputs.forEach((info, i) => {
      if (!info.quantified) return;
      let sum = 0;
      for (const k of info.units) sum += shares[k]!;
      if (sum > 100) for (const k of info.units) shares[k] = (shares[k]! * 100) / sum;
      others[i] = Math.max(0, 100 - Math.min(100, sum));
    });
    const b = runCascade(base, before.prep, { shares: shares.subarray(0, U0), others, parts });
    const a = runCascade(base, prep, { shares, others, parts });
    for (let x = 0; x < N; x++) {
      let total = 0;
      layerInputs.forEach((inputs, l) => {
        let ab = 0;
        let aa = 0;
        for (const i of inputs) {
          ab += b.access[x]![i]!;
          aa += a.access[x]![i]!;
        }
        ab /= inputs.length;
        aa /= inputs.length;
        put(layerAfter[x]![l]!, aa);
        put(layerLoss[x]![l]!, Math.max(0, ab - aa));
        total += Math.max(0, ab - aa);
      });
      put(nationLoss[x]!, total / layerInputs.length);
    }
    for (let i = 0; i < I; i++) put(world[i]!, a.access[N]![i]!);
    options.onProgress?.((s + 1) / samples);
  }
  const r6 = (r: Range): Range => ({ min: Math.round(r.min * 1e6) / 1e6, max: Math.round(r.max * 1e6) / 1e6 });
  return {
    samples,
    spread,
    seed,
    nations: base.nations.map((nation, x) => ({
      nation,
      loss: r6(nationLoss[x]!),
      layers: base.layers.map((layer, l) => ({ layer, after: r6(layerAfter[x]![l]!), loss: r6(layerLoss[x]![l]!) })),
    })),
    inputs: base.inputs.map((info, i) => ({ input: info.input, world: r6(world[i]!) })),
    ms: Math.round(performance.now() - started),
  };
}
