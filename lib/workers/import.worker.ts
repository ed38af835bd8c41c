/**
 * The import Web Worker: decodes, parses and validates a user's files (lib/model/import.ts
 * `importGraph`, the staged import) off the main thread, so a large file never blocks the page,
 * and previews a CSV file for the column-mapping step. It posts progress as it goes and exactly
 * one `imported` (or `preview`, or `error`) message per request. The import is synchronous:
 * cancelling terminates the worker.
 */
import { importGraph, previewCsv } from "../model/import";
import type { ImportWorkerRequest, ImportWorkerResponse } from "./protocol";

interface WorkerScope {
  postMessage(message: ImportWorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportWorkerRequest>) => void): void;
}
const scope = globalThis as unknown as WorkerScope;

scope.addEventListener("message", (event) => {
  const req = event.data;
  const started = performance.now();
  try {
    if (req.type === "preview") {
      scope.postMessage({ type: "preview", id: req.id, preview: previewCsv(req.file, req.options) });
      return;
    }
    if (req.type !== "import") return;
    let last = -1;
    const result = importGraph(req.files, {
      ...req.options,
      onProgress: (fraction, step) => {
        // At most ~100 progress messages per import.
        if (fraction - last >= 0.01 || fraction === 1) {
          last = fraction;
          scope.postMessage({ type: "progress", id: req.id, fraction, step });
        }
      },
    });
    scope.postMessage({ type: "imported", id: req.id, result, ms: performance.now() - started });
  } catch (e) {
    scope.postMessage({ type: "error", id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});
