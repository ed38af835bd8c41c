/**
 * Long jobs off the request thread: each job runs in a fresh worker (worker_threads, spawned by
 * the caller with its resourceLimits), at most `concurrency` at a time; up to `maxQueued` more
 * wait their turn and any further job is refused at once as "busy" (the route answers 503 with
 * Retry-After). A job that runs longer than `timeoutMs` is terminated; one that passes the
 * worker's memory limit dies alone (ERR_WORKER_OUT_OF_MEMORY) and the server goes on. A job
 * whose caller gives up (signal, e.g. the client disconnected) is dropped or terminated.
 *
 * A worker gets one message, the input, and answers one message, the output; it is then
 * terminated, so no state or memory outlives a job.
 */

/** The part of a node:worker_threads Worker the queue uses (a fake in tests). */
export interface WorkerLike {
  postMessage(value: unknown, transferList?: readonly ArrayBuffer[]): void;
  on(event: "message", listener: (value: unknown) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<number>;
}

export type JobFailure = "busy" | "timeout" | "memory" | "crashed" | "aborted";

export type JobOutcome<O> = { ok: true; value: O } | { ok: false; reason: JobFailure; message: string };

export interface WorkerQueueOptions {
  spawn: () => WorkerLike;
  /** Jobs running at once (each in its own worker). */
  concurrency: number;
  /** Jobs allowed to wait; beyond this a job is refused as busy. */
  maxQueued: number;
  /** Running time after which a job's worker is terminated. */
  timeoutMs: number;
}

export interface RunOptions {
  transfer?: ArrayBuffer[];
  signal?: AbortSignal;
}

export interface WorkerQueue<I, O> {
  run(input: I, options?: RunOptions): Promise<JobOutcome<O>>;
  readonly running: number;
  readonly queued: number;
}

interface Pending {
  start: () => void;
  cancel: () => void;
}

export function createWorkerQueue<I, O>({ spawn, concurrency, maxQueued, timeoutMs }: WorkerQueueOptions): WorkerQueue<I, O> {
  let running = 0;
  const waiting: Pending[] = [];

  const next = () => {
    while (running < concurrency && waiting.length > 0) waiting.shift()!.start();
  };

  function execute(input: I, options: RunOptions): Promise<JobOutcome<O>> {
    return new Promise((resolve) => {
      running++;
      let settled = false;
      let worker: WorkerLike | undefined;
      const finish = (outcome: JobOutcome<O>) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
        void worker?.terminate().catch(() => undefined);
        running--;
        resolve(outcome);
        next();
      };
      const onAbort = () => finish({ ok: false, reason: "aborted", message: "the request was cancelled" });
      const timer = setTimeout(
        () => finish({ ok: false, reason: "timeout", message: `the job took longer than ${timeoutMs / 1000} s, the server's limit` }),
        timeoutMs,
      );
      options.signal?.addEventListener("abort", onAbort, { once: true });
      try {
        worker = spawn();
        worker.on("message", (value) => finish({ ok: true, value: value as O }));
        worker.on("error", (error) => {
          const code = (error as { code?: string }).code;
          if (code === "ERR_WORKER_OUT_OF_MEMORY") finish({ ok: false, reason: "memory", message: "the job ran out of the memory the server allows it" });
          else finish({ ok: false, reason: "crashed", message: `the job failed: ${error.message}` });
        });
        worker.on("exit", (code) => finish({ ok: false, reason: "crashed", message: `the job's worker exited (code ${code}) without an answer` }));
        worker.postMessage(input, options.transfer);
      } catch (e) {
        finish({ ok: false, reason: "crashed", message: `the job could not start: ${e instanceof Error ? e.message : String(e)}` });
      }
    });
  }

  return {
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    run(input, options = {}) {
      if (options.signal?.aborted) return Promise.resolve({ ok: false, reason: "aborted", message: "the request was cancelled" });
      if (running < concurrency) return execute(input, options);
      if (waiting.length >= maxQueued) {
        return Promise.resolve({ ok: false, reason: "busy", message: `the server is busy with ${running} job(s) and ${waiting.length} waiting` });
      }
      return new Promise((resolve) => {
        const entry: Pending = {
          start: () => {
            options.signal?.removeEventListener("abort", entry.cancel);
            void execute(input, options).then(resolve);
          },
          cancel: () => {
            const i = waiting.indexOf(entry);
            if (i >= 0) waiting.splice(i, 1);
            resolve({ ok: false, reason: "aborted", message: "the request was cancelled" });
          },
        };
        options.signal?.addEventListener("abort", entry.cancel, { once: true });
        waiting.push(entry);
      });
    },
  };
}
