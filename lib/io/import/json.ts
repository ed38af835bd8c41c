/**
 * JSON import: graphology's serialised form (`graph.export()`, what the Atlas exports) and the
 * node-link form of networkx and d3 (`{ directed, nodes: [{ id }], links: [{ source, target }] }`).
 * A first pass over the text finds the line of each element of the top-level `nodes`, `edges` and
 * `links` arrays and refuses nesting deeper than MAX_JSON_DEPTH (a 100,000-deep array would
 * otherwise reach code that recurses); then JSON.parse, and every element is checked on its own:
 * a wrongly typed one is skipped with a warning naming its path and line, a wrongly typed
 * container is an error. O(n) over the text.
 */
import type { DecodedFile } from "./decode";
import { setAttribute, type Attrs, type Staging } from "./staging";

export const MAX_JSON_DEPTH = 64;

interface JsonScan {
  /** Line of each element of the top-level arrays, by key. */
  lines: Map<string, number[]>;
  /** Set when nesting exceeds MAX_JSON_DEPTH. */
  tooDeep?: { line: number; depth: number };
}

const TRACKED = new Set(["nodes", "edges", "links"]);

/** One pass: element lines of the top-level arrays, and the first place nesting gets too deep. Assumes nothing about validity. */
export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  const lines = new Map<string, number[]>();
  let depth = 0;
  let line = 1;
  let rootIsObject = false;
  let key: string | undefined; // the last string seen at depth 1 (a key of the root object)
  let tracked: number[] | undefined; // element lines of the top-level array being read
  let expectValue = false; // inside a tracked array, the next token starts an element
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === 2 && tracked && expectValue && c !== 44 && c !== 93) {
      tracked.push(line);
      expectValue = false;
    }
    if (c === 34) {
      // A string: find its closing quote (one not escaped).
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          j = n;
          break;
        }
        let b = q - 1;
        while (b > i && text.charCodeAt(b) === 92) b--;
        if ((q - 1 - b) % 2 === 0) {
          j = q;
          break;
        }
        j = q + 1;
      }
      if (depth === 1 && rootIsObject) key = text.slice(i + 1, j);
      for (let k = i + 1; k < j; k++) if (text.charCodeAt(k) === 10) line++;
      i = j;
      continue;
    }
    if (c === 123 || c === 91) {
      if (depth === 0) rootIsObject = c === 123;
      depth++;
      if (depth > maxDepth) return { lines, tooDeep: { line, depth } };
      if (depth === 2 && c === 91 && rootIsObject && key !== undefined && TRACKED.has(key)) {
        tracked = [];
        lines.set(key, tracked);
        expectValue = true;
      }
      continue;
    }
    if (c === 125 || c === 93) {
      depth--;
      if (depth === 1) tracked = undefined;
      continue;
    }
    if (c === 44 && depth === 2 && tracked) expectValue = true;
  }
  return { lines };
}

const NUMBER_AT = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const describeChar = (c: string | undefined) => (c === undefined ? "the end of the file" : JSON.stringify(c));

/**
 * Where and why text is not JSON, found by a small validator of its own (engines word and place
 * JSON.parse's errors differently, and V8 in Node 20 often gives no position). Null when valid.
 */
export function locateJsonError(text: string): { line: number; message: string; truncated: boolean } | null {
  let i = 0;
  let line = 1;
  const n = text.length;
  const stack: ("{" | "[")[] = [];
  // What may come next: a value, an object key (or "}"), ":", "," or a closer, or nothing (done).
  let expect: "value" | "value-or-]" | "key-or-}" | "key" | "colon" | "comma" | "end" = "value";
  const fail = (message: string) => ({ line, message, truncated: i >= n });
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  for (;;) {
    ws();
    const c = text[i];
    if (expect === "end") return c === undefined ? null : fail(`unexpected ${describeChar(c)} after the end of the JSON value`);
    if (c === undefined) return fail(stack.length ? `the file ends inside ${stack.length === 1 ? "the top-level" : "a nested"} ${stack.at(-1) === "{" ? "object" : "array"}` : "the file holds no JSON value");
    if (expect === "colon") {
      if (c !== ":") return fail(`expected ":" after an object key, found ${describeChar(c)}`);
      i++;
      expect = "value";
      continue;
    }
    if (expect === "comma") {
      const closer = stack.at(-1) === "{" ? "}" : "]";
      if (c === ",") {
        i++;
        expect = stack.at(-1) === "{" ? "key" : "value";
      } else if (c === closer) {
        i++;
        stack.pop();
        expect = stack.length === 0 ? "end" : "comma";
      } else return fail(`expected "," or "${closer}", found ${describeChar(c)}`);
      continue;
    }
    if (expect === "key-or-}" && c === "}") {
      i++;
      stack.pop();
      expect = stack.length === 0 ? "end" : "comma";
      continue;
    }
    if (expect === "value-or-]" && c === "]") {
      i++;
      stack.pop();
      expect = stack.length === 0 ? "end" : "comma";
      continue;
    }
    if (expect === "key" || expect === "key-or-}") {
      if (c !== '"') return fail(c === "}" ? 'a "," before "}" (trailing commas are not JSON)' : `expected a quoted key, found ${describeChar(c)}${c === "'" ? " (JSON strings take double quotes)" : ""}`);
    }
    if (c === '"') {
      i++;
      for (;;) {
        if (i >= n) return fail("a string is never closed");
        const d = text.charCodeAt(i);
        if (d === 34) break;
        if (d < 0x20) return fail(d === 10 ? "a line break inside a string (write \\n)" : "a control character inside a string");
        if (d === 92) {
          const e = text[i + 1];
          if (e === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !e || !'"\\/bfnrt'.includes(e)) return fail(`a bad escape \\${e ?? ""} in a string`);
          i += e === "u" ? 6 : 2;
          continue;
        }
        i++;
      }
      i++;
      if (expect === "key" || expect === "key-or-}") expect = "colon";
      else expect = stack.length === 0 ? "end" : "comma";
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      expect = c === "{" ? "key-or-}" : "value-or-]";
      continue;
    }
    if (c === "]" || c === "}") return fail(`unexpected ${describeChar(c)}${text.slice(0, i).trimEnd().endsWith(",") ? " after a comma (trailing commas are not JSON)" : ""}`);
    const lit = ["true", "false", "null"].find((w) => text.startsWith(w, i));
    if (lit) {
      i += lit.length;
      expect = stack.length === 0 ? "end" : "comma";
      continue;
    }
    NUMBER_AT.lastIndex = i;
    const m = NUMBER_AT.exec(text);
    if (m) {
      i += m[0].length;
      expect = stack.length === 0 ? "end" : "comma";
      continue;
    }
    return fail(`unexpected ${describeChar(c)}${c === "'" ? " (JSON strings take double quotes)" : /[NI]/.test(c) ? " (NaN and Infinity are not JSON)" : ""}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v === "object" ? "an object" : `a ${typeof v}`);
const isKey = (v: unknown): v is string | number => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));

export function stageJson(file: DecodedFile, stage: Staging, progress: (fraction: number) => void): boolean {
  const { log } = stage;
  const at = { file: file.name };
  const scan = scanJson(file.text);
  if (scan.tooDeep) {
    log.error({ ...at, line: scan.tooDeep.line, code: "json-too-deep", message: `the JSON nests more than ${MAX_JSON_DEPTH} levels deep`, action: "nothing imported: a graph file needs a few levels (graph, nodes, a node, its attributes)" });
    return false;
  }
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    const where = locateJsonError(file.text);
    const message = where?.message ?? (e as Error).message;
    log.error({ ...at, line: where?.line, code: "json-syntax", message: where?.truncated ? `the JSON ends too early (${message}): is the file truncated?` : `invalid JSON: ${message}`, action: "nothing imported" });
    return false;
  }
  progress(0.3);
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    log.error({
      ...at,
      line: 1,
      code: "json-shape",
      element: isObject(data) ? "nodes" : undefined,
      message: isObject(data)
        ? `"nodes" is ${data.nodes === undefined ? "missing" : typeName(data.nodes)}: expected graphology's form { options, attributes, nodes: [{ key, attributes }], edges: [{ source, target }] } or the node-link form { nodes: [{ id }], links: [{ source, target }] }`
        : `the JSON is ${typeName(data)}, not a graph object { nodes: [...], edges: [...] }`,
      action: "nothing imported",
    });
    return false;
  }
  const nodeLink = !("key" in ((data.nodes as unknown[]).find(isObject) ?? {})) && ("links" in data || (data.nodes as unknown[]).some((n) => isObject(n) && "id" in n));
  const edgesKey = nodeLink && Array.isArray(data.links) ? "links" : "edges";
  const edgesValue = data[edgesKey];
  if (edgesValue !== undefined && !Array.isArray(edgesValue)) {
    log.error({ ...at, line: 1, element: edgesKey, code: "json-shape", message: `"${edgesKey}" is ${typeName(edgesValue)}, not an array`, action: "nothing imported" });
    return false;
  }
  const renamed = new Set<string>();
  const attrs = (v: unknown, where: { file: string; line?: number; element: string }): Attrs => {
    const out: Attrs = {};
    if (v === undefined) return out;
    if (!isObject(v)) {
      log.warning({ ...where, code: "json-shape", field: "attributes", message: `attributes is ${typeName(v)}, not an object`, action: "attributes dropped" });
      return out;
    }
    for (const k of Object.keys(v)) setAttribute(out, k, v[k], where, log, renamed);
    return out;
  };

  // Direction: graphology's options.type (absent: graphology's default, mixed), node-link's `directed` (absent: networkx's default, false).
  let type: unknown;
  if (nodeLink) stage.directed = data.directed === true;
  else {
    const options = data.options;
    type = isObject(options) ? options.type : undefined;
    if (type !== undefined && type !== "directed" && type !== "undirected" && type !== "mixed")
      log.warning({ ...at, line: 1, element: "options.type", code: "json-shape", message: `options.type is ${JSON.stringify(type)}, not directed, undirected or mixed`, action: "read as mixed (graphology's default)" });
    stage.directed = type !== "undirected";
  }
  const graphAttrs = nodeLink ? data.graph : data.attributes;
  if (graphAttrs !== undefined) stage.graphAttributes = attrs(graphAttrs, { ...at, line: 1, element: nodeLink ? "graph" : "attributes" });

  const nodeLines = scan.lines.get("nodes") ?? [];
  const idField = nodeLink ? "id" : "key";
  const nodes = data.nodes as unknown[];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const where = { ...at, line: nodeLines[i], element: `nodes[${i}]` };
    if (!isObject(n)) {
      log.warning({ ...where, code: "json-shape", message: `the node is ${typeName(n)}, not an object`, action: "node skipped" });
      continue;
    }
    const id = n[idField];
    if (!isKey(id)) {
      log.warning({ ...where, code: id === undefined ? "missing-id" : "json-shape", field: idField, message: id === undefined ? `the node has no ${idField}` : `the node's ${idField} is ${typeName(id)}, not a string or number`, action: "node skipped" });
      continue;
    }
    let attributes: Attrs;
    if (nodeLink) {
      attributes = {};
      for (const k of Object.keys(n)) if (k !== "id") setAttribute(attributes, k, n[k], where, log, renamed);
    } else attributes = attrs(n.attributes, where);
    stage.addNode({ id: String(id), attributes, at: where });
    if ((i & 8191) === 8191) progress(0.3 + (0.3 * i) / nodes.length);
  }
  const edges = (edgesValue ?? []) as unknown[];
  const edgeLines = scan.lines.get(edgesKey) ?? [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    const where = { ...at, line: edgeLines[i], element: `${edgesKey}[${i}]` };
    if (!isObject(e)) {
      log.warning({ ...where, code: "json-shape", message: `the edge is ${typeName(e)}, not an object`, action: "edge skipped" });
      continue;
    }
    const bad = (["source", "target"] as const).find((f) => !isKey(e[f]));
    if (bad) {
      log.warning({ ...where, code: e[bad] === undefined ? "missing-id" : "json-shape", field: bad, message: e[bad] === undefined ? `the edge has no ${bad}` : `the edge's ${bad} is ${typeName(e[bad])}, not a string or number`, action: "edge skipped" });
      continue;
    }
    const idValue = nodeLink ? e.key ?? e.id : e.key;
    if (idValue !== undefined && !isKey(idValue)) log.warning({ ...where, code: "json-shape", field: "key", message: `the edge's key is ${typeName(idValue)}`, action: "a key is generated" });
    let attributes: Attrs;
    if (nodeLink) {
      attributes = {};
      for (const k of Object.keys(e)) if (k !== "source" && k !== "target" && k !== "key" && k !== "id") setAttribute(attributes, k, e[k], where, log, renamed);
    } else attributes = attrs(e.attributes, where);
    let undirected: boolean | undefined;
    if (!nodeLink && e.undirected !== undefined) {
      if (typeof e.undirected === "boolean") undirected = e.undirected;
      else log.warning({ ...where, code: "json-shape", field: "undirected", message: `undirected is ${typeName(e.undirected)}, not true or false`, action: "read as the graph's default" });
    }
    if (!stage.directed && undirected === false)
      log.warning({ ...where, code: "directed", field: "undirected", message: "a directed edge in an undirected graph (options.type)", action: "read as undirected" });
    if (type === "directed" && undirected === true) {
      log.warning({ ...where, code: "directed", field: "undirected", message: "an undirected edge in a directed graph (options.type)", action: "read as directed, source to target" });
      undirected = false;
    }
    stage.addEdge({ id: isKey(idValue) ? String(idValue) : undefined, source: String(e.source), target: String(e.target), undirected, attributes, at: where, weightField: nodeLink ? "weight" : "attributes.weight" });
    if ((i & 8191) === 8191) progress(0.6 + (0.4 * i) / edges.length);
  }
  return true;
}
