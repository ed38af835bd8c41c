/**
 * The curated graph's analysis for GET /api/metrics (Node only; not in the barrel). Computed once
 * from the same loaded dataset as the pages and /api/graph (lib/model/curated.ts), so every
 * route describes the same data. The metrics run over the supply dependency graph
 * (lib/model/dependency.ts metricsGraph), never over every relation at once.
 */
import { getCuratedGraph } from "../model/curated";
import { metricsGraph } from "../model/dependency";
import { analyzeGraph } from "./analyze";
import type { Analysis } from "./types";

let cached: Analysis | undefined;

export function analyzeCuratedGraph(): Analysis {
  // Over the dependency graph (dependent → depended on, share-weighted), as the explorer computes them.
  cached ??= analyzeGraph(metricsGraph(getCuratedGraph()));
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
