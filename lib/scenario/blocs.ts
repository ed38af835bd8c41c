/**
 * Blocs under a scenario: each bloc's self-sufficiency per layer (the share of the world's baseline
 * supply of the layer's measured inputs made inside the bloc) and its single points of failure
 * (inputs where one provider holds at least lib/supply's majority share of what the bloc can still
 * obtain, or where nothing or a single known provider is left). Blocs are the blocs of the dataset
 * plus the custom member sets named by bloc shocks.
 */
import { MAJORITY_SHARE } from "../supply/rules";
import type { Layer } from "../model/vocabulary";
import type { SupplyBase } from "./base";
import type { Cascade, PreparedState } from "./cascade";
import type { Scenario } from "./schema";
import type { BlocImpact, SinglePointOfFailure } from "./types";

export interface BlocSpec {
  id: string;
  label: string;
  members: string[];
  custom: boolean;
}

/** The dataset's blocs, then each custom member set of the scenario's bloc shocks. */
export function blocsOf(base: SupplyBase, scenario: Pick<Scenario, "shocks">): BlocSpec[] {
  const out: BlocSpec[] = [];
  base.graph.forEachNode((id, a) => {
    if (a.kind === "bloc") out.push({ id, label: a.label, members: a.members.filter((m) => base.nationIndex.has(m)), custom: false });
  });
  out.sort((x, y) => x.id.localeCompare(y.id));
  for (const s of scenario.shocks) {
    if (s.type !== "bloc" || s.bloc) continue;
    const members = [...new Set(s.members.filter((m) => base.nationIndex.has(m)))].sort();
    if (members.length === 0) continue;
    const id = `custom:${members.join("+")}`;
    if (!out.some((b) => b.id === id)) out.push({ id, label: s.label ?? `Custom bloc (${members.join(", ")})`, members, custom: true });
  }
  return out;
}

function selfSufficiency(base: SupplyBase, prep: PreparedState, cascade: Cascade, members: Set<string>): Map<Layer, number> {
  const sums = new Map<Layer, { total: number; n: number }>();
  base.inputs.forEach((info, i) => {
    if (!info.quantified) return;
    let made = 0;
    for (const k of prep.unitsByInput[i]!) if (members.has(prep.state.units[k]!.nation)) made += cascade.production[k]!;
    const acc = sums.get(info.layer) ?? { total: 0, n: 0 };
    acc.total += made / 100;
    acc.n += 1;
    sums.set(info.layer, acc);
  });
  return new Map([...sums].map(([l, v]) => [l, v.total / v.n]));
}

function spofs(base: SupplyBase, prep: PreparedState, cascade: Cascade, members: Set<string>): SinglePointOfFailure[] {
  const idx = [...members].map((m) => base.nationIndex.get(m)).filter((x): x is number => x !== undefined);
  const N = base.nations.length;
  const out: SinglePointOfFailure[] = [];
  base.inputs.forEach((info, i) => {
    const units = prep.unitsByInput[i]!;
    const reachable = (k: number) => idx.some((x) => prep.blocked[k]![x] === 0);
    const alive = (k: number) => prep.state.caps[k]! > 0 && !(prep.unitNation[k]! < N && prep.removed.has(prep.unitNation[k]!));
    const base0 = { input: info.input, label: info.label };
    if (info.quantified) {
      const byProvider = new Map<string, { p: number; nation: string }>();
      let total = cascade.otherProduction[i]!;
      for (const k of units) {
        const p = cascade.production[k]!;
        if (p <= 0 || !reachable(k)) continue;
        const u = prep.state.units[k]!;
        total += p;
        const acc = byProvider.get(u.provider) ?? { p: 0, nation: u.nation };
        acc.p += p;
        byProvider.set(u.provider, acc);
      }
      if (total <= 1e-9) {
        out.push({ ...base0, provider: null, providerLabel: null, share: 0, inside: false, kind: "none-accessible" });
        return;
      }
      const top = [...byProvider].sort((a, b) => b[1].p - a[1].p || a[0].localeCompare(b[0]))[0];
      if (top && (top[1].p / total) * 100 >= MAJORITY_SHARE)
        out.push({ ...base0, provider: top[0], providerLabel: base.label(top[0]), share: top[1].p / total, inside: members.has(top[1].nation), kind: "majority" });
    } else {
      if (units.length === 0) return;
      const providers = new Map<string, string>();
      for (const k of units) if (alive(k) && reachable(k)) providers.set(prep.state.units[k]!.provider, prep.state.units[k]!.nation);
      if (providers.size === 0) out.push({ ...base0, provider: null, providerLabel: null, share: 0, inside: false, kind: "none-accessible" });
      else if (providers.size === 1) {
        const [p, n] = [...providers][0]!;
        out.push({ ...base0, provider: p, providerLabel: base.label(p), share: 1, inside: members.has(n), kind: "sole-known" });
      }
    }
  });
  return out;
}

export function blocImpacts(
  base: SupplyBase,
  blocs: BlocSpec[],
  before: { prep: PreparedState; cascade: Cascade },
  after: { prep: PreparedState; cascade: Cascade },
): BlocImpact[] {
  return blocs.map((b) => {
    const members = new Set(b.members);
    const sb = selfSufficiency(base, before.prep, before.cascade, members);
    const sa = selfSufficiency(base, after.prep, after.cascade, members);
    return {
      id: b.id,
      label: b.label,
      members: b.members,
      custom: b.custom,
      layers: base.layers.filter((l) => sb.has(l)).map((layer) => ({ layer, before: r9(sb.get(layer)!), after: r9(sa.get(layer) ?? 0) })),
      spof: { before: spofs(base, before.prep, before.cascade, members), after: spofs(base, after.prep, after.cascade, members) },
    };
  });
}

const r9 = (x: number) => Math.round(x * 1e9) / 1e9;
