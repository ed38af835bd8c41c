/**
 * The one message protocol between the page and its Web Workers: a request carries an id; the
 * worker answers with progress messages and then exactly one result or error for that id.
 * Cancelling terminates the worker (synchronous work cannot be interrupted by a message); the
 * metrics worker's own all-pairs workers end with it.
 */
import type { SerializedGraph } from "graphology-types";
import type { BetweennessSample } from "../metrics/sampling";
import type { Analysis } from "../metrics/types";
import type { CsvPreview, CsvPreviewOptions, ImportFile, ImportOptions, ImportResult } from "../io/import/types";

export interface AnalyzeOptions {
  directed?: boolean;
  seed?: number;
  /** Sampled betweenness (off when absent). */
  betweennessSample?: BetweennessSample;
  /** All-pairs workers; default one per core. */
  workers?: number;
}

export interface AnalyzeRequest {
  type: "analyze";
  id: number;
  /** The graph, serialized; or `text`, a graphology JSON file's content, parsed in the worker. */
  graph?: SerializedGraph;
  text?: string;
  options?: AnalyzeOptions;
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: "parsed"; id: number; nodes: number; edges: number }
  | { type: "progress"; id: number; fraction: number; step: string; workers: number }
  | { type: "result"; id: number; analysis: Analysis; ms: number; workers: number }
  | { type: "error"; id: number; message: string; path?: string };

// ---------------------------------------------------------------- the import worker (lib/workers/import.worker.ts)

/** Import files into a graph (lib/model/import.ts `importGraph`), or preview one CSV file for the column-mapping step. */
export type ImportWorkerRequest =
  | { type: "import"; id: number; files: ImportFile[]; options?: Omit<ImportOptions, "signal" | "onProgress"> }
  | { type: "preview"; id: number; file: ImportFile; options?: CsvPreviewOptions };

export type ImportWorkerResponse =
  | { type: "progress"; id: number; fraction: number; step: string }
  | { type: "imported"; id: number; result: ImportResult; ms: number }
  | { type: "preview"; id: number; preview: CsvPreview }
  | { type: "error"; id: number; message: string };
