/**
 * Read a graph a user brings as graphology serialized JSON (`graph.export()`), checking it the way
 * graphology's `import` would, but reporting every problem as a message plus the JSON path of the
 * bad field (e.g. "edges[3].source") instead of throwing. Pure: runs in Node, the browser, a Worker.
 *
 * Rules:
 * - `options.type` "directed" or "mixed" gives that type (both analysed as directed); "undirected"
 *   or a missing type gives an undirected graph. `multi` defaults to false, `allowSelfLoops` to true.
 * - Keys are strings, kept exactly ("2" and "2.0" are two nodes). A JSON number key becomes its
 *   JavaScript string (2.0 → "2"): send strings to keep a spelling.
 * - An edge's `attributes.weight`, when present, must be a finite number ≥ 0 (lib/metrics reads it).
 * - Edges must join known nodes, keys must be unique, and self-loops/parallel edges/`undirected`
 *   flags must agree with the options.
 * - Node keys that name a property of Object.prototype ("__proto__", "constructor", "toString", …)
 *   are refused: graphology 0.26 keeps adjacency in plain objects, so such a key corrupts the graph
 *   and "__proto__" in a multi graph even adds a property to Object.prototype.
 */
import Graph from "graphology";
import { z } from "zod";
import type { AbstractGraph } from "graphology-types";

const key = z.union([z.string(), z.number()], { error: "expected a string key" }).transform(String);
const attributes = z.record(z.string(), z.unknown());

const nodeSchema = z.object({ key, attributes: attributes.optional() });
const edgeSchema = z.object({
  key: key.optional(),
  source: key,
  target: key,
  attributes: z
    .object({ weight: z.number({ error: "weight must be a finite number ≥ 0" }).nonnegative({ error: "weight must be a finite number ≥ 0" }).optional() })
    .catchall(z.unknown())
    .optional(),
  undirected: z.boolean().optional(),
});

export const serializedGraphSchema = z.object({
  options: z
    .object({
      type: z.enum(["directed", "undirected", "mixed"]).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  attributes: attributes.optional(),
  nodes: z.array(nodeSchema, { error: "expected an array of nodes [{ key, attributes? }]" }),
  edges: z.array(edgeSchema, { error: "expected an array of edges [{ source, target, … }]" }).default([]),
});

export type SerializedGraphJson = z.input<typeof serializedGraphSchema>;

export interface GraphJsonError {
  message: string;
  /** JSON path of the bad field, "" for the whole document. */
  path: string;
}

export type ParseGraphResult = { ok: true; graph: AbstractGraph } | { ok: false; error: GraphJsonError };

/** True for keys graphology 0.26 cannot hold safely (see above). */
export function isUnsafeGraphologyKey(key: string): boolean {
  return key in Object.prototype;
}

/** "edges[3].source" from ["edges", 3, "source"]. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => {
      if (typeof p === "number") return `[${p}]`;
      const s = String(p);
      return /^[A-Za-z_$][\w$]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `[${JSON.stringify(s)}]`;
    })
    .join("");
}

/** Parse JSON text, then `parseGraphologyJson`. */
export function parseGraphologyJsonText(text: string): ParseGraphResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { message: `invalid JSON: ${(e as Error).message}`, path: "" } };
  }
  return parseGraphologyJson(data);
}

/** Validate graphology serialized data and build the graph. Runs in O(n + m). */
export function parseGraphologyJson(data: unknown): ParseGraphResult {
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: { message: issue.message, path: formatJsonPath(issue.path) } };
  }
  const { options = {}, attributes: graphAttributes, nodes, edges } = parsed.data;
  const type = options.type ?? "undirected";
  const multi = options.multi ?? false;
  const allowSelfLoops = options.allowSelfLoops ?? true;
  const graph = new Graph({ type, multi, allowSelfLoops });
  const fail = (message: string, path: string): ParseGraphResult => ({ ok: false, error: { message, path } });

  if (graphAttributes) graph.replaceAttributes(graphAttributes);
  for (const [i, node] of nodes.entries()) {
    if (isUnsafeGraphologyKey(node.key)) {
      return fail(`node key "${node.key}" is a built-in object property name, which graphology cannot hold; rename the node`, `nodes[${i}].key`);
    }
    if (graph.hasNode(node.key)) return fail(`duplicate node key "${node.key}"`, `nodes[${i}].key`);
    graph.addNode(node.key, node.attributes ?? {});
  }
  for (const [i, e] of edges.entries()) {
    const at = `edges[${i}]`;
    if (!graph.hasNode(e.source)) return fail(`unknown node "${e.source}"`, `${at}.source`);
    if (!graph.hasNode(e.target)) return fail(`unknown node "${e.target}"`, `${at}.target`);
    if (e.key !== undefined && graph.hasEdge(e.key)) return fail(`duplicate edge key "${e.key}"`, `${at}.key`);
    if (type === "directed" && e.undirected === true) return fail("an undirected edge in a directed graph", `${at}.undirected`);
    if (type === "undirected" && e.undirected === false) return fail("a directed edge in an undirected graph", `${at}.undirected`);
    if (!allowSelfLoops && e.source === e.target) return fail(`a self-loop on "${e.source}" but options.allowSelfLoops is false`, at);
    const undirected = type === "undirected" || (type === "mixed" && e.undirected === true);
    const parallel = undirected ? graph.hasUndirectedEdge(e.source, e.target) : graph.hasDirectedEdge(e.source, e.target);
    if (!multi && parallel) return fail(`a parallel edge ${e.source} – ${e.target} but options.multi is false`, at);
    const attrs = e.attributes ?? {};
    if (e.key === undefined) {
      if (undirected) graph.addUndirectedEdge(e.source, e.target, attrs);
      else graph.addDirectedEdge(e.source, e.target, attrs);
    } else if (undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
  }
  return { ok: true, graph };
}

/**
 * The topology of any graphology graph as serialized JSON: node keys, edge keys and ends, the
 * `weight` attribute and `undirected` flags only. What fixtures, the bench and networkx exchange.
 */
export function toTopologyJson(graph: AbstractGraph) {
  return {
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    nodes: graph.mapNodes((k) => ({ key: k })),
    edges: graph.mapEdges((k, attrs, source, target, _sa, _ta, undirected) => ({
      key: k,
      source,
      target,
      ...(attrs.weight !== undefined ? { attributes: { weight: attrs.weight as number } } : {}),
      ...(undirected ? { undirected: true } : {}),
    })),
  } satisfies SerializedGraphJson;
}
