/**
 * Nation dependency profiles under a lens: domestic share and foreign dependence, exposure to
 * each other nation, leverage, diversification and the orchestration index. The rules are written
 * out in rules.ts and README.md.
 *
 * The basket (the inputs a nation needs) is the same for every nation: all inputs with a nation
 * share set under the lens, each layer weighing the same. Exposure totals per nation are computed
 * once per lens; a nation's figures then need one pass over the basket, so all nations cost
 * O(N · B) for N nations and B basket inputs (never nations × inputs × edges).
 */
import type { Layer } from "../model/vocabulary";
import { relativeConcentration } from "./hhi";
import { computeInputs } from "./inputs";
import { DOMINANT_SHARE } from "./rules";
import { firmShareSet, nationShareSet } from "./share-sets";
import type { SupplyIndex } from "./supply-index";
import type {
  Exposure,
  Figure,
  InputSupply,
  LeverageItem,
  Lens,
  NationInputDependence,
  NationLayerDependence,
  NationProfile,
  NationSummary,
  ShareFigure,
  ShareSet,
  SupplierShare,
} from "./types";

/** Rounds away float noise of fractions (0.30000000000000004 → 0.3). */
const clean = (x: number) => Math.round(x * 1e12) / 1e12;

interface BasketItem {
  supply: InputSupply;
  /** Basket weight (layers equal, inputs equal within a layer); sums to 1. */
  weight: number;
  /** Leverage weight: 1 + downstream inputs. */
  reach: number;
  /** Named coverage as a fraction, Σ sᵢ. */
  covered: number;
  /** Σ sᵢ² over named nations (fractions). */
  sumSquares: number;
  byNation: Map<string, ShareFigure>;
}

/** The share set one nation's figures read for one basket input: its own market's, or the world's. */
interface MarketView {
  set: ShareSet;
  covered: number;
  sumSquares: number;
  byNation: Map<string, ShareFigure>;
  /** "national": the nation's own market figure (rows with `scope` = the nation); "world": the world share, the fallback. */
  figure: "national" | "world";
}

function marketView(set: ShareSet, figure: MarketView["figure"]): MarketView {
  let sumSquares = 0;
  for (const f of set.shares) sumSquares += (f.share / 100) ** 2;
  return { set, covered: set.covered / 100, sumSquares, byNation: new Map(set.shares.map((f) => [f.id, f])), figure };
}

/** Everything a lens's nation metrics share, computed once. */
export interface LensContext {
  index: SupplyIndex;
  lens: Lens;
  inputs: InputSupply[];
  inputById: Map<string, InputSupply>;
  basket: BasketItem[];
  reachTotal: number;
  /** Every nation's basket-weighted share of the world markets (what each other nation is exposed to). */
  exposureTotals: Map<string, Exposure>;
  /**
   * National figures: nation → basket input → the share set of that nation's own market (provides
   * rows with `scope` = the nation, e.g. where its own researchers trained, or its cloud market).
   * Where a nation has one, its domestic share, foreign suppliers, exposure and diversification use
   * it; otherwise the world share stands in, labelled as such.
   */
  national: Map<string, Map<string, MarketView>>;
}

export function buildLensContext(index: SupplyIndex, lens: Lens, inputs: InputSupply[] = computeInputs(index, lens)): LensContext {
  const measured = inputs.filter((s) => s.nations && s.nations.covered > 0);
  const perLayer = new Map<Layer, number>();
  for (const s of measured) perLayer.set(s.layer, (perLayer.get(s.layer) ?? 0) + 1);
  const layers = perLayer.size;
  const basket: BasketItem[] = measured.map((supply) => {
    const shares = supply.nations!.shares;
    let sumSquares = 0;
    for (const f of shares) sumSquares += (f.share / 100) ** 2;
    return {
      supply,
      weight: 1 / (layers * perLayer.get(supply.layer)!),
      reach: 1 + supply.downstream.length,
      covered: supply.nations!.covered / 100,
      sumSquares,
      byNation: new Map(shares.map((f) => [f.id, f])),
    };
  });
  // Leverage is weighted by reach alone (not by the layer weights): how much depends on an input is
  // the measure of its importance, and each measured market is a lever of its own.
  const reachTotal = basket.reduce((s, b) => s + b.reach, 0);

  const exposureTotals = new Map<string, Exposure>();
  for (const b of basket) {
    for (const f of b.supply.nations!.shares) {
      let e = exposureTotals.get(f.id);
      if (!e) {
        e = { nation: f.id, share: 0, inputs: [], edges: [], sources: [] };
        exposureTotals.set(f.id, e);
      }
      const contribution = (b.weight * f.share) / 100;
      e.share += contribution;
      e.inputs.push({ input: b.supply.input, share: f.share, contribution });
      e.edges.push(...f.edges);
      e.sources.push(...f.sources);
    }
  }
  for (const e of exposureTotals.values()) {
    e.share = clean(e.share);
    e.inputs.sort((x, y) => y.contribution - x.contribution || x.input.localeCompare(y.input));
    e.edges = [...new Set(e.edges)];
    e.sources = [...new Set(e.sources)];
  }
  const national = new Map<string, Map<string, MarketView>>();
  const inBasket = new Set(basket.map((b) => b.supply.input));
  for (const [nation, byInput] of index.nationalProvides) {
    if (!index.nationLabel.has(nation)) continue;
    for (const [input, rows] of byInput) {
      if (!inBasket.has(input)) continue;
      const set = nationShareSet(index, input, lens, firmShareSet(rows), rows);
      if (!set || set.covered <= 0) continue;
      let m = national.get(nation);
      if (!m) national.set(nation, (m = new Map()));
      m.set(input, marketView(set, "national"));
    }
  }
  return { index, lens, inputs, inputById: new Map(inputs.map((s) => [s.input, s])), basket, reachTotal, exposureTotals, national };
}

/** The share set a nation's figures read for a basket input: its national figure where one exists, else the world share. */
function viewFor(ctx: LensContext, nation: string, b: BasketItem): MarketView {
  return ctx.national.get(nation)?.get(b.supply.input) ?? { set: b.supply.nations!, covered: b.covered, sumSquares: b.sumSquares, byNation: b.byNation, figure: "world" };
}

/** A nation's exposures: the world totals without itself, or (with national figures) one pass over its basket. */
function exposuresOf(ctx: LensContext, nation: string): Exposure[] {
  let list: Exposure[];
  if (!ctx.national.has(nation)) list = [...ctx.exposureTotals.values()];
  else {
    const by = new Map<string, Exposure>();
    for (const b of ctx.basket) {
      for (const f of viewFor(ctx, nation, b).set.shares) {
        if (f.id === nation) continue;
        let e = by.get(f.id);
        if (!e) by.set(f.id, (e = { nation: f.id, share: 0, inputs: [], edges: [], sources: [] }));
        const contribution = (b.weight * f.share) / 100;
        e.share += contribution;
        e.inputs.push({ input: b.supply.input, share: f.share, contribution });
        e.edges.push(...f.edges);
        e.sources.push(...f.sources);
      }
    }
    list = [...by.values()].map((e) => ({
      ...e,
      share: clean(e.share),
      inputs: e.inputs.sort((x, y) => y.contribution - x.contribution || x.input.localeCompare(y.input)),
      edges: [...new Set(e.edges)],
      sources: [...new Set(e.sources)],
    }));
  }
  return list.filter((e) => e.nation !== nation && e.share > 0).sort((x, y) => y.share - x.share || x.nation.localeCompare(y.nation));
}

interface Core {
  domestic: number;
  unattributed: number;
  leverage: number;
  diversification: number | null;
  participates: number;
}

/** The headline numbers of a nation: one pass over the basket. */
function core(ctx: LensContext, nation: string): Core {
  let domestic = 0;
  let unattributed = 0;
  let lev = 0;
  let divWeighted = 0;
  let divWeight = 0;
  let participates = 0;
  for (const b of ctx.basket) {
    // Leverage is control over the world market; dependence reads the nation's own market where measured.
    const world = b.byNation.get(nation);
    if (world && world.share >= DOMINANT_SHARE) lev += (world.share / 100) * b.reach;
    const v = viewFor(ctx, nation, b);
    const own = v.byNation.get(nation);
    const d = own ? own.share / 100 : 0;
    if ((world && world.share > 0) || d > 0) participates++;
    domestic += b.weight * d;
    unattributed += b.weight * (1 - v.covered);
    const foreignNamed = v.covered - d;
    if (foreignNamed > 1e-12) {
      const hhiForeign = Math.min(1, Math.max(0, (v.sumSquares - d * d) / (foreignNamed * foreignNamed)));
      divWeighted += b.weight * foreignNamed * (1 - hhiForeign);
      divWeight += b.weight * foreignNamed;
    }
  }
  return {
    domestic,
    unattributed,
    leverage: ctx.reachTotal > 0 ? lev / ctx.reachTotal : 0,
    diversification: divWeight > 0 ? divWeighted / divWeight : null,
    participates,
  };
}

/** Orchestration index (rules.ts ORCHESTRATION_FORMULA): 100 × √(leverage × diversification). */
export function orchestrationIndex(leverage: number, diversification: number | null): number | null {
  if (diversification === null) return null;
  return 100 * Math.sqrt(Math.max(0, leverage) * Math.max(0, diversification));
}

export function nationSummary(ctx: LensContext, nation: string): NationSummary {
  const c = core(ctx, nation);
  return {
    nation,
    label: ctx.index.nationLabel.get(nation) ?? nation,
    lens: ctx.lens,
    foreignDependence: clean(1 - c.domestic),
    leverage: clean(c.leverage),
    diversification: c.diversification === null ? null : clean(c.diversification),
    orchestration: orchestrationIndex(c.leverage, c.diversification),
    participates: c.participates,
  };
}

/** Summaries of every nation of the graph under the lens. O(N · B). */
export function nationSummaries(ctx: LensContext): NationSummary[] {
  return ctx.index.nations.map((n) => nationSummary(ctx, n.id));
}

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

/** The full profile of one nation: per input, per layer, exposures, leverage and the figures' traces. */
export function nationProfile(ctx: LensContext, nation: string): NationProfile {
  const { index, lens } = ctx;
  if (!index.nationLabel.has(nation)) throw new Error(`supply/nationProfile: "${nation}" is not a nation of the graph.`);
  const c = core(ctx, nation);

  const views = ctx.basket.map((b) => viewFor(ctx, nation, b));
  const inputs: NationInputDependence[] = ctx.basket.map((b, i) => {
    const v = views[i]!;
    const set = v.set;
    const own = v.byNation.get(nation);
    const d = own ? own.share / 100 : 0;
    const suppliers: SupplierShare[] = set.shares
      .filter((f) => f.id !== nation)
      .map((f) => ({ nation: f.id, share: f.share / 100, edges: f.edges, sources: f.sources }));
    const conc = relativeConcentration(suppliers.map((s) => s.share));
    return {
      input: b.supply.input,
      layer: b.supply.layer,
      weight: b.weight,
      domestic: d,
      foreign: clean(1 - d),
      suppliers,
      unattributed: clean(1 - v.covered),
      diversification: conc === null ? null : clean(1 - conc),
      figure: v.figure,
      set: { year: set.year, basis: set.basis, method: set.method, attribution: set.attribution, fallback: set.fallback, estimates: set.estimates },
      edges: set.edges,
      sources: set.sources,
    };
  });

  const layers: NationLayerDependence[] = [];
  for (const item of inputs) {
    let l = layers.find((x) => x.layer === item.layer);
    if (!l) {
      l = { layer: item.layer, inputs: [], domestic: 0, foreign: 0, unattributed: 0, suppliers: [] };
      layers.push(l);
    }
    l.inputs.push(item.input);
  }
  for (const l of layers) {
    const items = inputs.filter((i) => i.layer === l.layer);
    const n = items.length;
    const by = new Map<string, SupplierShare>();
    for (const i of items) {
      l.domestic += i.domestic / n;
      l.unattributed += i.unattributed / n;
      for (const s of i.suppliers) {
        const acc = by.get(s.nation) ?? { nation: s.nation, share: 0, edges: [], sources: [] };
        acc.share += s.share / n;
        acc.edges.push(...s.edges);
        acc.sources.push(...s.sources);
        by.set(s.nation, acc);
      }
    }
    l.domestic = clean(l.domestic);
    l.unattributed = clean(l.unattributed);
    l.foreign = clean(1 - l.domestic);
    l.suppliers = [...by.values()]
      .map((s) => ({ ...s, share: clean(s.share), edges: uniq(s.edges), sources: uniq(s.sources) }))
      .sort((x, y) => y.share - x.share || x.nation.localeCompare(y.nation));
  }

  const exposures = exposuresOf(ctx, nation);

  const leverageItems: LeverageItem[] = ctx.basket
    .filter((b) => (b.byNation.get(nation)?.share ?? 0) >= DOMINANT_SHARE)
    .map((b) => {
      const f = b.byNation.get(nation)!;
      return { input: b.supply.input, share: f.share, weight: b.reach, downstream: b.supply.downstream, estimates: f.estimates, edges: f.edges, sources: f.sources };
    })
    .sort((x, y) => y.share * y.weight - x.share * x.weight || x.input.localeCompare(y.input));

  const ownFigures = views.map((v) => v.byNation.get(nation)).filter((f): f is ShareFigure => !!f);
  const ownTrace = { edges: uniq(ownFigures.flatMap((f) => f.edges)), sources: uniq(ownFigures.flatMap((f) => f.sources)) };
  const ownEstimates = uniq(ownFigures.flatMap((f) => f.estimates));
  const basketTrace = {
    edges: uniq(views.flatMap((v) => v.set.edges)),
    sources: uniq(views.flatMap((v) => v.set.sources)),
  };
  const basketEstimates = uniq(views.flatMap((v) => v.set.estimates));
  const leverageTrace = { edges: uniq(leverageItems.flatMap((l) => l.edges)), sources: uniq(leverageItems.flatMap((l) => l.sources)) };
  const noShare = ownFigures.length === 0 ? "No share in any measured input: all its supply is foreign or unattributed." : undefined;
  const fig = (value: number | null, trace: { edges: string[]; sources: string[] }, estimates: string[], note?: string): Figure => ({
    value: value === null ? null : clean(value),
    lens,
    edges: trace.edges,
    sources: trace.sources,
    estimates,
    note,
  });

  const orchestration = orchestrationIndex(c.leverage, c.diversification);
  return {
    nation,
    label: index.nationLabel.get(nation) ?? nation,
    lens,
    basket: ctx.basket.map((b) => b.supply.input),
    domestic: fig(c.domestic, ownTrace, ownEstimates, noShare),
    foreignDependence: fig(1 - c.domestic, ownTrace, ownEstimates, noShare),
    unattributed: fig(c.unattributed, basketTrace, []),
    leverage: fig(c.leverage, leverageTrace, uniq(leverageItems.flatMap((l) => l.estimates)), leverageItems.length === 0 ? `Holds ${DOMINANT_SHARE}% or more of no measured input.` : undefined),
    diversification: fig(c.diversification, basketTrace, basketEstimates, c.diversification === null ? "No named foreign supplier in the basket." : undefined),
    orchestration: fig(
      orchestration,
      { edges: uniq([...leverageTrace.edges, ...basketTrace.edges]), sources: uniq([...leverageTrace.sources, ...basketTrace.sources]) },
      basketEstimates,
      orchestration === null ? "Needs a diversification figure." : undefined,
    ),
    exposures,
    leverageItems,
    layers,
    inputs,
    sources: uniq([...basketTrace.sources, ...ownTrace.sources]),
  };
}
