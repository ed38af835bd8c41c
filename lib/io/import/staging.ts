/**
 * The staging area every format parses into, and the one validation that turns it into a graph.
 * Readers only record what the file says (nodes, edges, attributes, where each came from); `commit`
 * decides, in one place and the same way for every format, what happens to missing ids, duplicates,
 * edges to unknown nodes, self-loops, parallel edges, bad weights, unsafe keys and limits, then
 * writes the graph in graphology's serialised form at once. Nothing here throws on bad input: each
 * case is an issue with its file, line or element and field (see README.md). O(V + E).
 */
import type { SerializedEdge, SerializedGraph, SerializedNode } from "graphology-types";
import type { IssueLog } from "./issues";
import type { ImportLimits, ImportReport } from "./types";

export type Attrs = Record<string, unknown>;

/** Where a record came from, for the report. */
export interface Where {
  file: string;
  line?: number;
  element?: string;
}

export interface StagedNode {
  id: string;
  attributes: Attrs;
  at: Where;
}

export interface StagedEdge {
  /** The file's edge id, when it gives one. */
  id?: string;
  source: string;
  target: string;
  /** Set for per-edge direction (GEXF type, GraphML directed, a CSV type column). */
  undirected?: boolean;
  attributes: Attrs;
  at: Where;
  /** The column or attribute the weight came from, for messages ("weight", "Weight"). */
  weightField?: string;
}

/** The limit was passed while staging; the reader stops. */
export class LimitExceeded extends Error {}

/** True for keys graphology 0.26 cannot hold safely: it keeps adjacency in plain objects, so "__proto__", "constructor", "toString"… collide with Object.prototype. */
export function isUnsafeKey(key: string): boolean {
  return key in Object.prototype;
}

export class Staging {
  readonly nodes: StagedNode[] = [];
  readonly edges: StagedEdge[] = [];
  graphAttributes: Attrs = Object.create(null) as Attrs;
  /** Directed unless the file says otherwise; per-edge `undirected` flags make the graph mixed. */
  directed = true;
  /** A single edge list: nodes are the edges' ends, so unknown ends are expected and created silently. */
  implicitNodes = false;

  constructor(
    readonly log: IssueLog,
    readonly limits: ImportLimits,
  ) {}

  addNode(node: StagedNode): void {
    if (this.nodes.length >= this.limits.maxNodes) {
      this.log.error({ ...node.at, code: "too-many-nodes", message: `the file has more than ${this.limits.maxNodes.toLocaleString("en-US")} nodes, the limit`, action: "nothing imported" });
      throw new LimitExceeded();
    }
    this.nodes.push(node);
  }

  addEdge(edge: StagedEdge): void {
    if (this.edges.length >= this.limits.maxEdges) {
      this.log.error({ ...edge.at, code: "too-many-edges", message: `the file has more than ${this.limits.maxEdges.toLocaleString("en-US")} edges, the limit`, action: "nothing imported" });
      throw new LimitExceeded();
    }
    this.edges.push(edge);
  }
}

/**
 * Set an attribute whatever its name: "__proto__" would set the object's prototype (and
 * Object.assign, which graphology's export uses, would do it again), so it is stored as
 * "__proto__~1" and reported once per file.
 */
export function setAttribute(attrs: Attrs, name: string, value: unknown, at: Where, log: IssueLog, renamed?: Set<string>): void {
  if (name === "__proto__") {
    const safe = "__proto__~1";
    const key = `${at.file}\u0000${name}`;
    if (!renamed?.has(key)) {
      renamed?.add(key);
      log.warning({ ...at, code: "unsafe-key", field: name, message: `an attribute is named "${name}", which JavaScript objects cannot hold as data`, action: `stored as "${safe}"` });
    }
    Object.defineProperty(attrs, safe, { value, enumerable: true, writable: true, configurable: true });
    return;
  }
  attrs[name] = value;
}

/** A node or edge on its way into the graph (after ids are settled). */
export interface CommitNode {
  id: string;
  attributes: Attrs;
  at: Where;
  /** Created for an edge's end that no node record names. */
  created?: boolean;
}
export interface CommitEdge {
  id?: string;
  source: string;
  target: string;
  undirected: boolean;
  attributes: Attrs;
  at: Where;
  weightField?: string;
}

export interface CommitContext {
  nodes: Map<string, CommitNode>;
  edges: CommitEdge[];
  directed: boolean;
  mixed: boolean;
  graphAttributes: Attrs;
  log: IssueLog;
}

/** What a profile (lib/model's Atlas vocabulary) makes of the validated graph. */
export interface ProfileResult {
  atlasKinds: boolean;
  /** Keys for edges the file gives no id (e.g. lib/model's content-based ids). */
  edgeKey?: (edge: CommitEdge) => string;
  /** Parallel edges are only reported when these parts agree too (e.g. the Atlas's kind and year). */
  parallelKey?: (edge: CommitEdge) => string;
}

export type GraphProfile = (ctx: CommitContext) => ProfileResult;

export type Committed = { graph: SerializedGraph } & Pick<ImportReport, "nodes" | "edges" | "directed" | "mixed" | "selfLoops" | "parallelEdges" | "atlasKinds">;

const LONG_TEXT = 1000;
const describeEnd = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Free key `${base}~n` (n from 1), never one in `taken`. */
function freeKey(base: string, taken: { has(k: string): boolean }, from = 1): string {
  for (let n = from; ; n++) {
    const k = `${base}~${n}`;
    if (!taken.has(k) && !isUnsafeKey(k)) return k;
  }
}

/** Validate the staged graph and write it; null (with errors logged) when no graph can be made. */
export function commit(stage: Staging, profile?: GraphProfile, onProgress?: (fraction: number) => void): Committed | null {
  const { log, limits } = stage;
  const nodes = new Map<string, CommitNode>();

  // 1. Nodes: ids present, duplicates merged into the first record.
  for (const n of stage.nodes) {
    if (n.id === "") {
      log.warning({ ...n.at, code: "missing-id", field: "id", message: "a node has no id", action: "node skipped" });
      continue;
    }
    const first = nodes.get(n.id);
    if (!first) {
      nodes.set(n.id, { id: n.id, attributes: n.attributes, at: n.at });
      continue;
    }
    const conflicts: string[] = [];
    for (const [k, v] of Object.entries(n.attributes)) {
      if (!Object.hasOwn(first.attributes, k)) setAttribute(first.attributes, k, v, n.at, log);
      else if (JSON.stringify(first.attributes[k]) !== JSON.stringify(v)) conflicts.push(k);
    }
    log.warning({
      ...n.at,
      code: "duplicate-node",
      field: "id",
      message: `node id ${describeEnd(n.id)} appeared already${first.at.line !== undefined ? ` at line ${first.at.line}` : first.at.element ? ` (${first.at.element})` : ""}`,
      action: conflicts.length
        ? `merged into the first; its values of ${conflicts.map((c) => `"${c}"`).join(", ")} differ and the first ones were kept`
        : "merged into the first (attributes it lacked were added)",
    });
  }
  onProgress?.(0.2);

  // 2. Edges: ends present; unknown ends become nodes.
  const edges: CommitEdge[] = [];
  const mixed = stage.directed && stage.edges.some((e) => e.undirected === true);
  for (const e of stage.edges) {
    if (e.source === "" || e.target === "") {
      log.warning({ ...e.at, code: "missing-id", field: e.source === "" ? "source" : "target", message: `an edge has no ${e.source === "" ? "source" : "target"}`, action: "edge skipped" });
      continue;
    }
    for (const end of [e.source, e.target]) {
      if (nodes.has(end)) continue;
      nodes.set(end, { id: end, attributes: {}, at: e.at, created: true });
      if (!stage.implicitNodes)
        log.warning({ ...e.at, code: "unknown-node", field: end === e.source ? "source" : "target", message: `an edge refers to node ${describeEnd(end)}, which no node record defines`, action: "node created without attributes" });
    }
    const undirected = !stage.directed || (mixed && e.undirected === true);
    edges.push({ id: e.id, source: e.source, target: e.target, undirected, attributes: e.attributes, at: e.at, weightField: e.weightField });
  }
  if (nodes.size > limits.maxNodes) {
    log.error({ file: stage.edges[0]?.at.file ?? "", code: "too-many-nodes", message: `the graph has ${nodes.size.toLocaleString("en-US")} nodes, more than the limit of ${limits.maxNodes.toLocaleString("en-US")}`, action: "nothing imported" });
    return null;
  }
  if (nodes.size === 0) {
    log.error({ file: stage.nodes[0]?.at.file ?? stage.edges[0]?.at.file ?? "", code: "no-graph", message: "the file holds no nodes and no edges", action: "nothing imported" });
    return null;
  }
  onProgress?.(0.4);

  // 3. The vocabulary (the Atlas's kinds) may normalise attributes and says how to key edges.
  const ctx: CommitContext = { nodes, edges, directed: stage.directed, mixed, graphAttributes: stage.graphAttributes, log };
  const prof = profile?.(ctx) ?? { atlasKinds: false };
  onProgress?.(0.6);

  // 4. Self-loops, weights, long labels.
  let selfLoops = 0;
  const kept: CommitEdge[] = [];
  for (const e of ctx.edges) {
    if (e.source === e.target) {
      if (prof.atlasKinds) {
        log.warning({ ...e.at, code: "self-loop", message: `an edge joins ${describeEnd(e.source)} to itself; Atlas relations never do`, action: "edge skipped" });
        continue;
      }
      selfLoops++;
      log.warning({ ...e.at, code: "self-loop", message: `an edge joins ${describeEnd(e.source)} to itself`, action: "kept (the metrics count it as networkx does)" });
    }
    checkWeight(e, log);
    kept.push(e);
  }
  for (const n of nodes.values()) {
    const label = n.attributes.label;
    if (typeof label === "string" && label.length > LONG_TEXT)
      log.warning({ ...n.at, code: "long-text", field: "label", message: `the label of node ${describeEnd(n.id)} is ${label.length.toLocaleString("en-US")} characters long`, action: "kept in full" });
  }

  // 5. Keys: unsafe node keys renamed (the original kept as `original_id`), edge ids unique.
  const nodeKey = new Map<string, string>();
  for (const n of nodes.values()) {
    if (!isUnsafeKey(n.id)) continue;
    const key = freeKey(n.id, nodes);
    nodeKey.set(n.id, key);
    n.attributes.original_id = n.id;
    if (n.attributes.label === undefined) n.attributes.label = n.id;
    log.warning({ ...n.at, code: "unsafe-key", field: "id", message: `node id ${describeEnd(n.id)} is a built-in JavaScript property name, which graphology cannot hold as a key`, action: `stored as key "${key}", with the id kept in "original_id" and as the label` });
  }
  const keyOf = (id: string) => nodeKey.get(id) ?? id;
  const explicit = new Set<string>();
  for (const e of kept) if (e.id !== undefined && e.id !== "") explicit.add(e.id);
  const usedEdge = new Set<string>();
  let generated = 0;
  const edgeKeys = kept.map((e) => {
    let key = e.id !== undefined && e.id !== "" ? e.id : undefined;
    if (key !== undefined && (usedEdge.has(key) || isUnsafeKey(key))) {
      const dup = usedEdge.has(key);
      const k = freeKey(key, { has: (x) => usedEdge.has(x) || explicit.has(x) }, dup ? 2 : 1);
      log.warning({
        ...e.at,
        code: dup ? "duplicate-edge" : "unsafe-key",
        field: "id",
        message: dup ? `edge id ${describeEnd(key)} appeared already` : `edge id ${describeEnd(key)} is a built-in JavaScript property name`,
        action: `kept as a separate edge with id "${k}"`,
      });
      key = k;
    }
    if (key === undefined) {
      const base = prof.edgeKey?.(e);
      if (base !== undefined && !usedEdge.has(base) && !explicit.has(base) && !isUnsafeKey(base)) key = base;
      else if (base !== undefined) key = freeKey(base, { has: (x) => usedEdge.has(x) || explicit.has(x) }, 2);
      else {
        do key = `e${generated++}`;
        while (usedEdge.has(key) || explicit.has(key));
      }
    }
    usedEdge.add(key);
    return key;
  });
  onProgress?.(0.8);

  // 6. Parallel edges: kept (a multigraph), reported once.
  let parallelEdges = 0;
  const pairs = new Map<string, Where>();
  let firstParallel: { e: CommitEdge; prev: Where } | undefined;
  for (const e of kept) {
    const [a, b] = e.undirected && e.target < e.source ? [e.target, e.source] : [e.source, e.target];
    const pk = `${e.undirected ? "u" : "d"}\u0000${a}\u0000${b}\u0000${prof.parallelKey?.(e) ?? ""}`;
    const prev = pairs.get(pk);
    if (prev) {
      parallelEdges++;
      firstParallel ??= { e, prev };
    } else pairs.set(pk, e.at);
  }
  if (firstParallel) {
    const { e, prev } = firstParallel;
    log.warning({
      ...e.at,
      code: "parallel-edges",
      message: `${parallelEdges.toLocaleString("en-US")} edge${parallelEdges === 1 ? "" : "s"} join the same nodes as an earlier edge${prof.atlasKinds ? " with the same kind and year" : ""} (the first: ${describeEnd(e.source)} → ${describeEnd(e.target)}${prev.line !== undefined ? `, as at line ${prev.line}` : ""})`,
      action: "kept as separate edges (the network metrics add their weights)",
    });
  }

  // 7. The graph, all at once.
  const type = ctx.mixed ? "mixed" : ctx.directed ? "directed" : "undirected";
  const serialNodes: SerializedNode[] = [];
  for (const n of nodes.values()) serialNodes.push({ key: keyOf(n.id), attributes: n.attributes });
  const serialEdges: SerializedEdge[] = kept.map((e, i) => {
    const out: SerializedEdge = { key: edgeKeys[i]!, source: keyOf(e.source), target: keyOf(e.target), attributes: e.attributes };
    if (e.undirected) out.undirected = true;
    return out;
  });
  onProgress?.(1);
  return {
    graph: {
      options: { type, multi: prof.atlasKinds || parallelEdges > 0, allowSelfLoops: !prof.atlasKinds },
      attributes: ctx.graphAttributes,
      nodes: serialNodes,
      edges: serialEdges,
    },
    nodes: serialNodes.length,
    edges: serialEdges.length,
    directed: ctx.directed || ctx.mixed,
    mixed: ctx.mixed,
    selfLoops,
    parallelEdges,
    atlasKinds: prof.atlasKinds,
  };
}

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A weight the metrics can use is a finite number ≥ 0; anything else is moved to `weight_raw`. */
function checkWeight(e: CommitEdge, log: IssueLog) {
  if (!Object.hasOwn(e.attributes, "weight")) return;
  let w = e.attributes.weight;
  if (typeof w === "string" && NUMBER.test(w.trim())) w = e.attributes.weight = Number(w.trim());
  if (typeof w === "number" && Number.isFinite(w) && w >= 0) return;
  const why =
    typeof w === "number" ? (Number.isNaN(w) ? "is NaN" : !Number.isFinite(w) ? "is infinite" : "is negative") : w === "" || w === null ? "is empty" : `is not a number (${JSON.stringify(String(w).slice(0, 40))})`;
  delete e.attributes.weight;
  if (w !== "" && w !== null && w !== undefined) e.attributes.weight_raw = typeof w === "number" && !Number.isFinite(w) ? String(w) : w;
  log.warning({
    ...e.at,
    code: "weight",
    field: e.weightField ?? "weight",
    message: `the weight ${why}; a weight must be a finite number ≥ 0`,
    action: w === "" || w === null ? "edge kept without a weight (counts as 1)" : "edge kept without a weight (counts as 1); the value is kept as weight_raw",
  });
}

/**
 * Settle direction from a file default (GEXF defaultedgetype, GraphML edgedefault) and per-edge
 * flags: when every edge agrees with the default the graph takes it; otherwise the graph is mixed
 * and every edge without a flag takes the default explicitly. O(E).
 */
export function settleDirection(stage: Staging, defaultDirected: boolean): void {
  const disagree = stage.edges.some((e) => e.undirected !== undefined && e.undirected === defaultDirected);
  if (!disagree) {
    stage.directed = defaultDirected;
    for (const e of stage.edges) e.undirected = undefined;
    return;
  }
  stage.directed = true;
  for (const e of stage.edges) if (e.undirected === undefined) e.undirected = !defaultDirected;
}
