/**
 * What the explorer shows: the nodes and edges that pass the filters, the year and the focus.
 * Pure; O(V + E) plus the focus traversal.
 *
 * - Without a focus: the relations of the kinds shown (the supply relations unless the view names
 *   others), between nodes that pass the layer, kind and nation filters.
 * - With a focus: what the node depends on and what depends on it (lib/model/dependency.ts), to
 *   the chosen depth and direction, drawn through the data edges each dependency stands for; with
 *   `relations`, also the focused node's own other relations (owners, sites, partners, controls,
 *   talent), which are never followed further.
 * - With a path (from, to): its nodes and edges are drawn as well (pathsOf).
 */
import { isSupplyKind } from "../model/vocabulary";
import { findPaths, traverseDependencies, type DataEdgePredicate } from "../model/dependency";
import type { AtlasGraph, NodeAttributes } from "../model/graph";
import { edgesAsOf, type Path } from "../model/queries";
import { nationRings } from "./rings";
import { shownEdgeKinds, type ViewState } from "./url-state";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** The path finder's answer, drawn in the view (pathsOf), when a path is asked for. */
  paths?: Path[];
  /** Set when providers are folded into their inputs (foldedView). */
  folded?: FoldedView;
}

/** The folded supply-chain view: what is folded, and what is unfolded for the selection. */
export interface FoldedView {
  /** Nations in their own lane (the rings' legend; lib/view/rings.ts). */
  lane: string[];
  /** The selected node whose providers (input) or provisions (firm, nation) are drawn. */
  expanded?: string;
  /** Nodes drawn only because of the expansion (placed beside what they provide). */
  unfolded: Set<string>;
}

type Filters = Pick<ViewState, "layers" | "kinds" | "edges" | "nations" | "year" | "focus" | "depth" | "dir" | "isolated" | "relations"> &
  Partial<Pick<ViewState, "from" | "to" | "pathDir" | "layout" | "unfold" | "node" | "scenario">>;

/**
 * Are providers folded into their inputs? In the layered supply-chain layout, without a focus, a
 * node-kind, relation or nation filter, a what-if scenario (its diff names firms and their
 * supply), and unless the view asks to unfold them.
 */
export function isFolded(f: Partial<Filters>): boolean {
  return f.layout === "chain" && !f.unfold && !f.focus && !f.scenario && !f.kinds?.length && !f.edges?.length && !f.nations?.length;
}

/**
 * The path finder's answer for a view: dependency chains ("up": from depends on … to; "down": the
 * reverse) or, for "both", any connection, over the relations in force in the view's year,
 * whatever the filters hide (a path is an explicit question). Its nodes and edges are drawn.
 */
export function pathsOf(graph: AtlasGraph, f: Pick<Filters, "from" | "to" | "pathDir" | "year">): Path[] {
  if (!f.from || !f.to || !graph.hasNode(f.from) || !graph.hasNode(f.to)) return [];
  const asOf = edgesAsOf(graph, f.year);
  return findPaths(graph, f.from, f.to, f.pathDir ?? "up", { year: f.year, allowed: (e) => asOf.has(e) });
}

/** Does a node pass the layer, kind and nation filters? Nodes without a layer (nations, blocs) ignore the layer filter. */
export function nodePasses(a: NodeAttributes, f: Pick<Filters, "layers" | "kinds" | "nations">, id: string): boolean {
  if (f.kinds.length && !f.kinds.includes(a.kind)) return false;
  if (f.layers.length && "layer" in a && !f.layers.includes(a.layer)) return false;
  if (f.nations.length) {
    if (a.kind === "nation" && !f.nations.includes(id)) return false;
    if (a.kind === "firm" && !f.nations.includes(a.hq)) return false;
    if (a.kind === "bloc" && !a.members.some((m) => f.nations.includes(m))) return false;
  }
  return true;
}

export function computeVisible(graph: AtlasGraph, f: Filters): Visible {
  const v = isFolded(f) ? computeFolded(graph, f) : computeFiltered(graph, f);
  const paths = pathsOf(graph, f);
  for (const p of paths) {
    for (const n of p.nodes) v.nodes.add(n);
    for (const e of p.edges.flat()) v.edges.add(e);
  }
  return { ...v, paths };
}

/**
 * The first view: the inputs (that pass the layer filter) and what requires what between them;
 * the nation lane; and, for a selected input, its providers and their shares (for a selected firm
 * or nation, what it provides).
 */
function computeFolded(graph: AtlasGraph, f: Filters): Visible {
  const asOf = edgesAsOf(graph, f.year);
  const nodes = new Set<string>();
  graph.forEachNode((id, a) => {
    if (a.kind === "input" && nodePasses(a, f, id)) nodes.add(id);
  });
  const edges = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (a.kind === "requires" && asOf.has(edge) && nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  const { lane } = nationRings(graph, f.year);
  for (const n of lane) nodes.add(n);
  const unfolded = new Set<string>();
  const sel = f.node && graph.hasNode(f.node) ? f.node : undefined;
  if (sel) {
    const kind = graph.getNodeAttribute(sel, "kind");
    const unfold = (edge: string, other: string) => {
      edges.add(edge);
      if (!nodes.has(other)) {
        nodes.add(other);
        unfolded.add(other);
      }
    };
    if (kind === "input" && nodes.has(sel)) {
      graph.forEachInEdge(sel, (edge, a, source) => {
        if (a.kind === "provides" && asOf.has(edge)) unfold(edge, source);
      });
    } else if (kind === "firm" || kind === "nation") {
      if (!nodes.has(sel)) {
        nodes.add(sel);
        unfolded.add(sel);
      }
      graph.forEachOutEdge(sel, (edge, a, _source, target) => {
        if (a.kind === "provides" && asOf.has(edge) && nodes.has(target)) edges.add(edge);
      });
    }
  }
  return { nodes, edges, folded: { lane, expanded: sel, unfolded } };
}

function computeFiltered(graph: AtlasGraph, f: Filters): Visible {
  const asOf = edgesAsOf(graph, f.year);
  const nodeOk = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodePasses(a, f, id)) nodeOk.add(id);
  });
  const focus = f.focus && graph.hasNode(f.focus) ? f.focus : undefined;
  if (focus) nodeOk.add(focus);
  const kinds = shownEdgeKinds(f);
  const ends = (edge: string) => nodeOk.has(graph.source(edge)) && nodeOk.has(graph.target(edge));
  const allowed: DataEdgePredicate = (edge, a) => asOf.has(edge) && kinds.includes(a.kind) && ends(edge);

  if (focus) {
    // Dependencies follow supply whatever relation kinds are ticked (a supply kind can be unticked to hide it).
    const t = traverseDependencies(graph, focus, f.dir, f.depth, { year: f.year, allowed: (e, a) => isSupplyKind(a.kind) && allowed(e, a) });
    const nodes = new Set(t.nodes.keys());
    const edges = t.edges;
    if (f.relations) {
      graph.forEachEdge(focus, (edge, a, source, target) => {
        if (isSupplyKind(a.kind) || !asOf.has(edge) || !ends(edge)) return;
        edges.add(edge);
        nodes.add(source).add(target);
      });
    }
    return { nodes, edges };
  }
  const edges = new Set<string>();
  const linked = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (!allowed(edge, a)) return;
    edges.add(edge);
    linked.add(source).add(target);
  });
  return { nodes: f.isolated ? nodeOk : linked, edges };
}
