/**
 * One pass over the Atlas graph that gathers what every supply metric reads: the provides rows in
 * force per input, firms' headquarters and controllers, their sites per input, and the requires
 * chain with each input's downstream closure. Built once per graph and year; every metric after it
 * works from these maps, never by scanning the graph's edges again. Runs in O(V + E) plus the
 * downstream closure, O(I · (I + R)) for I inputs and R requires edges.
 */
import type { AtlasGraph } from "../model/graph";
import { edgesAsOf } from "../model/queries";
import type { Attribution, Layer, ShareBasis } from "../model/vocabulary";
import { LAYERS } from "../model/vocabulary";

/** A provides row in force, flattened for the metrics. */
export interface ProvidesRef {
  edge: string;
  from: string;
  fromKind: "firm" | "nation";
  share?: number;
  basis?: ShareBasis;
  attribution?: Attribution;
  year: number;
  estimate?: string;
  /** The national market the share is measured in (ISO3); absent = the world market. */
  scope?: string;
  sources: string[];
}

/** A firm's site in a nation for one input (operates_in with `input`). */
export interface SiteRef {
  edge: string;
  nation: string;
  /** Share of the firm's output of the input made there, percent. */
  capacityShare?: number;
  sources: string[];
}

export interface FirmInfo {
  id: string;
  label: string;
  hq: string;
  controller?: string;
  /** The headquartered_in edge, when the graph has it. */
  hqEdge?: string;
  hqSources: string[];
  /** The firm row's sources (they document the controller). */
  sources: string[];
}

export interface InputInfo {
  id: string;
  label: string;
  layer: Layer;
}

export interface RequiresRef {
  edge: string;
  /** The input that requires. */
  dependent: string;
  /** The input required. */
  upstream: string;
  sources: string[];
}

export interface SupplyIndex {
  graph: AtlasGraph;
  /** The year the edges are taken as of (undefined = the latest data). */
  year?: number;
  /** Inputs in layer order, then by id. */
  inputs: InputInfo[];
  inputById: Map<string, InputInfo>;
  /** Nations, by id. */
  nations: { id: string; label: string }[];
  nationLabel: Map<string, string>;
  firms: Map<string, FirmInfo>;
  /** Provides rows in force measured in the world market (no `scope`), per input. */
  providesByInput: Map<string, ProvidesRef[]>;
  /** Provides rows in force measured in one nation's market, by nation (ISO3) then input. */
  nationalProvides: Map<string, Map<string, ProvidesRef[]>>;
  /** Key `${firm}\u0000${input}`. */
  sites: Map<string, SiteRef[]>;
  /** input → direct dependents (inputs that require it). */
  requiredBy: Map<string, RequiresRef[]>;
  /** input → inputs it requires directly. */
  requires: Map<string, RequiresRef[]>;
  /** input → every input that requires it, directly or transitively, sorted. */
  downstream: Map<string, string[]>;
  /** Every source of the graph, by id. */
  sourceById: Map<string, { id: string; publisher: string; title: string; year: number; url?: string }>;
}

export const siteKey = (firm: string, input: string) => `${firm}\u0000${input}`;

export interface SupplyIndexOptions {
  /** Take the edges as of this year (the latest vintage of each share not after it). */
  year?: number;
}

export function buildSupplyIndex(graph: AtlasGraph, options: SupplyIndexOptions = {}): SupplyIndex {
  if (!graph || typeof graph.forEachNode !== "function")
    throw new Error("supply/buildSupplyIndex: given graph is not a valid graphology instance.");
  const inputs: InputInfo[] = [];
  const nations: { id: string; label: string }[] = [];
  const firms = new Map<string, FirmInfo>();
  graph.forEachNode((id, a) => {
    if (a.kind === "input") inputs.push({ id, label: a.label, layer: a.layer });
    else if (a.kind === "nation") nations.push({ id, label: a.label });
    else if (a.kind === "firm")
      firms.set(id, { id, label: a.label, hq: a.hq, controller: a.controller, hqSources: a.sources, sources: a.sources });
  });
  const layerOrder = new Map<string, number>(LAYERS.map((l, i) => [l, i]));
  inputs.sort((x, y) => (layerOrder.get(x.layer) ?? 0) - (layerOrder.get(y.layer) ?? 0));
  nations.sort((x, y) => x.id.localeCompare(y.id));

  const inForce = edgesAsOf(graph, options.year);
  const providesByInput = new Map<string, ProvidesRef[]>();
  const nationalProvides = new Map<string, Map<string, ProvidesRef[]>>();
  const sites = new Map<string, SiteRef[]>();
  const requiredBy = new Map<string, RequiresRef[]>();
  const requires = new Map<string, RequiresRef[]>();
  for (const edge of inForce) {
    const a = graph.getEdgeAttributes(edge);
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (a.kind === "provides") {
      const fromKind = graph.getNodeAttribute(source, "kind");
      if (fromKind !== "firm" && fromKind !== "nation") continue;
      const ref: ProvidesRef = {
        edge,
        from: source,
        fromKind,
        share: a.share,
        basis: a.basis,
        attribution: a.attribution,
        year: a.year,
        estimate: a.estimate,
        scope: a.scope,
        sources: a.sources,
      };
      if (a.scope === undefined) push(providesByInput, target, ref);
      else {
        let byInput = nationalProvides.get(a.scope);
        if (!byInput) nationalProvides.set(a.scope, (byInput = new Map()));
        push(byInput, target, ref);
      }
    } else if (a.kind === "operates_in" && a.input) {
      push(sites, siteKey(source, a.input), { edge, nation: target, capacityShare: a.capacity_share, sources: a.sources });
    } else if (a.kind === "requires") {
      const ref: RequiresRef = { edge, dependent: source, upstream: target, sources: a.sources };
      push(requiredBy, target, ref);
      push(requires, source, ref);
    } else if (a.kind === "headquartered_in") {
      const f = firms.get(source);
      if (f && f.hq === target) {
        f.hqEdge = edge;
        f.hqSources = a.sources;
      }
    }
  }
  // Deterministic order whatever the graph's insertion order.
  const byEdge = (x: ProvidesRef, y: ProvidesRef) => (x.edge < y.edge ? -1 : x.edge > y.edge ? 1 : 0);
  for (const rows of providesByInput.values()) rows.sort(byEdge);
  for (const byInput of nationalProvides.values()) for (const rows of byInput.values()) rows.sort(byEdge);

  const downstream = new Map<string, string[]>();
  for (const { id } of inputs) {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (const r of requiredBy.get(n) ?? []) {
        if (r.dependent === id || seen.has(r.dependent)) continue;
        seen.add(r.dependent);
        stack.push(r.dependent);
      }
    }
    downstream.set(id, [...seen].sort());
  }

  const sourceById = new Map((graph.getAttribute("sources") ?? []).map((s) => [s.id, s]));
  return {
    graph,
    year: options.year,
    inputs,
    inputById: new Map(inputs.map((i) => [i.id, i])),
    nations,
    nationLabel: new Map(nations.map((n) => [n.id, n.label])),
    firms,
    providesByInput,
    nationalProvides,
    sites,
    requiredBy,
    requires,
    downstream,
    sourceById,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
