/**
 * The curated graph's analysis for GET /api/metrics (Node only: reads data/; not in the barrel).
 * Cached in module scope and recomputed only when the data files' text changes, so a curator's
 * edit shows up without a restart. The files are re-read per call (a few ms).
 */
import { formatDataError, parseDataset } from "../model/dataset";
import { buildGraph } from "../model/graph";
import { readDatasetFiles } from "../model/load-files";
import { analyzeGraph } from "./analyze";
import type { Analysis } from "./types";

let cache: { fingerprint: string; analysis: Analysis } | undefined;

export type CuratedResult = { ok: true; analysis: Analysis } | { ok: false; message: string };

export function analyzeCuratedGraph(dir?: string): CuratedResult {
  const files = readDatasetFiles(dir);
  const fingerprint = JSON.stringify(files);
  if (cache?.fingerprint === fingerprint) return { ok: true, analysis: cache.analysis };
  const { dataset, errors } = parseDataset(files);
  if (!dataset || errors.length > 0) {
    return { ok: false, message: `the dataset has ${errors.length} error(s): ${errors.slice(0, 3).map(formatDataError).join("; ")}` };
  }
  cache = { fingerprint, analysis: analyzeGraph(buildGraph(dataset)) };
  return { ok: true, analysis: cache.analysis };
}

/** GET /api/metrics: 200 Analysis, or 503 { error: { message } } when the data does not load. */
export function curatedMetricsResponse(): Response {
  try {
    const result = analyzeCuratedGraph();
    return result.ok ? Response.json(result.analysis) : Response.json({ error: { message: result.message } }, { status: 503 });
  } catch (e) {
    return Response.json({ error: { message: `could not analyse the curated graph: ${(e as Error).message}` } }, { status: 503 });
  }
}
