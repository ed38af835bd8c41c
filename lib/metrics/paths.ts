/**
 * The all-pairs kernel: one breadth-first search per source gives both Brandes betweenness and
 * closeness. Closeness needs, for each node v, the distances from every node that reaches it
 * (networkx's incoming distances); the BFS from s already knows dist(s, v) for every v it
 * visits, so it adds them to v's sums. Betweenness accumulates each source's dependencies in the
 * same pass.
 *
 * `accumulatePaths` is the inner loop and allocation-free: the scratch arrays (distances, path
 * counts, dependencies, BFS order) are allocated once per thread and reused for every source. It
 * is self-contained (no imports, no closures, only its arguments) because the Node worker pool
 * ships its source text to worker_threads (node-pool.ts); the browser's workers import it
 * (paths.worker.ts). Sums over disjoint sets of sources add up, so each worker sums its own
 * share and the shares are added at the end (`mergeSums`).
 *
 * Exactness: path counts are float64 (exact up to 2^53), dependencies are summed in float64, and
 * distance sums are integers; the results equal networkx's to ~1e-12 (tests hold them to 1e-9).
 */

/** Mode bits of a source: what its BFS contributes. */
export const BETWEENNESS = 1;
export const CLOSENESS = 2;
/** Also sum squared dependencies, for the error estimate of sampled betweenness. */
export const SQUARES = 4;

/** The per-node sums a set of sources contributes; add two sets' sums to get their union's. */
export interface PathSums {
  /** Σ over sources s ≠ v of the dependency δ_s(v) (Brandes). */
  dependency: Float64Array;
  /** Σ δ_s(v)², only when some source had mode SQUARES (else empty). */
  dependencySq: Float64Array;
  /** Σ dist(s, v) over the sources s that reach v (s ≠ v). */
  distance: Float64Array;
  /** Number of sources s ≠ v that reach v. */
  reached: Float64Array;
}

/** What a run of the kernel needs: the out-adjacency, the sources and each source's mode. */
export interface PathsJob {
  order: number;
  offsets: Int32Array;
  targets: Int32Array;
  sources: Int32Array;
  modes: Uint8Array;
}

export function emptySums(n: number, squares: boolean): PathSums {
  return {
    dependency: new Float64Array(n),
    dependencySq: new Float64Array(squares ? n : 0),
    distance: new Float64Array(n),
    reached: new Float64Array(n),
  };
}

/** Scratch arrays of one thread; `dist` must start (and is left) all −1. */
export interface PathsScratch {
  dist: Int32Array;
  sigma: Float64Array;
  coef: Float64Array;
  queue: Int32Array;
  /** Successors on shortest paths, grouped by queue position (at most m). */
  dag: Int32Array;
  dagEnd: Int32Array;
}

export function createScratch(n: number, m: number): PathsScratch {
  return {
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coef: new Float64Array(n),
    queue: new Int32Array(n),
    dag: new Int32Array(m),
    dagEnd: new Int32Array(n),
  };
}

/**
 * Add the contributions of `sources[first .. last)` to the sums. O((last − first) · (n + m)).
 * Self-contained: see the file comment before adding any reference to outside code.
 */
export function accumulatePaths(
  offsets: Int32Array,
  targets: Int32Array,
  sources: Int32Array,
  modes: Uint8Array,
  first: number,
  last: number,
  dependency: Float64Array,
  dependencySq: Float64Array,
  distance: Float64Array,
  reached: Float64Array,
  dist: Int32Array,
  sigma: Float64Array,
  coef: Float64Array,
  queue: Int32Array,
  dag: Int32Array,
  dagEnd: Int32Array,
): void {
  for (let i = first; i < last; i++) {
    const s = sources[i]!;
    const mode = modes[i]!;
    if (offsets[s] === offsets[s + 1]) continue; // no out-edge: reaches nothing
    let head = 0;
    let tail = 1;
    queue[0] = s;
    dist[s] = 0;
    sigma[s] = 1;
    if ((mode & 1) !== 0) {
      // BFS counting shortest paths (sigma[w] = number of shortest s–w paths) that records, for
      // the j-th node of the queue, its successors on shortest paths: dag[dagEnd[j − 1] .. dagEnd[j]).
      let k = 0;
      while (head < tail) {
        const v = queue[head]!;
        const next = dist[v]! + 1;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let e = offsets[v]!; e < end; e++) {
          const w = targets[e]!;
          let dw = dist[w]!;
          if (dw < 0) {
            dist[w] = dw = next;
            sigma[w] = 0;
            queue[tail++] = w;
          }
          if (dw === next) {
            sigma[w]! += sv;
            dag[k++] = w;
          }
        }
        dagEnd[head++] = k;
      }
      // Dependencies in reverse BFS order, pulled from the successors:
      // δ(v) = σ(v) · Σ_{w: succ} (1 + δ(w)) / σ(w), with coef[w] = (1 + δ(w)) / σ(w).
      const squares = (mode & 4) !== 0;
      for (let j = tail - 1; j > 0; j--) {
        const v = queue[j]!;
        const end = dagEnd[j]!;
        let sum = 0;
        for (let e = dagEnd[j - 1]!; e < end; e++) sum += coef[dag[e]!]!;
        const sv = sigma[v]!;
        const delta = sv * sum;
        dependency[v]! += delta;
        if (squares) dependencySq[v]! += delta * delta;
        coef[v] = (1 + delta) / sv;
      }
    } else {
      while (head < tail) {
        const v = queue[head++]!;
        const next = dist[v]! + 1;
        const end = offsets[v + 1]!;
        for (let e = offsets[v]!; e < end; e++) {
          const w = targets[e]!;
          if (dist[w]! < 0) {
            dist[w] = next;
            queue[tail++] = w;
          }
        }
      }
    }
    if ((mode & 2) !== 0) {
      for (let j = 1; j < tail; j++) {
        const v = queue[j]!;
        distance[v]! += dist[v]!;
        reached[v]! += 1;
      }
    }
    for (let j = 0; j < tail; j++) dist[queue[j]!] = -1;
  }
}

/** a += b, array by array. */
export function mergeSums(a: PathSums, b: PathSums): PathSums {
  const add = (x: Float64Array, y: Float64Array) => {
    for (let i = 0; i < y.length; i++) x[i]! += y[i]!;
  };
  add(a.dependency, b.dependency);
  add(a.dependencySq, b.dependencySq);
  add(a.distance, b.distance);
  add(a.reached, b.reached);
  return a;
}

/** Sources per chunk: about `1/128` of the work per chunk, at least 1 source. */
export function chunkSize(sourceCount: number, parts = 128): number {
  return Math.max(1, Math.ceil(sourceCount / parts));
}

/**
 * Run a job in this thread, chunk by chunk, calling `progress(done / total)` after each chunk
 * (it may throw to cancel).
 */
export function runPaths(job: PathsJob, progress?: (fraction: number) => void): PathSums {
  const n = job.order;
  let squares = false;
  for (let i = 0; i < job.modes.length; i++) if ((job.modes[i]! & SQUARES) !== 0) squares = true;
  const sums = emptySums(n, squares);
  const scratch = createScratch(n, job.targets.length);
  const total = job.sources.length;
  const step = chunkSize(total);
  for (let first = 0; first < total; first += step) {
    const last = Math.min(total, first + step);
    accumulatePaths(
      job.offsets,
      job.targets,
      job.sources,
      job.modes,
      first,
      last,
      sums.dependency,
      sums.dependencySq,
      sums.distance,
      sums.reached,
      scratch.dist,
      scratch.sigma,
      scratch.coef,
      scratch.queue,
      scratch.dag,
      scratch.dagEnd,
    );
    progress?.(last / total);
  }
  return sums;
}

/** Every node a source with the given mode. */
export function allSourcesJob(order: number, offsets: Int32Array, targets: Int32Array, mode: number): PathsJob {
  const sources = new Int32Array(order);
  for (let i = 0; i < order; i++) sources[i] = i;
  return { order, offsets, targets, sources, modes: new Uint8Array(order).fill(mode) };
}

/** networkx's normalised betweenness from exact sums: δ / ((n − 1)(n − 2)); unscaled when n ≤ 2. */
export function betweennessFromSums(n: number, sums: PathSums): Float64Array {
  const out = Float64Array.from(sums.dependency);
  if (n > 2) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) out[v]! *= scale;
  }
  return out;
}

/** networkx's Wasserman–Faust closeness: (r / d) · (r / (n − 1)), 0 when nothing reaches v. */
export function closenessFromSums(n: number, sums: PathSums): Float64Array {
  const out = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const r = sums.reached[v]!;
    const d = sums.distance[v]!;
    out[v] = d > 0 && n > 1 ? (r / d) * (r / (n - 1)) : 0;
  }
  return out;
}
