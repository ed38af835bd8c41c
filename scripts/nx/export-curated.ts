/**
 * Print the curated graph's topology (graphology serialized JSON: keys, ends, weights) to stdout,
 * for scripts/nx/gen_fixtures.py. Exits 1 when the dataset does not load.
 */
import { toTopologyJson } from "../../lib/io/graphology-json";
import { buildGraph } from "../../lib/model/graph";
import { formatDataError } from "../../lib/model/dataset";
import { loadDatasetFromDir } from "../../lib/model/load-files";

const { dataset, errors } = loadDatasetFromDir();
if (!dataset || errors.length > 0) {
  for (const e of errors) console.error(`error: data/${formatDataError(e)}`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(toTopologyJson(buildGraph(dataset))) + "\n");
