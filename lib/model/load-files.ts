/**
 * Read the dataset's files from disk (Node only). Kept apart from dataset.ts so that parsing and
 * validation stay pure and run in the browser or a Worker too.
 */
import { readFileSync, existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { DATA_FILES } from "./schema";
import { datasetFileNames, parseDataset, type ParseDatasetResult } from "./dataset";

/** data/ of the project, or the folder named by ATLAS_DATA_DIR (to serve another dataset). */
export const DEFAULT_DATA_DIR = process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), "data");

export function readDatasetFiles(dir: string = DEFAULT_DATA_DIR): Record<string, string | undefined> {
  // Every CSV in data/, nodes/ and edges/: the base files and their parts (edges/provides-eto.csv…).
  const present: string[] = [];
  for (const sub of ["", "nodes", "edges"]) {
    const d = path.join(/*turbopackIgnore: true*/ dir, sub);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d)) if (f.endsWith(".csv")) present.push(sub ? `${sub}/${f}` : f);
  }
  const names = new Set<string>([DATA_FILES.meta, DATA_FILES.sources, DATA_FILES.programmes, ...Object.values(DATA_FILES.nodes), ...Object.values(DATA_FILES.edges)]);
  for (const n of datasetFileNames(present).known) names.add(n);
  for (const n of present) if (path.dirname(n) !== ".") names.add(n);
  const files: Record<string, string | undefined> = {};
  for (const name of names) {
    const p = path.join(/*turbopackIgnore: true*/ dir, name);
    files[name] = existsSync(p) ? readFileSync(p, "utf8") : undefined;
  }
  return files;
}

export function loadDatasetFromDir(dir: string = DEFAULT_DATA_DIR): ParseDatasetResult {
  return parseDataset(readDatasetFiles(dir));
}
