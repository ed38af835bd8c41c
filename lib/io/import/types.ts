/**
 * The import contract: what a caller hands to `importGraph` (lib/model/import.ts) and `previewCsv`
 * (lib/io/import/csv.ts) and what it gets back. Plain, serialisable data only, so the same objects
 * cross a Web Worker's postMessage, an HTTP response and the CLI's JSON output.
 *
 *     importGraph(files: ImportFile[], options?: ImportOptions): ImportResult
 *     previewCsv(file: ImportFile, options?: CsvPreviewOptions): CsvPreview
 *
 * `importGraph` is pure and synchronous and runs in Node, the browser and a Web Worker. It decodes
 * and parses every file into a staging area, validates it, and only then produces the graph, all
 * at once (as Gephi's import report does): `ok: false` means no graph and at least one issue of
 * severity "error"; `ok: true` means a graph, perhaps with warnings. Nothing is fetched, nothing
 * is written, and the caller's current graph is never touched. See README.md for every decision
 * on bad input.
 */
import type { SerializedGraph } from "graphology-types";

/** The input formats. `eto` is a folder of ETO Supply Chain Explorer CSV files (inputs, providers, provision, sequence, stages). */
export const IMPORT_FORMATS = ["csv", "json", "gexf", "graphml", "eto"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file as its bytes (any encoding: UTF-8, UTF-16 with or without BOM, Windows-1252). `name` is the file name or a path ending in it. */
export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Stable identifiers of what an issue is about, so a UI can group them and a test can name them.
 * The README's decision table lists each with its severity and what the importer does.
 */
export const IMPORT_ISSUE_CODES = [
  // files and encodings
  "no-files",
  "too-large",
  "empty-file",
  "binary-file",
  "encoding",
  "format-unknown",
  "format-mismatch",
  "too-many-files",
  // CSV
  "csv-syntax",
  "csv-delimiter",
  "csv-header",
  "csv-no-rows",
  "csv-ragged-row",
  "csv-mapping",
  // JSON
  "json-syntax",
  "json-shape",
  "json-too-deep",
  // XML, GEXF, GraphML
  "xml-syntax",
  "xml-doctype",
  "xml-truncated",
  "xml-external",
  "xml-shape",
  "gexf-attribute",
  "graphml-key",
  "graphml-hyperedge",
  "graphml-port",
  "nested-graph",
  "attribute-type",
  "dynamic",
  // ETO
  "eto",
  // graph validation (every format)
  "missing-id",
  "duplicate-node",
  "duplicate-edge",
  "unknown-node",
  "self-loop",
  "parallel-edges",
  "unsafe-key",
  "weight",
  "share",
  "share-sum",
  "long-text",
  "directed",
  "too-many-nodes",
  "too-many-edges",
  "no-graph",
  "atlas-kinds",
  "more",
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

/** What is wrong, where, and what was done about it. */
export interface ImportIssue {
  /** "error": the import produces no graph. "warning": the graph was produced; `action` says how this was handled. */
  severity: "error" | "warning";
  code: ImportIssueCode;
  /** The file's name as given in `ImportFile.name`. */
  file: string;
  /** 1-based line where the offending record or element starts. */
  line?: number;
  /** The element: an XML path with its id (`gexf/graph/edges/edge[id="e3"]`) or a JSON path (`edges[3]`). */
  element?: string;
  /** The column (CSV), attribute (XML) or JSON key at fault. */
  field?: string;
  message: string;
  /** What the importer did: "row skipped", "node created without attributes", "kept as text"… */
  action?: string;
}

export interface ImportFileReport {
  name: string;
  bytes: number;
  /** The encoding the text was read in: "utf-8", "utf-16le", "utf-16be" or "windows-1252". */
  encoding?: string;
  /** Data rows read (CSV and ETO files: records after the header). */
  rows?: number;
  /** What the file was read as: "edges", "nodes" (CSV), "graph" (JSON, GEXF, GraphML) or the ETO table ("provision"…). */
  role?: string;
}

export interface ImportReport {
  /** The format read; null when it could not be told. */
  format: ImportFormat | null;
  files: ImportFileReport[];
  /** Nodes and edges of the graph produced (0 when `ok` is false). */
  nodes: number;
  edges: number;
  /** True for directed and mixed graphs. */
  directed: boolean;
  /** Some edges directed and some not (GEXF per-edge `type`, GraphML per-edge `directed`, a CSV type column). */
  mixed: boolean;
  /** Self-loops kept in the graph. */
  selfLoops: number;
  /** Edges that join the same ends as an earlier edge (kept: the graph is a multigraph). */
  parallelEdges: number;
  /**
   * The file uses the Atlas's node kinds (nation, firm, input, bloc) and edge kinds (provides,
   * requires, supplies…) with the attributes lib/model needs, so the supply-chain metrics,
   * chokepoints and scenarios apply; the graph is then an Atlas graph (`SerializedAtlasGraph`).
   * Otherwise only the generic network metrics do.
   */
  atlasKinds: boolean;
  issues: ImportIssue[];
}

/** Field separators a CSV may use; sniffed from the file unless given. */
export const CSV_DELIMITERS = [",", ";", "\t", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Columns of an edges file, by header name (or "column 1", "column 2"… without a header). */
export interface CsvEdgeColumns {
  /** Which file holds the edges (its `ImportFile.name`); guessed from headers and names when absent. */
  file?: string;
  source: string;
  target: string;
  /** A number ≥ 0 read as the edge's `weight` (what the network metrics weigh by). */
  weight?: string;
  /** The relation, kept as the edge's `kind` (Atlas kinds: provides, requires, supplies…). */
  kind?: string;
  label?: string;
  /** Edge ids; generated when absent. */
  id?: string;
  /** Per-row direction, Gephi style: "directed" or "undirected" (any case). */
  type?: string;
}

/** Columns of a nodes file. */
export interface CsvNodeColumns {
  file?: string;
  id: string;
  label?: string;
  /** Kept as the node's `kind` (Atlas kinds: nation, firm, input, bloc). */
  kind?: string;
}

/**
 * How to read CSV: a single edge list (`edges` only) or a nodes file plus an edges file. Every
 * column not named here is kept as an attribute (numbers when every value of the column is one),
 * except those in `ignore`.
 */
export interface CsvMapping {
  delimiter?: CsvDelimiter;
  /** Numbers use "," as the decimal mark ("0,5"; "1.234,5"): European spreadsheets with ";" between fields. */
  decimalComma?: boolean;
  /** The first record is a header. Default true; without one, columns are named "column 1", "column 2"… */
  header?: boolean;
  /** Edges are directed (default true). The importer's `directed` option says the same; the mapping wins. */
  directed?: boolean;
  edges?: CsvEdgeColumns;
  nodes?: CsvNodeColumns;
  /** Columns not to import. */
  ignore?: string[];
}

export interface CsvPreviewOptions {
  delimiter?: CsvDelimiter;
  decimalComma?: boolean;
  header?: boolean;
  /** Data rows returned (default 20). */
  maxRows?: number;
}

/** What the UI's column-mapping step shows: the header, the first rows and a guessed mapping. */
export interface CsvPreview {
  file: string;
  encoding: string;
  delimiter: CsvDelimiter;
  decimalComma: boolean;
  header: string[];
  /** The first data rows, each padded or cut to the header's width. */
  rows: string[][];
  /** Data rows in the whole file. */
  rowCount: number;
  /** Whether the file looks like a nodes table or an edge list. */
  role: "nodes" | "edges";
  /** The guessed mapping for this file alone (`edges` or `nodes` set, with `file`). */
  mapping: CsvMapping;
  /** Problems seen while previewing (an unreadable file is a preview with an error and no rows). */
  issues: ImportIssue[];
}

export interface ImportLimits {
  /** Total bytes over all files. */
  maxBytes: number;
  maxNodes: number;
  maxEdges: number;
}

/** 64 MB, 200,000 nodes, 1,000,000 edges. */
export const DEFAULT_IMPORT_LIMITS: ImportLimits = { maxBytes: 64 * 1024 * 1024, maxNodes: 200_000, maxEdges: 1_000_000 };

export interface ImportOptions {
  /** Overrides detection from file names and content. */
  format?: ImportFormat;
  /** How to read CSV; guessed from the headers when absent. */
  csv?: CsvMapping;
  /** For CSV only (GEXF, GraphML and JSON say it themselves): directed edges (default true). */
  directed?: boolean;
  limits?: Partial<ImportLimits>;
  /**
   * Checked between steps and every few thousand records; when aborted, importGraph throws its
   * reason (as lib/metrics does). The function is synchronous: in a Web Worker a signal can only
   * flip inside `onProgress` (e.g. reading a SharedArrayBuffer flag); otherwise terminate the worker.
   */
  signal?: AbortSignal;
  /** Fraction done (0–1) and the step ("decoding", "parsing edges.csv", "validating", "building"). */
  onProgress?: (fraction: number, step: string) => void;
}

export type ImportResult =
  | { ok: true; report: ImportReport; graph: SerializedGraph }
  | { ok: false; report: ImportReport; graph?: undefined };
