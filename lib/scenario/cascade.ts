/**
 * The cascade engine: how much of each input each nation can still obtain, propagated along the
 * `requires` chain (README.md, "The cascade model"). For input i and nation X, in chain order
 * (every input after the inputs it requires):
 *
 *   r_Y(i)  = min over the inputs j that i requires of a_Y(j)            (1 when i requires nothing;
 *             required inputs that are parts or alternatives of i, per substitution.csv, count
 *             by their mean: min(scarcest essential input, mean of the parts))
 *   prod_u  = share_u × cap_u × r_{nation(u)}(i)                          what unit u still makes
 *   d_X(i)  = (Σ prod_u over units accessible to X + other_i × r_world(i)) / 100     (quantified)
 *           = max over accessible known providers u of cap_u × r_{nation(u)}(i)      (unquantified)
 *   k_X(i)  = min(p_X(i), limit over j of k_X(j))   the legal limit of downstream-reaching controls:
 *             p_X(i) = share of what is still made that no such control withholds from X
 *   a_X(i)  = min(1, d_X(i), k_X(i))
 *
 * So an input's available share for a nation is what its accessible providers still supply; every
 * provider makes no more than its own nation can obtain of the scarcest input it requires, so
 * no input is more available than the scarcest input it requires; and a control that reaches
 * downstream (like the US foreign direct product rule) follows its inputs into everything made
 * from them, wherever made. With substitution (medium term) the lost part of d_X(i) is made up
 * by the remaining supply's spare capacity, at most back to the baseline:
 * d'_X(i) = d_X(i) + min(d⁰_X(i) − d_X(i), spare_i × d_X(i)). Legal limits are not substituted.
 *
 * Runs in O(I · (N + 1) · U/I) after `prepareState` (O(controls · U · N)), for I inputs, N
 * nations and U units. Index N stands for the world: no control applies to it, so it measures what
 * is left on the global market.
 */
import type { SupplyBase } from "./base";
import type { ShockState } from "./state";

/** The shocked state, indexed for the cascade (computed once per state, reused by sensitivity runs). */
export interface PreparedState {
  state: ShockState;
  /** Unit indices (into state.units) per input index. */
  unitsByInput: number[][];
  /** Nation index of each unit (N when the nation is not a nation of the graph). */
  unitNation: Int32Array;
  /** blocked[u][x] = 1 when nation x may not obtain unit u's supply (any control). */
  blocked: Uint8Array[];
  /** followed[u][x] = 1 when a downstream-reaching control withholds unit u's supply from x. */
  followed: Uint8Array[];
  /** Nations removed by the scenario (their rows are still computed, but flagged in results). */
  removed: Set<number>;
}

export function prepareState(base: SupplyBase, state: ShockState): PreparedState {
  const N = base.nations.length;
  const unitsByInput: number[][] = base.inputs.map(() => []);
  const unitNation = new Int32Array(state.units.length);
  const blocked: Uint8Array[] = [];
  const followed: Uint8Array[] = [];
  state.units.forEach((u, k) => {
    const i = base.inputIndex.get(u.input);
    if (i !== undefined) unitsByInput[i]!.push(k);
    unitNation[k] = base.nationIndex.get(u.nation) ?? N;
    const row = new Uint8Array(N + 1);
    const follow = new Uint8Array(N + 1);
    for (const c of state.controls) {
      if (c.inputs && !c.inputs.has(u.input)) continue;
      const from = c.fromFirm !== undefined ? u.provider === c.fromFirm : !!c.fromNations?.has(u.nation);
      if (!from) continue;
      for (let x = 0; x < N; x++) {
        const nation = base.nations[x]!;
        if (nation === u.nation) continue; // a nation's own supply stays its own
        const target = c.to === "others" ? !(c.fromNations?.has(nation) ?? false) : c.to.has(nation);
        if (!target) continue;
        row[x] = 1;
        if (c.downstream) follow[x] = 1;
      }
    }
    blocked.push(row);
    followed.push(follow);
  });
  const removed = new Set<number>();
  for (const n of state.removedNodes) {
    const x = base.nationIndex.get(n);
    if (x !== undefined) removed.add(x);
  }
  return { state, unitsByInput, unitNation, blocked, followed, removed };
}

export interface CascadeOptions {
  /** Unit shares to use instead of the units' own (sensitivity runs), aligned with state.units. */
  shares?: ArrayLike<number>;
  /** "Other" remainders to use instead of the baseline's, aligned with base.inputs. */
  others?: ArrayLike<number>;
  /** Per input: the required inputs that are its parts (limit by their mean instead of the min). */
  parts?: readonly (readonly string[])[];
  /** Medium term: spare capacity per input (0–1) and the baseline's direct availability to recover towards. */
  substitute?: { spare: ArrayLike<number>; baselineDirect: Float64Array[] };
  /**
   * Inputs (indices) whose whole supply stops, "other / unattributed" remainder included: they
   * cascade as if each required something no one can obtain (r = 0 for every nation), so nothing
   * of them is made or available. Criticality of an input (criticality.ts).
   */
  stopped?: ReadonlySet<number>;
  /**
   * No control applies (prep has none): every nation's access equals the world's, so only the world
   * row is computed and shared by every nation's row of `access`, `direct` (and the legal limits);
   * `output` stays per nation. About N + 1 times faster; the results are equal (criticality.test.ts).
   */
  uniform?: boolean;
}

export interface Cascade {
  /** access[x][i]: share of input i's baseline supply nation x can obtain, 0–1; x = N is the world. */
  access: Float64Array[];
  /** direct[x][i]: d_X(i), what accessible providers still supply (before the legal limit). */
  direct: Float64Array[];
  /** output[x][i]: share of input i's baseline market nation x still makes, 0–1 (quantified inputs). */
  output: Float64Array[];
  /** What each unit still makes, percent points of the baseline market. */
  production: Float64Array;
  /** What the unattributed remainder still makes, per input. */
  otherProduction: Float64Array;
}

export function runCascade(base: SupplyBase, prep: PreparedState, options: CascadeOptions = {}): Cascade {
  const N = base.nations.length;
  const I = base.inputs.length;
  const { state, unitsByInput, unitNation, blocked, followed } = prep;
  const caps = state.caps;
  const shares = options.shares ?? state.units.map((u) => u.share);
  const uniform = options.uniform === true;
  if (uniform && state.controls.length > 0) throw new Error("scenario/runCascade: `uniform` needs a state without controls.");
  const rows = (shared = uniform) => {
    if (!shared) return Array.from({ length: N + 1 }, () => new Float64Array(I));
    const one = new Float64Array(I);
    return Array.from({ length: N + 1 }, () => one);
  };
  const access = rows();
  const direct = rows();
  const output = rows(false);
  const legal = rows();
  // The first nation row computed: all of them, or (uniform) the world's only.
  const x0 = uniform ? N : 0;
  const rOf = (n: number) => (uniform ? N : n);
  const production = new Float64Array(state.units.length);
  const otherProduction = new Float64Array(I);
  const r = new Float64Array(N + 1);
  const k = new Float64Array(N + 1);
  const idx = (ids: readonly string[]) => ids.map((id) => base.inputIndex.get(id)).filter((j): j is number => j !== undefined);
  const partIdx = base.inputs.map((x, i) => idx((options.parts?.[i] ?? []).filter((p) => x.requires.includes(p))));
  const reqIdx = base.inputs.map((x, i) => idx(x.requires).filter((j) => !partIdx[i]!.includes(j)));

  for (const i of base.order) {
    const info = base.inputs[i]!;
    const reqs = reqIdx[i]!;
    const parts = partIdx[i]!;
    for (let x = x0; x <= N; x++) {
      let m = 1;
      let l = 1;
      for (const j of reqs) {
        m = Math.min(m, access[x]![j]!);
        l = Math.min(l, legal[x]![j]!);
      }
      if (parts.length > 0) {
        let pm = 0;
        let pl = 0;
        for (const j of parts) {
          pm += access[x]![j]! / parts.length;
          pl += legal[x]![j]! / parts.length;
        }
        m = Math.min(m, pm);
        l = Math.min(l, pl);
      }
      r[x] = options.stopped?.has(i) ? 0 : m;
      k[x] = l;
    }
    const units = unitsByInput[i]!;
    const spare = options.substitute ? options.substitute.spare[i]! : 0;
    const finish = (x: number, d: number, permitted: number) => {
      let dd = d;
      if (options.substitute) {
        const lost = options.substitute.baselineDirect[x]![i]! - dd;
        if (lost > 0) dd += Math.min(lost, spare * dd);
      }
      direct[x]![i] = dd;
      const lim = Math.min(permitted, k[x]!);
      legal[x]![i] = lim;
      access[x]![i] = Math.min(1, dd, lim);
    };
    if (info.quantified) {
      const other = (options.others ? options.others[i]! : info.other) * r[N]!;
      otherProduction[i] = other;
      let total = other;
      for (const u of units) {
        const n = unitNation[u]!;
        const p = state.units[u]!.quantified ? shares[u]! * caps[u]! * r[rOf(n)]! : 0;
        production[u] = p;
        total += p;
        if (n < N) output[n]![i] = output[n]![i]! + p / 100;
      }
      for (let x = x0; x <= N; x++) {
        let supply = other;
        let allowed = other;
        for (const u of units) {
          if (blocked[u]![x] === 0) supply += production[u]!;
          if (followed[u]![x] === 0) allowed += production[u]!;
        }
        finish(x, supply / 100, total > 1e-12 ? allowed / total : 1);
      }
    } else {
      for (let x = x0; x <= N; x++) {
        let best = units.length === 0 ? r[N]! : 0;
        let alive = false;
        let allowed = false;
        for (const u of units) {
          if (caps[u]! <= 0) continue;
          alive = true;
          if (followed[u]![x] === 0) allowed = true;
          if (blocked[u]![x] !== 0) continue;
          const v = caps[u]! * r[rOf(unitNation[u]!)]!;
          if (v > best) best = v;
        }
        finish(x, best, !alive || allowed ? 1 : 0);
      }
    }
  }
  return { access, direct, output, production, otherProduction };
}
