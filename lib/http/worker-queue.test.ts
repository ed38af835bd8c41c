import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { createWorkerQueue, type WorkerLike } from "./worker-queue";

// Workers that answer their input doubled, after `delay` ms (a negative delay: never), or that
// allocate until they pass their heap limit.
const ECHO = `require("node:worker_threads").parentPort.once("message", ({ n, delay }) => {
  const answer = () => require("node:worker_threads").parentPort.postMessage(n * 2);
  if (delay >= 0) setTimeout(answer, delay);
  else setInterval(() => {}, 1000);
});`;
const HOG = `require("node:worker_threads").parentPort.once("message", () => { const keep = []; for (;;) keep.push(new Array(1e6).fill(1)); });`;

const spawned: Worker[] = [];
const spawn = (source: string, heapMb?: number) => () => {
  const w = new Worker(source, { eval: true, resourceLimits: heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined });
  spawned.push(w);
  return w as unknown as WorkerLike;
};

describe("createWorkerQueue", () => {
  it("runs a job in a worker and answers its message, then terminates the worker", async () => {
    const q = createWorkerQueue<{ n: number; delay: number }, number>({ spawn: spawn(ECHO), concurrency: 1, maxQueued: 0, timeoutMs: 5000 });
    expect(await q.run({ n: 21, delay: 0 })).toEqual({ ok: true, value: 42 });
    expect(q.running).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(spawned.at(-1)!.threadId).toBe(-1); // exited
  });

  it("runs at most `concurrency` jobs, queues `maxQueued` more and refuses the rest as busy", async () => {
    const q = createWorkerQueue<{ n: number; delay: number }, number>({ spawn: spawn(ECHO), concurrency: 2, maxQueued: 1, timeoutMs: 5000 });
    const jobs = [1, 2, 3].map((n) => q.run({ n, delay: 200 }));
    expect(q.running).toBe(2);
    expect(q.queued).toBe(1);
    expect(await q.run({ n: 4, delay: 0 })).toMatchObject({ ok: false, reason: "busy" });
    expect(await Promise.all(jobs)).toEqual([2, 4, 6].map((value) => ({ ok: true, value })));
    expect(q.running + q.queued).toBe(0);
  });

  it("terminates a job over its time limit and frees its slot", async () => {
    const q = createWorkerQueue<{ n: number; delay: number }, number>({ spawn: spawn(ECHO), concurrency: 1, maxQueued: 1, timeoutMs: 300 });
    const stuck = q.run({ n: 1, delay: -1 });
    const next = q.run({ n: 5, delay: 0 });
    expect(await stuck).toMatchObject({ ok: false, reason: "timeout", message: "the job took longer than 0.3 s, the server's limit" });
    expect(await next).toEqual({ ok: true, value: 10 });
  });

  it("a job over its memory limit fails alone", async () => {
    const q = createWorkerQueue<unknown, number>({ spawn: spawn(HOG, 32), concurrency: 1, maxQueued: 0, timeoutMs: 20_000 });
    expect(await q.run({})).toMatchObject({ ok: false, reason: "memory" });
    expect(process.memoryUsage().heapUsed).toBeLessThan(1024 * 1024 * 1024);
  });

  it("drops a queued job and terminates a running one when their caller aborts", async () => {
    const q = createWorkerQueue<{ n: number; delay: number }, number>({ spawn: spawn(ECHO), concurrency: 1, maxQueued: 1, timeoutMs: 5000 });
    const a = new AbortController();
    const b = new AbortController();
    const running = q.run({ n: 1, delay: -1 }, { signal: a.signal });
    const waiting = q.run({ n: 2, delay: 0 }, { signal: b.signal });
    b.abort();
    expect(await waiting).toMatchObject({ ok: false, reason: "aborted" });
    expect(q.queued).toBe(0);
    a.abort();
    expect(await running).toMatchObject({ ok: false, reason: "aborted" });
    expect(q.running).toBe(0);
  });

  it("a worker that throws is a failed job, not a crash", async () => {
    const q = createWorkerQueue<unknown, number>({ spawn: spawn(`throw new Error("kaput")`), concurrency: 1, maxQueued: 0, timeoutMs: 5000 });
    expect(await q.run({})).toMatchObject({ ok: false, reason: "crashed", message: "the job failed: kaput" });
  });
});
