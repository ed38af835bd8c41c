/**
 * What the explorer shows: the nodes and edges that pass the filters, the year and the focus.
 * Pure; O(V + E) plus the focus traversal.
 */
import type { AtlasGraph, NodeAttributes } from "../model/graph";
import { edgesAsOf, traverse, type EdgePredicate } from "../model/queries";
import type { ViewState } from "./url-state";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
}

type Filters = Pick<ViewState, "layers" | "kinds" | "edges" | "nations" | "year" | "focus" | "depth" | "dir" | "isolated">;

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
  const asOf = edgesAsOf(graph, f.year);
  const nodeOk = new Set<string>();
  graph.forEachNode((id, a) => {
    if (nodePasses(a, f, id)) nodeOk.add(id);
  });
  if (f.focus && graph.hasNode(f.focus)) nodeOk.add(f.focus);
  const allowed: EdgePredicate = (edge, a) =>
    asOf.has(edge) &&
    (f.edges.length === 0 || f.edges.includes(a.kind)) &&
    nodeOk.has(graph.source(edge)) &&
    nodeOk.has(graph.target(edge));

  if (f.focus && graph.hasNode(f.focus)) {
    const t = traverse(graph, f.focus, f.dir, f.depth, allowed);
    return { nodes: new Set(t.nodes.keys()), edges: t.edges };
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
