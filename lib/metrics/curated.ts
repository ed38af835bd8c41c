/**
 * The curated graph's analysis for GET /api/metrics (Node only; not in the barrel). Computed once
 * from the same loaded dataset as the pages and /api/graph (lib/model/curated.ts), so every
 * route describes the same data.
 */
import { getCuratedGraph } from "../model/curated";
import { analyzeGraph } from "./analyze";
import type { Analysis } from "./types";

let cached: Analysis | undefined;

export function analyzeCuratedGraph(): Analysis {
  cached ??= analyzeGraph(getCuratedGraph());
  return cached;
}

/** GET /api/metrics: 200 Analysis, or 503 { error: { message } } when the data does not load. */
export function curatedMetricsResponse(): Response {
  try {
    return Response.json(analyzeCuratedGraph());
  } catch (e) {
    return Response.json({ error: { message: `could not analyse the curated graph: ${(e as Error).message}` } }, { status: 503 });
  }
}
