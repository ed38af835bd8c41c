/**
 * What is shown, as CSV: one row per shown node (with its degree in the shown subgraph and any
 * metric columns given) and one row per shown edge. Cells go through lib/io/csv.ts `csvCell`:
 * a cell starting with = + - @ (or tab/CR) gets a leading ' so spreadsheets never run it as a
 * formula, and cells with commas, quotes or line breaks are quoted (RFC 4180). Lists (sources) are
 * joined with ";". Numbers we compute are written as numbers. O(V + E).
 */
import { csvCell } from "../io/csv";
import { describeEdge } from "../view/describe";
import { LIST_SEPARATOR } from "./flatten";
import { shownDegrees, shownEdges, shownNodes } from "./shown";
import type { Parts } from "./chunks";
import type { Cell, ExportScope, MetricsTable } from "./types";

function cell(value: Cell): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return csvCell(String(value));
}
const row = (cells: Cell[]) => cells.map(cell).join(",") + "\n";

export const NODE_CSV_COLUMNS = ["id", "label", "kind", "layer", "hq_nation", "sources", "degree_shown", "in_degree_shown", "out_degree_shown"] as const;
export const EDGE_CSV_COLUMNS = ["source", "target", "kind", "share", "basis", "year", "detail", "sources"] as const;

/** Nodes CSV: the fixed columns, then the metric columns of `metrics` (by id). One row per shown node. */
export function* nodesCsvParts(scope: ExportScope & { metrics?: MetricsTable }): Parts {
  const { graph, visible, metrics } = scope;
  const extra = metrics?.columns ?? [];
  yield row([...NODE_CSV_COLUMNS, ...extra.map((c) => c.id)]);
  const degrees = shownDegrees(graph, visible);
  for (const { id, attributes: a } of shownNodes(graph, visible)) {
    const d = degrees.get(id);
    yield row([
      id,
      a.label,
      a.kind,
      "layer" in a ? a.layer : undefined,
      a.kind === "firm" ? a.hq : undefined,
      a.sources.join(LIST_SEPARATOR),
      d?.degree ?? 0,
      d?.inDegree ?? 0,
      d?.outDegree ?? 0,
      ...extra.map((c) => metrics?.values[id]?.[c.id]),
    ]);
  }
}

/** Edges CSV: source, target, kind, share (%), basis, year, detail (the explorer's words), sources. */
export function* edgesCsvParts(scope: ExportScope): Parts {
  const { graph, visible } = scope;
  yield row([...EDGE_CSV_COLUMNS]);
  for (const { source, target, attributes: a } of shownEdges(graph, visible)) {
    const share = a.kind === "provides" || a.kind === "talent_flow" ? a.share : undefined;
    const basis = a.kind === "provides" || a.kind === "talent_flow" ? a.basis : undefined;
    const year = "year" in a ? a.year : undefined;
    yield row([source, target, a.kind, share, basis, year, describeEdge(a), a.sources.join(LIST_SEPARATOR)]);
  }
}
