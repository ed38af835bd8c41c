"use client";
import type { SerializedGraph } from "graphology-types";
import { useCallback, useEffect, useRef, useState } from "react";
import type { BetweennessSample } from "@/lib/metrics/sampling";
import type { Analysis } from "@/lib/metrics/types";
import type { AnalyzeRequest, WorkerResponse } from "@/lib/workers/protocol";

/** A graph to analyse: serialized, or a graphology JSON file's text (parsed in the worker). */
export type MetricsInput = SerializedGraph | { text: string };

export interface MetricsRun {
  /** The last complete analysis (never a partial one); kept while a new run computes. */
  analysis?: Analysis;
  /** True while a run computes; `analysis`, if any, is then the previous run's. */
  running: boolean;
  /** 0–1 while running. */
  progress?: number;
  step?: string;
  /** Worker threads of the run: 1 in the metrics worker alone, more when the all-pairs pass is split. */
  workers?: number;
  /** Size of the graph being analysed, once the worker has read it. */
  size?: { nodes: number; edges: number };
  error?: string;
  /** Where in the input the error is (a JSON path), when it is an input error. */
  errorPath?: string;
  cancelled?: boolean;
  ms?: number;
  /** Sampled betweenness, off (undefined) by default; changing it starts a new run. */
  sample?: BetweennessSample;
  setSample(sample: BetweennessSample | undefined): void;
  cancel(): void;
  rerun(): void;
}

type State = Omit<MetricsRun, "cancel" | "rerun" | "setSample" | "sample">;

/**
 * Network metrics of a graph, computed in a Web Worker (which splits betweenness and closeness
 * over one worker per core) so the page never freezes. A new graph or sampling option starts a
 * new run; cancel() terminates the workers at once and keeps nothing of the run.
 */
export function useMetrics(input: MetricsInput | undefined): MetricsRun {
  const [state, setState] = useState<State>({ running: false });
  const [sample, setSample] = useState<BetweennessSample | undefined>(undefined);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const lastInput = useRef<MetricsInput | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!input) return;
    const id = ++runId.current;
    const w = new Worker(new URL("../../lib/workers/metrics.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    // Another graph: the previous analysis describes something else, so it goes; the same graph
    // with other options: it stays on screen (marked as being recomputed) until the new one is done.
    const same = lastInput.current === input;
    lastInput.current = input;
    setState((s) => (same ? { analysis: s.analysis, ms: s.ms, workers: s.workers, size: s.size, running: true, progress: 0 } : { running: true, progress: 0 }));
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.id !== runId.current) return;
      if (msg.type === "parsed") setState((s) => ({ ...s, size: { nodes: msg.nodes, edges: msg.edges } }));
      else if (msg.type === "progress") setState((s) => ({ ...s, running: true, progress: msg.fraction, step: msg.step, workers: msg.workers }));
      else if (msg.type === "result") setState((s) => ({ analysis: msg.analysis, ms: msg.ms, workers: msg.workers, size: s.size, running: false }));
      else setState((s) => ({ ...s, running: false, progress: undefined, error: msg.message, errorPath: msg.path }));
      if (msg.type === "result" || msg.type === "error") {
        w.terminate();
        if (worker.current === w) worker.current = null;
      }
    };
    w.onerror = (e) => setState((s) => ({ ...s, running: false, progress: undefined, error: e.message || "the metrics worker failed" }));
    const request: AnalyzeRequest = { type: "analyze", id, ...("text" in input ? { text: input.text } : { graph: input }), options: sample ? { betweennessSample: sample } : {} };
    w.postMessage(request);
    return () => {
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
  }, [input, sample, generation]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    runId.current++;
    setState((s) => ({ analysis: s.analysis, ms: s.ms, workers: s.workers, size: s.size, running: false, cancelled: true }));
  }, []);
  const rerun = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, sample, setSample, cancel, rerun };
}
