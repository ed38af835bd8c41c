/**
 * `npm run analyze -- <graph file…> [--from csv|json|gexf|graphml] [--format json|csv] [--workers N] [--sample K [--seed S]]`:
 * a graph imported as the browser and POST /api/analyze import it (lib/model/import.ts), printed
 * as JSON `{ report, metrics, supply? }` — what was read with every warning (file, line, field),
 * the network metrics, and where the graph uses the Atlas's kinds and has supply relations, per
 * input its HHI by nation and by firm, chokepoint flag and providers — or as CSV (one row of
 * metrics per node, the report's warnings on stderr). Betweenness and closeness run on worker
 * threads, one per core. Prints the errors and exits 1 on a bad argument or a file that cannot
 * be imported.
 *
 * Started by scripts/analyze.mjs from a bundle (esbuild), so no TypeScript is compiled at start.
 * Input formats are readers in `READERS` (scripts/analyze-readers.ts): `--from` picks one, by
 * default the one whose extension matches the first file.
 */
import { analysisToCsv } from "../lib/metrics/csv";
import { analyzeGraphParallel } from "../lib/metrics/node";
import type { MetricsOptions } from "../lib/metrics/types";
import type { AtlasGraph } from "../lib/model/graph";
import { formatImportIssue } from "../lib/model/import";
import { hasSupplyRelations, summarizeSupply } from "../lib/supply/summary";
import { READERS, readerFor } from "./analyze-readers";

const USAGE = `usage: npm run analyze -- <graph file…> [--from ${READERS.map((r) => r.name).join("|")}] [--format json|csv] [--workers N] [--sample K [--seed S]]
  --from      input format (default: from the file extension)
  --format    output: json (default) or csv, one row per node
  --workers   worker threads for betweenness and closeness (default: one per core; 1 = this thread)
  --sample    estimate betweenness from K sampled sources (closeness stays exact); the output's
              graph.sampling states the error bound
  --seed      seed of the source sampler (default 42)`;

interface CliOptions {
  files: string[];
  from?: string;
  format: "json" | "csv";
  workers?: number;
  sample?: number;
  seed?: number;
}

class UsageError extends Error {}

function positiveInteger(flag: string, value: string | undefined, min: number): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < min) throw new UsageError(`${flag} needs an integer ≥ ${min} (got ${value ?? "nothing"})`);
  return n;
}

function parseArgs(argv: string[]): CliOptions | "help" {
  const options: CliOptions = { files: [], format: "json" };
  let format = "json";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf("=");
    const [flag, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "-h" || flag === "--help") return "help";
    else if (flag === "--format") format = value() ?? "";
    else if (flag === "--from") options.from = value() ?? "";
    else if (flag === "--workers") options.workers = positiveInteger("--workers", value(), 1);
    else if (flag === "--sample") options.sample = positiveInteger("--sample", value(), 2);
    else if (flag === "--seed") options.seed = positiveInteger("--seed", value(), 0);
    else if (arg.startsWith("-")) throw new UsageError(`unexpected argument "${arg}"`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new UsageError("no graph file given");
  if (format !== "json" && format !== "csv") throw new UsageError(`unknown format "${format}" (json or csv)`);
  options.format = format;
  if (options.seed !== undefined && options.sample === undefined) throw new UsageError("--seed only applies with --sample");
  return options;
}

/** Run the CLI; resolves with the exit code. Output and messages go to the given streams. */
async function main(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let options: CliOptions | "help";
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    err(`analyze: ${e.message}\n${USAGE}\n`);
    return 1;
  }
  if (options === "help") {
    out(USAGE + "\n");
    return 0;
  }
  const reader = readerFor(options.files, options.from);
  if (!reader.ok) {
    err(`analyze: ${reader.message}\n`);
    return 1;
  }
  const read = reader.reader.read(options.files);
  if (!read.ok) {
    err(`analyze: ${read.message}\n`);
    return 1;
  }
  const metricsOptions: MetricsOptions = options.sample ? { betweennessSample: { k: options.sample, seed: options.seed } } : {};
  try {
    const analysis = await analyzeGraphParallel(read.graph, { ...metricsOptions, workers: options.workers });
    if (options.format === "csv") {
      for (const i of read.report.issues) err(`analyze: ${formatImportIssue(i)}\n`);
      out(analysisToCsv(analysis));
      return 0;
    }
    const atlas = read.graph as unknown as AtlasGraph;
    const supply = read.report.atlasKinds && hasSupplyRelations(atlas) ? { supply: summarizeSupply(atlas) } : {};
    out(JSON.stringify({ report: read.report, metrics: analysis, ...supply }, null, 2) + "\n");
    return 0;
  } catch (e) {
    err(`analyze: could not analyse ${options.files.join(", ")}: ${(e as Error).message}\n`);
    return 1;
  }
}

// `npm run analyze -- g.json | head`: a closed pipe ends the output, not in a crash.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
  throw e;
});
main(
  process.argv.slice(2),
  (text) => process.stdout.write(text),
  (text) => process.stderr.write(text),
).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`analyze: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
