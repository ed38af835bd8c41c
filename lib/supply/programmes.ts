/**
 * Sovereign AI programmes beside what the Atlas measures: view models of the programmes panel of a
 * nation scorecard and of /programmes (every nation's commitments against its orchestration index).
 * Amounts stay in their own currency; a US-dollar figure appears only where the source states one,
 * and only those nations whose every commitment has one are placed on the money axis (the others
 * are listed beside the chart, never converted at a guessed rate). Pure: no React, no I/O.
 */
import type { Dataset } from "../model/dataset";
import type { ProgrammeRow } from "../model/schema";
import { PROGRAMME_FUNDING_LABELS, type ProgrammeFunding } from "../model/vocabulary";
import { formatFraction, formatIndex } from "./format";
import { LENS_INFO, ORCHESTRATION_FORMULA } from "./rules";
import type { SupplyMetrics } from "./supply";
import type { Lens } from "./types";
import type { SourceRef } from "./views";

export interface ProgrammeView {
  id: string;
  owner: string;
  ownerLabel: string;
  /** Set when the programme is a bloc's (e.g. the EU) and is shown for a member nation. */
  via?: string;
  name: string;
  amount: number;
  scale: ProgrammeRow["scale"];
  currency: string;
  /** "INR 10,371.92 crore". */
  amountDisplay: string;
  usdB?: number;
  /** "USD 65 bn (as stated by the source)". */
  usdDisplay?: string;
  start: number;
  end?: number;
  period: string;
  funds: string;
  funding: ProgrammeFunding;
  fundingLabel: string;
  note?: string;
  estimate?: string;
  locator: string;
  sources: SourceRef[];
}

export const PROGRAMMES_RULE =
  "Programmes are public commitments (the “inputs” the sovereignty debate warns against counting alone): amounts are shown in the currency their source states, with a US-dollar figure only where the source gives one. The chart places a nation on the money axis only when every one of its commitments has a stated dollar figure; the others are listed beside it rather than converted at a rate the Atlas would have to choose.";

const fmtNumber = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 3 });
export const formatAmount = (p: Pick<ProgrammeRow, "amount" | "scale" | "currency">) => `${p.currency} ${fmtNumber(p.amount)} ${p.scale}`;
export const formatUsdB = (usdB: number) => (usdB >= 1 ? `USD ${fmtNumber(usdB)} bn` : `USD ${fmtNumber(Math.round(usdB * 1000))} m`);

function sourceRefs(dataset: Pick<Dataset, "sources">, ids: string[]): SourceRef[] {
  return ids.map((id) => {
    const s = dataset.sources.find((x) => x.id === id);
    return s ? { id, publisher: s.publisher, title: s.title, year: s.year, url: s.url } : { id, publisher: id, title: id, year: 0 };
  });
}

function labelOf(dataset: Pick<Dataset, "nodes">, id: string): string {
  return dataset.nodes.find((n) => n.id === id)?.label ?? id;
}

export function programmeView(dataset: Pick<Dataset, "nodes" | "sources">, p: ProgrammeRow, via?: string): ProgrammeView {
  return {
    id: p.id,
    owner: p.owner,
    ownerLabel: labelOf(dataset, p.owner),
    via,
    name: p.name,
    amount: p.amount,
    scale: p.scale,
    currency: p.currency,
    amountDisplay: formatAmount(p),
    usdB: p.usd_b,
    usdDisplay: p.usd_b === undefined ? undefined : `${formatUsdB(p.usd_b)} (as stated by the source)`,
    start: p.start,
    end: p.end,
    period: p.period,
    funds: p.funds,
    funding: p.funding,
    fundingLabel: PROGRAMME_FUNDING_LABELS[p.funding],
    note: p.note,
    estimate: p.estimate,
    locator: p.locator,
    sources: sourceRefs(dataset, p.sources),
  };
}

/** A nation's own programmes first, then those of the blocs it belongs to (marked `via`). */
export function nationProgrammes(dataset: Pick<Dataset, "nodes" | "sources" | "programmes">, nation: string): ProgrammeView[] {
  const blocs = dataset.nodes.filter((n) => n.kind === "bloc" && n.members.includes(nation));
  const own = dataset.programmes.filter((p) => p.owner === nation).map((p) => programmeView(dataset, p));
  const shared = blocs.flatMap((b) => dataset.programmes.filter((p) => p.owner === b.id).map((p) => programmeView(dataset, p, b.label)));
  return [...own, ...shared];
}

export interface ProgrammeNationRow {
  nation: string;
  label: string;
  programmes: ProgrammeView[];
  /** Sum of the stated US-dollar figures, when every programme states one; else null. */
  usdB: number | null;
  foreignDependence: number;
  leverage: number;
  orchestration: number | null;
  orchestrationDisplay: string;
  foreignDependenceDisplay: string;
}

export interface ProgrammesComparisonView {
  lens: Lens;
  lensLabel: string;
  nations: ProgrammeNationRow[];
  /** Programmes of blocs (no orchestration index of their own). */
  blocs: ProgrammeView[];
  /** Nations on the chart: a stated dollar total and an orchestration index. */
  charted: { nation: string; label: string; usdB: number; orchestration: number }[];
  /** Nations with commitments but no stated dollar figure (or no index), listed beside the chart. */
  uncharted: { nation: string; label: string; amounts: string[]; reason: string }[];
  sources: SourceRef[];
  rules: { title: string; text: string }[];
}

/** Every programme of the dataset, by nation, with the nation's headline figures under the lens. */
export function programmesComparisonView(metrics: SupplyMetrics, dataset: Pick<Dataset, "nodes" | "sources" | "programmes">, lens: Lens): ProgrammesComparisonView {
  const summaries = new Map(metrics.lenses[lens].nations.map((n) => [n.nation, n]));
  const owners = [...new Set(dataset.programmes.map((p) => p.owner))];
  const nations: ProgrammeNationRow[] = [];
  const blocs: ProgrammeView[] = [];
  for (const owner of owners) {
    const rows = dataset.programmes.filter((p) => p.owner === owner);
    const s = summaries.get(owner);
    if (!s) {
      blocs.push(...rows.map((p) => programmeView(dataset, p)));
      continue;
    }
    const usdB = rows.every((p) => p.usd_b !== undefined) ? rows.reduce((t, p) => t + p.usd_b!, 0) : null;
    nations.push({
      nation: owner,
      label: s.label,
      programmes: rows.map((p) => programmeView(dataset, p)),
      usdB,
      foreignDependence: s.foreignDependence,
      leverage: s.leverage,
      orchestration: s.orchestration,
      orchestrationDisplay: formatIndex(s.orchestration),
      foreignDependenceDisplay: formatFraction(s.foreignDependence),
    });
  }
  nations.sort((a, b) => (b.orchestration ?? -1) - (a.orchestration ?? -1) || a.label.localeCompare(b.label));
  const charted = nations
    .filter((n) => n.usdB !== null && n.usdB > 0 && n.orchestration !== null)
    .map((n) => ({ nation: n.nation, label: n.label, usdB: n.usdB!, orchestration: n.orchestration! }));
  const uncharted = nations
    .filter((n) => !charted.some((c) => c.nation === n.nation))
    .map((n) => ({
      nation: n.nation,
      label: n.label,
      amounts: n.programmes.map((p) => p.amountDisplay),
      reason: n.orchestration === null ? "no orchestration index" : "no US-dollar figure stated by its source",
    }));
  const ids = [...new Set(dataset.programmes.flatMap((p) => p.sources))];
  return {
    lens,
    lensLabel: LENS_INFO[lens].label,
    nations,
    blocs,
    charted,
    uncharted,
    sources: sourceRefs(dataset, ids).sort((a, b) => a.publisher.localeCompare(b.publisher)),
    rules: [
      { title: "Programmes", text: PROGRAMMES_RULE },
      { title: ORCHESTRATION_FORMULA, text: "Control gained: the Atlas's orchestration index of each nation under the lens in force (see a nation's scorecard for how it is computed)." },
    ],
  };
}
