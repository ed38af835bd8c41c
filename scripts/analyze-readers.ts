/**
 * The input formats of `npm run analyze`: each reader turns files into a graph through the one
 * importer (lib/model/import.ts, the same as the browser's and POST /api/analyze's), with its
 * report, or a message saying what is wrong and where (file, line or element, field).
 * Adding a format = one reader here (name, extensions) and its reader in lib/io/import.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import Graph from "graphology";
import { formatImportIssue, importGraph, type ImportFile, type ImportFormat, type ImportReport } from "../lib/model/import";
import type { AnyGraph } from "../lib/model/graph";

export type ReadResult = { ok: true; graph: AnyGraph; report: ImportReport } | { ok: false; message: string; report?: ImportReport };

export interface InputReader {
  /** The `--from` value. */
  name: ImportFormat;
  /** File extensions (lower case, with the dot) this reader is picked for by default. */
  extensions: string[];
  read(files: string[]): ReadResult;
}

/** The files to import: each path as given; a folder (ETO) stands for the CSV files in it. */
function readFiles(paths: string[], format: ImportFormat): { ok: true; files: ImportFile[] } | { ok: false; message: string } {
  const files: ImportFile[] = [];
  for (const p of paths) {
    try {
      if (statSync(p).isDirectory()) {
        if (format !== "eto") return { ok: false, message: `${p} is a folder: give the graph's files` };
        const csv = readdirSync(p).filter((f) => f.toLowerCase().endsWith(".csv")).sort();
        if (csv.length === 0) return { ok: false, message: `${p} holds no CSV files` };
        for (const f of csv) files.push({ name: f, bytes: new Uint8Array(readFileSync(path.join(p, f))) });
      } else files.push({ name: p, bytes: new Uint8Array(readFileSync(p)) });
    } catch (e) {
      return { ok: false, message: `cannot read ${p}: ${(e as Error).message}` };
    }
  }
  return { ok: true, files };
}

function reader(name: ImportFormat, extensions: string[]): InputReader {
  return {
    name,
    extensions,
    read(paths) {
      const files = readFiles(paths, name);
      if (!files.ok) return files;
      const r = importGraph(files.files, { format: name });
      if (!r.ok) return { ok: false, report: r.report, message: r.report.issues.filter((i) => i.severity === "error").map(formatImportIssue).join("\n") };
      return { ok: true, graph: Graph.from(r.graph), report: r.report };
    },
  };
}

export const READERS: InputReader[] = [
  reader("json", [".json"]),
  reader("csv", [".csv", ".tsv", ".txt"]),
  reader("gexf", [".gexf"]),
  reader("graphml", [".graphml", ".xml"]),
  reader("eto", []),
];

/** The reader named by `--from`, else the one matching the first file's extension (a folder: ETO), else JSON. */
export function readerFor(files: string[], from?: string): { ok: true; reader: InputReader } | { ok: false; message: string } {
  if (from !== undefined) {
    const found = READERS.find((r) => r.name === from);
    return found ? { ok: true, reader: found } : { ok: false, message: `unknown input format "${from}" (${READERS.map((r) => r.name).join(", ")})` };
  }
  const first = files[0]!;
  const isFolder = (() => {
    try {
      return statSync(first).isDirectory();
    } catch {
      return false;
    }
  })();
  const file = first.toLowerCase();
  return { ok: true, reader: (isFolder ? READERS.find((r) => r.name === "eto") : READERS.find((r) => r.extensions.some((x) => file.endsWith(x)))) ?? READERS[0]! };
}
