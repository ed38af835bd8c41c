/**
 * Per-input supply metrics under a lens: provider shares by firm and by nation, HHI, top provider,
 * the chokepoint flag and what depends on the input downstream. O(rows of the input) each.
 */
import { formatPercent } from "./format";
import { HHI_HIGH, MAJORITY_SHARE } from "./rules";
import { firmShareSet, nationShareSet } from "./share-sets";
import { siteKey, type SupplyIndex } from "./supply-index";
import type { ChokepointReason, InputSupply, KnownProvider, Lens, ShareFigure, ShareSet } from "./types";

const firmSetCache = new WeakMap<SupplyIndex, Map<string, ShareSet | null>>();

/** The firm share set of an input (lens-independent, cached per index). */
export function firmSetOf(index: SupplyIndex, input: string): ShareSet | null {
  let cache = firmSetCache.get(index);
  if (!cache) {
    cache = new Map();
    firmSetCache.set(index, cache);
  }
  if (!cache.has(input)) cache.set(input, firmShareSet(index.providesByInput.get(input) ?? []));
  return cache.get(input) ?? null;
}

const pct = (x: number) => formatPercent(x, { compact: true });

/**
 * The chokepoint rule (rules.ts CHOKEPOINT_RULE). Returns every reason that holds; the input is a
 * chokepoint when there is at least one.
 */
export function chokepointReasons(
  s: Pick<InputSupply, "firms" | "nations" | "knownFirms" | "knownNations">,
  label: (id: string) => string = (id) => id,
): ChokepointReason[] {
  const reasons: ChokepointReason[] = [];
  const topNation = s.nations?.shares[0];
  const topFirm = s.firms?.shares[0];
  if (topNation && topNation.share >= MAJORITY_SHARE)
    reasons.push({ id: "nation-majority", text: `${label(topNation.id)} holds ${pct(topNation.share)} (≥ ${MAJORITY_SHARE}%)` });
  if (s.nations && s.nations.hhi >= HHI_HIGH)
    reasons.push({ id: "nation-hhi", text: `HHI by nation ${Math.round(s.nations.hhi).toLocaleString("en-US")} (≥ ${HHI_HIGH.toLocaleString("en-US")})` });
  if (topFirm && topFirm.share >= MAJORITY_SHARE)
    reasons.push({ id: "firm-majority", text: `${label(topFirm.id)} holds ${pct(topFirm.share)} (≥ ${MAJORITY_SHARE}%)` });
  if (!s.firms && !s.nations) {
    if (s.knownFirms.length === 1) reasons.push({ id: "sole-provider", text: `${label(s.knownFirms[0]!)} is the only known provider (no shares published)` });
    else if (s.knownNations.length === 1)
      reasons.push({ id: "sole-provider", text: `${label(s.knownNations[0]!)} is the only known provider nation (no shares published)` });
  }
  return reasons;
}

export function computeInputSupply(index: SupplyIndex, input: string, lens: Lens): InputSupply {
  const info = index.inputById.get(input);
  if (!info) throw new Error(`supply/computeInputSupply: "${input}" is not an input of the graph.`);
  const rows = index.providesByInput.get(input) ?? [];
  const firms = firmSetOf(index, input);
  const nations = nationShareSet(index, input, lens, firms);

  // Providers known without a share in the chosen sets: rows outside the sets whose provider the
  // sets do not already name (the Netherlands' own EUV row is not news when ASML's share counts for it).
  const inSets = new Set([...(firms?.edges ?? []), ...(nations?.edges ?? [])]);
  const named = new Set([...(firms?.shares ?? []), ...(nations?.shares ?? [])].map((f) => f.id));
  const outside = rows.filter((r) => !inSets.has(r.edge) && !named.has(r.from));
  const unquantified: KnownProvider[] = outside.map((r) => ({ id: r.from, kind: r.fromKind, edge: r.edge }));
  const knownFirms = [...new Set(rows.filter((r) => r.fromKind === "firm").map((r) => r.from))].sort();

  // Nations the input is attributed to under the lens, with or without a share.
  const knownNations = new Set<string>(nations?.shares.map((s) => s.id) ?? []);
  for (const r of rows) if (r.fromKind === "nation") knownNations.add(r.from);
  for (const f of knownFirms) {
    const firm = index.firms.get(f);
    if (!firm) continue;
    if (lens === "hq") knownNations.add(firm.hq);
    else if (lens === "controller") knownNations.add(firm.controller ?? firm.hq);
    else {
      const sites = index.sites.get(siteKey(f, input)) ?? [];
      if (sites.length > 0) for (const s of sites) knownNations.add(s.nation);
      else knownNations.add(firm.hq);
    }
  }

  const top = (set: ShareSet | null): ShareFigure | null => set?.shares[0] ?? null;
  const partial = { firms, nations, knownFirms, knownNations: [...knownNations].sort() };
  const reasons = chokepointReasons(partial, (id) => index.nationLabel.get(id) ?? index.firms.get(id)?.label ?? id);
  const requiredBy = [...new Set((index.requiredBy.get(input) ?? []).map((r) => r.dependent))].sort();
  return {
    input,
    label: info.label,
    layer: info.layer,
    lens,
    ...partial,
    unquantified,
    hhiFirm: firms ? firms.hhi : null,
    hhiNation: nations ? nations.hhi : null,
    topFirm: top(firms),
    topNation: top(nations),
    chokepoint: reasons.length > 0,
    chokepointReasons: reasons,
    downstream: index.downstream.get(input) ?? [],
    requiredBy,
    edges: [...new Set([...(firms?.edges ?? []), ...(nations?.edges ?? []), ...unquantified.map((u) => u.edge)])],
    sources: [...new Set([...(firms?.sources ?? []), ...(nations?.sources ?? []), ...outside.flatMap((r) => r.sources)])],
  };
}

/** Every input's supply metrics under a lens, in layer order. */
export function computeInputs(index: SupplyIndex, lens: Lens): InputSupply[] {
  return index.inputs.map((i) => computeInputSupply(index, i.id, lens));
}

/**
 * Inputs ranked by concentration: chokepoints first, then HHI by nation, HHI by firm and the top
 * provider's share (missing figures last).
 */
export function rankByConcentration(inputs: readonly InputSupply[]): InputSupply[] {
  const n = (x: number | null | undefined) => (x === null || x === undefined ? -1 : x);
  return [...inputs].sort(
    (a, b) =>
      Number(b.chokepoint) - Number(a.chokepoint) ||
      n(b.hhiNation) - n(a.hhiNation) ||
      n(b.hhiFirm) - n(a.hhiFirm) ||
      n(b.topNation?.share) - n(a.topNation?.share) ||
      a.input.localeCompare(b.input),
  );
}
