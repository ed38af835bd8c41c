/**
 * The import pipeline over formats: check sizes, decode every file, tell the format, parse into the
 * staging area, validate and write the graph at once (staging.ts). It knows formats, not the
 * Atlas: lib/model/import.ts passes the Atlas's vocabulary in (`profile`) and the reader of ETO
 * folders (`readers.eto`), and exports the `importGraph` every caller uses. Pure and synchronous.
 */
import { stageCsv } from "./csv";
import { stageEto } from "./eto";
import { decodeFile, type DecodedFile } from "./decode";
import { baseName, detectFormat, isEtoExtra } from "./detect";
import { IssueLog } from "./issues";
import { stageGexf } from "./gexf";
import { stageGraphml } from "./graphml";
import { stageJson } from "./json";
import { commit, LimitExceeded, Staging, type GraphProfile } from "./staging";
import { DEFAULT_IMPORT_LIMITS, type ImportFile, type ImportFileReport, type ImportFormat, type ImportLimits, type ImportOptions, type ImportReport, type ImportResult } from "./types";

export type { ImportFile, ImportFormat, ImportIssue, ImportOptions, ImportReport, ImportResult, CsvMapping, CsvPreview } from "./types";
export { previewCsv } from "./csv";
export { formatImportIssue } from "./issues";

/** What a reader gets: the decoded files, the options, the staging area and a progress callback (fraction of this step). */
export interface ReaderInput {
  files: DecodedFile[];
  options: ImportOptions;
  stage: Staging;
  progress: (fraction: number, step: string) => void;
}

/** A reader stages its files and returns what it read of each, or null after logging an error. */
export type FormatReader = (input: ReaderInput) => Omit<ImportFileReport, "bytes">[] | null;

export interface ImportPlugins {
  /** The vocabulary check run on the validated graph (lib/model: the Atlas's kinds). */
  profile?: GraphProfile;
  /** Readers for formats beyond the built-in ones (lib/model: ETO folders). */
  readers?: Partial<Record<ImportFormat, FormatReader>>;
}

const csvReader: FormatReader = ({ files, options, stage, progress }) => {
  const r = stageCsv(files, options.csv ?? {}, options.directed, stage, (file, f) => progress(f, `parsing ${file}`));
  return r && r.files.map((f) => ({ name: f.name, rows: f.rows, role: f.role, encoding: f.encoding }));
};

/** One file read as one graph (JSON, GEXF, GraphML). */
const oneFile =
  (read: (file: DecodedFile, stage: Staging, progress: (fraction: number) => void) => boolean): FormatReader =>
  ({ files, stage, progress }) => {
    const file = files[0]!;
    return read(file, stage, (f) => progress(f, `parsing ${file.name}`)) ? [{ name: file.name, role: "graph", encoding: file.encoding }] : null;
  };

/** An ETO Supply Chain Explorer folder (eto.ts). */
const etoReader: FormatReader = ({ files, stage, progress }) => stageEto(files, stage, progress);

const BUILT_IN: Partial<Record<ImportFormat, FormatReader>> = { csv: csvReader, eto: etoReader, json: oneFile(stageJson), gexf: oneFile(stageGexf), graphml: oneFile(stageGraphml) };

function emptyReport(format: ImportFormat | null, files: ImportFileReport[]): ImportReport {
  return { format, files, nodes: 0, edges: 0, directed: false, mixed: false, selfLoops: 0, parallelEdges: 0, atlasKinds: false, issues: [] };
}

/** The whole import: see lib/io/import/types.ts for the contract and README.md for the decisions. */
export function runImport(files: readonly ImportFile[], options: ImportOptions = {}, plugins: ImportPlugins = {}): ImportResult {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  const log = new IssueLog();
  const { signal, onProgress } = options;
  const fileReports: ImportFileReport[] = files.map((f) => ({ name: f.name, bytes: f.bytes.length }));
  let format: ImportFormat | null = options.format ?? null;
  const fail = (): ImportResult => ({ ok: false, report: { ...emptyReport(format, fileReports), issues: log.finish(files.map((f) => f.name)) } });
  const step = (fraction: number, name: string) => {
    signal?.throwIfAborted();
    onProgress?.(fraction, name);
  };

  step(0, "decoding");
  if (files.length === 0) {
    log.error({ file: "", code: "no-files", message: "no file was given", action: "nothing imported" });
    return fail();
  }
  const total = files.reduce((s, f) => s + f.bytes.length, 0);
  if (total > limits.maxBytes) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    for (const f of files)
      log.error({ file: f.name, code: "too-large", message: `${files.length > 1 ? "the files are" : "the file is"} ${mb(total)}, over the limit of ${mb(limits.maxBytes)}`, action: "nothing read" });
    return fail();
  }
  const decoded: DecodedFile[] = [];
  for (const f of files) {
    const d = decodeFile(f, log);
    if (d) decoded.push(d);
    const r = fileReports.find((x) => x.name === f.name);
    if (d && r) r.encoding = d.encoding;
  }
  if (log.hasErrors) return fail();

  format = detectFormat(decoded, options.format, log);
  if (!format) return fail();
  const reader = plugins.readers?.[format] ?? BUILT_IN[format];
  if (!reader) {
    log.error({ file: decoded[0]!.name, code: "format-unknown", message: `cannot read ${format} files here`, action: "nothing imported" });
    return fail();
  }
  if (format !== "csv" && format !== "eto" && decoded.length > 1) {
    log.error({ file: decoded[1]!.name, code: "too-many-files", message: `${decoded.length} ${format.toUpperCase()} files: import one at a time`, action: "nothing imported" });
    return fail();
  }
  const inputs = format === "eto" ? decoded.filter((d) => !isEtoExtra(d.name)) : decoded;
  for (const d of decoded)
    if (format === "eto" && isEtoExtra(d.name)) log.warning({ file: d.name, code: "eto", message: `${baseName(d.name)} is not one of ETO's tables`, action: "ignored" });

  const stage = new Staging(log, limits);
  let read: Omit<ImportFileReport, "bytes">[] | null;
  try {
    read = reader({ files: inputs, options, stage, progress: (f, name) => step(0.05 + 0.7 * f, name) });
  } catch (e) {
    if (e instanceof LimitExceeded) return fail();
    throw e;
  }
  if (!read || log.hasErrors) return fail();
  for (const r of read) {
    const fr = fileReports.find((x) => x.name === r.name);
    if (fr) Object.assign(fr, r);
  }

  step(0.75, "validating");
  const done = commit(stage, plugins.profile, (f) => step(0.75 + 0.25 * f, f < 0.8 ? "validating" : "building"));
  if (!done || log.hasErrors) return fail();
  step(1, "done");
  const { graph, ...counts } = done;
  return { ok: true, report: { format, files: fileReports, ...counts, issues: log.finish(files.map((f) => f.name)) }, graph };
}
