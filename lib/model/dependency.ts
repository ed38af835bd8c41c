/**
 * The dependency graph: the one answer to "who depends on whom" for every part of the Atlas
 * (focus, paths, Details, /api/node, metrics, criticality, exports). Built from the **supply**
 * relation family only (README.md in this folder works the TSMC example through):
 *
 * - `provides` (provider → input): the input depends on its provider;
 * - `requires` (input → input it needs): the first depends on the second, so the dependency edge
 *   runs needed → needing (the stored edge is reversed here, never in the data);
 * - `supplies` (supplier → customer): the customer depends on the supplier;
 * - `inherits` (derived): a provider inherits the requirements of what it provides. TSMC provides
 *   leading-edge logic foundry, which requires EUV scanners, so EUV scanners → TSMC. One edge per
 *   (requirement, provider), listing every input it comes through (`via`).
 *
 * Every dependency edge points from what is depended on to what depends on it, and names the data
 * edges it stands for (`edges`), so a view can draw and source it. Ownership, sites, partnerships,
 * export controls and talent flows never make a dependency.
 *
 * Built in O(E + P·R) for E edges in force, P provides edges and R requires edges per input;
 * cached per graph and year (the graph is never mutated after it is built).
 */
import Graph from "graphology";
import type { AtlasGraph, EdgeAttributes } from "./graph";
import { edgesAsOf, relationPaths, shortestPaths, type Direction, type Path, type Segment } from "./queries";
import { isSupplyKind, type SupplyKind } from "./vocabulary";

export { SUPPLY_KINDS, isSupplyKind, type SupplyKind } from "./vocabulary";

export type DependencyKind = SupplyKind | "inherits";

export interface DependencyEdge {
  kind: DependencyKind;
  /** Percent of the dependent's supply that comes from the depended-on node, where a figure is published (provides). */
  share?: number;
  /** The data edges this dependency stands for (for inherits: the provides edges and the requires edges). */
  edges: string[];
  /** For inherits: the inputs the provider provides that need the requirement. For supplies: the input supplied. */
  via: string[];
  /** For inherits: each chain it comes through (the provider provides `via`, which requires the requirement). */
  chains: InheritedChain[];
}

export interface InheritedChain {
  via: string;
  /** The provides edge (provider → via). */
  provides: string;
  /** The requires edge (via → requirement). */
  requires: string;
}

export type DependencyGraph = Graph<Record<string, never>, DependencyEdge>;

/**
 * Which end of a stored supply edge is depended on: [depended on, dependent]. The one place the
 * direction of each supply relation is decided.
 */
export function supplyEnds(kind: SupplyKind, source: string, target: string): [string, string] {
  return kind === "requires" ? [target, source] : [source, target];
}

/** A provides figure's share as the dependency graph carries it: the world market, headquarters attribution first. */
function preferWorldFigure(a: EdgeAttributes, current: number | undefined, currentRank: number): { share?: number; rank: number } {
  if (a.kind !== "provides" || a.share === undefined) return { share: current, rank: currentRank };
  // Rank: world figures before national-market ones; hq (or unattributed) before site, then controller.
  const rank = (a.scope === undefined ? 0 : 10) + (a.attribution === undefined || a.attribution === "hq" ? 0 : a.attribution === "site" ? 1 : 2);
  return rank < currentRank ? { share: a.share, rank } : { share: current, rank: currentRank };
}

const cache = new WeakMap<AtlasGraph, Map<string, DependencyGraph>>();

/** The supply edges in force as of `year` (undefined = the latest data). */
export function supplyEdgesAsOf(graph: AtlasGraph, year?: number): string[] {
  return [...edgesAsOf(graph, year)].filter((e) => isSupplyKind(graph.getEdgeAttribute(e, "kind"))).sort();
}

/** The dependency graph of `graph` as of `year`. Nodes: every node of the graph. */
export function dependencyGraph(graph: AtlasGraph, year?: number): DependencyGraph {
  let byYear = cache.get(graph);
  if (!byYear) cache.set(graph, (byYear = new Map()));
  const key = year === undefined ? "latest" : String(year);
  const hit = byYear.get(key);
  if (hit) return hit;

  const dep: DependencyGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  graph.forEachNode((n) => dep.addNode(n));
  const rank = new Map<string, number>();
  const add = (kind: DependencyKind, from: string, to: string, edges: string[], via?: string, a?: EdgeAttributes): DependencyEdge | undefined => {
    if (from === to) return undefined;
    const k = `${kind}:${from}:${to}`;
    if (!dep.hasEdge(k)) dep.addDirectedEdgeWithKey(k, from, to, { kind, edges: [], via: [], chains: [] });
    const attrs = dep.getEdgeAttributes(k);
    for (const edge of edges) if (!attrs.edges.includes(edge)) attrs.edges.push(edge);
    if (via !== undefined && !attrs.via.includes(via)) attrs.via.push(via);
    if (a) {
      const next = preferWorldFigure(a, attrs.share, rank.get(k) ?? 99);
      if (next.share !== undefined) attrs.share = next.share;
      rank.set(k, next.rank);
    }
    return attrs;
  };

  const providersOf = new Map<string, { provider: string; edge: string }[]>();
  const requirementsOf = new Map<string, { needed: string; edge: string }[]>();
  for (const e of supplyEdgesAsOf(graph, year)) {
    const a = graph.getEdgeAttributes(e);
    const s = graph.source(e);
    const t = graph.target(e);
    const kind = a.kind as SupplyKind;
    const [from, to] = supplyEnds(kind, s, t);
    add(kind, from, to, [e], a.kind === "supplies" ? a.input : undefined, a);
    if (a.kind === "provides") (providersOf.get(t) ?? providersOf.set(t, []).get(t)!).push({ provider: s, edge: e });
    else if (a.kind === "requires") (requirementsOf.get(s) ?? requirementsOf.set(s, []).get(s)!).push({ needed: t, edge: e });
  }
  // A provider inherits the direct requirements of each input it provides.
  for (const [input, providers] of [...providersOf].sort(([x], [y]) => (x < y ? -1 : 1))) {
    for (const { needed, edge: req } of requirementsOf.get(input) ?? []) {
      for (const { provider, edge: prov } of providers) {
        add("inherits", needed, provider, [prov, req], input)?.chains.push({ via: input, provides: prov, requires: req });
      }
    }
  }
  byYear.set(key, dep);
  return dep;
}

/** Upstream: what a node depends on. Downstream: what depends on it. */
export type DependencyDirection = "up" | "down";

export interface DependencyStep {
  node: string;
  /** The dependency edge taken (a key of the dependency graph). */
  dependency: string;
  kind: DependencyKind;
  share?: number;
  via: string[];
  /** The data edges it stands for. */
  edges: string[];
}

/** The direct dependencies of `node`: upstream (what it depends on) or downstream (what depends on it). */
export function dependencySteps(dep: DependencyGraph, node: string, direction: DependencyDirection): DependencyStep[] {
  if (!dep.hasNode(node)) return [];
  const out: DependencyStep[] = [];
  const each = (key: string, a: DependencyEdge, source: string, target: string) =>
    out.push({ node: direction === "up" ? source : target, dependency: key, kind: a.kind, share: a.share, via: a.via, edges: a.edges });
  if (direction === "up") dep.forEachInEdge(node, each);
  else dep.forEachOutEdge(node, each);
  return out.sort((x, y) => (x.node < y.node ? -1 : x.node > y.node ? 1 : x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}

export interface DependencyReach {
  node: string;
  /** Steps from the start (1 = direct). */
  depth: number;
  /** One shortest chain from the start: the nodes after the start, ending at `node`. */
  path: string[];
  /** The kinds of the steps along `path`. */
  kinds: DependencyKind[];
  /** The share of each step along `path` (null where no figure is published). */
  shares: (number | null)[];
}

/**
 * Everything `start` depends on (up) or that depends on it (down), to `depth` steps, breadth
 * first: each reached node once, at its shortest distance, with one chain that reaches it (the
 * step with a published share preferred, then the larger share, then the id). O(V + E).
 */
export function dependencies(dep: DependencyGraph, start: string, direction: DependencyDirection, depth: number): DependencyReach[] {
  if (!dep.hasNode(start)) return [];
  const reached = new Map<string, DependencyReach>();
  let frontier: DependencyReach[] = [{ node: start, depth: 0, path: [], kinds: [], shares: [] }];
  const seen = new Set([start]);
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const candidates = new Map<string, DependencyReach>();
    for (const from of frontier) {
      for (const s of dependencySteps(dep, from.node, direction)) {
        if (seen.has(s.node)) continue;
        const r: DependencyReach = { node: s.node, depth: d, path: [...from.path, s.node], kinds: [...from.kinds, s.kind], shares: [...from.shares, s.share ?? null] };
        const prev = candidates.get(s.node);
        if (!prev || better(r, prev)) candidates.set(s.node, r);
      }
    }
    frontier = [...candidates.values()].sort((x, y) => (x.node < y.node ? -1 : 1));
    for (const r of frontier) {
      seen.add(r.node);
      reached.set(r.node, r);
    }
  }
  return [...reached.values()];
}

function better(x: DependencyReach, y: DependencyReach): boolean {
  const sx = x.shares[x.shares.length - 1];
  const sy = y.shares[y.shares.length - 1];
  if ((sx ?? -1) !== (sy ?? -1)) return (sx ?? -1) > (sy ?? -1);
  return x.path.join("\u0000") < y.path.join("\u0000");
}

/**
 * The final AI capabilities: the inputs the dependency graph ends in for the AI chain, named in
 * dataset.json (`finalCapabilities`); criticality is the share of them a node's loss takes away.
 */
export function finalCapabilities(graph: AtlasGraph): string[] {
  const listed = graph.getAttribute("meta")?.finalCapabilities ?? [];
  return listed.filter((id) => graph.hasNode(id) && graph.getNodeAttribute(id, "kind") === "input");
}

/**
 * The graph the network metrics run over on the curated data: one edge per pair, pointing the way
 * "depends on" reads (dependent → depended on), so PageRank and eigenvector centrality flow to what
 * is depended upon. Weight (read by the metrics that take weights): the share as a fraction where
 * published; 1 for requires and inherited requirements (the input is needed whole); for a provider
 * or supplier without a published figure, an equal split 1 / (number of such providers of that
 * dependent). Parallel dependencies of one pair keep the largest weight.
 */
export function metricsGraph(graph: AtlasGraph, year?: number): Graph {
  const dep = dependencyGraph(graph, year);
  const g = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  graph.forEachNode((n) => g.addNode(n));
  const unknown = new Map<string, number>();
  dep.forEachEdge((_k, a, _s, t) => {
    if ((a.kind === "provides" || a.kind === "supplies") && a.share === undefined) unknown.set(t, (unknown.get(t) ?? 0) + 1);
  });
  dep.forEachEdge((_k, a, s, t) => {
    const weight =
      a.kind === "requires" || a.kind === "inherits" ? 1 : a.share !== undefined ? a.share / 100 : 1 / (unknown.get(t) ?? 1);
    // Keys from the ends, so the graph (and its export) is the same in every process.
    const key = `${t}->${s}`;
    const prev = g.hasEdge(key) ? (g.getEdgeAttribute(key, "weight") as number) : -1;
    if (prev < 0) g.addDirectedEdgeWithKey(key, t, s, { weight });
    else if (weight > prev) g.setEdgeAttribute(key, "weight", weight);
  });
  return g;
}

/** How many data edges the dependency graph stands on, and how many dependencies it derives (for the README and the UI). */
export function dependencyCounts(graph: AtlasGraph, year?: number): { supplyEdges: number; dependencies: number; inherited: number } {
  const dep = dependencyGraph(graph, year);
  let inherited = 0;
  dep.forEachEdge((_k, a) => {
    if (a.kind === "inherits") inherited++;
  });
  return { supplyEdges: supplyEdgesAsOf(graph, year).length, dependencies: dep.size, inherited };
}

// ---------------------------------------------------------------- drawing dependencies on the data graph

/** A filter on data edges (the view's year, layers, kinds and nations). */
export type DataEdgePredicate = (edge: string, attrs: EdgeAttributes) => boolean;
const always: DataEdgePredicate = () => true;

/**
 * A dependency step as data edges a view can draw: a direct supply step is its own edge(s); an
 * inherited one goes through the input it comes from (provider –provides→ via –requires→ need).
 * Only the chains whose every edge passes `allowed` are kept; none left = the step is hidden.
 * Segment nodes run from the step's start to its end (three for an inherited step).
 */
export function drawStep(graph: AtlasGraph, dep: DependencyGraph, key: string, from: string, allowed: DataEdgePredicate = always): Segment[] {
  const a = dep.getEdgeAttributes(key);
  const to = dep.opposite(from, key);
  const ok = (e: string) => allowed(e, graph.getEdgeAttributes(e));
  if (a.kind !== "inherits") {
    const edges = a.edges.filter(ok);
    return edges.length > 0 ? [{ nodes: [from, to], edges: [edges] }] : [];
  }
  const provider = dep.target(key);
  const out: Segment[] = [];
  for (const c of a.chains) {
    if (!ok(c.provides) || !ok(c.requires)) continue;
    // Reading from the provider: provider → via (provides) → requirement (requires); from the requirement: the reverse.
    out.push(from === provider ? { nodes: [from, c.via, to], edges: [[c.provides], [c.requires]] } : { nodes: [from, c.via, to], edges: [[c.requires], [c.provides]] });
  }
  return out;
}

export interface Traversal {
  /** Each reached node with its distance in dependency steps (0 for the start; a via input gets its step's). */
  nodes: Map<string, number>;
  /** The data edges to draw. */
  edges: Set<string>;
}

/**
 * What `start` depends on (up), what depends on it (down) or both (each side followed in its own
 * direction), to `depth` dependency steps, as data nodes and edges to draw. Steps whose data edges
 * do not pass `allowed` are not taken. Every edge between consecutive levels is kept, so the
 * picture shows all routes, not one tree.
 */
export function traverseDependencies(
  graph: AtlasGraph,
  start: string,
  direction: DependencyDirection | "both",
  depth: number,
  options: { year?: number; allowed?: DataEdgePredicate } = {},
): Traversal {
  const result: Traversal = { nodes: new Map(), edges: new Set() };
  if (!graph.hasNode(start)) return result;
  result.nodes.set(start, 0);
  const dep = dependencyGraph(graph, options.year);
  const sides: DependencyDirection[] = direction === "both" ? ["up", "down"] : [direction];
  for (const side of sides) {
    const seen = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const s of dependencySteps(dep, n, side)) {
          const segments = drawStep(graph, dep, s.dependency, n, options.allowed);
          if (segments.length === 0) continue;
          if (!seen.has(s.node)) {
            seen.set(s.node, d);
            next.push(s.node);
          }
          if ((seen.get(s.node) ?? 0) < d - 1) continue;
          for (const seg of segments) {
            for (const e of seg.edges.flat()) result.edges.add(e);
            for (const v of seg.nodes.slice(1, -1)) if (!result.nodes.has(v)) result.nodes.set(v, d);
          }
        }
      }
      frontier = next;
    }
    for (const [n, d] of seen) result.nodes.set(n, Math.min(d, result.nodes.get(n) ?? d));
  }
  return result;
}

/**
 * All shortest dependency chains from `from` to `to` (at most `maxPaths`): "up" reads "from
 * depends on … depends on to", "down" the reverse. Length counts dependency steps; an inherited
 * step is drawn through its via input. Paths with the same node sequence are merged.
 */
export function dependencyPaths(
  graph: AtlasGraph,
  from: string,
  to: string,
  direction: DependencyDirection,
  options: { year?: number; allowed?: DataEdgePredicate; maxPaths?: number } = {},
): Path[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  const dep = dependencyGraph(graph, options.year);
  return shortestPaths(
    from,
    to,
    (n) => dependencySteps(dep, n, direction).flatMap((s) => drawStep(graph, dep, s.dependency, n, options.allowed).map((segment) => ({ node: s.node, segment }))),
    options.maxPaths,
  );
}

/**
 * The path finder's question: "up" and "down" follow dependencies (dependencyPaths); "both"
 * follows any relation in either direction (how two nodes are connected at all).
 */
export function findPaths(
  graph: AtlasGraph,
  from: string,
  to: string,
  direction: Direction,
  options: { year?: number; allowed?: DataEdgePredicate; maxPaths?: number } = {},
): Path[] {
  return direction === "both" ? relationPaths(graph, from, to, options.allowed, options.maxPaths) : dependencyPaths(graph, from, to, direction, options);
}
