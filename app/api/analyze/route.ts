/**
 * POST /api/analyze?format=json: network metrics of a graphology JSON graph (lib/metrics/http.ts).
 * Each analysis runs in its own worker thread (./worker.ts) with a time and a memory limit, one or
 * two at a time with a short queue, so the server's request thread stays free for everyone else.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { createWorkerQueue } from "@/lib/http";
import { analyzeJobLimits, analyzeRequest, queuedRunner, type AnalyzeAnswer, type AnalyzeJob } from "@/lib/metrics/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const job = analyzeJobLimits(os.availableParallelism(), process.env);

const queue = createWorkerQueue<AnalyzeJob, AnalyzeAnswer>({
  spawn: () => new Worker(new URL("./worker.ts", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: job.maxOldGenerationSizeMb } }),
  concurrency: job.concurrency,
  maxQueued: job.maxQueued,
  timeoutMs: job.timeoutMs,
});

const run = queuedRunner(queue, job.timeoutMs);

export const POST = (request: Request) => analyzeRequest(request, { run });
