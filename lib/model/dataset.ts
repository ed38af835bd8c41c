/**
 * Parse and validate the curated dataset from its files' text. Pure: the caller reads the files
 * (see load-files.ts for Node). Every problem is reported with its file, line and field, and all
 * problems are collected rather than stopping at the first, so one `npm run data:check` shows a
 * reviewer everything that is wrong.
 */
import type { z } from "zod";
import { parseCsvTable } from "../io/csv";
import {
  DATA_FILES,
  EDGE_FILE_SCHEMAS,
  NODE_FILE_SCHEMAS,
  datasetMetaSchema,
  sourceSchema,
  type BlocRow,
  type DatasetMeta,
  type EdgeFileKind,
  type ExportControlRow,
  type FirmRow,
  type InputRow,
  type NationRow,
  type OperatesInRow,
  programmeSchema,
  type ProgrammeRow,
  type OwnsRow,
  dataFileParts,
  type PartnersWithRow,
  type ProvidesRow,
  type RequiresRow,
  type Source,
  type SuppliesRow,
  type TalentFlowRow,
} from "./schema";
import type { NodeKind } from "./vocabulary";

export interface DataError {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatDataError(e: DataError): string {
  const where = [e.file, e.line !== undefined ? `line ${e.line}` : undefined, e.field ? `field "${e.field}"` : undefined]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${e.message}`;
}

export type NationNode = NationRow & { kind: "nation" };
export type FirmNode = FirmRow & { kind: "firm" };
export type InputNode = InputRow & { kind: "input" };
export type BlocNode = BlocRow & { kind: "bloc" };
export type AtlasNode = NationNode | FirmNode | InputNode | BlocNode;

interface EdgeIdentity {
  /** Stable id built from the edge's content (kind, ends, year, input). */
  id: string;
}
export type ProvidesEdge = ProvidesRow & EdgeIdentity & { kind: "provides" };
export type RequiresEdge = RequiresRow & EdgeIdentity & { kind: "requires" };
export type SuppliesEdge = SuppliesRow & EdgeIdentity & { kind: "supplies" };
export type OwnsEdge = OwnsRow & EdgeIdentity & { kind: "owns" };
export type OperatesInEdge = OperatesInRow & EdgeIdentity & { kind: "operates_in" };
export type PartnersWithEdge = PartnersWithRow & EdgeIdentity & { kind: "partners_with" };
export type TalentFlowEdge = TalentFlowRow & EdgeIdentity & { kind: "talent_flow" };
export type ExportControlEdge = ExportControlRow & EdgeIdentity & { kind: "export_control" };
export interface HeadquarteredInEdge extends EdgeIdentity {
  kind: "headquartered_in";
  from: string;
  to: string;
  sources: string[];
  note?: string;
}
export type AtlasEdge =
  | ProvidesEdge
  | RequiresEdge
  | SuppliesEdge
  | OwnsEdge
  | OperatesInEdge
  | PartnersWithEdge
  | TalentFlowEdge
  | ExportControlEdge
  | HeadquarteredInEdge;

export interface Dataset {
  meta: DatasetMeta;
  sources: Source[];
  nodes: AtlasNode[];
  edges: AtlasEdge[];
  /** Sovereign AI programmes (data/programmes.csv): public commitments, not part of the graph. */
  programmes: ProgrammeRow[];
}

export interface ParseDatasetResult {
  dataset?: Dataset;
  errors: DataError[];
  warnings: DataError[];
}

/**
 * Build an edge's stable id. Provides/supplies/partnerships/flows/controls carry their year; a
 * provides row measured in a national market carries its scope ("…:2022@USA"), so a nation's own
 * market figure and the world figure of the same provider and year are two edges; a talent flow
 * carries its share set ("talent_flow:CHN:USA:2019:macropolo-workforce"), so the same pair and
 * year on two bases are two edges.
 */
export function edgeId(e: { kind: string; from: string; to: string; year?: number; input?: string; scope?: string; set?: string }): string {
  const parts = [e.kind, e.from, e.to];
  if (e.input) parts.push(e.input);
  if (e.year !== undefined && e.kind !== "requires") parts.push(String(e.year));
  if (e.set) parts.push(e.set);
  return parts.join(":") + (e.scope ? `@${e.scope}` : "");
}

type Files = Record<string, string | undefined>;
interface Origin {
  file: string;
  line: number;
}

function parseRows<S extends z.ZodType>(
  files: Files,
  file: string,
  schema: S,
  errors: DataError[],
  required: boolean,
): { line: number; row: z.infer<S> }[] {
  const text = files[file];
  if (text === undefined) {
    if (required) errors.push({ file, message: "the file is missing" });
    return [];
  }
  const table = parseCsvTable(text);
  for (const e of table.errors) errors.push({ file, line: e.line, message: e.message });
  const shape = (schema as unknown as z.ZodObject).shape as Record<string, unknown>;
  const columns = Object.keys(shape);
  if (table.header.length > 0) {
    // A column whose cells may all be empty (an optional one) may be left out of a file's header.
    for (const c of columns) {
      if (!table.header.includes(c) && !optionalColumn(shape[c])) errors.push({ file, line: 1, field: c, message: `the header lacks the column "${c}"` });
    }
    for (const h of table.header) {
      if (h !== "" && !columns.includes(h)) {
        errors.push({ file, line: 1, field: h, message: `unknown column "${h}" (expected: ${columns.join(", ")})` });
      }
    }
  }
  const out: { line: number; row: z.infer<S> }[] = [];
  for (const { line, values } of table.rows) {
    const result = schema.safeParse(values);
    if (result.success) out.push({ line, row: result.data });
    else {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join(".");
        const raw = values[String(issue.path[0] ?? "")];
        const shown = raw !== undefined && raw !== "" ? ` (got ${JSON.stringify(raw.slice(0, 80))})` : "";
        errors.push({ file, line, field: field || undefined, message: `${issue.message}${shown}` });
      }
    }
  }
  return out;
}

function optionalColumn(schema: unknown): boolean {
  return (schema as z.ZodType).safeParse(undefined).success;
}

/** Rows of a base file and its parts (`edges/provides.csv`, `edges/provides-eto.csv`…); only the base file may be required. */
function parseFileRows<S extends z.ZodType>(files: Files, base: string, schema: S, errors: DataError[], required: boolean) {
  return dataFileParts(base, Object.keys(files)).flatMap((file, i) =>
    parseRows(files, file, schema, errors, required && i === 0).map((r) => ({ ...r, file })),
  );
}

/** Every data file name the dataset reads among `names`; anything else in nodes/ and edges/ is unknown. */
export function datasetFileNames(names: Iterable<string>): { known: string[]; unknown: string[] } {
  const all = [...names];
  const bases = [DATA_FILES.sources, DATA_FILES.programmes, ...Object.values(DATA_FILES.nodes), ...Object.values(DATA_FILES.edges)];
  const known = new Set<string>([DATA_FILES.meta, ...bases.flatMap((b) => dataFileParts(b, all))]);
  return { known: [...known], unknown: all.filter((n) => !known.has(n) && n.endsWith(".csv")) };
}

export function parseDataset(files: Files): ParseDatasetResult {
  const errors: DataError[] = [];
  const warnings: DataError[] = [];

  // dataset.json
  let meta: DatasetMeta | undefined;
  const metaText = files[DATA_FILES.meta];
  if (metaText === undefined) errors.push({ file: DATA_FILES.meta, message: "the file is missing" });
  else {
    try {
      const parsed = datasetMetaSchema.safeParse(JSON.parse(metaText));
      if (parsed.success) meta = parsed.data;
      else
        for (const issue of parsed.error.issues)
          errors.push({ file: DATA_FILES.meta, field: issue.path.join("."), message: issue.message });
    } catch (e) {
      errors.push({ file: DATA_FILES.meta, message: `is not valid JSON: ${(e as Error).message}` });
    }
  }

  // sources.csv
  for (const name of datasetFileNames(Object.keys(files)).unknown)
    errors.push({ file: name, message: "is not a data file of the Atlas (a part file is named like edges/provides-<part>.csv)" });
  const sourceRows = parseFileRows(files, DATA_FILES.sources, sourceSchema, errors, true);
  const sourceIds = new Set<string>();
  for (const { file, line, row } of sourceRows) {
    if (sourceIds.has(row.id)) errors.push({ file, line, field: "id", message: `duplicate source id "${row.id}"` });
    sourceIds.add(row.id);
  }
  const usedSources = new Set<string>();
  const checkSources = (file: string, line: number, ids: string[]) => {
    for (const s of ids) {
      usedSources.add(s);
      if (!sourceIds.has(s)) errors.push({ file, line, field: "sources", message: `unknown source id "${s}" (not in ${DATA_FILES.sources})` });
    }
  };

  // nodes
  const nodes: AtlasNode[] = [];
  const nodeKind = new Map<string, NodeKind>();
  const nodeOrigin = new Map<string, Origin>();
  for (const kind of ["nation", "firm", "input", "bloc"] as const) {
    const rows = parseFileRows(files, DATA_FILES.nodes[kind], NODE_FILE_SCHEMAS[kind], errors, kind !== "bloc");
    for (const { file, line, row } of rows) {
      const prev = nodeOrigin.get(row.id);
      if (prev) {
        errors.push({ file, line, field: "id", message: `duplicate node id "${row.id}" (already defined at ${prev.file} line ${prev.line})` });
        continue;
      }
      nodeOrigin.set(row.id, { file, line });
      nodeKind.set(row.id, kind);
      checkSources(file, line, row.sources);
      nodes.push({ ...row, kind } as AtlasNode);
    }
  }
  const expectKind = (file: string, line: number, field: string, id: string, kinds: NodeKind[]) => {
    const k = nodeKind.get(id);
    if (!k) {
      errors.push({ file, line, field, message: `unknown node "${id}"` });
      return false;
    }
    if (!kinds.includes(k)) {
      errors.push({ file, line, field, message: `"${id}" is a ${k}, expected ${kinds.join(" or ")}` });
      return false;
    }
    return true;
  };

  const edges: AtlasEdge[] = [];
  for (const n of nodes) {
    const { file, line } = nodeOrigin.get(n.id)!;
    if (n.kind === "firm") {
      expectKind(file, line, "hq", n.hq, ["nation"]);
      if (n.controller) expectKind(file, line, "controller", n.controller, ["nation"]);
      edges.push({ kind: "headquartered_in", id: edgeId({ kind: "headquartered_in", from: n.id, to: n.hq }), from: n.id, to: n.hq, sources: n.sources });
    }
    if (n.kind === "bloc") for (const m of n.members) expectKind(file, line, "members", m, ["nation"]);
  }

  // edges
  const edgeOrigin = new Map<string, Origin>();
  const ENDPOINTS: Record<EdgeFileKind, [NodeKind[], NodeKind[]]> = {
    provides: [["firm", "nation"], ["input"]],
    requires: [["input"], ["input"]],
    supplies: [["firm"], ["firm"]],
    owns: [["firm", "nation"], ["firm"]],
    operates_in: [["firm"], ["nation"]],
    partners_with: [["firm", "nation", "bloc"], ["firm", "nation", "bloc"]],
    talent_flow: [["nation"], ["nation"]],
    export_control: [["nation", "bloc"], ["nation", "bloc"]],
  };
  for (const kind of Object.keys(EDGE_FILE_SCHEMAS) as EdgeFileKind[]) {
    const rows = parseFileRows(files, DATA_FILES.edges[kind], EDGE_FILE_SCHEMAS[kind], errors, kind !== "owns");
    for (const { file, line, row } of rows) {
      checkSources(file, line, row.sources);
      const [fromKinds, toKinds] = ENDPOINTS[kind];
      const okFrom = expectKind(file, line, "from", row.from, fromKinds);
      const okTo = expectKind(file, line, "to", row.to, toKinds);
      if (row.from === row.to) errors.push({ file, line, field: "to", message: "an edge may not join a node to itself" });
      const r = row as { year?: number; end?: number; input?: string; inputs?: string[]; layers?: string[]; scope?: string; set?: string };
      if (r.end !== undefined && r.year !== undefined && r.end < r.year)
        errors.push({ file, line, field: "end", message: `ends (${r.end}) before it starts (${r.year})` });
      if (r.input !== undefined) expectKind(file, line, "input", r.input, ["input"]);
      if (r.scope !== undefined) expectKind(file, line, "scope", r.scope, ["nation"]);
      if (kind === "export_control") {
        const ec = row as ExportControlRow;
        for (const i of ec.inputs) expectKind(file, line, "inputs", i, ["input"]);
        if (ec.inputs.length === 0 && ec.layers.length === 0)
          errors.push({ file, line, field: "inputs", message: "names no inputs and no layers" });
      }
      if (kind === "provides") {
        const p = row as ProvidesRow;
        if (p.share !== undefined && !p.basis)
          errors.push({ file, line, field: "basis", message: "a share needs its basis (revenue, capacity, shipments…)" });
        if (p.share !== undefined && nodeKind.get(p.from) === "nation" && !p.attribution)
          errors.push({ file, line, field: "attribution", message: "a nation's share needs its attribution (hq or site)" });
      }
      if (!okFrom || !okTo) continue;
      const id = edgeId({ kind, from: row.from, to: row.to, year: r.year, input: r.input, scope: r.scope, set: r.set });
      const prev = edgeOrigin.get(id);
      if (prev) {
        errors.push({ file, line, message: `duplicate edge ${id} (already at ${prev.file === file ? "" : `${prev.file} `}line ${prev.line})` });
        continue;
      }
      edgeOrigin.set(id, { file, line });
      edges.push({ ...row, kind, id } as AtlasEdge);
    }
  }

  // programmes.csv (optional): commitments of nations and blocs.
  const programmes: ProgrammeRow[] = [];
  const programmeIds = new Map<string, Origin>();
  for (const { file, line, row } of parseFileRows(files, DATA_FILES.programmes, programmeSchema, errors, false)) {
    checkSources(file, line, row.sources);
    const prev = programmeIds.get(row.id);
    if (prev) {
      errors.push({ file, line, field: "id", message: `duplicate programme id "${row.id}" (already at ${prev.file} line ${prev.line})` });
      continue;
    }
    programmeIds.set(row.id, { file, line });
    const okOwner = expectKind(file, line, "owner", row.owner, ["nation", "bloc"]);
    if (row.end !== undefined && row.end < row.start) errors.push({ file, line, field: "end", message: `ends (${row.end}) before it starts (${row.start})` });
    if (okOwner) programmes.push(row);
  }

  checkShareSums(edges, nodeKind, edgeOrigin, errors);
  checkTalentSets(edges, edgeOrigin, errors);
  checkRequiresAcyclic(edges, edgeOrigin, errors);
  (meta?.finalCapabilities ?? []).forEach((id, i) => {
    if (nodeKind.get(id) !== "input")
      errors.push({ file: DATA_FILES.meta, field: `finalCapabilities.${i}`, message: `"${id}" is not an input of the dataset` });
  });

  for (const { file, line, row } of sourceRows)
    if (!usedSources.has(row.id)) warnings.push({ file, line, field: "id", message: `source "${row.id}" is cited by nothing` });

  if (errors.length > 0 || !meta) return { errors, warnings };
  return { dataset: { meta, sources: sourceRows.map((r) => r.row), nodes, edges, programmes }, errors, warnings };
}

/** Shares of one input measured in one market (the world or a nation's), year and basis, by one kind of provider, may not exceed 100%. */
function checkShareSums(edges: AtlasEdge[], nodeKind: Map<string, NodeKind>, origin: Map<string, Origin>, errors: DataError[]) {
  const sums = new Map<string, { total: number; first?: Origin }>();
  for (const e of edges) {
    if (e.kind !== "provides" || e.share === undefined) continue;
    const group = [e.to, e.year, e.basis, nodeKind.get(e.from), e.attribution ?? "", e.scope ?? ""].join("|");
    const g = sums.get(group) ?? { total: 0, first: origin.get(e.id) };
    g.total += e.share;
    sums.set(group, g);
  }
  for (const [group, { total, first }] of sums) {
    if (total > 100.5) {
      const [input, year, basis, kind, , scope] = group.split("|");
      errors.push({
        file: first?.file ?? DATA_FILES.edges.provides,
        line: first?.line,
        field: "share",
        message: `shares of "${input}"${scope ? ` in ${scope}'s market` : ""} by ${kind} (${basis}, ${year}) add up to ${total.toFixed(1)}%, more than 100%`,
      });
    }
  }
}

/**
 * Talent flows, one share set at a time: every row of a set has the set's one basis and one
 * `share_of` (the first row fixes them), and the shares dividing one nation's researchers (the
 * destination's workforce, or the origin's graduates) in one set and year add up to at most 100%.
 */
function checkTalentSets(edges: AtlasEdge[], origin: Map<string, Origin>, errors: DataError[]) {
  const sets = new Map<string, { basis: string; shareOf: string; at?: Origin }>();
  const sums = new Map<string, { total: number; first?: Origin }>();
  for (const e of edges) {
    if (e.kind !== "talent_flow") continue;
    const at = origin.get(e.id);
    const where = { file: at?.file ?? DATA_FILES.edges.talent_flow, line: at?.line };
    const first = sets.get(e.set);
    const firstAt = first?.at ? `${first.at.file} line ${first.at.line}` : "its first row";
    if (!first) sets.set(e.set, { basis: e.basis, shareOf: e.share_of, at });
    else {
      if (first.basis !== e.basis)
        errors.push({ ...where, field: "basis", message: `set "${e.set}" has one basis ("${first.basis}", at ${firstAt}); a different basis is its own set` });
      if (first.shareOf !== e.share_of)
        errors.push({ ...where, field: "share_of", message: `set "${e.set}" divides the ${first.shareOf}'s researchers (at ${firstAt}), not the ${e.share_of}'s` });
    }
    const nation = e.share_of === "destination" ? e.to : e.from;
    const key = [e.set, e.year, e.share_of, nation].join("|");
    const sum = sums.get(key) ?? { total: 0, first: at };
    sum.total += e.share;
    sums.set(key, sum);
  }
  for (const [key, { total, first }] of sums) {
    if (total <= 100.5) continue;
    const [set, year, shareOf, nation] = key.split("|");
    errors.push({
      file: first?.file ?? DATA_FILES.edges.talent_flow,
      line: first?.line,
      field: "share",
      message: `talent flows of set "${set}" ${shareOf === "destination" ? "into" : "out of"} ${nation} (${year}) add up to ${total.toFixed(1)}% of its researchers, more than 100%`,
    });
  }
}

/** The requires chain must be acyclic: a stage cannot (transitively) need itself. */
function checkRequiresAcyclic(edges: AtlasEdge[], origin: Map<string, Origin>, errors: DataError[]) {
  const out = new Map<string, RequiresEdge[]>();
  for (const e of edges) if (e.kind === "requires") out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): boolean => {
    state.set(n, 1);
    stack.push(n);
    for (const e of out.get(n) ?? []) {
      const s = state.get(e.to);
      if (s === 1) {
        const cycle = [...stack.slice(stack.indexOf(e.to)), e.to].join(" → ");
        const at = origin.get(e.id);
        errors.push({ file: at?.file ?? DATA_FILES.edges.requires, line: at?.line, field: "to", message: `requires forms a cycle: ${cycle}` });
        return true;
      }
      if (s === undefined && visit(e.to)) return true;
    }
    stack.pop();
    state.set(n, 2);
    return false;
  };
  for (const n of out.keys()) if (!state.has(n) && visit(n)) return;
}
