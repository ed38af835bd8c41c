/**
 * The all-pairs pool on Node's worker_threads, one worker per core: for the CLI, the API and
 * scripts. Node only (imports node:worker_threads); the browser uses web-pool.ts.
 *
 * Each worker runs the source text of `servePaths` and `accumulatePaths` (both self-contained),
 * so it needs no file on disk and works the same under tsx, Vitest, a bundled CLI and Next's
 * server bundle. Idle workers are unref'd: they never keep a process alive.
 */
import os from "node:os";
import { Worker } from "node:worker_threads";
import { accumulatePaths } from "./paths";
import { servePaths } from "./paths-worker";
import { createPool, type PathsPool, type WorkerHandle } from "./pool";

// __name: some TypeScript runners (tsx) wrap named functions with it; the worker has no such helper.
const WORKER_SOURCE = `"use strict";
var __name = function (f) { return f; };
var parentPort = require("node:worker_threads").parentPort;
var accumulatePaths = ${accumulatePaths.toString()};
(${servePaths.toString()})({
  post: function (m, t) { parentPort.postMessage(m, t); },
  listen: function (h) { parentPort.on("message", h); },
}, accumulatePaths);
`;

/** Cores available to this process. */
export function coreCount(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

function spawnNode(): WorkerHandle {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  let terminated = false;
  return {
    post: (message) => worker.postMessage(message),
    onMessage: (handler) => worker.on("message", handler),
    onError: (handler) => {
      worker.on("error", handler);
      worker.on("exit", (code) => !terminated && code !== 0 && handler(new Error(`worker exited with code ${code}`)));
    },
    terminate: () => {
      terminated = true;
      void worker.terminate();
    },
    ref: () => worker.ref(),
    unref: () => worker.unref(),
  };
}

/** A pool of `size` worker_threads (default: one per core). */
export function createNodePool(size = coreCount()): PathsPool {
  return createPool(spawnNode, Math.max(1, size));
}

let shared: PathsPool | undefined;

/** The process's shared pool, one worker per core, created on first use. */
export function sharedNodePool(): PathsPool {
  shared ??= createNodePool();
  return shared;
}
