/**
 * CSV import: a single edge list, or a nodes file plus an edges file. The delimiter (",", ";",
 * tab, "|") and a decimal comma are sniffed unless the mapping gives them; columns are found by
 * their header names (source/target/from/to…, Gephi's Id/Label/Type/Weight, the Atlas's own
 * export) unless the mapping names them. Every other column is kept as an attribute: numbers when
 * every value of the column is a plain number (so "007" stays text), text otherwise. Ids are
 * trimmed; other cells are kept exactly. A cell the Atlas's export protected from spreadsheets
 * (`'=…`, `'+…`, `'-…`, `'@…`) gets its `'` back off. O(n) over the text.
 */
import { parseCsv, type CsvRecord } from "../csv";
import type { DecodedFile } from "./decode";
import { decodeFile } from "./decode";
import { IssueLog } from "./issues";
import { setAttribute, type Attrs, type Staging } from "./staging";
import { CSV_DELIMITERS, type CsvDelimiter, type CsvEdgeColumns, type CsvMapping, type CsvNodeColumns, type CsvPreview, type CsvPreviewOptions, type ImportFile } from "./types";

const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 50;

/** Header names compared loosely: case, spaces, "_" and "-" ignored. */
const norm = (s: string) => s.toLowerCase().replace(/[\s_\-]+/g, "");

const NAMES = {
  source: ["source", "src", "from", "start", "tail", "sourceid", "fromid", "sourcenode", "node1", "origin", "u"],
  target: ["target", "dst", "to", "end", "head", "targetid", "toid", "targetnode", "node2", "destination", "dest", "v"],
  weight: ["weight", "w", "strength", "value"],
  edgeKind: ["kind", "relation", "relationship", "edgetype", "edgekind", "type"],
  label: ["label", "name", "title"],
  edgeId: ["id", "edgeid", "key"],
  nodeId: ["id", "key", "nodeid", "node", "name"],
  nodeKind: ["kind", "nodetype", "nodekind", "type", "category"],
} as const;

function findColumn(header: readonly string[], names: readonly string[], taken: Set<string>): string | undefined {
  for (const name of names) {
    const h = header.find((c) => norm(c) === name && !taken.has(c));
    if (h !== undefined) return h;
  }
  return undefined;
}

export interface CsvSniff {
  delimiter: CsvDelimiter;
  /** Rows of the sample whose field count equals the most common one, as a fraction. */
  consistency: number;
  fields: number;
}

/** Guess the delimiter from the first records: the candidate giving the most fields consistently. */
export function sniffDelimiter(text: string): CsvSniff {
  let sample = text.slice(0, SNIFF_CHARS);
  if (text.length > SNIFF_CHARS) sample = sample.slice(0, Math.max(sample.lastIndexOf("\n"), 1));
  let best: CsvSniff = { delimiter: ",", consistency: 0, fields: 1 };
  for (const d of CSV_DELIMITERS) {
    const { records } = parseCsv(sample, { delimiter: d, comments: false, maxRecords: SNIFF_RECORDS });
    if (records.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of records) counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    let mode = 1;
    let modeCount = 0;
    for (const [f, c] of counts) if (c > modeCount || (c === modeCount && f > mode)) [mode, modeCount] = [f, c];
    const consistency = modeCount / records.length;
    if (mode < 2) continue;
    const score = consistency * 100 + Math.min(mode, 50) * 0.01;
    const bestScore = best.fields < 2 ? -1 : best.consistency * 100 + Math.min(best.fields, 50) * 0.01;
    if (score > bestScore) best = { delimiter: d, consistency, fields: mode };
  }
  return best;
}

const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const COMMA_NUMBER = /^[-+]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;
const LEADING_ZERO = /^[-+]?0\d/;

/** A cell as a number, or null: plain decimals only, no leading zeros ("007" is an id), "," as the mark when `decimalComma`. */
export function parseCsvNumber(cell: string, decimalComma: boolean): number | null {
  const s = cell.trim();
  if (s === "" || LEADING_ZERO.test(s)) return null;
  if (decimalComma) {
    if (!COMMA_NUMBER.test(s)) return null;
    return Number(s.replace(/\./g, "").replace(",", "."));
  }
  return PLAIN_NUMBER.test(s) ? Number(s) : null;
}

/** Whether numbers in the sample use a decimal comma: some "1,5" cells and no "1.5" ones (only for ";", tab or "|" files). */
function sniffDecimalComma(records: readonly CsvRecord[], delimiter: CsvDelimiter): boolean {
  if (delimiter === ",") return false;
  let comma = 0;
  let dot = 0;
  for (const r of records.slice(0, 200)) {
    for (const f of r.fields) {
      const s = f.trim();
      if (/^[-+]?\d+,\d+$/.test(s) || /^[-+]?\d{1,3}(?:\.\d{3})+,\d+$/.test(s)) comma++;
      else if (/^[-+]?\d*\.\d+$/.test(s) && !/^\d{1,3}\.\d{3}$/.test(s)) dot++;
    }
  }
  return comma > 0 && dot === 0;
}

/** A cell the Atlas's CSV export guarded against spreadsheet formulas, unguarded. */
const unguard = (cell: string) => (cell.length > 1 && cell.charCodeAt(0) === 39 && /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export interface CsvTableRead {
  file: DecodedFile;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  header: string[];
  rows: CsvRecord[];
  /** Whether the file's first record was a header. */
  hasHeader: boolean;
}

/** Parse one decoded CSV file: delimiter, header, rows padded to the header's width. Null after an error. */
export function readCsvTable(file: DecodedFile, mapping: Pick<CsvMapping, "delimiter" | "decimalComma" | "header">, log: IssueLog): CsvTableRead | null {
  const at = { file: file.name };
  const sniff = sniffDelimiter(file.text);
  const delimiter = mapping.delimiter ?? sniff.delimiter;
  const { records, errors } = parseCsv(file.text, { delimiter, comments: false });
  for (const e of errors) {
    const unterminated = /unterminated/.test(e.message);
    log.error({ ...at, line: e.line, code: "csv-syntax", message: e.message, action: unterminated ? "nothing imported: everything after the quote would be one field; close the quote" : "nothing imported: quote the whole field" });
  }
  if (errors.length) return null;
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (nonEmpty.length === 0) {
    log.error({ ...at, code: "empty-file", message: "the file holds no records (only blank lines)", action: "nothing imported" });
    return null;
  }
  const hasHeader = mapping.header ?? true;
  const first = nonEmpty[0]!;
  let header: string[];
  if (hasHeader) {
    header = first.fields.map((h, i) => h.trim() || `column ${i + 1}`);
    const seen = new Map<string, number>();
    header = header.map((h) => {
      const n = (seen.get(h) ?? 0) + 1;
      seen.set(h, n);
      if (n === 1) return h;
      log.warning({ ...at, line: first.line, code: "csv-header", field: h, message: `the header repeats the column "${h}"`, action: `the repeat is read as "${h} (${n})"` });
      return `${h} (${n})`;
    });
  } else {
    const width = Math.max(...nonEmpty.slice(0, 1000).map((r) => r.fields.length));
    header = Array.from({ length: width }, (_, i) => `column ${i + 1}`);
  }
  if (hasHeader && header.length === 1 && mapping.delimiter === undefined) {
    const other = CSV_DELIMITERS.find((d) => d !== delimiter && first.fields[0]!.includes(d));
    if (other) log.warning({ ...at, line: first.line, code: "csv-delimiter", message: `the header is one column "${first.fields[0]!.slice(0, 60)}"`, action: `read as one column; if "${other === "\t" ? "tab" : other}" separates the fields, choose it as the delimiter` });
  }
  if (hasHeader && mapping.delimiter !== undefined && header.length === 1) {
    const other = CSV_DELIMITERS.find((d) => d !== delimiter && first.fields[0]!.includes(d));
    if (other)
      log.error({ ...at, line: first.line, code: "csv-delimiter", message: `with "${delimiter === "\t" ? "tab" : delimiter}" as the delimiter the header is one column, "${first.fields[0]!.slice(0, 60)}"; the file seems to use "${other === "\t" ? "tab" : other}"`, action: "nothing imported: choose the delimiter the file uses" });
  }
  const rows = hasHeader ? nonEmpty.slice(1) : nonEmpty;
  const decimalComma = mapping.decimalComma ?? sniffDecimalComma(rows, delimiter);
  if (mapping.delimiter === undefined && delimiter !== "," && /\.csv$/i.test(file.name))
    log.warning({ ...at, code: "csv-delimiter", message: `the fields are separated by "${delimiter === "\t" ? "tab" : delimiter}", not ","`, action: `read with "${delimiter === "\t" ? "tab" : delimiter}" as the delimiter${decimalComma ? ' and "," as the decimal mark' : ""}` });
  else if (mapping.decimalComma === undefined && decimalComma)
    log.warning({ ...at, code: "csv-delimiter", message: 'numbers are written with a decimal comma ("0,5")', action: 'read with "," as the decimal mark' });

  const width = header.length;
  for (const r of rows) {
    if (r.fields.length === width) continue;
    if (r.fields.length < width) {
      log.warning({ ...at, line: r.line, code: "csv-ragged-row", message: `the row has ${r.fields.length} field${r.fields.length === 1 ? "" : "s"}, the header ${width}`, action: "the missing cells are read as empty" });
      while (r.fields.length < width) r.fields.push("");
    } else {
      const extra = r.fields.slice(width);
      log.warning({
        ...at,
        line: r.line,
        code: "csv-ragged-row",
        message: `the row has ${r.fields.length} fields, the header ${width}`,
        action: `the extra cells (${extra.map((x) => JSON.stringify(x.slice(0, 30))).join(", ")}) are ignored: is a "${delimiter === "\t" ? "tab" : delimiter}" inside an unquoted value?`,
      });
      r.fields.length = width;
    }
  }
  return { file, delimiter, decimalComma, header, rows, hasHeader };
}

/** The guessed role and columns of one table. */
export function guessCsvColumns(header: readonly string[], name = ""): { role: "edges" | "nodes"; edges?: CsvEdgeColumns; nodes?: CsvNodeColumns } {
  const taken = new Set<string>();
  const source = findColumn(header, NAMES.source, taken);
  if (source) taken.add(source);
  const target = findColumn(header, NAMES.target, taken);
  const looksEdges = source !== undefined && target !== undefined;
  const nameSaysNodes = /node|vert/i.test(name) && !/edge|link/i.test(name);
  if (looksEdges || (!nameSaysNodes && header.length >= 2 && findColumn(header, NAMES.nodeId, new Set()) === undefined)) {
    const s = source ?? header[0]!;
    const t = target ?? header.find((h) => h !== s)!;
    const used = new Set([s, t]);
    const pick = (names: readonly string[]) => {
      const c = findColumn(header, names, used);
      if (c) used.add(c);
      return c;
    };
    const edges: CsvEdgeColumns = { source: s, target: t };
    const weight = pick(NAMES.weight);
    if (weight) edges.weight = weight;
    const kind = pick(NAMES.edgeKind);
    if (kind) edges.kind = kind;
    const label = pick(NAMES.label);
    if (label) edges.label = label;
    const id = pick(NAMES.edgeId);
    if (id) edges.id = id;
    return { role: "edges", edges };
  }
  const used = new Set<string>();
  const id = findColumn(header, NAMES.nodeId, used) ?? header[0]!;
  used.add(id);
  const nodes: CsvNodeColumns = { id };
  const label = findColumn(header, NAMES.label, used);
  if (label) {
    nodes.label = label;
    used.add(label);
  }
  const kind = findColumn(header, NAMES.nodeKind, used);
  if (kind) nodes.kind = kind;
  return { role: "nodes", nodes };
}

/** A "type" column holding only directed/undirected is Gephi's per-edge direction, not a relation. */
function isDirectionColumn(t: CsvTableRead, column: string): boolean {
  const k = t.header.indexOf(column);
  let seen = 0;
  for (const r of t.rows) {
    const v = r.fields[k]!.trim().toLowerCase();
    if (v === "") continue;
    if (v !== "directed" && v !== "undirected") return false;
    seen++;
  }
  return seen > 0;
}

function fixDirectionColumn(t: CsvTableRead, edges: CsvEdgeColumns): CsvEdgeColumns {
  if (edges.kind !== undefined && edges.type === undefined && isDirectionColumn(t, edges.kind)) {
    const { kind, ...rest } = edges;
    return { ...rest, type: kind };
  }
  return edges;
}

export function previewCsv(file: ImportFile, options: CsvPreviewOptions = {}): CsvPreview {
  const log = new IssueLog();
  const empty = (encoding = "utf-8"): CsvPreview => ({
    file: file.name,
    encoding,
    delimiter: options.delimiter ?? ",",
    decimalComma: options.decimalComma ?? false,
    header: [],
    rows: [],
    rowCount: 0,
    role: "edges",
    mapping: {},
    issues: log.finish(),
  });
  const decoded = decodeFile(file, log);
  if (!decoded) return empty();
  const t = readCsvTable(decoded, options, log);
  if (!t) return empty(decoded.encoding);
  const guess = guessCsvColumns(t.header, file.name);
  const mapping: CsvMapping = { delimiter: t.delimiter, decimalComma: t.decimalComma, header: t.hasHeader };
  if (guess.edges) mapping.edges = { file: file.name, ...fixDirectionColumn(t, guess.edges) };
  if (guess.nodes) mapping.nodes = { file: file.name, ...guess.nodes };
  return {
    file: file.name,
    encoding: decoded.encoding,
    delimiter: t.delimiter,
    decimalComma: t.decimalComma,
    header: t.header,
    rows: t.rows.slice(0, options.maxRows ?? 20).map((r) => r.fields),
    rowCount: t.rows.length,
    role: guess.role,
    mapping,
    issues: log.finish(),
  };
}

/** Column index → attribute name and whether every value is a number (ids and mapped text columns excluded). */
function attributeColumns(t: CsvTableRead, exclude: Set<string>, reserved: Set<string>) {
  const out: { index: number; name: string; numeric: boolean }[] = [];
  t.header.forEach((h, index) => {
    if (exclude.has(h)) return;
    let numeric = true;
    let any = false;
    for (const r of t.rows) {
      const v = unguard(r.fields[index]!);
      if (v === "") continue;
      any = true;
      if (parseCsvNumber(v, t.decimalComma) === null) {
        numeric = false;
        break;
      }
    }
    out.push({ index, name: reserved.has(h) ? `${h} (column ${index + 1})` : h, numeric: numeric && any });
  });
  return out;
}

function requireColumn(t: CsvTableRead, column: string | undefined, role: string, field: string, log: IssueLog): number {
  if (column === undefined) return -1;
  const k = t.header.indexOf(column);
  if (k === -1)
    log.error({ file: t.file.name, line: 1, code: "csv-mapping", field: column, message: `the ${role} file has no column "${column}" (for ${field}); its columns are ${t.header.map((h) => `"${h}"`).join(", ")}`, action: "nothing imported: choose a column in the mapping" });
  return k;
}

export interface CsvStageResult {
  files: { name: string; rows: number; role: "nodes" | "edges"; encoding: string }[];
}

/**
 * Stage one or two decoded CSV files. Which is the nodes file and which the edges file comes from
 * the mapping, else from their headers and names. Returns null after an error.
 */
export function stageCsv(
  files: DecodedFile[],
  mapping: CsvMapping,
  directed: boolean | undefined,
  stage: Staging,
  progress: (file: string, fraction: number) => void,
): CsvStageResult | null {
  const { log } = stage;
  if (files.length > 2) {
    log.error({ file: files[2]!.name, code: "too-many-files", message: `${files.length} CSV files: a CSV import is one edge list, or one nodes file and one edges file`, action: "nothing imported" });
    return null;
  }
  const tables: CsvTableRead[] = [];
  for (const f of files) {
    const t = readCsvTable(f, mapping, log);
    if (!t) return null;
    tables.push(t);
  }
  if (log.hasErrors) return null;

  // Which table is which.
  let edgesT: CsvTableRead | undefined;
  let nodesT: CsvTableRead | undefined;
  const byName = (name: string | undefined) => (name === undefined ? undefined : tables.find((t) => t.file.name === name));
  edgesT = byName(mapping.edges?.file);
  nodesT = byName(mapping.nodes?.file);
  for (const [which, name] of [["edges", mapping.edges?.file], ["nodes", mapping.nodes?.file]] as const)
    if (name !== undefined && !byName(name)) log.error({ file: name, code: "csv-mapping", message: `the mapping names "${name}" as the ${which} file, but no such file was given`, action: "nothing imported" });
  if (log.hasErrors) return null;
  const guesses = tables.map((t) => guessCsvColumns(t.header, t.file.name));
  if (tables.length === 1) {
    if (!edgesT && !nodesT) {
      if (mapping.nodes && !mapping.edges) nodesT = tables[0];
      else if (mapping.edges || guesses[0]!.role === "edges") edgesT = tables[0];
      else nodesT = tables[0];
    }
  } else {
    if (!edgesT && !nodesT) {
      const e = guesses.findIndex((g) => g.role === "edges");
      const n = guesses.findIndex((g, i) => g.role === "nodes" && i !== e);
      if (e !== -1 && n !== -1) [edgesT, nodesT] = [tables[e], tables[n]];
      else {
        log.error({ file: tables[1]!.file.name, code: "csv-mapping", message: `cannot tell which of "${tables[0]!.file.name}" and "${tables[1]!.file.name}" holds the nodes and which the edges`, action: "nothing imported: name the nodes and the edges file in the mapping" });
        return null;
      }
    } else if (!edgesT) edgesT = tables.find((t) => t !== nodesT);
    else if (!nodesT) nodesT = tables.find((t) => t !== edgesT);
  }

  const out: CsvStageResult = { files: [] };
  const rowsDone = { n: 0 };
  const totalRows = tables.reduce((s, t) => s + t.rows.length, 0) || 1;
  const tick = (t: CsvTableRead) => {
    if (++rowsDone.n % 8192 === 0) progress(t.file.name, rowsDone.n / totalRows);
  };

  // Nodes.
  if (nodesT) {
    const g = guesses[tables.indexOf(nodesT)]!;
    const cols = mapping.nodes ?? g.nodes ?? { id: nodesT.header[0]! };
    const id = requireColumn(nodesT, cols.id, "nodes", "the node id", log);
    const label = requireColumn(nodesT, cols.label, "nodes", "the label", log);
    const kind = requireColumn(nodesT, cols.kind, "nodes", "the kind", log);
    if (log.hasErrors) return null;
    const mapped = new Set([cols.id, cols.label, cols.kind].filter((c): c is string => c !== undefined));
    const ignore = new Set([...(mapping.ignore ?? []), ...mapped]);
    const reserved = new Set<string>([...(cols.label ? ["label"] : []), ...(cols.kind ? ["kind"] : [])]);
    const attrCols = attributeColumns(nodesT, ignore, reserved);
    const renamed = new Set<string>();
    if (nodesT.rows.length === 0)
      log.warning({ file: nodesT.file.name, line: 1, code: "csv-no-rows", message: "the nodes file has a header but no rows", action: edgesT ? "nodes come from the edges' ends" : "nothing to import" });
    for (const r of nodesT.rows) {
      const { at, attributes } = rowAttributes(nodesT, r, attrCols, log, renamed);
      if (label !== -1 && r.fields[label] !== "") attributes.label = unguard(r.fields[label]!);
      if (kind !== -1 && r.fields[kind]!.trim() !== "") attributes.kind = unguard(r.fields[kind]!).trim();
      stage.addNode({ id: unguard(r.fields[id]!).trim(), attributes, at });
      tick(nodesT);
    }
    out.files.push({ name: nodesT.file.name, rows: nodesT.rows.length, role: "nodes", encoding: nodesT.file.encoding });
  }

  // Edges.
  if (edgesT) {
    const g = guesses[tables.indexOf(edgesT)]!;
    let cols = mapping.edges ?? g.edges;
    if (!cols) {
      const [s, t] = edgesT.header;
      if (t === undefined) {
        log.error({ file: edgesT.file.name, line: 1, code: "csv-mapping", message: "an edge list needs two columns (source and target); this file has one", action: "nothing imported" });
        return null;
      }
      cols = { source: s!, target: t };
    }
    if (!mapping.edges) cols = fixDirectionColumn(edgesT, cols);
    const source = requireColumn(edgesT, cols.source, "edges", "the source", log);
    const target = requireColumn(edgesT, cols.target, "edges", "the target", log);
    const weight = requireColumn(edgesT, cols.weight, "edges", "the weight", log);
    const kind = requireColumn(edgesT, cols.kind, "edges", "the kind", log);
    const label = requireColumn(edgesT, cols.label, "edges", "the label", log);
    const idCol = requireColumn(edgesT, cols.id, "edges", "the edge id", log);
    const typeCol = requireColumn(edgesT, cols.type, "edges", "the direction", log);
    if (log.hasErrors) return null;
    const mapped = new Set([cols.source, cols.target, cols.weight, cols.kind, cols.label, cols.id, cols.type].filter((c): c is string => c !== undefined));
    const reserved = new Set<string>([...(cols.weight ? ["weight"] : []), ...(cols.kind ? ["kind"] : []), ...(cols.label ? ["label"] : [])]);
    const attrCols = attributeColumns(edgesT, new Set([...(mapping.ignore ?? []), ...mapped]), reserved);
    const renamed = new Set<string>();
    stage.directed = mapping.directed ?? directed ?? true;
    stage.implicitNodes = !nodesT;
    if (edgesT.rows.length === 0)
      log.warning({ file: edgesT.file.name, line: 1, code: "csv-no-rows", message: "the edges file has a header but no rows", action: nodesT ? "the nodes are imported without edges" : "nothing to import" });
    for (const r of edgesT.rows) {
      const { at, attributes } = rowAttributes(edgesT, r, attrCols, log, renamed);
      if (weight !== -1) {
        const raw = unguard(r.fields[weight]!);
        if (raw.trim() !== "") attributes.weight = parseCsvNumber(raw, edgesT.decimalComma) ?? raw;
      }
      if (kind !== -1 && r.fields[kind]!.trim() !== "") attributes.kind = unguard(r.fields[kind]!).trim();
      if (label !== -1 && r.fields[label] !== "") attributes.label = unguard(r.fields[label]!);
      let undirected: boolean | undefined;
      if (typeCol !== -1) {
        const v = r.fields[typeCol]!.trim().toLowerCase();
        if (v === "undirected") undirected = true;
        else if (v === "directed") undirected = false;
        else if (v !== "")
          log.warning({ ...at, code: "directed", field: cols.type, message: `the direction is "${v.slice(0, 40)}", neither "directed" nor "undirected"`, action: `read as the graph's default (${stage.directed ? "directed" : "undirected"})` });
      }
      const id = idCol !== -1 ? unguard(r.fields[idCol]!).trim() : "";
      stage.addEdge({
        id: id === "" ? undefined : id,
        source: unguard(r.fields[source]!).trim(),
        target: unguard(r.fields[target]!).trim(),
        undirected,
        attributes,
        at,
        weightField: cols.weight,
      });
      tick(edgesT);
    }
    out.files.push({ name: edgesT.file.name, rows: edgesT.rows.length, role: "edges", encoding: edgesT.file.encoding });
  } else stage.directed = mapping.directed ?? directed ?? true;
  if (stage.nodes.length === 0 && stage.edges.length === 0) {
    log.error({ file: (edgesT ?? nodesT)!.file.name, line: 1, code: "csv-no-rows", message: "the file has a header but no rows", action: "nothing imported" });
    return null;
  }
  return out;
}

/** A row's unmapped cells as attributes (empty cells left out, numeric columns as numbers). */
function rowAttributes(t: CsvTableRead, r: CsvRecord, columns: ReturnType<typeof attributeColumns>, log: IssueLog, renamed: Set<string>) {
  const at = { file: t.file.name, line: r.line };
  const attributes: Attrs = {};
  for (const c of columns) {
    const raw = r.fields[c.index]!;
    if (raw === "") continue;
    const v = unguard(raw);
    setAttribute(attributes, c.name, c.numeric ? parseCsvNumber(v, t.decimalComma)! : v, at, log, renamed);
  }
  return { at, attributes };
}
