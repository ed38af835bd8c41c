/**
 * `npx tsx bench/metrics.ts`: time every metric of lib/metrics against networkx (python3) and
 * igraph (/usr/bin/python3, when `import igraph` works) on the same graphs: the curated graph and
 * seeded random directed graphs of 1k, 5k and 20k nodes with ~5 edges per node. Each side reads the
 * same graph JSON and projects it the same way; times are medians of repeated runs (one run for
 * slow metrics). Python metrics slower than the timeout print "skipped (>Ns)".
 * Prints one table per graph and writes bench/results/metrics.json. Targets: all metrics on the
 * curated graph under 50 ms in total; at 5k nodes every metric faster than networkx.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { toTopologyJson } from "../lib/io/graphology-json";
import { betweenness } from "../lib/metrics/betweenness";
import { closeness } from "../lib/metrics/closeness";
import { communities } from "../lib/metrics/community";
import { components } from "../lib/metrics/components";
import { articulationPoints, bridges } from "../lib/metrics/cut-points";
import { degree, inDegree, outDegree, weightedDegree } from "../lib/metrics/degree";
import { eigenvector } from "../lib/metrics/eigenvector";
import { density } from "../lib/metrics/graph-metrics";
import { pagerank } from "../lib/metrics/pagerank";
import { analyzeGraph } from "../lib/metrics/analyze";
import { toSimpleGraph, type SimpleGraph } from "../lib/metrics/simple-graph";
import type { AnyGraph } from "../lib/metrics/types";
import { buildGraph } from "../lib/model/graph";
import { loadDatasetFromDir } from "../lib/model/load-files";
import { randomGraph } from "./lib/random-graph";
import { timeMs } from "./lib/timing";

const OURS: Record<string, (g: SimpleGraph) => unknown> = {
  degree,
  inDegree,
  outDegree,
  weightedDegree,
  betweenness: (g) => betweenness(g),
  closeness: (g) => closeness(g),
  pagerank: (g) => pagerank(g),
  eigenvector: (g) => eigenvector(g),
  community: (g) => communities(g, 42),
  density,
  components,
  articulationPoints,
  bridges,
};
const METRICS = ["project", ...Object.keys(OURS)];

type Times = Record<string, number | null>;
interface Row {
  metric: string;
  ours: number;
  networkx: number | null;
  igraph?: number | null;
}
interface Result {
  graph: string;
  nodes: number;
  edges: number;
  timeoutS: number;
  rows: Row[];
  /** One analyzeGraph call (everything); not timed above 5k nodes. */
  analyzeGraphMs: number | null;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const TMP = path.join(os.tmpdir(), "atlas-bench");
const HAS_IGRAPH = spawnSync("/usr/bin/python3", ["-c", "import igraph"]).status === 0;

function python(exe: string, script: string, file: string, timeoutS: number): { times: Times; version?: string } {
  const run = spawnSync(exe, [path.join(ROOT, "scripts/nx", script), file, "--timeout", String(timeoutS)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    timeout: (timeoutS * METRICS.length + 60) * 1000,
  });
  if (run.status !== 0) {
    console.error(`${exe} ${script} failed: ${run.error?.message ?? run.stderr}`);
    return { times: {} };
  }
  const out = JSON.parse(run.stdout) as { ms: Times; networkx?: string; igraph?: string };
  return { times: out.ms, version: out.networkx ?? out.igraph };
}

function bench(name: string, graph: AnyGraph, timeoutS: number): Result {
  const file = path.join(TMP, `${name}.json`);
  writeFileSync(file, JSON.stringify(toTopologyJson(graph)));
  console.log(`\n${name}: ${graph.order} nodes, ${graph.size} edges — timing ours, networkx${HAS_IGRAPH ? ", igraph" : ""}…`);

  const ours: Times = { project: timeMs(() => toSimpleGraph(graph)) };
  const g = toSimpleGraph(graph);
  for (const [metric, fn] of Object.entries(OURS)) ours[metric] = timeMs(() => fn(g));
  const analyzeGraphMs = graph.order <= 5_000 ? timeMs(() => analyzeGraph(graph)) : null;
  const nx = python("python3", "bench_nx.py", file, timeoutS);
  const ig = HAS_IGRAPH ? python("/usr/bin/python3", "bench_igraph.py", file, timeoutS) : undefined;

  const rows = METRICS.map((metric) => ({
    metric,
    ours: ours[metric]!,
    networkx: nx.times[metric] ?? null,
    ...(ig ? { igraph: ig.times[metric] ?? null } : {}),
  }));
  printTable(rows, timeoutS);
  if (analyzeGraphMs !== null) console.log(`analyzeGraph (everything, one call): ${analyzeGraphMs.toFixed(1)} ms`);
  return { graph: name, nodes: graph.order, edges: graph.size, timeoutS, rows, analyzeGraphMs };
}

const fmt = (ms: number | null | undefined, timeoutS: number) =>
  ms === undefined ? "—" : ms === null ? `skipped (>${timeoutS}s)` : ms < 1 ? ms.toFixed(3) : ms.toFixed(1);

function printTable(rows: Row[], timeoutS: number) {
  const header = ["metric", "ours ms", "networkx ms", "nx/ours", ...(HAS_IGRAPH ? ["igraph ms"] : [])];
  const lines = rows.map((r) => [
    r.metric,
    fmt(r.ours, timeoutS),
    fmt(r.networkx, timeoutS),
    r.networkx ? `${(r.networkx / r.ours).toFixed(1)}×` : "—",
    ...(HAS_IGRAPH ? [fmt(r.igraph, timeoutS)] : []),
  ]);
  const total = rows.filter((r) => r.metric !== "project");
  const sum = (xs: (number | null | undefined)[]) => (xs.every((x) => typeof x === "number") ? xs.reduce<number>((a, b) => a + b!, 0) : null);
  const totals = [sum(total.map((r) => r.ours))!, sum(total.map((r) => r.networkx)), sum(total.map((r) => r.igraph))];
  lines.push([
    "total (metrics)",
    fmt(totals[0], timeoutS),
    totals[1] === null ? "—" : fmt(totals[1], timeoutS),
    totals[1] ? `${(totals[1] / totals[0]!).toFixed(1)}×` : "—",
    ...(HAS_IGRAPH ? [totals[2] === null ? "—" : fmt(totals[2], timeoutS)] : []),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const show = (cells: string[]) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ") + " |";
  console.log(show(header));
  console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : "-".repeat(w + 1) + ":")).join("|") + "|");
  for (const l of lines) console.log(show(l));
}

function main() {
  mkdirSync(TMP, { recursive: true });
  const { dataset, errors } = loadDatasetFromDir(path.join(ROOT, "data"));
  if (!dataset || errors.length) throw new Error("data/ does not load: run npm run data:check");
  const curated = buildGraph(dataset);

  const t = performance.now();
  analyzeGraph(curated); // cold: first call in this process, JIT not warmed up
  const coldMs = performance.now() - t;

  const results = [
    bench("curated", curated, 30),
    bench("random-1k", randomGraph(1_000, 5, 1), 30),
    bench("random-5k", randomGraph(5_000, 5, 5), 90),
    bench("random-20k", randomGraph(20_000, 5, 20), 20),
  ];

  const curatedTotal = results[0]!.analyzeGraphMs!;
  const slower5k = results[2]!.rows.filter((r) => r.networkx !== null && r.networkx <= r.ours).map((r) => r.metric);
  console.log(`\nTarget: curated graph, all metrics < 50 ms — analyzeGraph ${curatedTotal.toFixed(1)} ms warm, ${coldMs.toFixed(1)} ms cold: ${curatedTotal < 50 ? "met" : "MISSED"}`);
  console.log(`Target: 5k nodes, every metric faster than networkx: ${slower5k.length === 0 ? "met" : `MISSED for ${slower5k.join(", ")}`}`);

  mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
  const out = path.join(ROOT, "bench/results/metrics.json");
  const environment = { node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, igraph: HAS_IGRAPH, date: new Date().toISOString() };
  writeFileSync(out, JSON.stringify({ environment, curatedColdMs: coldMs, results }, null, 2) + "\n");
  console.log(`\nwrote ${path.relative(ROOT, out)}`);
}

main();
