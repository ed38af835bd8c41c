/**
 * The market after a shock, seen through lib/supply: each input's share sets recomputed from what
 * its providers still make (percent of the post-shock market: surviving supply ÷ (baseline market −
 * lost + added), the unattributed remainder assumed unaffected except by the requires limit), then
 * lib/supply's own chokepoint rule, HHI and orchestration index on them. Nothing is rescaled
 * silently: the remainder stays "other".
 */
import { computeHhi } from "../supply/hhi";
import { chokepointReasons } from "../supply/inputs";
import { buildLensContext, nationSummary, type LensContext } from "../supply/nations";
import type { InputSupply, ShareFigure, ShareSet } from "../supply/types";
import { round6, type SupplyBase } from "./base";
import type { Cascade, PreparedState } from "./cascade";

export interface Market {
  inputs: InputSupply[];
  context: LensContext;
  /** Orchestration index per nation (null when undefined). */
  orchestration: Map<string, number | null>;
}

function shareSet(like: ShareSet, figures: ShareFigure[]): ShareSet {
  const shares = figures.filter((f) => f.share > 1e-9).sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  const covered = round6(shares.reduce((s, f) => s + f.share, 0));
  return {
    ...like,
    shares,
    covered,
    other: round6(Math.max(0, 100 - covered)),
    hhi: round6(computeHhi(shares.map((s) => s.share))),
    fallbackShare: 0,
    edges: [...new Set(shares.flatMap((s) => s.edges))],
    sources: [...new Set(shares.flatMap((s) => s.sources))],
  };
}

const figure = (id: string, share: number, edges: string[] = []): ShareFigure => ({ id, share: round6(share), edges, sources: [], estimates: [], fallbackShare: 0 });

export function computeMarket(base: SupplyBase, prep: PreparedState, cascade: Cascade): Market {
  const { state } = prep;
  const N = base.nations.length;
  const inputs: InputSupply[] = base.inputs.map((info, i) => {
    const s = info.supply;
    const units = prep.unitsByInput[i]!;
    const alive = (k: number) => state.caps[k]! > 0 && !(prep.unitNation[k]! < N && prep.removed.has(prep.unitNation[k]!));
    const knownFirms = new Set<string>();
    const knownNations = new Set<string>();
    for (const k of units) {
      const u = state.units[k]!;
      if (!alive(k)) continue;
      if (u.quantified && cascade.production[k]! <= 1e-12) continue;
      if (u.providerKind === "firm") knownFirms.add(u.provider);
      knownNations.add(u.nation);
    }
    // Known firms outside the units (providers without a share of a quantified input) stay known unless removed.
    for (const f of s.knownFirms) if (!state.removedNodes.has(f) && !units.some((k) => state.units[k]!.provider === f)) knownFirms.add(f);
    let nations: ShareSet | null = null;
    let firms: ShareSet | null = null;
    if (info.quantified && s.nations) {
      let market = cascade.otherProduction[i]!;
      for (const k of units) market += cascade.production[k]!;
      // Published shares may add up to a little over 100 (rounding): that total is the baseline market.
      let published = info.other;
      for (const k of info.units) published += base.units[k]!.share;
      market = (market * 100) / Math.max(100, published);
      if (market > 1e-9) {
        const byNation = new Map<string, { p: number; edges: Set<string> }>();
        for (const k of units) {
          const p = cascade.production[k]!;
          if (p <= 0) continue;
          const u = state.units[k]!;
          const acc = byNation.get(u.nation) ?? { p: 0, edges: new Set<string>() };
          acc.p += p;
          for (const e of u.edges) acc.edges.add(e);
          byNation.set(u.nation, acc);
        }
        nations = shareSet(s.nations, [...byNation].map(([id, v]) => figure(id, (v.p / market) * 100, [...v.edges])));
        if (s.firms) {
          // The firm set is its own measurement: each firm keeps the surviving fraction of its units; added firms join.
          const survive = new Map<string, { made: number; had: number }>();
          for (const k of units) {
            const u = state.units[k]!;
            if (u.providerKind !== "firm" || u.addedBy) continue;
            const acc = survive.get(u.provider) ?? { made: 0, had: 0 };
            acc.made += cascade.production[k]!;
            acc.had += u.share;
            survive.set(u.provider, acc);
          }
          const rWorld = info.other > 0 ? cascade.otherProduction[i]! / info.other : 1;
          const parts = s.firms.shares.map((f) => {
            const v = survive.get(f.id);
            const fraction = state.removedNodes.has(f.id) ? 0 : v && v.had > 0 ? v.made / v.had : rWorld;
            return { id: f.id, share: f.share * fraction, edges: f.edges };
          });
          for (const k of units) {
            const u = state.units[k]!;
            if (u.addedBy && u.providerKind === "firm" && cascade.production[k]! > 0) parts.push({ id: u.provider, share: cascade.production[k]!, edges: u.edges });
          }
          const firmMarket = parts.reduce((t, p) => t + p.share, 0) + Math.max(0, 100 - s.firms.covered) * rWorld;
          if (firmMarket > 1e-9) firms = shareSet(s.firms, parts.map((p) => figure(p.id, (p.share / firmMarket) * 100, p.edges)));
        }
      }
    }
    const label = (id: string) => base.label(id);
    const partial = { firms, nations, knownFirms: [...knownFirms].sort(), knownNations: [...knownNations].sort() };
    const reasons = chokepointReasons(partial, label);
    return {
      ...s,
      ...partial,
      hhiFirm: firms ? firms.hhi : null,
      hhiNation: nations ? nations.hhi : null,
      topFirm: firms?.shares[0] ?? null,
      topNation: nations?.shares[0] ?? null,
      chokepoint: reasons.length > 0,
      chokepointReasons: reasons,
    };
  });
  const context = buildLensContext(base.index, base.lens, inputs);
  const orchestration = new Map(base.nations.map((n) => [n, nationSummary(context, n).orchestration] as const));
  return { inputs, context, orchestration };
}
