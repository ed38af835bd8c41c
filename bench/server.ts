/**
 * `npx tsx bench/server.ts`: does one big analysis stall the server? On a production build
 * (scripts/start.mjs on a free port, building when stale), GET /api/graph latency idle, then while
 * POST /api/analyze works on a 20,000-node / 100,000-edge graph (a worker thread), as a ratio of
 * medians and of 95th percentiles. Before the worker (issue 10) the ratio was about 71 s / 10 ms.
 * Target: ratio of medians < 5. Writes bench/results/server.json.
 */
import { withProductionServer } from "./lib/prod-server";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { toTopologyJson } from "../lib/io/graphology-json";
import { randomGraph } from "./lib/random-graph";

const SAMPLES = Number(process.env.BENCH_RUNS ?? 25);
const root = path.resolve(__dirname, "..");

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function latencies(url: string, n: number, stillRunning: () => boolean = () => true): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n && stillRunning(); i++) {
    const t = performance.now();
    const r = await fetch(url);
    await r.arrayBuffer();
    out.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
  return out;
}

async function main() {
  await withProductionServer(root, 300_000, async (base) => {
    const body = JSON.stringify(toTopologyJson(randomGraph(20_000, 5, 7)));
    await latencies(`${base}/api/graph`, 5); // warm up
    const idle = await latencies(`${base}/api/graph`, SAMPLES);

    let running = true;
    const t0 = performance.now();
    const analysis = fetch(`${base}/api/analyze?format=json`, { method: "POST", body, headers: { "content-type": "application/json" } }).then(async (r) => {
      const text = await r.text();
      running = false;
      return { status: r.status, ms: performance.now() - t0, bytes: text.length };
    });
    await new Promise((r) => setTimeout(r, 1500));
    const busy = await latencies(`${base}/api/graph`, SAMPLES, () => running);
    const done = await analysis;
    if (busy.length < 5) throw new Error(`the analysis finished after ${busy.length} samples; too quick to measure`);

    const ms = (x: number) => Math.round(x * 10) / 10;
    const result = {
      graph: { nodes: 20_000, edges: 100_000, bodyMB: ms(body.length / 1024 / 1024) },
      analysis: { status: done.status, seconds: ms(done.ms / 1000) },
      idle: { samples: idle.length, medianMs: ms(quantile(idle, 0.5)), p95Ms: ms(quantile(idle, 0.95)) },
      duringAnalysis: { samples: busy.length, medianMs: ms(quantile(busy, 0.5)), p95Ms: ms(quantile(busy, 0.95)), maxMs: ms(Math.max(...busy)) },
      ratio: { median: ms(quantile(busy, 0.5) / quantile(idle, 0.5)), p95: ms(quantile(busy, 0.95) / quantile(idle, 0.95)) },
    };
    console.log("\nServer under a big analysis (production build; GET /api/graph, sequential requests)");
    console.log(`  POST /api/analyze, ${result.graph.nodes} nodes / ${result.graph.edges} edges (${result.graph.bodyMB} MB): ${done.status} in ${result.analysis.seconds} s`);
    console.log(`  GET /api/graph idle:            median ${result.idle.medianMs} ms, p95 ${result.idle.p95Ms} ms (${idle.length} requests)`);
    console.log(`  GET /api/graph during analysis: median ${result.duringAnalysis.medianMs} ms, p95 ${result.duringAnalysis.p95Ms} ms, max ${result.duringAnalysis.maxMs} ms (${busy.length} requests)`);
    console.log(`  ratio during / idle: median ×${result.ratio.median}, p95 ×${result.ratio.p95}  target median < ×5 (before the worker: ~71 s / 10 ms)`);
    mkdirSync(path.join(root, "bench/results"), { recursive: true });
    writeFileSync(path.join(root, "bench/results/server.json"), JSON.stringify(result, null, 2));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
