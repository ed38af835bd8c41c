/**
 * The all-pairs pool on Web Workers, one per core (navigator.hardwareConcurrency): for the
 * browser, from a page or from inside another worker (lib/workers/metrics.worker.ts). Each worker
 * is paths.worker.ts, bundled by Next/Turbopack through `new Worker(new URL(…, import.meta.url))`.
 */
import { createPool, type PathsPool } from "./pool";
import type { PathsReply } from "./paths-worker";

/** Cores the browser reports (at least 1, at most 16). */
export function browserCores(): number {
  const n = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(16, n));
}

export function createWebPool(size = browserCores()): PathsPool {
  return createPool(() => {
    const worker = new Worker(new URL("./paths.worker.ts", import.meta.url), { type: "module" });
    return {
      post: (message) => worker.postMessage(message),
      onMessage: (handler) => worker.addEventListener("message", (e: MessageEvent<PathsReply>) => handler(e.data)),
      onError: (handler) =>
        worker.addEventListener("error", (e: ErrorEvent) => {
          e.preventDefault();
          handler(new Error(e.message || "the worker could not start"));
        }),
      terminate: () => worker.terminate(),
    };
  }, size);
}
