/**
 * Messages between the page and the scenario Web Worker (lib/workers/scenario.worker.ts), in the
 * pattern of lib/workers/protocol.ts: a request carries an id; the worker answers with progress
 * messages, then exactly one result or error for that id. Cancelling terminates the worker.
 */
import type { SerializedAtlasGraph } from "../model/graph";
import type { Scenario } from "./schema";
import type { SubstitutionTable } from "./substitution";
import type { CriticalityTable } from "./criticality";
import type { SensitivityResult } from "./types";

export interface SensitivityRequest {
  type: "sensitivity";
  id: number;
  /** Identifies the graph so the worker can keep it between runs (e.g. the dataset version). */
  graphKey: string;
  graph: SerializedAtlasGraph;
  scenario: Scenario;
  substitution: SubstitutionTable;
  options: { samples: number; spread: number; seed: number };
}

/** Criticality of every firm, nation and input (criticality.ts): about 50–150 ms, so off the main thread. */
export interface CriticalityRequest {
  type: "criticality";
  id: number;
  graphKey: string;
  graph: SerializedAtlasGraph;
  /** Only its parts are read (the short term has no substitution). */
  substitution: SubstitutionTable;
  year?: number;
}

export type ScenarioWorkerRequest = SensitivityRequest | CriticalityRequest;

export type ScenarioWorkerResponse =
  | { type: "progress"; id: number; fraction: number }
  | { type: "result"; id: number; result: SensitivityResult }
  | { type: "error"; id: number; message: string };

/** The answer to a CriticalityRequest: the table, or an error. */
export type CriticalityWorkerResponse = { type: "criticality"; id: number; table: CriticalityTable } | { type: "error"; id: number; message: string };
