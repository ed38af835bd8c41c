/**
 * The one message protocol between the page and its Web Workers: a request carries an id; the
 * worker answers with progress messages and then exactly one result or error for that id.
 * Cancelling terminates the worker (synchronous work cannot be interrupted by a message).
 */
import type { SerializedGraph } from "graphology-types";
import type { Analysis } from "../metrics/types";

export interface AnalyzeRequest {
  type: "analyze";
  id: number;
  graph: SerializedGraph;
  options?: { directed?: boolean; seed?: number };
}

export type WorkerRequest = AnalyzeRequest;

export type WorkerResponse =
  | { type: "progress"; id: number; fraction: number; step: string }
  | { type: "result"; id: number; analysis: Analysis; ms: number }
  | { type: "error"; id: number; message: string };
