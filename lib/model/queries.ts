/**
 * Queries over the Atlas graph: which edges are in force in a year, neighbours grouped by relation,
 * and shortest paths over any relation. Pure functions over a graphology graph; every traversal is
 * a breadth-first search, O(V + E). What depends on what is lib/model/dependency.ts.
 */
import type { AtlasGraph, EdgeAttributes } from "./graph";
import { EDGE_KIND_INFO, type EdgeKind } from "./vocabulary";

/** Upstream: what a node depends on. Downstream: what depends on it. */
export type Direction = "up" | "down" | "both";

export type EdgePredicate = (edge: string, attrs: EdgeAttributes) => boolean;
const always: EdgePredicate = () => true;

function yearOf(a: EdgeAttributes): number | undefined {
  return "year" in a ? a.year : undefined;
}
function endOf(a: EdgeAttributes): number | undefined {
  return "end" in a ? a.end : undefined;
}

/** An edge is in force in `year` when it started by then and has not ended (end is the first year it no longer holds). */
export function inForce(a: EdgeAttributes, year: number | undefined): boolean {
  if (year === undefined) return endOf(a) === undefined;
  const start = yearOf(a);
  const end = endOf(a);
  return (start === undefined || start <= year) && (end === undefined || year < end);
}

/**
 * The edges of the network as of `year` (undefined = the latest data). Besides the in-force rule,
 * a `provides` figure is superseded by a later vintage of the same provider, input and market
 * (the world or one nation's `scope`): only the latest vintage not after `year` is shown.
 */
export function edgesAsOf(graph: AtlasGraph, year?: number): Set<string> {
  const result = new Set<string>();
  const latestVintage = new Map<string, { edge: string; year: number }>();
  graph.forEachEdge((edge, a, source, target) => {
    if (a.kind === "provides") {
      if (year !== undefined && a.year > year) return;
      if (a.end !== undefined && year !== undefined && year >= a.end) return;
      // A national-market figure (scope) is its own series: it never supersedes the world figure.
      const key = `${source}\u0000${target}\u0000${a.scope ?? ""}`;
      const prev = latestVintage.get(key);
      if (!prev || a.year > prev.year) latestVintage.set(key, { edge, year: a.year });
      return;
    }
    if (inForce(a, year)) result.add(edge);
  });
  for (const { edge } of latestVintage.values()) {
    const a = graph.getEdgeAttributes(edge);
    if (year !== undefined || endOf(a) === undefined) result.add(edge);
  }
  return result;
}

/** The range of years the dataset's edges mention. */
export function yearRange(graph: AtlasGraph): { min: number; max: number } {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  graph.forEachEdge((_e, a) => {
    for (const y of [yearOf(a), endOf(a)]) {
      if (y === undefined) continue;
      min = Math.min(min, y);
      max = Math.max(max, y);
    }
  });
  return Number.isFinite(min) ? { min, max } : { min: 2020, max: 2026 };
}

export interface RelationGroup {
  kind: EdgeKind;
  /** "out": this node is the edge's source (reads with the verb); "in": the target (reads with the inverse). */
  side: "out" | "in";
  label: string;
  items: { neighbour: string; edge: string }[];
}

/** Neighbours grouped by relation and side, in vocabulary order. */
export function neighboursByRelation(graph: AtlasGraph, node: string, allowed: EdgePredicate = always): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!allowed(edge, a)) return;
    const side = source === node ? "out" : "in";
    const key = `${a.kind}:${side}`;
    const info = EDGE_KIND_INFO[a.kind];
    const g = groups.get(key) ?? { kind: a.kind, side, label: side === "out" ? info.verb : info.inverse, items: [] };
    g.items.push({ neighbour: side === "out" ? target : source, edge });
    groups.set(key, g);
  });
  const order = Object.keys(EDGE_KIND_INFO);
  return [...groups.values()].sort(
    (x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || (x.side === y.side ? 0 : x.side === "out" ? -1 : 1),
  );
}

export interface Path {
  nodes: string[];
  /** edges[i]: the (possibly parallel) edges joining nodes[i] and nodes[i + 1]. */
  edges: string[][];
}

/** One step of a path as drawn: nodes from the step's start to the node it reaches, and the edges joining them. */
export interface Segment {
  nodes: string[];
  /** edges[i]: the (possibly parallel) edges joining nodes[i] and nodes[i + 1]. */
  edges: string[][];
}

/**
 * All shortest paths from `from` to `to` (at most `maxPaths`) where `steps(node)` gives the nodes
 * one step away and how each step is drawn. Breadth first, O(V + E) for the search; segments with
 * the same nodes (parallel edges) are merged, so each node sequence is one path listing every
 * edge of each step. Shared by relationPaths and the dependency chains of lib/model/dependency.ts.
 */
export function shortestPaths(from: string, to: string, steps: (node: string) => Iterable<{ node: string; segment: Segment }>, maxPaths = 25): Path[] {
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, Segment[]>(); // node -> the segments reaching it from the level before
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    for (const n of frontier) {
      const d = dist.get(n)!;
      for (const { node, segment } of steps(n)) {
        const nd = dist.get(node);
        if (nd === undefined) {
          dist.set(node, d + 1);
          next.push(node);
        } else if (nd !== d + 1) continue;
        const list = parents.get(node) ?? [];
        const same = list.find((x) => x.nodes.join("\u0000") === segment.nodes.join("\u0000"));
        if (same) same.edges.forEach((es, i) => es.push(...segment.edges[i]!.filter((e) => !es.includes(e))));
        else list.push({ nodes: segment.nodes, edges: segment.edges.map((e) => [...e]) });
        parents.set(node, list);
      }
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const paths: Path[] = [];
  const walk = (node: string, suffix: Path) => {
    if (paths.length >= maxPaths) return;
    if (node === from) {
      paths.push(suffix);
      return;
    }
    for (const seg of parents.get(node) ?? []) {
      walk(seg.nodes[0]!, { nodes: [...seg.nodes.slice(0, -1), ...suffix.nodes], edges: [...seg.edges, ...suffix.edges] });
    }
  };
  walk(to, { nodes: [to], edges: [] });
  return paths;
}

/**
 * All shortest paths from `from` to `to` over any relation, in either direction (at most
 * `maxPaths`): how two nodes are connected at all. Dependency chains are
 * lib/model/dependency.ts's dependencyPaths.
 */
export function relationPaths(graph: AtlasGraph, from: string, to: string, allowed: EdgePredicate = always, maxPaths = 25): Path[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  return shortestPaths(
    from,
    to,
    (n) =>
      graph
        .edges(n)
        .filter((e) => allowed(e, graph.getEdgeAttributes(e)))
        .map((e) => {
          const node = graph.opposite(n, e);
          return { node, segment: { nodes: [n, node], edges: [[e]] } };
        }),
    maxPaths,
  );
}
