/**
 * Print the curated graph's topology (graphology serialized JSON: keys, ends, weights) to stdout,
 * for scripts/nx/gen_fixtures.py; with --dependencies, the supply dependency graph the metrics run
 * over (lib/model/dependency.ts metricsGraph). Exits 1 when the dataset does not load.
 */
import { toTopologyJson } from "../../lib/io/graphology-json";
import { metricsGraph } from "../../lib/model/dependency";
import { buildGraph } from "../../lib/model/graph";
import { formatDataError } from "../../lib/model/dataset";
import { loadDatasetFromDir } from "../../lib/model/load-files";

const { dataset, errors } = loadDatasetFromDir();
if (!dataset || errors.length > 0) {
  for (const e of errors) console.error(`error: data/${formatDataError(e)}`);
  process.exit(1);
}
// --dependencies: the graph the app's metrics run over (dependent → depended on, share-weighted).
const graph = buildGraph(dataset);
const out = process.argv.includes("--dependencies") ? metricsGraph(graph) : graph;
process.stdout.write(JSON.stringify(toTopologyJson(out)) + "\n");
