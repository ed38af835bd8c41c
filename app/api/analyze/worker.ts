/**
 * The worker thread of POST /api/analyze: one job (the body's bytes and the limits), one answer
 * (lib/metrics/http.ts analyzeBody), then the route terminates it. Bundled by Next (Turbopack
 * follows `new Worker(new URL("./worker.ts", import.meta.url))` in route.ts).
 */
import { parentPort } from "node:worker_threads";
import { analyzeBody, type AnalyzeJob } from "@/lib/metrics/http";

parentPort?.once("message", (job: AnalyzeJob) => {
  parentPort!.postMessage(analyzeBody(job.bytes, job.limits));
});
