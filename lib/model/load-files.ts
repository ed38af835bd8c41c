/**
 * Read the dataset's files from disk (Node only). Kept apart from dataset.ts so that parsing and
 * validation stay pure and run in the browser or a Worker too.
 */
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { DATA_FILES } from "./schema";
import { parseDataset, type ParseDatasetResult } from "./dataset";

/** data/ of the project, or the folder named by ATLAS_DATA_DIR (to serve another dataset). */
export const DEFAULT_DATA_DIR = process.env.ATLAS_DATA_DIR ?? path.join(process.cwd(), "data");

export function readDatasetFiles(dir: string = DEFAULT_DATA_DIR): Record<string, string | undefined> {
  const names = [DATA_FILES.meta, DATA_FILES.sources, ...Object.values(DATA_FILES.nodes), ...Object.values(DATA_FILES.edges)];
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
