/**
 * The baseline a scenario is applied to: every input's supply split into **units**, one per
 * (provider, attributed nation), built from lib/supply's share sets under a lens. Shocks act on
 * units (a firm, a nation, an input); the cascade sums them. Built once per graph, lens and year
 * (cached), in O(V + E) plus lib/supply's own cost.
 *
 * How an input's nation share set becomes units (README.md, "Units"):
 * - set built from firm shares (method `firms-by-lens`): one unit per firm and nation it is
 *   attributed to (site lens: split by `capacity_share`, the rest at the headquarters);
 * - set built from nation rows: each nation's share is split among the firms of the firm set
 *   attributed to that nation, in proportion to their firm shares; the part no firm accounts for
 *   stays a unit of the nation itself. So a firm-level shock reaches nation-row figures too;
 * - inputs without any share set ("unquantified") get one zero-share unit per known provider
 *   (firm or nation) and nation it is attributed to: the cascade then only knows whether a provider
 *   remains, never how much it supplies.
 */
import type { AtlasGraph } from "../model/graph";
import { LAYERS, type Confidence, type Layer } from "../model/vocabulary";
import { computeLensSupply, type LensSupply } from "../supply/supply";
import { buildSupplyIndex, siteKey, type SupplyIndex } from "../supply/supply-index";
import type { InputSupply, Lens, ShareSet } from "../supply/types";

export interface SupplyUnit {
  /** Stable key: input|provider|nation (|added:<shock> for added capacity). */
  key: string;
  /** The published figure it comes from (a firm's or a nation's share): units of one figure move together in sensitivity runs. */
  group: string;
  input: string;
  /** Firm slug or nation ISO3. */
  provider: string;
  providerKind: "firm" | "nation";
  /** The nation this supply is attributed to under the lens. */
  nation: string;
  /** Percent of the input's baseline global market; 0 for a known provider without a share. */
  share: number;
  /** False for a known provider of an unquantified input (share unknown). */
  quantified: boolean;
  /** Confidence of the figure (the provides row's), undefined when not stated. */
  confidence?: Confidence;
  /** True when the figure is an estimate or proxy (the row's `estimate` text). */
  estimate: boolean;
  /** Provides edges (and site/HQ edges) it came from. */
  edges: string[];
  /** Set for capacity a scenario adds (the shock's id). */
  addedBy?: string;
}

export interface InputBase {
  input: string;
  label: string;
  layer: Layer;
  /** Has a nation share set under the lens. */
  quantified: boolean;
  /** Indices into `SupplyBase.units`. */
  units: number[];
  /** "Other / unattributed" remainder, percent (0 for unquantified inputs). */
  other: number;
  /** Inputs it requires directly. */
  requires: string[];
  year?: number;
  basis?: string;
  supply: InputSupply;
}

export interface SupplyBase {
  graph: AtlasGraph;
  lens: Lens;
  year?: number;
  index: SupplyIndex;
  lensSupply: LensSupply;
  units: SupplyUnit[];
  inputs: InputBase[];
  inputIndex: Map<string, number>;
  /** Input indices, every input after the inputs it requires. */
  order: number[];
  /** Nation ids, sorted; index N (= nations.length) stands for "the world" in the cascade. */
  nations: string[];
  nationIndex: Map<string, number>;
  /** Layers that have at least one input, in chain order. */
  layers: Layer[];
  /** A node's label (its id when unknown). */
  label(id: string): string;
}

/** The nations a firm's supply of an input is attributed to under a lens, with fractions summing to 1. */
export function lensNations(index: SupplyIndex, firm: string, input: string, lens: Lens): { nation: string; fraction: number; edge?: string }[] {
  const f = index.firms.get(firm);
  if (!f) return [];
  if (lens === "hq") return [{ nation: f.hq, fraction: 1, edge: f.hqEdge }];
  if (lens === "controller") return [{ nation: f.controller ?? f.hq, fraction: 1, edge: f.controller ? undefined : f.hqEdge }];
  const sites = (index.sites.get(siteKey(firm, input)) ?? []).filter((s) => s.capacityShare !== undefined && s.capacityShare > 0);
  const out: { nation: string; fraction: number; edge?: string }[] = [];
  let split = 0;
  for (const s of sites) {
    const fraction = Math.min(1 - split, s.capacityShare! / 100);
    if (fraction <= 0) break;
    out.push({ nation: s.nation, fraction, edge: s.edge });
    split += fraction;
  }
  if (split < 1 - 1e-9) out.push({ nation: f.hq, fraction: 1 - split, edge: f.hqEdge });
  return out;
}

/** Nations a known provider (no share) of an input is present in under the lens: for the site lens every site for that input. */
function knownNations(index: SupplyIndex, firm: string, input: string, lens: Lens): string[] {
  const f = index.firms.get(firm);
  if (!f) return [];
  if (lens === "hq") return [f.hq];
  if (lens === "controller") return [f.controller ?? f.hq];
  const sites = index.sites.get(siteKey(firm, input)) ?? [];
  return sites.length > 0 ? [...new Set(sites.map((s) => s.nation))].sort() : [f.hq];
}

const cache = new WeakMap<AtlasGraph, Map<string, SupplyBase>>();

/** The baseline of a graph under a lens and year (cached per graph; the graph must not be mutated afterwards). */
export function buildSupplyBase(graph: AtlasGraph, lens: Lens = "hq", year?: number): SupplyBase {
  let byKey = cache.get(graph);
  if (!byKey) {
    byKey = new Map();
    cache.set(graph, byKey);
  }
  const key = `${lens}|${year ?? ""}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const built = build(graph, lens, year);
  byKey.set(key, built);
  return built;
}

function build(graph: AtlasGraph, lens: Lens, year?: number): SupplyBase {
  const index = buildSupplyIndex(graph, { year });
  const lensSupply = computeLensSupply(index, lens);
  const units: SupplyUnit[] = [];
  const inputs: InputBase[] = [];
  const confidenceOf = new Map<string, { confidence?: Confidence; estimate: boolean }>();
  graph.forEachEdge((e, a) => {
    if (a.kind === "provides") confidenceOf.set(e, { confidence: a.confidence, estimate: !!a.estimate });
  });
  const figureQuality = (edges: string[]) => {
    // The weakest stated confidence among the provides rows behind a figure.
    const rank: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
    let confidence: Confidence | undefined;
    let estimate = false;
    for (const e of edges) {
      const q = confidenceOf.get(e);
      if (!q) continue;
      if (q.estimate) estimate = true;
      if (q.confidence && (!confidence || rank[q.confidence] > rank[confidence])) confidence = q.confidence;
    }
    return { confidence, estimate };
  };
  const addUnit = (u: Omit<SupplyUnit, "key" | "confidence" | "estimate" | "group">, list: number[], group?: string) => {
    const key = `${u.input}|${u.provider}|${u.nation}`;
    // Merge a provider's parts in one nation (e.g. site split and HQ rest in the same nation).
    const existing = list.find((i) => units[i]!.key === key);
    if (existing !== undefined) {
      const x = units[existing]!;
      x.share += u.share;
      x.edges = [...new Set([...x.edges, ...u.edges])];
      return;
    }
    units.push({ ...u, key, group: group ?? key, ...figureQuality(u.edges) });
    list.push(units.length - 1);
  };

  for (const s of lensSupply.inputs) {
    const list: number[] = [];
    const nationSet = s.nations && s.nations.covered > 0 ? s.nations : null;
    if (nationSet) {
      if (nationSet.method === "firms-by-lens" && s.firms) fromFirmSet(index, s.input, s.firms, lens, addUnit, list);
      else fromNationRows(index, s.input, nationSet, s.firms, lens, addUnit, list);
    } else {
      for (const r of index.providesByInput.get(s.input) ?? []) {
        const nations = r.fromKind === "firm" ? knownNations(index, r.from, s.input, lens) : [r.from];
        for (const n of nations) addUnit({ input: s.input, provider: r.from, providerKind: r.fromKind, nation: n, share: 0, quantified: false, edges: [r.edge] }, list);
      }
    }
    for (const i of list) units[i]!.share = round6(units[i]!.share);
    list.sort((a, b) => (units[a]!.key < units[b]!.key ? -1 : 1));
    inputs.push({
      input: s.input,
      label: s.label,
      layer: s.layer,
      quantified: !!nationSet,
      units: list,
      other: nationSet ? round6(Math.max(0, 100 - nationSet.covered)) : 0,
      requires: [...new Set((index.requires.get(s.input) ?? []).map((r) => r.upstream))].sort(),
      year: nationSet?.year,
      basis: nationSet?.basis,
      supply: s,
    });
  }
  const inputIndex = new Map(inputs.map((x, i) => [x.input, i]));
  const nations = index.nations.map((n) => n.id);
  const layerSet = new Set(inputs.map((i) => i.layer));
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  return {
    graph,
    lens,
    year,
    index,
    lensSupply,
    units,
    inputs,
    inputIndex,
    order: topologicalOrder(inputs, inputIndex),
    nations,
    nationIndex: new Map(nations.map((n, i) => [n, i])),
    layers: LAYERS.filter((l) => layerSet.has(l)),
    label,
  };
}

type AddUnit = (u: Omit<SupplyUnit, "key" | "confidence" | "estimate" | "group">, list: number[], group?: string) => void;

function fromFirmSet(index: SupplyIndex, input: string, firms: ShareSet, lens: Lens, addUnit: AddUnit, list: number[]) {
  for (const f of firms.shares) {
    for (const { nation, fraction, edge } of lensNations(index, f.id, input, lens)) {
      addUnit({ input, provider: f.id, providerKind: "firm", nation, share: f.share * fraction, quantified: true, edges: [...f.edges, ...(edge ? [edge] : [])] }, list, `${input}|${f.id}`);
    }
  }
}

function fromNationRows(index: SupplyIndex, input: string, nations: ShareSet, firms: ShareSet | null, lens: Lens, addUnit: AddUnit, list: number[]) {
  // Firms of the firm set per nation (by the lens), with their share attributed there.
  const byNation = new Map<string, { firm: string; share: number; edges: string[] }[]>();
  for (const f of firms?.shares ?? []) {
    for (const { nation, fraction } of lensNations(index, f.id, input, lens)) {
      const l = byNation.get(nation) ?? [];
      l.push({ firm: f.id, share: f.share * fraction, edges: f.edges });
      byNation.set(nation, l);
    }
  }
  for (const y of nations.shares) {
    const parts = byNation.get(y.id) ?? [];
    const total = parts.reduce((s, p) => s + p.share, 0);
    if (total >= y.share - 1e-9 && total > 0) {
      for (const p of parts) addUnit({ input, provider: p.firm, providerKind: "firm", nation: y.id, share: (y.share * p.share) / total, quantified: true, edges: [...y.edges, ...p.edges] }, list, `${input}|${y.id}`);
    } else {
      for (const p of parts) addUnit({ input, provider: p.firm, providerKind: "firm", nation: y.id, share: p.share, quantified: true, edges: [...y.edges, ...p.edges] }, list, `${input}|${y.id}`);
      addUnit({ input, provider: y.id, providerKind: "nation", nation: y.id, share: y.share - total, quantified: true, edges: y.edges }, list, `${input}|${y.id}`);
    }
  }
}

/** Inputs ordered so that every input comes after the inputs it requires (the requires chain is acyclic; see data checks). */
function topologicalOrder(inputs: InputBase[], inputIndex: Map<string, number>): number[] {
  const state = new Uint8Array(inputs.length);
  const order: number[] = [];
  const visit = (i: number) => {
    if (state[i] === 2) return;
    if (state[i] === 1) throw new Error(`scenario/buildSupplyBase: the requires chain has a cycle through "${inputs[i]!.input}".`);
    state[i] = 1;
    for (const r of inputs[i]!.requires) {
      const j = inputIndex.get(r);
      if (j !== undefined) visit(j);
    }
    state[i] = 2;
    order.push(i);
  };
  for (let i = 0; i < inputs.length; i++) visit(i);
  return order;
}

export const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
