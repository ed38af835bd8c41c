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

/**
 * All shortest paths from `from` to `to` over any relation, in either direction (at most
 * `maxPaths`): how two nodes are connected at all. Dependency chains are
 * lib/model/dependency.ts's dependencyPaths. Parallel edges between the same two nodes give one
 * path per node sequence, with every parallel edge listed.
 */
export function relationPaths(graph: AtlasGraph, from: string, to: string, allowed: EdgePredicate = always, maxPaths = 25): Path[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, Map<string, string[]>>(); // node -> parent -> edges
  let frontier = [from];
  let found = false;
  while (frontier.length > 0 && !found) {
    const next: string[] = [];
    for (const n of frontier) {
      const d = dist.get(n)!;
      for (const edge of graph.edges(n)) {
        if (!allowed(edge, graph.getEdgeAttributes(edge))) continue;
        const neighbour = graph.opposite(n, edge);
        const nd = dist.get(neighbour);
        if (nd === undefined) {
          dist.set(neighbour, d + 1);
          next.push(neighbour);
        }
        if ((nd ?? d + 1) === d + 1) {
          const ps = parents.get(neighbour) ?? new Map<string, string[]>();
          ps.set(n, [...(ps.get(n) ?? []), edge]);
          parents.set(neighbour, ps);
          if (neighbour === to) found = true;
        }
      }
    }
    frontier = next;
  }
  if (!found) return [];
  const paths: Path[] = [];
  const walk = (node: string, suffixNodes: string[], suffixEdges: string[][]) => {
    if (paths.length >= maxPaths) return;
    if (node === from) {
      paths.push({ nodes: [from, ...suffixNodes], edges: suffixEdges });
      return;
    }
    for (const [parent, edges] of parents.get(node) ?? []) walk(parent, [node, ...suffixNodes], [edges, ...suffixEdges]);
  };
  walk(to, [], []);
  return paths;
}
