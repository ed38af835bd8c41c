/**
 * Run a scenario on a graph: apply its shocks (a fold), run the cascade short term (no substitution)
 * and medium term (after substitution), and compare with the baseline: per nation and layer, per
 * input, chokepoints, HHI, orchestration index, centrality (lib/metrics), blocs and a summary.
 * Deterministic; the baseline half is cached per graph, lens, year and baseline mode.
 */
import type { AtlasGraph } from "../model/graph";
import { metricsGraph } from "../model/dependency";
import { betweenness } from "../metrics/betweenness";
import { pagerank } from "../metrics/pagerank";
import { toSimpleGraph } from "../metrics/simple-graph";
import { applyScenario, baselineState } from "./apply";
import { buildSupplyBase, type SupplyBase } from "./base";
import { blocImpacts, blocsOf } from "./blocs";
import { prepareState, runCascade, type Cascade, type PreparedState } from "./cascade";
import { computeMarket, type Market } from "./market";
import type { Scenario } from "./schema";
import { describeShock } from "./shocks";
import { materialiseGraph, type ShockState } from "./state";
import { substitutionFor, type Substitution, type SubstitutionTable } from "./substitution";
import { summarise } from "./summary";
import type { CentralityDelta, InputImpact, LayerImpact, NationImpact, ScenarioResult, ShockStatus } from "./types";

export interface RunOptions {
  /** Compute centrality before and after (default true; sensitivity runs skip it). */
  centrality?: boolean;
  /** How many nodes the centrality deltas list (default 12). */
  topMovers?: number;
}

interface Side {
  state: ShockState;
  prep: PreparedState;
  cascade: Cascade;
  market: Market;
}

interface Baseline extends Side {
  centrality?: Map<string, { betweenness: number; pagerank: number | null }>;
}

const baselineCache = new WeakMap<SupplyBase, Map<string, Baseline>>();

export function baselineOf(base: SupplyBase, mode: Scenario["options"]["baseline"], parts: readonly (readonly string[])[] = []): Baseline {
  let byMode = baselineCache.get(base);
  if (!byMode) {
    byMode = new Map();
    baselineCache.set(base, byMode);
  }
  const key = `${mode}|${JSON.stringify(parts)}`;
  let b = byMode.get(key);
  if (!b) {
    const state = baselineState(base, { baseline: mode });
    const prep = prepareState(base, state);
    const cascade = runCascade(base, prep, { parts });
    b = { state, prep, cascade, market: computeMarket(base, prep, cascade) };
    byMode.set(key, b);
  }
  return b;
}

/**
 * Betweenness and PageRank (lib/metrics, equal to networkx) over the supply dependency graph as the
 * network metrics see it (lib/model/dependency.ts `metricsGraph`: dependent → depended on,
 * share-weighted), never over every relation at once: partnerships, sites and ownership move no
 * centrality. `year`: the dependencies in force that year (undefined = the latest data).
 */
export function centralityOf(graph: AtlasGraph, year?: number): Map<string, { betweenness: number; pagerank: number | null }> {
  const g = toSimpleGraph(metricsGraph(graph, year));
  const bc = betweenness(g);
  const pr = pagerank(g);
  return new Map(g.keys.map((k, i) => [k, { betweenness: bc[i]!, pagerank: pr ? pr[i]! : null }]));
}

export function substitutionsOf(base: SupplyBase, table: SubstitutionTable): { spare: Float64Array; parts: string[][]; subs: Substitution[] } {
  const subs = base.inputs.map((x) => substitutionFor(table, x.input, x.layer));
  return { spare: Float64Array.from(subs.map((s) => s.spare)), parts: subs.map((s) => s.parts), subs };
}

const r9 = (x: number) => Math.round(x * 1e9) / 1e9;
const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);

export function runScenario(graph: AtlasGraph, scenario: Scenario, substitution: SubstitutionTable, options: RunOptions = {}): ScenarioResult {
  const started = performance.now();
  const { lens, year, baseline: mode } = scenario.options;
  const base = buildSupplyBase(graph, lens, year);
  const { spare, parts, subs } = substitutionsOf(base, substitution);
  const before = baselineOf(base, mode, parts);
  const state = applyScenario(base, scenario.shocks, before.state);
  const prep = prepareState(base, state);
  const cascade = runCascade(base, prep, { parts });
  const medium = runCascade(base, prep, { parts, substitute: { spare, baselineDirect: before.cascade.direct } });
  const after: Side = { state, prep, cascade, market: computeMarket(base, prep, cascade) };

  const N = base.nations.length;
  const layerInputs = base.layers.map((layer) => ({ layer, inputs: base.inputs.map((x, i) => (x.layer === layer ? i : -1)).filter((i) => i >= 0) }));

  const nations: NationImpact[] = base.nations.map((nation, x) => {
    const layers: LayerImpact[] = layerInputs.map(({ layer, inputs }) => {
      const quantified = inputs.filter((i) => base.inputs[i]!.quantified);
      const acc = (c: Cascade) => mean(inputs.map((i) => c.access[x]![i]!));
      const lost = inputs.map((i) => Math.max(0, before.cascade.access[x]![i]! - cascade.access[x]![i]!) * subs[i]!.months);
      return {
        layer,
        access: { before: r9(acc(before.cascade)), after: r9(acc(cascade)), medium: r9(acc(medium)) },
        output: quantified.length
          ? { before: r9(mean(quantified.map((i) => before.cascade.output[x]![i]!))), after: r9(mean(quantified.map((i) => cascade.output[x]![i]!))) }
          : null,
        severity: r9(mean(lost)),
        inputs: inputs.map((i) => ({
          input: base.inputs[i]!.input,
          before: r9(before.cascade.access[x]![i]!),
          after: r9(cascade.access[x]![i]!),
          medium: r9(medium.access[x]![i]!),
        })),
      };
    });
    const a = {
      before: r9(mean(layers.map((l) => l.access.before))),
      after: r9(mean(layers.map((l) => l.access.after))),
      medium: r9(mean(layers.map((l) => l.access.medium))),
    };
    const worstLayer = [...layers].sort((p, q) => q.access.before - q.access.after - (p.access.before - p.access.after))[0];
    return {
      nation,
      label: base.label(nation),
      removed: state.removedNodes.has(nation),
      layers,
      access: a,
      loss: r9(Math.max(0, a.before - a.after)),
      mediumLoss: r9(Math.max(0, a.before - a.medium)),
      severity: r9(mean(layers.map((l) => l.severity))),
      worst: worstLayer && worstLayer.access.before - worstLayer.access.after > 1e-9 ? { layer: worstLayer.layer, loss: r9(worstLayer.access.before - worstLayer.access.after) } : null,
      orchestration: { before: before.market.orchestration.get(nation) ?? null, after: after.market.orchestration.get(nation) ?? null },
    };
  });
  nations.sort((p, q) => Number(p.removed) - Number(q.removed) || q.loss - p.loss || p.nation.localeCompare(q.nation));

  const inputs: InputImpact[] = base.order
    .slice()
    .sort((p, q) => base.layers.indexOf(base.inputs[p]!.layer) - base.layers.indexOf(base.inputs[q]!.layer) || p - q)
    .map((i) => {
      const info = base.inputs[i]!;
      const sb = before.market.inputs[i]!;
      const sa = after.market.inputs[i]!;
      const w = { before: r9(before.cascade.access[N]![i]!), after: r9(cascade.access[N]![i]!), medium: r9(medium.access[N]![i]!) };
      const cutOff = info.quantified ? w.after <= 1e-9 : sa.knownFirms.length === 0 && sa.knownNations.length === 0 && w.after <= 1e-9;
      return {
        input: info.input,
        label: info.label,
        layer: info.layer,
        quantified: info.quantified,
        year: info.year,
        basis: info.basis,
        world: w,
        hhiNation: { before: sb.hhiNation, after: sa.hhiNation },
        topNation: {
          before: sb.topNation ? { id: sb.topNation.id, share: sb.topNation.share } : null,
          after: sa.topNation ? { id: sa.topNation.id, share: sa.topNation.share } : null,
        },
        chokepoint: { before: sb.chokepoint, after: sa.chokepoint, reasons: sa.chokepointReasons.map((r) => r.text) },
        cutOff,
        substitution: subs[i]!,
        severity: r9(Math.max(0, w.before - w.after) * subs[i]!.months),
      };
    });

  const chokepoints = {
    became: inputs.filter((x) => x.chokepoint.after && !x.chokepoint.before).map((x) => x.input),
    resolved: inputs.filter((x) => !x.chokepoint.after && x.chokepoint.before && !x.cutOff).map((x) => x.input),
    cutOff: inputs.filter((x) => x.cutOff && x.world.before > 0).map((x) => x.input),
  };

  // Network: the scenario's graph, centrality before and after.
  const structural = state.removedNodes.size + state.cutEdges.size + state.addedEdges.length + state.addedNodes.length > 0;
  const shocked = structural ? materialiseGraph(graph, state) : graph;
  let centrality: CentralityDelta[] = [];
  if (options.centrality !== false) {
    before.centrality ??= centralityOf(graph, year);
    const cb = before.centrality;
    const ca = structural ? centralityOf(shocked, year) : cb;
    const ids = [...new Set([...cb.keys(), ...ca.keys()])];
    const maxB = Math.max(1e-12, ...[...cb.values()].map((v) => v.betweenness));
    const maxP = Math.max(1e-12, ...[...cb.values()].map((v) => v.pagerank ?? 0));
    const moved = ids
      .map((id) => {
        const b = cb.get(id);
        const a = ca.get(id);
        const score = Math.abs((a?.betweenness ?? 0) - (b?.betweenness ?? 0)) / maxB + Math.abs((a?.pagerank ?? 0) - (b?.pagerank ?? 0)) / maxP;
        return { id, b, a, score };
      })
      .filter((m) => m.score > 1e-9)
      .sort((p, q) => q.score - p.score || p.id.localeCompare(q.id))
      .slice(0, options.topMovers ?? 12);
    centrality = moved.map(({ id, b, a }) => ({
      node: id,
      label: shocked.hasNode(id) ? shocked.getNodeAttribute(id, "label") : base.label(id),
      kind: shocked.hasNode(id) ? shocked.getNodeAttribute(id, "kind") : graph.hasNode(id) ? graph.getNodeAttribute(id, "kind") : "firm",
      removed: state.removedNodes.has(id),
      betweenness: { before: b ? r9(b.betweenness) : null, after: a ? r9(a.betweenness) : null },
      pagerank: { before: b?.pagerank ?? null, after: a?.pagerank ?? null },
    }));
  }

  const shocks: ShockStatus[] = scenario.shocks.map((s) => {
    const skipped = state.skipped.find((r) => r.shock === s.id);
    return {
      id: s.id,
      type: s.type,
      text: describeShock(s, base.label),
      status: !s.enabled ? "off" : skipped ? "skipped" : "applied",
      message: skipped?.message,
    };
  });

  const result: ScenarioResult = {
    name: scenario.name,
    options: { ...scenario.options, lens },
    shocks,
    skipped: [...state.skipped],
    notes: [...state.notes],
    layers: base.layers,
    nations,
    inputs,
    chokepoints,
    centrality,
    graph: { nodes: { before: graph.order, after: shocked.order }, edges: { before: graph.size, after: shocked.size } },
    blocs: blocImpacts(base, blocsOf(base, scenario), before, after),
    diff: diffOf(base, before, after),
    summary: [],
    ms: 0,
  };
  result.summary = summarise(result, base.label);
  result.ms = Math.round((performance.now() - started) * 10) / 10;
  return result;
}

/** Element ids removed in the scenario and impact per node (0–1) for the network view. */
function diffOf(base: SupplyBase, before: Side, after: Side): ScenarioResult["diff"] {
  const { graph } = base;
  const { state, cascade } = after;
  const removed = new Set<string>();
  for (const n of state.removedNodes) {
    if (!graph.hasNode(n)) continue;
    removed.add(n);
    graph.forEachEdge(n, (e) => removed.add(e));
  }
  for (const e of state.cutEdges) removed.add(e);
  // A provides edge is removed when every unit built on it lost all its capacity.
  const edgeCaps = new Map<string, boolean>();
  state.units.forEach((u, k) => {
    for (const e of u.edges) {
      if (!graph.hasEdge(e) || graph.getEdgeAttribute(e, "kind") !== "provides") continue;
      edgeCaps.set(e, (edgeCaps.get(e) ?? false) || state.caps[k]! > 0);
    }
  });
  for (const [e, alive] of edgeCaps) if (!alive) removed.add(e);

  const impact: Record<string, number> = {};
  const put = (id: string, v: number) => {
    if (v > 0.005 && graph.hasNode(id) && !removed.has(id)) impact[id] = Math.round(Math.min(1, v) * 1000) / 1000;
  };
  const N = base.nations.length;
  base.nations.forEach((n, x) => {
    let worst = 0;
    base.inputs.forEach((_info, i) => {
      const lost = before.cascade.access[x]![i]! - cascade.access[x]![i]!;
      if (lost > worst) worst = lost;
      const ob = before.cascade.output[x]![i]!;
      if (ob > 1e-6) worst = Math.max(worst, 1 - cascade.output[x]![i]! / ob);
    });
    put(n, worst);
  });
  base.inputs.forEach((info, i) => put(info.input, before.cascade.access[N]![i]! - cascade.access[N]![i]!));
  // Firms: the share of their baseline supply (what they made, or their presence as known providers) they lost.
  const firmLoss = new Map<string, { had: number; kept: number }>();
  base.units.forEach((u, k) => {
    if (u.providerKind !== "firm") return;
    const had = u.quantified ? before.cascade.production[k]! : 1;
    const kept = u.quantified ? cascade.production[k]! : state.caps[k]!;
    const acc = firmLoss.get(u.provider) ?? { had: 0, kept: 0 };
    acc.had += had;
    acc.kept += kept;
    firmLoss.set(u.provider, acc);
  });
  for (const [f, v] of firmLoss) if (v.had > 0) put(f, 1 - v.kept / v.had);
  return { removed: [...removed].sort(), impact };
}
