/**
 * What every export takes: the graph, what is shown of it, and optional tables computed elsewhere
 * (metrics, chokepoints, a scenario's impact). Exports never widen `visible`: a filtered or focused
 * view exports that view, never the whole dataset.
 */
import type { AtlasGraph } from "../model/graph";
import type { DatasetMeta } from "../model/schema";
import type { Visible } from "../view/visible";

export interface ExportScope {
  graph: AtlasGraph;
  visible: Visible;
  /** Dataset metadata; defaults to the graph's `meta` attribute. */
  meta?: DatasetMeta;
}

export type Cell = string | number | boolean | null | undefined;

/** Per-node metric values computed elsewhere (lib/metrics, /api/metrics). */
export interface MetricsTable {
  /** Column ids (CSV headers) and their display labels, in order. */
  columns: { id: string; label: string }[];
  /** node id → column id → value. */
  values: Record<string, Record<string, Cell>>;
  /** The column that ranks the brief's key-metrics table (default: the first). */
  rankBy?: string;
}

/** A table for the PDF brief (metrics, chokepoints, a scenario's impact). */
export interface BriefTable {
  title: string;
  columns: { label: string; align?: "left" | "right"; /** Relative width (default 1). */ width?: number }[];
  rows: Cell[][];
  /** A line under the table: what the figures mean, where they come from. */
  note?: string;
}

/** A scenario to describe in the brief (added by the scenario engine). */
export interface ScenarioBrief {
  title: string;
  description: string;
  impact?: BriefTable;
}

/** Report progress (0–1) and what is being done. */
export type ProgressFn = (fraction: number, step: string) => void;
