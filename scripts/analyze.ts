/**
 * `npm run analyze -- <graph.json> [--format json|csv]`: network metrics of a graphology JSON graph
 * (the same analysis as POST /api/analyze), printed as JSON or as CSV (one row per node).
 * Prints a clear message and exits 1 on a bad argument or a bad file.
 */
import { readFileSync } from "node:fs";
import { parseGraphologyJsonText } from "../lib/io/graphology-json";
import { analyzeGraph } from "../lib/metrics/analyze";
import { analysisToCsv } from "../lib/metrics/csv";

const USAGE = "usage: npm run analyze -- <graph.json> [--format json|csv]";

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; format: "json" | "csv" } {
  let file: string | undefined;
  let format = "json";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--format") format = argv[++i] ?? "";
    else if (arg.startsWith("--format=")) format = arg.slice("--format=".length);
    else if (arg === "-h" || arg === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith("-") || file !== undefined) fail(`unexpected argument "${arg}"\n${USAGE}`);
    else file = arg;
  }
  if (file === undefined) fail(`no graph file given\n${USAGE}`);
  if (format !== "json" && format !== "csv") fail(`unknown format "${format}" (json or csv)`);
  return { file, format };
}

const { file, format } = parseArgs(process.argv.slice(2));
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`);
}
const parsed = parseGraphologyJsonText(text);
if (!parsed.ok) fail(`${file}: ${parsed.error.path ? `${parsed.error.path}: ` : ""}${parsed.error.message}`);
const analysis = analyzeGraph(parsed.graph);
process.stdout.write(format === "csv" ? analysisToCsv(analysis) : JSON.stringify(analysis, null, 2) + "\n");
