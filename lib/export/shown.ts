/**
 * The shown part of the graph, in the graph's own order (so exports are stable), with the sources
 * its nodes and edges cite. O(V + E).
 */
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../model/graph";
import type { DatasetMeta, Source } from "../model/schema";
import type { Visible } from "../view/visible";
import type { ExportScope } from "./types";

export interface ShownNode {
  id: string;
  attributes: NodeAttributes;
}
export interface ShownEdge {
  id: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export function shownNodes(graph: AtlasGraph, visible: Visible): ShownNode[] {
  const out: ShownNode[] = [];
  graph.forEachNode((id, attributes) => {
    if (visible.nodes.has(id)) out.push({ id, attributes });
  });
  return out;
}

/** Shown edges whose two ends are shown (an edge never dangles in an export). */
export function shownEdges(graph: AtlasGraph, visible: Visible): ShownEdge[] {
  const out: ShownEdge[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    if (visible.edges.has(id) && visible.nodes.has(source) && visible.nodes.has(target)) out.push({ id, source, target, attributes });
  });
  return out;
}

export function datasetMeta(scope: ExportScope): DatasetMeta | undefined {
  return scope.meta ?? (scope.graph.getAttribute("meta") as DatasetMeta | undefined);
}

export interface CitedSource extends Source {
  /** How many shown nodes and edges cite it. */
  citations: number;
}

/**
 * Sources cited by the shown nodes and edges, most cited first (then by publisher and title). Ids
 * that the graph's source list does not have are kept with the id as publisher, so nothing cited
 * goes missing.
 */
export function citedSources(graph: AtlasGraph, visible: Visible): CitedSource[] {
  const all = new Map(((graph.getAttribute("sources") as Source[] | undefined) ?? []).map((s) => [s.id, s]));
  const counts = new Map<string, number>();
  const add = (ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const n of shownNodes(graph, visible)) add(n.attributes.sources);
  for (const e of shownEdges(graph, visible)) add(e.attributes.sources);
  return [...counts]
    .map(([id, citations]) => ({ ...(all.get(id) ?? { id, publisher: id, title: "(not in the source list)", year: 0 }), citations }))
    .sort((a, b) => b.citations - a.citations || a.publisher.localeCompare(b.publisher) || a.title.localeCompare(b.title));
}

/** Publishers of the cited sources, most cited first, each once. */
export function citedPublishers(sources: readonly CitedSource[]): string[] {
  const totals = new Map<string, number>();
  for (const s of sources) totals.set(s.publisher, (totals.get(s.publisher) ?? 0) + s.citations);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}

export interface ShownDegree {
  /** Distinct shown neighbours. */
  degree: number;
  /** Distinct shown nodes with an edge to this one. */
  inDegree: number;
  /** Distinct shown nodes this one has an edge to. */
  outDegree: number;
}

/** Degree within the shown subgraph: distinct neighbours, parallel edges (e.g. yearly vintages) counted once. O(E). */
export function shownDegrees(graph: AtlasGraph, visible: Visible): Map<string, ShownDegree> {
  const ins = new Map<string, Set<string>>();
  const outs = new Map<string, Set<string>>();
  const both = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, k: string, v: string) => {
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(v);
  };
  for (const e of shownEdges(graph, visible)) {
    put(outs, e.source, e.target);
    put(ins, e.target, e.source);
    put(both, e.source, e.target);
    put(both, e.target, e.source);
  }
  const result = new Map<string, ShownDegree>();
  for (const id of visible.nodes) {
    if (!graph.hasNode(id)) continue;
    result.set(id, { degree: both.get(id)?.size ?? 0, inDegree: ins.get(id)?.size ?? 0, outDegree: outs.get(id)?.size ?? 0 });
  }
  return result;
}
