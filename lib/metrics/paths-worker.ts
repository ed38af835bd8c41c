/**
 * The body of an all-pairs worker (a Web Worker or a worker_thread): it receives a job (the
 * out-adjacency, sources and modes), then chunks of sources to add to its own sums, then "finish",
 * and answers with its sums. pool.ts schedules the chunks and merges the sums.
 *
 * `servePaths` is self-contained (only its arguments, no imports, no closures over module code)
 * because node-pool.ts ships its source text to worker_threads; paths.worker.ts imports it.
 */
import type { accumulatePaths as Accumulate } from "./paths";

export type PathsRequest =
  | { type: "job"; id: number; order: number; offsets: Int32Array; targets: Int32Array; sources: Int32Array; modes: Uint8Array; squares: boolean }
  | { type: "chunk"; id: number; first: number; last: number }
  | { type: "finish"; id: number };

export type PathsReply =
  | { type: "chunk"; id: number; first: number; last: number }
  | { type: "sums"; id: number; dependency: Float64Array; dependencySq: Float64Array; distance: Float64Array; reached: Float64Array }
  | { type: "error"; id: number; message: string };

export interface PathsPort {
  post(message: PathsReply, transfer?: ArrayBuffer[]): void;
  listen(handler: (message: PathsRequest) => void): void;
}

export function servePaths(port: PathsPort, accumulate: typeof Accumulate): void {
  let job: Extract<PathsRequest, { type: "job" }> | null = null;
  let dependency = new Float64Array(0);
  let dependencySq = new Float64Array(0);
  let distance = new Float64Array(0);
  let reached = new Float64Array(0);
  let dist = new Int32Array(0);
  let sigma = new Float64Array(0);
  let coef = new Float64Array(0);
  let queue = new Int32Array(0);
  let dag = new Int32Array(0);
  let dagEnd = new Int32Array(0);
  port.listen(function (message) {
    try {
      if (message.type === "job") {
        job = message;
        const n = message.order;
        dependency = new Float64Array(n);
        dependencySq = new Float64Array(message.squares ? n : 0);
        distance = new Float64Array(n);
        reached = new Float64Array(n);
        if (dist.length !== n) {
          dist = new Int32Array(n).fill(-1);
          sigma = new Float64Array(n);
          coef = new Float64Array(n);
          queue = new Int32Array(n);
          dagEnd = new Int32Array(n);
        }
        if (dag.length < message.targets.length) dag = new Int32Array(message.targets.length);
      } else if (message.type === "chunk") {
        if (!job || job.id !== message.id) throw new Error("paths worker: a chunk of an unknown job");
        accumulate(
          job.offsets,
          job.targets,
          job.sources,
          job.modes,
          message.first,
          message.last,
          dependency,
          dependencySq,
          distance,
          reached,
          dist,
          sigma,
          coef,
          queue,
          dag,
          dagEnd,
        );
        port.post({ type: "chunk", id: message.id, first: message.first, last: message.last });
      } else if (message.type === "finish") {
        port.post({ type: "sums", id: message.id, dependency, dependencySq, distance, reached }, [
          dependency.buffer as ArrayBuffer,
          dependencySq.buffer as ArrayBuffer,
          distance.buffer as ArrayBuffer,
          reached.buffer as ArrayBuffer,
        ]);
        job = null;
      }
    } catch (e) {
      port.post({ type: "error", id: message.id, message: e instanceof Error ? e.message : String(e) });
    }
  });
}
