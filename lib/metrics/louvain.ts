/**
 * Louvain community detection on typed arrays, with networkx's rules (`louvain_communities`):
 * the same gain formula (directed modularity of Leicht–Newman for directed graphs, as networkx
 * uses), nodes visited in a seeded random order shuffled once per level, a level repeated until
 * no node moves, levels aggregated until modularity improves by no more than `threshold` (1e-7).
 *
 * Each level is a symmetric weighted adjacency without self-loops (for a directed graph the
 * weight of u–v is w(u→v) + w(v→u), networkx's `nbrs`) plus each node's in and out strength and
 * its internal weight: all a level's gains and its modularity need. Aggregating a level is
 * O(n + m) with a marker array. No hash map, no graphology graph, no allocation in the moving loop.
 *
 * Runs in about O(levels · passes · m).
 */
import { seededRng } from "../util/rng";
import { mergeRows, type SimpleGraph } from "./simple-graph";

interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** In and out strength (undirected: both the degree, a self-loop counted twice). */
  kin: Float64Array;
  kout: Float64Array;
  /** Weight of the edges inside each node (self-loops, then merged communities). */
  inner: Float64Array;
}

export interface LouvainOptions {
  seed?: number;
  resolution?: number;
  threshold?: number;
}

/**
 * Community of each node (numbered by first appearance, not by size). A graph whose total edge
 * weight is 0 gets one community per node.
 */
export function louvain(g: SimpleGraph, { seed = 42, resolution = 1, threshold = 1e-7 }: LouvainOptions = {}): Int32Array {
  const n = g.order;
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = i;
  let level = firstLevel(g);
  // Total weight (networkx `G.size(weight)`): the out-strengths, or half the degrees.
  let m = 0;
  for (let u = 0; u < n; u++) m += level.kout[u]!;
  if (!g.directed) m /= 2;
  if (!(m > 0)) return labels;
  // Score of moving a node into community c, in weight units (gain · m):
  //   w(u, c) − γ · f · (kout_u · Sin_c + kin_u · Sout_c),  f = 1/m directed, 1/(4m) undirected.
  const f = (g.directed ? 1 / m : 1 / (4 * m)) * resolution;
  const rng = seededRng(seed);
  let q = modularityOf(level, identity(level.n), f, m);
  const community = new Int32Array(n);
  for (;;) {
    const moved = moveNodes(level, f, m, rng, community);
    if (!moved) break;
    const count = renumber(community, level.n);
    for (let i = 0; i < n; i++) labels[i] = community[labels[i]!]!;
    const next = modularityOf(level, community.subarray(0, level.n), f, m);
    const gain = next - q;
    q = next;
    level = aggregate(level, community, count);
    if (gain <= threshold) break;
  }
  return labels;
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function firstLevel(g: SimpleGraph): Level {
  const n = g.order;
  const kin = new Float64Array(n);
  const kout = new Float64Array(n);
  const inner = Float64Array.from(g.loopWeight);
  const { offsets, targets, weights } = g.out;
  if (!g.directed) {
    // Adjacency without loops; degree counts a loop twice (networkx `G.degree(weight)`).
    const off = new Int32Array(n + 1);
    const tgt = new Int32Array(targets.length);
    const wts = new Float64Array(targets.length);
    let write = 0;
    for (let u = 0; u < n; u++) {
      let k = 0;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const v = targets[e]!;
        if (v === u) {
          k += 2 * weights[e]!;
          continue;
        }
        k += weights[e]!;
        tgt[write] = v;
        wts[write++] = weights[e]!;
      }
      kin[u] = kout[u] = k;
      off[u + 1] = write;
    }
    return { n, offsets: off, targets: tgt.slice(0, write), weights: wts.slice(0, write), kin, kout, inner };
  }
  // Directed: strengths from the arcs, neighbours from both directions merged (loops dropped).
  const m = targets.length;
  const from = new Int32Array(2 * m);
  const to = new Int32Array(2 * m);
  const w = new Float64Array(2 * m);
  let count = 0;
  for (let u = 0; u < n; u++) {
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = targets[e]!;
      kout[u]! += weights[e]!;
      kin[v]! += weights[e]!;
      if (v === u) continue;
      from[count] = u;
      to[count] = v;
      w[count++] = weights[e]!;
      from[count] = v;
      to[count] = u;
      w[count++] = weights[e]!;
    }
  }
  const merged = mergeRows(n, from, to, w, count);
  return { n, ...merged, kin, kout, inner };
}

/**
 * One level of local moving. Writes each node's community into `community[0 .. level.n)` and
 * returns whether any node moved.
 */
function moveNodes(level: Level, f: number, m: number, rng: () => number, community: Int32Array): boolean {
  const { n, offsets, targets, weights, kin, kout } = level;
  const sin = Float64Array.from(kin);
  const sout = Float64Array.from(kout);
  for (let i = 0; i < n; i++) community[i] = i;
  const order = identity(n);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  const toCommunity = new Float64Array(n);
  const stamp = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n);
  // A move must gain more than rounding noise, so a level always ends.
  const epsilon = 1e-12 * m;
  let tick = 0;
  let movedAny = false;
  for (let pass = 0; pass < 1000; pass++) {
    let moves = 0;
    for (let idx = 0; idx < n; idx++) {
      const u = order[idx]!;
      const own = community[u]!;
      tick++;
      let count = 0;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const c = community[targets[e]!]!;
        if (stamp[c] !== tick) {
          stamp[c] = tick;
          toCommunity[c] = 0;
          seen[count++] = c;
        }
        toCommunity[c]! += weights[e]!;
      }
      if (count === 0) continue;
      const ki = kin[u]!;
      const ko = kout[u]!;
      sin[own]! -= ki;
      sout[own]! -= ko;
      let best = own;
      let bestScore = (stamp[own] === tick ? toCommunity[own]! : 0) - f * (ko * sin[own]! + ki * sout[own]!);
      for (let j = 0; j < count; j++) {
        const c = seen[j]!;
        if (c === own) continue;
        const score = toCommunity[c]! - f * (ko * sin[c]! + ki * sout[c]!);
        if (score > bestScore + epsilon) {
          best = c;
          bestScore = score;
        }
      }
      sin[best]! += ki;
      sout[best]! += ko;
      if (best !== own) {
        community[u] = best;
        moves++;
      }
    }
    if (moves === 0) break;
    movedAny = true;
  }
  return movedAny;
}

/** Renumber community[0 .. n) to 0, 1, … by first appearance; returns the count. */
function renumber(community: Int32Array, n: number): number {
  const map = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = community[i]!;
    if (map[c]! < 0) map[c] = count++;
    community[i] = map[c]!;
  }
  return count;
}

/** Modularity of a level's partition, from strengths and inner weights. */
function modularityOf(level: Level, community: Int32Array, f: number, m: number): number {
  const { n, offsets, targets, weights } = level;
  const sin = new Float64Array(n);
  const sout = new Float64Array(n);
  let inside = 0;
  for (let u = 0; u < n; u++) {
    const c = community[u]!;
    sin[c]! += level.kin[u]!;
    sout[c]! += level.kout[u]!;
    inside += level.inner[u]!;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) if (community[targets[e]!] === c) inside += weights[e]! / 2;
  }
  let expected = 0;
  for (let c = 0; c < n; c++) expected += sin[c]! * sout[c]!;
  return inside / m - (f * expected) / m;
}

/** The next level: one node per community, weights between communities summed. */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { n, offsets, targets, weights } = level;
  const start = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) start[community[u]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let u = 0; u < n; u++) members[fill[community[u]!]!++] = u;

  const kin = new Float64Array(count);
  const kout = new Float64Array(count);
  const inner = new Float64Array(count);
  const off = new Int32Array(count + 1);
  const tgt = new Int32Array(targets.length);
  const wts = new Float64Array(targets.length);
  const mark = new Int32Array(count).fill(-1);
  let write = 0;
  for (let c = 0; c < count; c++) {
    const rowStart = write;
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const u = members[i]!;
      kin[c]! += level.kin[u]!;
      kout[c]! += level.kout[u]!;
      inner[c]! += level.inner[u]!;
      for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
        const d = community[targets[e]!]!;
        const w = weights[e]!;
        if (d === c) {
          inner[c]! += w / 2;
          continue;
        }
        const at = mark[d]!;
        if (at >= rowStart) wts[at]! += w;
        else {
          mark[d] = write;
          tgt[write] = d;
          wts[write++] = w;
        }
      }
    }
    off[c + 1] = write;
  }
  return { n: count, offsets: off, targets: tgt.slice(0, write), weights: wts.slice(0, write), kin, kout, inner };
}
