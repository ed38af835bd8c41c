/**
 * Queries over the Atlas graph: which edges are in force in a year, neighbours grouped by relation,
 * upstream/downstream traversal along dependencies, and all shortest paths. Pure functions over a
 * graphology graph; every traversal is a breadth-first search, O(V + E).
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

export interface Step {
  neighbour: string;
  edge: string;
}

/** The single steps from `node` in a direction along dependency edges. */
export function dependencySteps(
  graph: AtlasGraph,
  node: string,
  direction: Direction,
  allowed: EdgePredicate = always,
): Step[] {
  const steps: Step[] = [];
  const wantUp = direction !== "down";
  const wantDown = direction !== "up";
  graph.forEachEdge(node, (edge, a, source, target) => {
    if (!allowed(edge, a)) return;
    const depended = EDGE_KIND_INFO[a.kind].depended;
    const other = source === node ? target : source;
    const nodeIsSource = source === node;
    // Is the neighbour depended upon by `node` (upstream) or dependent on it (downstream)?
    const neighbourIsDepended = depended === "both" || (depended === "source" ? !nodeIsSource : nodeIsSource);
    const neighbourIsDependent = depended === "both" || (depended === "source" ? nodeIsSource : !nodeIsSource);
    if ((wantUp && neighbourIsDepended) || (wantDown && neighbourIsDependent)) steps.push({ neighbour: other, edge });
  });
  return steps;
}

export interface Traversal {
  /** Each reached node with its distance (0 for the start). */
  nodes: Map<string, number>;
  edges: Set<string>;
}

/**
 * Nodes reached from `start` within `depth` steps upstream, downstream or both (for "both", each
 * side is followed in its own direction, so the result is the upstream tree plus the downstream
 * tree, not everything within `depth` hops).
 */
export function traverse(
  graph: AtlasGraph,
  start: string,
  direction: Direction,
  depth: number,
  allowed: EdgePredicate = always,
): Traversal {
  const result: Traversal = { nodes: new Map([[start, 0]]), edges: new Set() };
  if (!graph.hasNode(start)) return { nodes: new Map(), edges: new Set() };
  const sides: Direction[] = direction === "both" ? ["up", "down"] : [direction];
  for (const side of sides) {
    const seen = new Map<string, number>([[start, 0]]);
    let frontier = [start];
    for (let d = 1; d <= depth && frontier.length > 0; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        for (const { neighbour, edge } of dependencySteps(graph, n, side, allowed)) {
          // Keep every edge between levels so the picture shows all routes, not one tree.
          if (!seen.has(neighbour)) {
            seen.set(neighbour, d);
            next.push(neighbour);
          }
          if ((seen.get(neighbour) ?? 0) >= d - 1) result.edges.add(edge);
        }
      }
      frontier = next;
    }
    for (const [n, d] of seen) result.nodes.set(n, Math.min(d, result.nodes.get(n) ?? d));
  }
  return result;
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
 * All shortest paths from `from` to `to` (at most `maxPaths`). With `direction` "up" a path reads
 * "from depends on … depends on to"; "down" the reverse; "both" ignores dependency direction and
 * follows any relation. Parallel edges between the same two nodes give one path per node sequence,
 * with every parallel edge listed.
 */
export function shortestPaths(
  graph: AtlasGraph,
  from: string,
  to: string,
  direction: Direction,
  allowed: EdgePredicate = always,
  maxPaths = 25,
): Path[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [] }];
  const dist = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, Map<string, string[]>>(); // node -> parent -> edges
  let frontier = [from];
  let found = false;
  const stepDirection: Direction = direction === "both" ? "both" : direction;
  while (frontier.length > 0 && !found) {
    const next: string[] = [];
    for (const n of frontier) {
      const d = dist.get(n)!;
      const steps =
        stepDirection === "both"
          ? graph.edges(n).filter((e) => allowed(e, graph.getEdgeAttributes(e))).map((e) => ({ edge: e, neighbour: graph.opposite(n, e) }))
          : dependencySteps(graph, n, stepDirection, allowed);
      for (const { neighbour, edge } of steps) {
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
    for (const [parent, edges] of parents.get(node) ?? []) {
      walk(parent, [node, ...suffixNodes], [edges, ...suffixEdges]);
    }
  };
  walk(to, [], []);
  return paths;
}
