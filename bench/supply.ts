/**
 * `npx tsx bench/supply.ts`: the supply-chain metrics (share sets, HHI, chokepoints, every
 * nation's scorecard, under all three lenses) on the curated graph, cold and warm. No generic
 * graph tool computes these, so the reference printed beside them is the budget: 50 ms.
 */
import { buildGraph } from "../lib/model/graph";
import { loadDatasetFromDir } from "../lib/model/load-files";
import { computeSupplyMetrics } from "../lib/supply/supply";
import { nationProfile } from "../lib/supply/nations";
import { timeMs } from "./lib/timing";

const { dataset } = loadDatasetFromDir();
if (!dataset) throw new Error("data/ is invalid: run npm run data:check");
const graph = buildGraph(dataset);

const cold = performance.now();
const m = computeSupplyMetrics(graph);
const coldMs = performance.now() - cold;
const warmMs = timeMs(() => computeSupplyMetrics(graph), 500, 50);
const nations = m.lenses.hq.nations.length;
const profilesMs = timeMs(() => {
  for (const n of m.lenses.hq.nations) nationProfile(m.lenses.hq.context, n.nation);
}, 300, 30);

console.log(`\nSupply-chain metrics on the curated graph (${graph.order} nodes, ${graph.size} edges, ${m.lenses.hq.inputs.length} inputs, ${nations} nations)`);
console.log("  step                                        ms     budget");
console.log(`  all inputs + nation summaries, 3 lenses, cold ${coldMs.toFixed(1).padStart(6)}     50`);
console.log(`  the same, warm (median)                      ${warmMs.toFixed(1).padStart(6)}     50`);
console.log(`  full profile of every nation (hq lens)       ${profilesMs.toFixed(1).padStart(6)}     50`);
