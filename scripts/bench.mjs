#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark, figures printed side by side with their references.
 * - bench/page-load.ts: production build, time to an interactive network and JS shipped;
 * - bench/metrics.ts: the metrics engine (all cores) vs the previous engine, networkx and igraph on
 *   graphs of 1k–50k nodes, and `npm run analyze` vs an igraph script as whole processes
 *   (BENCH_SIZES=1000,5000 limits the sizes, BENCH_BUDGET_S the time any reference may take);
 * - bench/first-view.ts: the explorer's first view painted, beside a bare cytoscape page drawing the same
 *   elements, as a ratio (production build);
 * - bench/server.ts: GET /api/graph latency idle vs during a 20k-node / 100k-edge POST /api/analyze,
 *   as a ratio (production build);
 * - further bench/*.ts files (supply-chain metrics, scenarios) when present.
 * BENCH_ONLY=page-load,metrics runs a subset. Results also land in bench/results/*.json.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const only = process.env.BENCH_ONLY?.split(",");
const order = ["page-load", "first-view", "metrics", "server"];
const found = readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""));
const suites = [...order.filter((s) => found.includes(s)), ...found.filter((s) => !order.includes(s)).sort()].filter(
  (s) => !only || only.includes(s),
);
const tsx = path.join(root, "node_modules", ".bin", "tsx");
if (!existsSync(tsx)) {
  console.error("Dependencies are missing: run npm ci (or npm start once) first.");
  process.exit(1);
}
let failed = 0;
for (const suite of suites) {
  console.log(`\n##### bench: ${suite}`);
  const r = spawnSync(tsx, [path.join("bench", `${suite}.ts`)], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
