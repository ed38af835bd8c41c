/**
 * An analysis as CSV: one row per node, `id` then the registry's metric columns; an undefined
 * metric is an empty cell. Cells go through lib/io/csv.ts `csvCell` (formula guard, RFC 4180 quoting).
 */
import { csvCell } from "../io/csv";
import { NODE_METRICS } from "./registry";
import type { Analysis } from "./types";

export function analysisToCsv(analysis: Analysis): string {
  const ids = NODE_METRICS.map((d) => d.id);
  const lines = [["id", ...ids].join(",")];
  for (const [key, metrics] of Object.entries(analysis.nodes)) {
    lines.push([csvCell(key), ...ids.map((id) => csvCell(metrics[id] === null ? "" : String(metrics[id])))].join(","));
  }
  return lines.join("\n") + "\n";
}
