/**
 * The metrics Web Worker: receives a serialised graph, computes every network metric
 * (lib/metrics) off the main thread and reports progress as it goes.
 */
import Graph from "graphology";
import { analyzeGraph } from "../metrics/analyze";
import type { WorkerRequest, WorkerResponse } from "./protocol";

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener("message", (event) => {
  const req = event.data;
  if (req.type !== "analyze") return;
  const started = performance.now();
  try {
    const graph = Graph.from(req.graph);
    let last = 0;
    const analysis = analyzeGraph(graph, {
      ...req.options,
      onProgress: (fraction, step) => {
        // Throttle: at most ~100 progress messages per run.
        if (fraction - last >= 0.01 || fraction === 1) {
          last = fraction;
          scope.postMessage({ type: "progress", id: req.id, fraction, step });
        }
      },
    });
    scope.postMessage({ type: "result", id: req.id, analysis, ms: performance.now() - started });
  } catch (e) {
    scope.postMessage({ type: "error", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
