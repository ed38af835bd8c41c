/**
 * An analysis as CSV: one row per node, `id` then the registry's metric columns; an undefined
 * metric is an empty cell. Cells starting with = + - @ (or tab/CR) get a leading ' so spreadsheets
 * never run them as formulas; cells with commas, quotes or line breaks are quoted (RFC 4180).
 */
import { NODE_METRICS } from "./registry";
import type { Analysis } from "./types";

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function analysisToCsv(analysis: Analysis): string {
  const ids = NODE_METRICS.map((d) => d.id);
  const lines = [["id", ...ids].join(",")];
  for (const [key, metrics] of Object.entries(analysis.nodes)) {
    lines.push([csvCell(key), ...ids.map((id) => csvCell(metrics[id] === null ? "" : String(metrics[id])))].join(","));
  }
  return lines.join("\n") + "\n";
}
