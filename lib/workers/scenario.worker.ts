/**
 * The scenario Web Worker: sensitivity runs (lib/scenario/sensitivity.ts), with progress, and the
 * criticality table (lib/scenario/criticality.ts) off the main thread. Keeps the last graph it was
 * sent (by key), so repeated runs skip rebuilding it and the baseline cached on it. Messages:
 * lib/scenario/protocol.ts.
 */
import { graphFromSerialized, type AtlasGraph } from "../model/graph";
import { computeCriticality } from "../scenario/criticality";
import type { CriticalityWorkerResponse, ScenarioWorkerRequest, ScenarioWorkerResponse } from "../scenario/protocol";
import { runSensitivity } from "../scenario/sensitivity";

interface WorkerScope {
  postMessage(message: ScenarioWorkerResponse | CriticalityWorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ScenarioWorkerRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;
let kept: { key: string; graph: AtlasGraph } | undefined;

scope.addEventListener("message", (event) => {
  const req = event.data;
  try {
    if (!kept || kept.key !== req.graphKey) kept = { key: req.graphKey, graph: graphFromSerialized(req.graph) };
    if (req.type === "criticality") {
      const table = computeCriticality(kept.graph, { substitution: req.substitution, year: req.year });
      scope.postMessage({ type: "criticality", id: req.id, table });
      return;
    }
    let last = 0;
    const result = runSensitivity(kept.graph, req.scenario, req.substitution, {
      ...req.options,
      onProgress: (fraction) => {
        if (fraction - last >= 0.02 || fraction === 1) {
          last = fraction;
          scope.postMessage({ type: "progress", id: req.id, fraction });
        }
      },
    });
    scope.postMessage({ type: "result", id: req.id, result });
  } catch (e) {
    scope.postMessage({ type: "error", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
