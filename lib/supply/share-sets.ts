/**
 * Choosing one coherent share set per input, and attributing firm shares to nations by a lens.
 *
 * A share set is a group of rows with the same year, basis, provider kind and (for nations)
 * attribution. Shares of different groups are never added. The remainder of a set (100 − sum) is
 * kept as "other / unattributed" and never rescaled. All functions are pure and run in O(rows).
 */
import { ATTRIBUTIONS, SHARE_BASES, type Attribution, type ShareBasis } from "../model/vocabulary";
import { computeHhi } from "./hhi";
import { siteKey, type ProvidesRef, type SupplyIndex } from "./supply-index";
import type { Lens, ShareFigure, ShareMethod, ShareSet } from "./types";

/** Rounds away float noise (55.800000000000004 → 55.8) without hiding real precision. */
export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export interface ShareGroup {
  year: number;
  basis: ShareBasis;
  attribution?: Attribution;
  rows: (ProvidesRef & { share: number; basis: ShareBasis })[];
  covered: number;
}

const hasShare = (r: ProvidesRef): r is ProvidesRef & { share: number; basis: ShareBasis } =>
  r.share !== undefined && r.basis !== undefined;

/** Group share-bearing rows by year, basis and attribution. */
export function groupShareRows(rows: readonly ProvidesRef[]): ShareGroup[] {
  const groups = new Map<string, ShareGroup>();
  for (const r of rows) {
    if (!hasShare(r)) continue;
    const key = `${r.year}|${r.basis}|${r.attribution ?? ""}`;
    let g = groups.get(key);
    if (!g) {
      g = { year: r.year, basis: r.basis, attribution: r.attribution, rows: [], covered: 0 };
      groups.set(key, g);
    }
    g.rows.push(r);
    g.covered = round6(g.covered + r.share);
  }
  return [...groups.values()];
}

/**
 * The group to use: the latest year; then the one covering more of the market; then the basis
 * listed first in the vocabulary (so the choice never depends on row order).
 */
export function pickShareGroup(groups: readonly ShareGroup[]): ShareGroup | undefined {
  let best: ShareGroup | undefined;
  for (const g of groups) {
    if (
      !best ||
      g.year > best.year ||
      (g.year === best.year && g.covered > best.covered) ||
      (g.year === best.year && g.covered === best.covered && SHARE_BASES.indexOf(g.basis) < SHARE_BASES.indexOf(best.basis))
    )
      best = g;
  }
  return best;
}

interface Acc {
  share: number;
  fallbackShare: number;
  edges: Set<string>;
  sources: Set<string>;
  estimates: Set<string>;
}

function addTo(acc: Map<string, Acc>, id: string, share: number, edges: (string | undefined)[], sources: string[], estimate?: string, fallback = 0) {
  let a = acc.get(id);
  if (!a) {
    a = { share: 0, fallbackShare: 0, edges: new Set(), sources: new Set(), estimates: new Set() };
    acc.set(id, a);
  }
  a.share += share;
  a.fallbackShare += fallback;
  for (const e of edges) if (e) a.edges.add(e);
  for (const s of sources) a.sources.add(s);
  if (estimate) a.estimates.add(estimate);
}

function toSet(
  acc: Map<string, Acc>,
  meta: { kind: "firm" | "nation"; method: ShareMethod; lens?: Lens; year: number; basis: ShareBasis; attribution?: Attribution; fallback?: string; notes?: string[] },
): ShareSet {
  const shares: ShareFigure[] = [...acc]
    .map(([id, a]) => ({
      id,
      share: round6(a.share),
      fallbackShare: round6(a.fallbackShare),
      edges: [...a.edges],
      sources: [...a.sources],
      estimates: [...a.estimates],
    }))
    .sort((x, y) => y.share - x.share || x.id.localeCompare(y.id));
  const covered = round6(shares.reduce((s, f) => s + f.share, 0));
  return {
    kind: meta.kind,
    method: meta.method,
    lens: meta.lens,
    year: meta.year,
    basis: meta.basis,
    attribution: meta.attribution,
    shares,
    covered,
    other: round6(Math.max(0, 100 - covered)),
    hhi: round6(computeHhi(shares.map((s) => s.share))),
    fallbackShare: round6(shares.reduce((s, f) => s + f.fallbackShare, 0)),
    fallback: meta.fallback,
    notes: meta.notes ?? [],
    edges: [...new Set(shares.flatMap((s) => s.edges))],
    sources: [...new Set(shares.flatMap((s) => s.sources))],
    estimates: [...new Set(shares.flatMap((s) => s.estimates))],
  };
}

/** The firm share set of an input: firm rows of the chosen group, each firm's own figure. */
export function firmShareSet(rows: readonly ProvidesRef[]): ShareSet | null {
  const group = pickShareGroup(groupShareRows(rows.filter((r) => r.fromKind === "firm")));
  if (!group) return null;
  const acc = new Map<string, Acc>();
  for (const r of group.rows) addTo(acc, r.from, r.share, [r.edge], r.sources, r.estimate);
  return toSet(acc, { kind: "firm", method: "firm-rows", year: group.year, basis: group.basis });
}

/** Nation rows of one attribution, as a set (the chosen group among them). */
export function nationRowSet(rows: readonly ProvidesRef[], attribution: Attribution, lens: Lens, method: ShareMethod = "nation-rows", fallback?: string): ShareSet | null {
  const group = pickShareGroup(groupShareRows(rows.filter((r) => r.fromKind === "nation" && r.attribution === attribution)));
  if (!group) return null;
  const acc = new Map<string, Acc>();
  for (const r of group.rows) addTo(acc, r.from, r.share, [r.edge], r.sources, r.estimate);
  return toSet(acc, { kind: "nation", method, lens, year: group.year, basis: group.basis, attribution, fallback });
}

/**
 * Attribute a firm share set to nations by a lens.
 * - hq: the firm's headquarters (its headquartered_in edge);
 * - controller: the firm's controlling owner, else its headquarters;
 * - site: the firm's sites for this input, split by their capacity_share; the part without a known
 *   split (all of it when no site has a capacity_share) stays at the headquarters and is flagged
 *   in `fallbackShare` and `notes`.
 */
export function attributeFirmSet(index: SupplyIndex, input: string, firmSet: ShareSet, lens: Lens): ShareSet {
  const acc = new Map<string, Acc>();
  const notes: string[] = [];
  const label = (f: string) => index.firms.get(f)?.label ?? f;
  for (const fig of firmSet.shares) {
    const firm = index.firms.get(fig.id);
    if (!firm) continue;
    const estimate = fig.estimates[0];
    if (lens === "hq") {
      addTo(acc, firm.hq, fig.share, [...fig.edges, firm.hqEdge], [...fig.sources, ...firm.hqSources], estimate);
    } else if (lens === "controller") {
      if (firm.controller && firm.controller !== firm.hq) {
        addTo(acc, firm.controller, fig.share, fig.edges, [...fig.sources, ...firm.sources], estimate);
        notes.push(`${label(fig.id)}: counted for ${firm.controller}, its controlling owner's nation (HQ ${firm.hq}).`);
      } else addTo(acc, firm.hq, fig.share, [...fig.edges, firm.hqEdge], [...fig.sources, ...firm.hqSources], estimate);
    } else {
      const sites = index.sites.get(siteKey(fig.id, input)) ?? [];
      const split = sites.filter((s) => s.capacityShare !== undefined && s.capacityShare > 0);
      let splitTotal = 0;
      for (const s of split) {
        const part = (fig.share * s.capacityShare!) / 100;
        splitTotal += s.capacityShare!;
        addTo(acc, s.nation, part, [...fig.edges, s.edge], [...fig.sources, ...s.sources], estimate);
      }
      const rest = Math.max(0, 100 - splitTotal);
      if (rest > 1e-9) {
        const part = (fig.share * rest) / 100;
        addTo(acc, firm.hq, part, [...fig.edges, firm.hqEdge], [...fig.sources, ...firm.hqSources], estimate, part);
        const known = [...new Set(sites.map((s) => s.nation))];
        notes.push(
          split.length > 0
            ? `${label(fig.id)}: ${round6(rest)}% of its output has no known site; counted at its HQ (${firm.hq}).`
            : known.length > 0
              ? `${label(fig.id)}: sites in ${known.join(", ")} but no capacity split; counted at its HQ (${firm.hq}).`
              : `${label(fig.id)}: no site known for this input; counted at its HQ (${firm.hq}).`,
        );
      }
    }
  }
  return toSet(acc, { kind: "nation", method: "firms-by-lens", lens, year: firmSet.year, basis: firmSet.basis, notes });
}

/** The share the lens really attributes: for the site lens, without the headquarters fallback. */
export const attributedCoverage = (set: ShareSet) => round6(set.covered - set.fallbackShare);

/** Attributions tried, in order, when the lens has no figure of its own. */
const FALLBACK_ORDER: readonly Attribution[] = ["hq", "site", "controller"];

/**
 * The nation share set of an input under a lens (the rule in rules.ts NATION_SET_RULE):
 * 1. firm shares attributed by the lens (A) and nation rows with the lens's attribution (B);
 * 2. B when A is missing or covers less of the market (site lens: less with a known split);
 * 3. otherwise A; 4. with neither, nation rows of another attribution (hq, site, controller), flagged.
 */
export function nationShareSet(
  index: SupplyIndex,
  input: string,
  lens: Lens,
  firmSet: ShareSet | null,
  rows: readonly ProvidesRef[] = index.providesByInput.get(input) ?? [],
): ShareSet | null {
  const a = firmSet ? attributeFirmSet(index, input, firmSet, lens) : null;
  const b = nationRowSet(rows, lens, lens);
  if (b && (!a || b.covered > attributedCoverage(a) + 1e-9)) {
    if (a) b.notes.push(`Nation rows by ${lens === "hq" ? "headquarters" : lens} cover ${b.covered}% of the market; the firm shares attributed by this lens cover ${attributedCoverage(a)}%.`);
    return b;
  }
  if (a) return a;
  for (const attribution of FALLBACK_ORDER) {
    if (attribution === lens || !ATTRIBUTIONS.includes(attribution)) continue;
    const c = nationRowSet(rows, attribution, lens, "other-attribution-rows", attribution);
    if (c) {
      c.notes.push(`No figure by ${lens === "hq" ? "headquarters" : lens} exists for this input; nation rows by ${attribution === "hq" ? "headquarters" : attribution} stand in.`);
      return c;
    }
  }
  return null;
}
