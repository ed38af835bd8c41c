/**
 * Parallel analysis in Node (CLI, API, scripts): `analyzeGraph` with betweenness and closeness
 * split across worker_threads, one per core. Node only: do not import from browser code.
 */
import { analyzeGraphWith } from "./analyze";
import { createNodePool, sharedNodePool } from "./node-pool";
import type { AnyGraph } from "../model/graph";
import type { Analysis, MetricsOptions } from "./types";

export interface ParallelOptions extends MetricsOptions {
  /** Worker threads for the all-pairs pass: default one per core (a shared pool); 1 or 0 runs in this thread. */
  workers?: number;
}

/**
 * The same analysis as `analyzeGraph`, with the all-pairs pass on worker threads (graphs with
 * little all-pairs work stay in this thread). Rejects with the signal's reason when aborted.
 */
export async function analyzeGraphParallel(graph: AnyGraph, options: ParallelOptions = {}): Promise<Analysis> {
  const { workers, ...rest } = options;
  if (workers !== undefined && workers < 2) return analyzeGraphWith(graph, undefined, rest);
  if (workers === undefined) return analyzeGraphWith(graph, sharedNodePool(), rest);
  const pool = createNodePool(workers);
  try {
    return await analyzeGraphWith(graph, pool, rest);
  } finally {
    pool.close();
  }
}

export { coreCount, createNodePool, sharedNodePool } from "./node-pool";
