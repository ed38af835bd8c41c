/**
 * A pool of all-pairs workers, the same for worker_threads (node-pool.ts) and Web Workers
 * (web-pool.ts): it sends each worker the job once, then hands out chunks of sources as workers
 * finish them (two in flight per worker, so a worker never waits for this thread), reports
 * progress per chunk, and merges the workers' sums at the end. Dynamic chunks keep the workers
 * evenly busy however unevenly the work is spread over the sources (a giant component, isolated
 * nodes). One job at a time; a second `run` waits for the first.
 *
 * Cancelling (the signal) terminates the workers at once; the pool spawns fresh ones next time.
 */
import type { PathsRunner } from "./analyze";
import { emptySums, mergeSums, type PathSums, type PathsJob } from "./paths";
import type { PathsReply, PathsRequest } from "./paths-worker";

/** What the pool needs of a worker, whichever kind it is. */
export interface WorkerHandle {
  post(message: PathsRequest): void;
  onMessage(handler: (message: PathsReply) => void): void;
  onError(handler: (error: Error) => void): void;
  terminate(): void;
  /** Node: let the process exit while the worker idles (ref during a job). */
  ref?(): void;
  unref?(): void;
}

export interface PathsPool extends PathsRunner {
  /** Terminate the workers. The pool can still run jobs (it spawns new workers). */
  close(): void;
}

/** Chunks per job: enough for even load and fine-grained progress, few enough to be cheap. */
const CHUNKS_PER_WORKER = 32;
const IN_FLIGHT = 2;

export function createPool(spawn: () => WorkerHandle, size: number): PathsPool {
  const workers: WorkerHandle[] = [];
  let handler: ((index: number, message: PathsReply) => void) | null = null;
  let failure: ((worker: WorkerHandle, error: Error) => void) | null = null;
  let nextId = 0;
  let queue: Promise<unknown> = Promise.resolve();

  const close = () => {
    for (const w of workers) w.terminate();
    workers.length = 0;
  };
  const ensure = (count: number) => {
    while (workers.length < count) {
      const index = workers.length;
      const w = spawn();
      w.onMessage((m) => handler?.(index, m));
      w.onError((e) => failure?.(w, e));
      w.unref?.();
      workers.push(w);
    }
  };

  const runOne = (job: PathsJob, onProgress?: (fraction: number) => void, signal?: AbortSignal) =>
    new Promise<PathSums>((resolve, reject) => {
      signal?.throwIfAborted();
      const total = job.sources.length;
      if (total === 0) return resolve(emptySums(job.order, false));
      const count = Math.max(1, Math.min(size, total));
      ensure(count);
      const active = workers.slice(0, count);
      const id = ++nextId;
      let squares = false;
      for (let i = 0; i < job.modes.length; i++) if (job.modes[i]! & 4) squares = true;
      const step = Math.max(1, Math.ceil(total / (count * CHUNKS_PER_WORKER)));
      let nextFirst = 0;
      let doneSources = 0;
      let answered = 0;
      const sums = emptySums(job.order, squares);
      let settled = false;

      const end = (error?: unknown) => {
        if (settled) return;
        settled = true;
        handler = failure = null;
        signal?.removeEventListener("abort", onAbort);
        for (const w of active) w.unref?.();
        if (error !== undefined) {
          close(); // workers may be mid-chunk: start clean next time
          reject(error);
        } else resolve(sums);
      };
      const onAbort = () => end(signal!.reason);
      signal?.addEventListener("abort", onAbort, { once: true });

      const give = (w: WorkerHandle) => {
        if (nextFirst >= total) return;
        const first = nextFirst;
        nextFirst = Math.min(total, first + step);
        w.post({ type: "chunk", id, first, last: nextFirst });
      };
      handler = (index, m) => {
        if (m.id !== id || settled) return;
        if (m.type === "error") return end(new Error(`lib/metrics: a worker failed: ${m.message}`));
        if (m.type === "chunk") {
          doneSources += m.last - m.first;
          onProgress?.(doneSources / total);
          if (settled) return; // cancelled from onProgress
          give(active[index]!);
          if (doneSources === total) for (const w of active) w.post({ type: "finish", id });
          return;
        }
        mergeSums(sums, m);
        if (++answered === active.length) end();
      };
      failure = (w, e) => active.includes(w) && end(new Error(`lib/metrics: a worker failed: ${e.message}`));

      const { order, offsets, targets, sources, modes } = job;
      for (const w of active) {
        w.ref?.();
        w.post({ type: "job", id, order, offsets, targets, sources, modes, squares });
      }
      for (let k = 0; k < IN_FLIGHT; k++) for (const w of active) give(w);
    });

  return {
    size,
    close,
    run(job, { onProgress, signal } = {}) {
      const result = queue.then(() => runOne(job, onProgress, signal));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
