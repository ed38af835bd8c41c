/**
 * Download names: `atlas-<view>-<yyyy-mm-dd>.<ext>`, where view is "network", "table",
 * "focus-<id>", "scenario-<preset id>" or "scenario" (the id reduced to lowercase letters, digits and hyphens, at most 48 characters),
 * so a name is safe on every file system and says what it holds.
 */
import type { ViewState } from "../view/url-state";
import { slugify } from "../util/slug";

export type ExportFormat = "png" | "svg" | "pdf" | "nodes-csv" | "edges-csv" | "gexf" | "graphml" | "json";

export const EXTENSIONS: Record<ExportFormat, string> = {
  png: "png",
  svg: "svg",
  pdf: "pdf",
  "nodes-csv": "csv",
  "edges-csv": "edges.csv",
  gexf: "gexf",
  graphml: "graphml",
  json: "json",
};

export const MIME_TYPES: Record<ExportFormat, string> = {
  png: "image/png",
  svg: "image/svg+xml",
  pdf: "application/pdf",
  "nodes-csv": "text/csv;charset=utf-8",
  "edges-csv": "text/csv;charset=utf-8",
  gexf: "application/gexf+xml",
  graphml: "application/graphml+xml",
  json: "application/json",
};

/** A file-name-safe slug: ASCII letters and digits, single hyphens, at most `max` characters. */
export const fileSlug = (text: string, max = 48): string => slugify(text, max, "node");

export function exportViewName(state: Pick<ViewState, "view" | "focus" | "scenario">): string {
  // A scenario names the view: a preset by its id, a custom scenario just "scenario".
  if (state.scenario) return state.scenario.startsWith("p.") ? `scenario-${fileSlug(state.scenario.slice(2))}` : "scenario";
  if (state.view === "table") return "table";
  if (state.focus) return `focus-${fileSlug(state.focus)}`;
  return "network";
}

/** The local calendar date as yyyy-mm-dd. */
export function isoDate(date: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}

export function exportFilename(state: Pick<ViewState, "view" | "focus" | "scenario">, format: ExportFormat, date = new Date()): string {
  return `atlas-${exportViewName(state)}-${isoDate(date)}.${EXTENSIONS[format]}`;
}
