"use client";
import type { SerializedGraph } from "graphology-types";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Analysis } from "@/lib/metrics/types";
import type { WorkerResponse } from "@/lib/workers/protocol";

export interface MetricsRun {
  analysis?: Analysis;
  /** 0–1 while running, undefined otherwise. */
  progress?: number;
  step?: string;
  error?: string;
  cancelled?: boolean;
  ms?: number;
  cancel(): void;
  rerun(): void;
}

/**
 * Network metrics of a graph, computed in a Web Worker so the page never freezes. A new graph
 * starts a new run; cancel() terminates the worker at once.
 */
export function useMetrics(graph: SerializedGraph | undefined): MetricsRun {
  const [state, setState] = useState<Omit<MetricsRun, "cancel" | "rerun">>({});
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!graph) return;
    const id = ++runId.current;
    const w = new Worker(new URL("../../lib/workers/metrics.worker.ts", import.meta.url), { type: "module" });
    worker.current = w;
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.id !== runId.current) return;
      if (msg.type === "progress") setState((s) => ({ ...s, progress: msg.fraction, step: msg.step, error: undefined, cancelled: false }));
      else if (msg.type === "result") setState({ analysis: msg.analysis, ms: msg.ms });
      else setState((s) => ({ ...s, progress: undefined, error: msg.message }));
    };
    w.onerror = (e) => setState((s) => ({ ...s, progress: undefined, error: e.message || "the metrics worker failed" }));
    w.postMessage({ type: "analyze", id, graph });
    return () => {
      w.terminate();
      if (worker.current === w) worker.current = null;
    };
  }, [graph, generation]);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    runId.current++;
    setState((s) => ({ ...s, progress: undefined, cancelled: true }));
  }, []);
  const rerun = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...state, cancel, rerun };
}
