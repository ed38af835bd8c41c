/**
 * The metrics Web Worker: receives a serialised graph (or a graphology JSON file's text, parsed
 * here so a big file never blocks the page), computes every network metric (lib/metrics) off the
 * main thread and reports progress as it goes. Betweenness and closeness run on its own pool of
 * Web Workers, one per core (lib/metrics/web-pool.ts), while it computes the other metrics;
 * small graphs stay in this worker. Only the complete analysis is ever posted as a result.
 */
import Graph from "graphology";
import { parseGraphologyJsonText } from "../io/graphology-json";
import { analyzeGraphWith, type PathsRunner } from "../metrics/analyze";
import { browserCores, createWebPool } from "../metrics/web-pool";
import type { AnyGraph } from "../model/graph";
import type { WorkerRequest, WorkerResponse } from "./protocol";

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
let pool: ReturnType<typeof createWebPool> | undefined;

scope.addEventListener("message", async (event) => {
  const req = event.data;
  if (req.type !== "analyze") return;
  const started = performance.now();
  try {
    let graph: AnyGraph;
    if (req.text !== undefined) {
      const parsed = parseGraphologyJsonText(req.text);
      if (!parsed.ok) {
        scope.postMessage({ type: "error", id: req.id, message: parsed.error.message, path: parsed.error.path });
        return;
      }
      graph = parsed.graph;
    } else graph = Graph.from(req.graph!);
    scope.postMessage({ type: "parsed", id: req.id, nodes: graph.order, edges: graph.size });

    const { workers = browserCores(), ...options } = req.options ?? {};
    if (pool?.size !== workers) {
      pool?.close();
      pool = createWebPool(workers); // spawns its workers on first use only
    }
    // The engine gives small graphs to no runner: count the workers only when it does.
    let used = 1;
    const runner: PathsRunner = {
      size: pool.size,
      run: (job, o) => {
        used = pool!.size;
        return pool!.run(job, o);
      },
    };
    let last = -1;
    const analysis = await analyzeGraphWith(graph, runner, {
      ...options,
      onProgress: (fraction, step) => {
        // Throttle: at most ~100 progress messages per run.
        if (fraction - last >= 0.01 || fraction === 1) {
          last = fraction;
          scope.postMessage({ type: "progress", id: req.id, fraction, step, workers: used });
        }
      },
    });
    scope.postMessage({ type: "result", id: req.id, analysis, ms: performance.now() - started, workers: used });
  } catch (e) {
    scope.postMessage({ type: "error", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
