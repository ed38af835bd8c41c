/**
 * `npm run data:check [dir]`: validate the curated dataset and print every problem with its file,
 * line and field. Exits 1 when there is an error.
 */
import path from "node:path";
import { loadDatasetFromDir } from "../lib/model/load-files";
import { formatDataError } from "../lib/model/dataset";

const dir = path.resolve(process.argv[2] ?? "data");
const { dataset, errors, warnings } = loadDatasetFromDir(dir);
for (const w of warnings) console.warn(`warning: data/${formatDataError(w)}`);
for (const e of errors) console.error(`error: data/${formatDataError(e)}`);
if (!dataset || errors.length > 0) {
  console.error(`\n${errors.length} error(s) in ${dir}`);
  process.exit(1);
}
const count = (k: string) => dataset.nodes.filter((n) => n.kind === k).length;
console.log(
  `data ok: ${dataset.meta.title} ${dataset.meta.version} (${dataset.meta.date}): ` +
    `${count("nation")} nations, ${count("firm")} firms, ${count("input")} inputs, ${count("bloc")} blocs, ` +
    `${dataset.edges.length} edges, ${dataset.sources.length} sources` +
    (warnings.length ? `, ${warnings.length} warning(s)` : ""),
);
