/**
 * View models of the supply pages: plain, serialisable objects with labels resolved, built from
 * the supply metrics. The route files call these and hand the result to components, so pages stay
 * thin and every number they show comes from one place.
 */
import { LAYER_INFO, type Layer } from "../model/vocabulary";
import { describeSet, formatFraction, formatIndex, possessive } from "./format";
import { nationProfile } from "./nations";
import { explainDependency } from "./paths";
import {
  BASKET_RULE,
  CHOKEPOINT_RULE,
  DIVERSIFICATION_RULE,
  DOWNSTREAM_RULE,
  EXPOSURE_RULE,
  FOREIGN_DEPENDENCE_RULE,
  HHI_RULE,
  LENS_INFO,
  LEVERAGE_RULE,
  NATIONAL_FIGURE_RULE,
  NATION_SET_RULE,
  ORCHESTRATION_FORMULA,
  ORCHESTRATION_RATIONALE,
  SHARE_SET_RULE,
} from "./rules";
import type { ProgrammeView } from "./programmes";
import type { SupplyMetrics } from "./supply";
import type { SupplyIndex } from "./supply-index";
import type { DependencyPath, Lens } from "./types";

export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  year: number;
  url?: string;
}

export interface Labelled {
  id: string;
  label: string;
}

export interface HeadlineFigure {
  id: "foreign-dependence" | "leverage" | "diversification" | "orchestration";
  label: string;
  value: number | null;
  display: string;
  /** One line saying what the number means for this nation. */
  explanation: string;
  /** The rule, for a tooltip. */
  rule: string;
  estimates: string[];
  note?: string;
  sources: string[];
}

export interface PathStepView {
  kind: "provides" | "requires" | "makes";
  from: Labelled;
  to: Labelled;
  share: number | null;
  estimates: string[];
  sources: string[];
}

export interface PathView {
  score: number;
  complete: boolean;
  steps: PathStepView[];
}

export interface QuadrantPoint {
  nation: string;
  label: string;
  /** Foreign dependence, 0–1. */
  x: number;
  /** Leverage, 0–1. */
  y: number;
  orchestration: number | null;
  /** Inputs of the basket where it has a share. */
  participates: number;
}

export interface NationScorecardView {
  nation: string;
  label: string;
  region?: string;
  lens: Lens;
  lensLabel: string;
  lensDescription: string;
  basketSize: number;
  headline: HeadlineFigure[];
  layers: {
    layer: Layer;
    label: string;
    inputs: Labelled[];
    domestic: number;
    suppliers: { nation: string; label: string; share: number }[];
    unattributed: number;
  }[];
  exposures: {
    nation: string;
    label: string;
    share: number;
    inputs: { id: string; label: string; share: number }[];
    sources: string[];
    paths: PathView[];
  }[];
  leverage: {
    input: string;
    label: string;
    share: number;
    basis: string;
    downstream: Labelled[];
    estimates: string[];
    sources: string[];
  }[];
  inputs: {
    input: string;
    label: string;
    layer: Layer;
    domestic: number;
    topForeign?: { nation: string; label: string; share: number };
    unattributed: number;
    basis: string;
    estimates: string[];
    fallback: boolean;
    /** How the set was built (fallbacks, unknown site splits). */
    notes: string[];
    /** "national": the nation's own market figure; "world": the world share, standing in where none exists. */
    figure: "national" | "world";
    /** What the figure measures, in words ("where the USA's own researchers trained", "world share"). */
    figureLabel: string;
  }[];
  /** The inputs read from a national figure (the rest use world shares). */
  nationalFigures: Labelled[];
  quadrant: QuadrantPoint[];
  /** The nation's sovereign AI programmes (its own, then its blocs'), shown beside what the Atlas measures. */
  programmes: ProgrammeView[];
  sources: SourceRef[];
  rules: { title: string; text: string }[];
}

function labeller(index: SupplyIndex) {
  return (id: string): string => (index.graph.hasNode(id) ? index.graph.getNodeAttribute(id, "label") : id);
}

function sourceRefs(index: SupplyIndex, ids: Iterable<string>): SourceRef[] {
  const out: SourceRef[] = [];
  for (const id of new Set(ids)) {
    const s = index.sourceById.get(id);
    out.push(s ? { id, publisher: s.publisher, title: s.title, year: s.year, url: s.url } : { id, publisher: id, title: id, year: 0 });
  }
  return out.sort((a, b) => a.publisher.localeCompare(b.publisher) || b.year - a.year || a.title.localeCompare(b.title));
}

function pathView(index: SupplyIndex, p: DependencyPath): PathView {
  const label = labeller(index);
  return {
    score: p.score,
    complete: p.complete,
    steps: p.steps.map((s) => ({
      kind: s.kind,
      from: { id: s.from, label: label(s.from) },
      to: { id: s.to, label: label(s.to) },
      share: s.share,
      estimates: s.estimates,
      sources: s.sources,
    })),
  };
}

export const quadrantPoints = (metrics: SupplyMetrics, lens: Lens): QuadrantPoint[] =>
  metrics.lenses[lens].nations.map((n) => ({
    nation: n.nation,
    label: n.label,
    x: n.foreignDependence,
    y: n.leverage,
    orchestration: n.orchestration,
    participates: n.participates,
  }));

/** Everything the nation scorecard shows, for one nation and lens. Throws for an unknown nation. */
export function nationScorecardView(
  metrics: SupplyMetrics,
  nation: string,
  lens: Lens,
  options: { exposures?: number; paths?: number; programmes?: ProgrammeView[] } = {},
): NationScorecardView {
  const { index } = metrics;
  const ctx = metrics.lenses[lens].context;
  const p = nationProfile(ctx, nation);
  const label = labeller(index);
  const node = index.graph.getNodeAttributes(nation);
  const short = LENS_INFO[lens].short;
  const topExposure = p.exposures[0];
  const topLever = p.leverageItems[0];

  const headline: HeadlineFigure[] = [
    {
      id: "foreign-dependence",
      label: "Foreign dependence",
      value: p.foreignDependence.value,
      display: formatFraction(p.foreignDependence.value),
      explanation: `On average ${formatFraction(p.foreignDependence.value)} of each measured input comes from abroad or is unattributed (${formatFraction(p.unattributed.value)} unattributed); ${formatFraction(p.domestic.value)} is domestic.`,
      rule: FOREIGN_DEPENDENCE_RULE,
      estimates: p.foreignDependence.estimates,
      note: p.foreignDependence.note,
      sources: p.foreignDependence.sources,
    },
    {
      id: "leverage",
      label: "Leverage",
      value: p.leverage.value,
      display: (p.leverage.value ?? 0).toFixed(3),
      explanation: topLever
        ? `Holds ≥ 25% of ${p.leverageItems.length} measured input${p.leverageItems.length === 1 ? "" : "s"}, led by ${label(topLever.input)} (${formatFraction(topLever.share / 100)}, ${topLever.downstream.length} inputs downstream).`
        : "Holds 25% or more of no measured input.",
      rule: LEVERAGE_RULE,
      estimates: p.leverage.estimates,
      sources: p.leverage.sources,
    },
    {
      id: "diversification",
      label: "Diversification",
      value: p.diversification.value,
      display: p.diversification.value === null ? "—" : p.diversification.value.toFixed(3),
      explanation:
        p.diversification.value === null
          ? "No named foreign supplier in the basket."
          : `Its named foreign suppliers per input are ${p.diversification.value >= 0.5 ? "spread out" : p.diversification.value >= 0.3 ? "moderately concentrated" : "concentrated"}${topExposure ? `; the largest exposure is to ${label(topExposure.nation)} (${formatFraction(topExposure.share)})` : ""}.`,
      rule: DIVERSIFICATION_RULE,
      estimates: p.diversification.estimates,
      note: p.diversification.note,
      sources: p.diversification.sources,
    },
    {
      id: "orchestration",
      label: "Orchestration index",
      value: p.orchestration.value,
      display: formatIndex(p.orchestration.value),
      explanation: `${ORCHESTRATION_FORMULA.replace("Orchestration = ", "")}: control (leverage) combined with diversified dependence, 0–100.`,
      rule: `${ORCHESTRATION_FORMULA}. ${ORCHESTRATION_RATIONALE}`,
      estimates: p.orchestration.estimates,
      note: p.orchestration.note,
      sources: p.orchestration.sources,
    },
  ];

  const exposureCount = options.exposures ?? 8;
  const pathCount = options.paths ?? 3;
  const exposures = p.exposures.slice(0, exposureCount).map((e, i) => ({
    nation: e.nation,
    label: label(e.nation),
    share: e.share,
    inputs: e.inputs.slice(0, 4).map((x) => ({ id: x.input, label: label(x.input), share: x.share })),
    sources: e.sources,
    // Explained paths for the main exposures only (each is a BFS per input the supplier provides).
    paths: i < 5 ? explainDependency(ctx, nation, e.nation, { maxPaths: pathCount }).map((x) => pathView(index, x)) : [],
  }));

  return {
    nation,
    label: p.label,
    region: node.kind === "nation" ? node.region : undefined,
    lens,
    lensLabel: LENS_INFO[lens].label,
    lensDescription: LENS_INFO[lens].description,
    basketSize: p.basket.length,
    headline,
    layers: p.layers.map((l) => ({
      layer: l.layer,
      label: LAYER_INFO[l.layer].label,
      inputs: l.inputs.map((id) => ({ id, label: label(id) })),
      domestic: l.domestic,
      suppliers: l.suppliers.map((s) => ({ nation: s.nation, label: label(s.nation), share: s.share })),
      unattributed: l.unattributed,
    })),
    exposures,
    leverage: p.leverageItems.map((l) => {
      const set = ctx.inputById.get(l.input)!.nations!;
      return {
        input: l.input,
        label: label(l.input),
        share: l.share,
        basis: describeSet(set, lens),
        downstream: l.downstream.map((id) => ({ id, label: label(id) })),
        estimates: l.estimates,
        sources: l.sources,
      };
    }),
    inputs: p.inputs.map((i) => {
      const top = i.suppliers[0];
      return {
        input: i.input,
        label: label(i.input),
        layer: i.layer,
        domestic: i.domestic,
        topForeign: top ? { nation: top.nation, label: label(top.nation), share: top.share } : undefined,
        unattributed: i.unattributed,
        basis: describeSet(i.set, lens),
        estimates: i.set.estimates,
        fallback: !!i.set.fallback || (i.figure === "world" && (ctx.inputById.get(i.input)?.nations?.fallbackShare ?? 0) > 0),
        notes: i.figure === "world" ? (ctx.inputById.get(i.input)?.nations?.notes ?? []) : [],
        figure: i.figure,
        figureLabel: figureLabel(i.figure, i.layer, p.label),
      };
    }),
    nationalFigures: p.inputs.filter((i) => i.figure === "national").map((i) => ({ id: i.input, label: label(i.input) })),
    quadrant: quadrantPoints(metrics, lens),
    programmes: options.programmes ?? [],
    sources: sourceRefs(index, p.sources),
    rules: [
      { title: `Lens: ${LENS_INFO[lens].label} (${short})`, text: LENS_INFO[lens].description },
      { title: "The inputs a nation needs", text: BASKET_RULE },
      { title: "Foreign dependence", text: FOREIGN_DEPENDENCE_RULE },
      { title: "Exposure", text: EXPOSURE_RULE },
      { title: "Leverage", text: LEVERAGE_RULE },
      { title: "Diversification", text: DIVERSIFICATION_RULE },
      { title: ORCHESTRATION_FORMULA, text: ORCHESTRATION_RATIONALE },
      { title: "Share sets", text: SHARE_SET_RULE },
      { title: "Nation shares", text: NATION_SET_RULE },
      { title: "National figures", text: NATIONAL_FIGURE_RULE },
    ],
  };
}

/** The words for which share set a nation's figure reads. */
export function figureLabel(figure: "national" | "world", layer: Layer, nation: string): string {
  if (figure === "world") return "world share (no national figure)";
  return layer === "talent" ? `national figure: where ${possessive(nation)} own researchers trained` : `national figure: ${possessive(nation)} own market`;
}

export interface ChokepointRow {
  input: string;
  label: string;
  layer: Layer;
  layerLabel: string;
  /** Position of the layer in the chain, for sorting. */
  layerOrder: number;
  hhiNation: number | null;
  hhiFirm: number | null;
  topNation: { id: string; label: string; share: number } | null;
  topFirm: { id: string; label: string; share: number } | null;
  chokepoint: boolean;
  reasons: string[];
  nations: { id: string; label: string; share: number; fallback: boolean }[];
  firms: { id: string; label: string; share: number }[];
  nationOther: number | null;
  firmOther: number | null;
  /** Providers known without a share in the chosen sets. */
  unquantified: Labelled[];
  nationBasis: string | null;
  firmBasis: string | null;
  notes: string[];
  estimates: string[];
  downstream: Labelled[];
  sources: string[];
  /** Rank by concentration (1 = most concentrated). */
  rank: number;
}

export interface ChokepointsView {
  lens: Lens;
  lensLabel: string;
  lensDescription: string;
  rows: ChokepointRow[];
  sources: SourceRef[];
  rules: { title: string; text: string }[];
}

/** Every input ranked by concentration under a lens, with providers and what depends on it. */
export function chokepointsView(metrics: SupplyMetrics, lens: Lens): ChokepointsView {
  const { index } = metrics;
  const label = labeller(index);
  const layerOrder = Object.keys(LAYER_INFO);
  const rows: ChokepointRow[] = metrics.lenses[lens].ranked.map((s, i) => ({
    input: s.input,
    label: s.label,
    layer: s.layer,
    layerLabel: LAYER_INFO[s.layer].label,
    layerOrder: layerOrder.indexOf(s.layer),
    hhiNation: s.hhiNation,
    hhiFirm: s.hhiFirm,
    topNation: s.topNation ? { id: s.topNation.id, label: label(s.topNation.id), share: s.topNation.share } : null,
    topFirm: s.topFirm ? { id: s.topFirm.id, label: label(s.topFirm.id), share: s.topFirm.share } : null,
    chokepoint: s.chokepoint,
    reasons: s.chokepointReasons.map((r) => r.text),
    nations: (s.nations?.shares ?? []).map((f) => ({ id: f.id, label: label(f.id), share: f.share, fallback: f.fallbackShare > 0 })),
    firms: (s.firms?.shares ?? []).map((f) => ({ id: f.id, label: label(f.id), share: f.share })),
    nationOther: s.nations ? s.nations.other : null,
    firmOther: s.firms ? s.firms.other : null,
    unquantified: [...new Set(s.unquantified.map((u) => u.id))].map((id) => ({ id, label: label(id) })),
    nationBasis: s.nations ? describeSet(s.nations, lens) : null,
    firmBasis: s.firms ? describeSet(s.firms) : null,
    notes: s.nations?.notes ?? [],
    estimates: [...new Set([...(s.nations?.estimates ?? []), ...(s.firms?.estimates ?? [])])],
    downstream: s.downstream.map((id) => ({ id, label: label(id) })),
    sources: s.sources,
    rank: i + 1,
  }));
  return {
    lens,
    lensLabel: LENS_INFO[lens].label,
    lensDescription: LENS_INFO[lens].description,
    rows,
    sources: sourceRefs(
      index,
      rows.flatMap((r) => r.sources),
    ),
    rules: [
      { title: "Chokepoint", text: CHOKEPOINT_RULE },
      { title: "HHI", text: HHI_RULE },
      { title: "Downstream", text: DOWNSTREAM_RULE },
      { title: `Lens: ${LENS_INFO[lens].label}`, text: LENS_INFO[lens].description },
      { title: "Share sets", text: SHARE_SET_RULE },
      { title: "Nation shares", text: NATION_SET_RULE },
    ],
  };
}
