/**
 * `importGraph`: a user's own network from CSV, graphology JSON, GEXF, GraphML or an ETO folder,
 * as a graph the Atlas can show and measure. lib/io/import reads the formats; this module adds what
 * only the model knows: whether the file speaks the Atlas's vocabulary (node kinds nation, firm,
 * input, bloc; edge kinds provides, requires, supplies…), and if so, the attribute shapes lib/model,
 * lib/supply and lib/scenario read (lists, numbers, a firm's headquarters, an input's layer), so
 * supply metrics, chokepoints and scenarios work on it. See lib/io/import/README.md.
 */
import { runImport } from "../io/import";
import type { CommitContext, CommitEdge, CommitNode, ProfileResult } from "../io/import/staging";
import type { ImportFile, ImportOptions, ImportResult } from "../io/import/types";
import { edgeId } from "./dataset";
import { EDGE_KINDS, LAYERS, NODE_KINDS, type Layer } from "./vocabulary";

export type * from "../io/import/types";
export { previewCsv } from "../io/import/csv";
export { formatImportIssue } from "../io/import/issues";

/** Attributes written as `;`-joined text by CSV, GEXF and GraphML (lib/export/flatten.ts), read back as lists. */
const LIST_FIELDS = ["aliases", "sources", "members", "inputs", "layers"] as const;
/** Attributes the model reads as numbers. */
const NUMBER_FIELDS = ["share", "year", "end", "stake", "capacity_share", "value_usd_b", "market_usd_b", "market_year", "founded"] as const;
/** Percentages. */
const PERCENT_FIELDS = new Set(["share", "stake", "capacity_share"]);

const NODE_KIND_SET = new Set<string>(NODE_KINDS);
const EDGE_KIND_SET = new Set<string>(EDGE_KINDS);
const LAYER_SET = new Set<string>(LAYERS);
const ISO3 = /^[A-Z]{3}$/;

const where = (x: CommitNode | CommitEdge) => x.at;
const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

function toList(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => (typeof x === "string" ? x : JSON.stringify(x)));
  if (typeof v === "string")
    return v
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
  if (v === undefined || v === null) return [];
  return [String(v)];
}

/** Coerce the Atlas's number fields; a value that is no number is moved to `<field>_raw`. */
function numbers(x: CommitNode | CommitEdge, ctx: CommitContext) {
  const a = x.attributes;
  for (const f of NUMBER_FIELDS) {
    if (!Object.hasOwn(a, f)) continue;
    const v = a[f];
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v.trim().replace(/%$/, "")) : NaN;
    if (v === "" || v === null) {
      delete a[f];
      continue;
    }
    const bad = !Number.isFinite(n) ? "is not a number" : PERCENT_FIELDS.has(f) && (n < 0 || n > 100) ? "is outside 0–100%" : undefined;
    if (bad) {
      delete a[f];
      a[`${f}_raw`] = v;
      ctx.log.warning({ ...where(x), code: f === "share" ? "share" : "attribute-type", field: f, message: `${f} ${JSON.stringify(v)} ${bad}`, action: `dropped (kept as ${f}_raw)` });
    } else a[f] = n;
  }
}

/**
 * The Atlas profile: atlasKinds when every node and edge has an Atlas kind, the graph is directed,
 * every input and firm has a layer and every firm a headquarters nation. Normalises the attribute
 * shapes in place either way only when the kinds are the Atlas's.
 */
export function atlasProfile(ctx: CommitContext): ProfileResult {
  const nodes = [...ctx.nodes.values()];
  const atlasNode = (n: CommitNode) => typeof n.attributes.kind === "string" && NODE_KIND_SET.has(n.attributes.kind);
  const atlasEdge = (e: CommitEdge) => typeof e.attributes.kind === "string" && EDGE_KIND_SET.has(e.attributes.kind);
  const foreignNode = nodes.find((n) => !atlasNode(n));
  const foreignEdge = ctx.edges.find((e) => !atlasEdge(e));
  if (foreignNode && foreignEdge && !nodes.some(atlasNode) && !ctx.edges.some(atlasEdge)) return { atlasKinds: false };
  if (!foreignNode && !foreignEdge && nodes.length === 0) return { atlasKinds: false };
  const off = (message: string, x?: CommitNode | CommitEdge) => {
    ctx.log.warning({ ...(x ? where(x) : { file: nodes[0]!.at.file }), code: "atlas-kinds", field: "kind", message, action: "read as a generic network: the network metrics apply, the supply-chain metrics and scenarios do not" });
    return { atlasKinds: false };
  };
  if (foreignNode) {
    const k = foreignNode.attributes.kind;
    const count = nodes.filter((n) => !atlasNode(n)).length;
    return off(
      `${count.toLocaleString("en-US")} of ${nodes.length.toLocaleString("en-US")} nodes have no Atlas kind (nation, firm, input, bloc); the first, ${show(foreignNode.id)}, has ${k === undefined ? "none" : `kind ${show(String(k))}`}${foreignNode.created ? " (it was created for an edge's end)" : ""}`,
      foreignNode,
    );
  }
  if (foreignEdge) {
    const k = foreignEdge.attributes.kind;
    const count = ctx.edges.filter((e) => !atlasEdge(e)).length;
    return off(`${count.toLocaleString("en-US")} of ${ctx.edges.length.toLocaleString("en-US")} edges have no Atlas kind (provides, requires, supplies…); the first has ${k === undefined ? "none" : `kind ${show(String(k))}`}`, foreignEdge);
  }
  if (!ctx.directed || ctx.mixed) return off("the file's edges are not all directed, and every Atlas relation has a direction");

  // Shapes: lists, numbers, labels.
  for (const n of nodes) {
    const a = n.attributes;
    for (const f of LIST_FIELDS) if (Object.hasOwn(a, f) || f === "sources" || f === "aliases") a[f] = toList(a[f]);
    numbers(n, ctx);
    if (typeof a.label !== "string" || a.label === "") a.label = a.label === undefined || a.label === "" ? n.id : String(a.label);
    if (a.kind === "firm" && (typeof a.hq !== "string" || a.hq === "") && typeof a.hq_nation === "string" && a.hq_nation !== "") a.hq = a.hq_nation;
  }
  for (const e of ctx.edges) {
    const a = e.attributes;
    for (const f of LIST_FIELDS) if (Object.hasOwn(a, f) || f === "sources") a[f] = toList(a[f]);
    numbers(e, ctx);
  }

  // A firm's headquarters: its hq attribute, else its headquartered_in edge.
  for (const e of ctx.edges) {
    if (e.attributes.kind !== "headquartered_in") continue;
    const firm = ctx.nodes.get(e.source);
    if (firm && firm.attributes.kind === "firm" && (typeof firm.attributes.hq !== "string" || firm.attributes.hq === "")) firm.attributes.hq = e.target;
  }
  // A firm without a layer takes the most common layer of the inputs it provides.
  const provided = new Map<string, Map<string, number>>();
  for (const e of ctx.edges) {
    if (e.attributes.kind !== "provides") continue;
    const layer = ctx.nodes.get(e.target)?.attributes.layer;
    if (typeof layer !== "string" || !LAYER_SET.has(layer)) continue;
    const m = provided.get(e.source) ?? new Map<string, number>();
    m.set(layer, (m.get(layer) ?? 0) + 1);
    provided.set(e.source, m);
  }
  let inferred = 0;
  let firstInferred: CommitNode | undefined;
  for (const n of nodes) {
    const a = n.attributes;
    if (a.kind !== "firm" && a.kind !== "input") continue;
    if (typeof a.layer === "string" && LAYER_SET.has(a.layer)) continue;
    const counts = a.kind === "firm" ? provided.get(n.id) : undefined;
    if (counts && (a.layer === undefined || a.layer === "")) {
      a.layer = [...counts].sort((x, y) => y[1] - x[1] || LAYERS.indexOf(x[0] as Layer) - LAYERS.indexOf(y[0] as Layer))[0]![0];
      inferred++;
      firstInferred ??= n;
      continue;
    }
    return off(`${a.kind} ${show(n.id)} has ${a.layer === undefined || a.layer === "" ? "no layer" : `layer ${show(String(a.layer))}, not one of the Atlas's (${LAYERS.join(", ")})`}`, n);
  }
  if (firstInferred)
    ctx.log.warning({ ...firstInferred.at, code: "atlas-kinds", field: "layer", message: `${inferred} firm${inferred === 1 ? " has" : "s have"} no layer (the first: ${show(firstInferred.id)})`, action: "each takes the most common layer of the inputs it provides" });
  for (const n of nodes) {
    const a = n.attributes;
    if (a.kind === "firm" && (typeof a.hq !== "string" || a.hq === "")) return off(`firm ${show(n.id)} has no headquarters (an hq attribute or a headquartered_in edge)`, n);
    if (a.kind === "firm" && !ISO3.test(a.hq as string) && !ctx.nodes.has(a.hq as string)) return off(`firm ${show(n.id)} has headquarters ${show(String(a.hq))}, neither an ISO3 code nor a node`, n);
  }

  shareSums(ctx);
  const sources = ctx.graphAttributes.sources;
  if (typeof sources === "string") {
    try {
      ctx.graphAttributes.sources = JSON.parse(sources);
    } catch {
      ctx.graphAttributes.sources = [];
    }
  }
  if (!Array.isArray(ctx.graphAttributes.sources)) ctx.graphAttributes.sources = [];

  return {
    atlasKinds: true,
    edgeKey: (e) => {
      const a = e.attributes;
      const text = (k: string) => (typeof a[k] === "string" && a[k] !== "" ? (a[k] as string) : undefined);
      return edgeId({ kind: String(a.kind), from: e.source, to: e.target, year: typeof a.year === "number" ? a.year : undefined, input: text("input"), scope: text("scope"), set: text("set") });
    },
    parallelKey: (e) => ["kind", "year", "scope", "input", "set"].map((k) => String(e.attributes[k] ?? "")).join("|"),
  };
}

/** Shares of one input, year, basis, kind of provider, attribution and market adding up to more than 100.5% are reported (not changed). */
function shareSums(ctx: CommitContext) {
  const sums = new Map<string, { sum: number; first: CommitEdge; rows: number }>();
  for (const e of ctx.edges) {
    const a = e.attributes;
    if (a.kind !== "provides" || typeof a.share !== "number") continue;
    const fromKind = ctx.nodes.get(e.source)?.attributes.kind;
    const key = [e.target, a.year, a.basis, fromKind, a.attribution, a.scope].map((v) => String(v ?? "")).join("\u0000");
    const s = sums.get(key);
    if (s) {
      s.sum += a.share;
      s.rows++;
    } else sums.set(key, { sum: a.share, first: e, rows: 1 });
  }
  for (const { sum, first, rows } of sums.values()) {
    if (sum <= 100.5) continue;
    const a = first.attributes;
    const fromKind = ctx.nodes.get(first.source)?.attributes.kind;
    ctx.log.warning({
      ...first.at,
      code: "share-sum",
      field: "share",
      message: `the ${rows} ${fromKind ?? "provider"} shares of ${show(first.target)}${a.year !== undefined ? ` in ${String(a.year)}` : ""}${a.basis ? ` (${String(a.basis)})` : ""} add up to ${Math.round(sum * 10) / 10}%`,
      action: "kept as given; the HHI and chokepoints use them as they are",
    });
  }
}

/**
 * Import files as a graph: see lib/io/import/types.ts for the contract. Pure and synchronous;
 * runs in Node, the browser and a Web Worker.
 */
export function importGraph(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  return runImport(files, options, { profile: atlasProfile });
}
