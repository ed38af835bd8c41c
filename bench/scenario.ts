/**
 * `npx tsx bench/scenario.ts`: applying a scenario and recomputing everything (cascade short and
 * medium term, post-shock share sets, chokepoints, HHI, orchestration index, centrality, blocs,
 * summary) on the curated graph, for every preset. Target: under 100 ms per scenario (warm; the
 * baseline is computed once per lens and is timed separately as "cold"). Also times a 200-draw
 * sensitivity run. Exits 1 when a scenario takes 100 ms or more.
 */
import { getCuratedGraph } from "../lib/model/curated";
import { loadScenarioLibrary } from "../lib/scenario/curated";
import { runScenario } from "../lib/scenario/run";
import { runSensitivity } from "../lib/scenario/sensitivity";
import { timeMs } from "./lib/timing";

const TARGET_MS = 100;
const graph = getCuratedGraph();
const library = loadScenarioLibrary();
if (library.errors.length) throw new Error(`data/scenarios has problems:\n${library.errors.join("\n")}`);

const coldStart = performance.now();
runScenario(graph, library.presets[0]!, library.substitution);
const cold = performance.now() - coldStart;

const rows = library.presets.map((p) => {
  runScenario(graph, p, library.substitution); // warm the baseline of its lens
  const ms = timeMs(() => runScenario(graph, p, library.substitution), 300, 30);
  return { id: p.id, lens: p.options.lens, shocks: p.shocks.length, ms: Math.round(ms * 10) / 10 };
});
const sensitivity = timeMs(() => runSensitivity(graph, library.presets[0]!, library.substitution, { samples: 200 }), 0, 3);

console.log(`curated graph: ${graph.order} nodes, ${graph.size} edges`);
console.log(`first scenario, cold (lib/supply, units, baseline cascade, centrality): ${cold.toFixed(1)} ms`);
console.log("preset                        lens   shocks   apply + recompute everything (median)");
for (const r of rows) console.log(`${r.id.padEnd(30)}${r.lens.padEnd(7)}${String(r.shocks).padStart(6)}   ${r.ms.toFixed(1).padStart(7)} ms ${r.ms < TARGET_MS ? "✓" : "✗"} (< ${TARGET_MS} ms)`);
const worst = Math.max(...rows.map((r) => r.ms));
console.log(`worst: ${worst.toFixed(1)} ms (target < ${TARGET_MS} ms)`);
console.log(`sensitivity, 200 draws (in the Web Worker in the app): ${sensitivity.toFixed(0)} ms`);

if (worst >= TARGET_MS) process.exit(1);
