/**
 * `npm run data:check [dir]`: validate the curated dataset and print every problem with its file,
 * line and field. Exits 1 when there is an error.
 */
import path from "node:path";
import { loadDatasetFromDir } from "../lib/model/load-files";
import { formatDataError } from "../lib/model/dataset";
import { loadScenarioLibrary } from "../lib/scenario/curated";

const dir = path.resolve(process.argv[2] ?? "data");
const { dataset, errors, warnings } = loadDatasetFromDir(dir);
for (const w of warnings) console.warn(`warning: data/${formatDataError(w)}`);
for (const e of errors) console.error(`error: data/${formatDataError(e)}`);
// The scenario presets and substitution assumptions (data/scenarios/) are data too.
const scenarios = loadScenarioLibrary(path.join(dir, "scenarios"));
for (const e of scenarios.errors) console.error(`error: data/${e}`);
if (!dataset || errors.length + scenarios.errors.length > 0) {
  console.error(`\n${errors.length + scenarios.errors.length} error(s) in ${dir}`);
  process.exit(1);
}
const count = (k: string) => dataset.nodes.filter((n) => n.kind === k).length;
console.log(
  `data ok: ${dataset.meta.title} ${dataset.meta.version} (${dataset.meta.date}): ` +
    `${count("nation")} nations, ${count("firm")} firms, ${count("input")} inputs, ${count("bloc")} blocs, ` +
    `${dataset.edges.length} edges, ${dataset.programmes.length} programmes, ${dataset.sources.length} sources, ${scenarios.presets.length} scenario presets` +
    (warnings.length ? `, ${warnings.length} warning(s)` : ""),
);
