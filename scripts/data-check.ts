/**
 * `npm run data:check [dir]`: validate the curated dataset (the schema and lib/model/dataset.ts, then
 * the rules of scripts/data/check-rules.ts) and print every problem with its file, line and field.
 * Exits 1 when there is an error.
 */
import path from "node:path";
import { loadDatasetFromDir, readDatasetFiles } from "../lib/model/load-files";
import { checkRules } from "./data/check-rules";
import { formatDataError } from "../lib/model/dataset";
import { loadScenarioLibrary } from "../lib/scenario/curated";

const dir = path.resolve(process.argv[2] ?? "data");
const { dataset, errors: schemaErrors, warnings } = loadDatasetFromDir(dir);
// The citation and share-set rules (scripts/data/check-rules.ts): one basis per set, partial
// denominators flagged, a locator for every figure, market-size periods, controls naming inputs.
const errors = [...schemaErrors, ...(schemaErrors.length ? [] : checkRules(readDatasetFiles(dir)))];
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
