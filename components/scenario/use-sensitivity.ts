"use client";
/**
 * Sensitivity runs in a Web Worker (lib/workers/scenario.worker.ts) so the page never freezes:
 * run() starts one (a new run replaces the last), progress arrives as it goes, cancel() terminates
 * the worker at once. A result belongs to the scenario it was run for (its key).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { SerializedAtlasGraph } from "@/lib/model/graph";
import type { ScenarioWorkerResponse } from "@/lib/scenario/protocol";
import type { Scenario } from "@/lib/scenario/schema";
import type { SubstitutionTable } from "@/lib/scenario/substitution";
import type { SensitivityResult } from "@/lib/scenario/types";

export interface SensitivityRun {
  /** The scenario key the result or run belongs to. */
  key?: string;
  result?: SensitivityResult;
  progress?: number;
  error?: string;
  cancelled?: boolean;
}

export function useSensitivity(data: SerializedAtlasGraph, graphKey: string) {
  const [run, setRun] = useState<SensitivityRun>({});
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const start = useCallback(
    (key: string, scenario: Scenario, substitution: SubstitutionTable, options: { samples: number; spread: number; seed: number }) => {
      stop();
      const id = ++runId.current;
      const w = new Worker(new URL("../../lib/workers/scenario.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      setRun({ key, progress: 0 });
      w.onmessage = (event: MessageEvent<ScenarioWorkerResponse>) => {
        const msg = event.data;
        if (msg.id !== runId.current) return;
        if (msg.type === "progress") setRun((r) => ({ ...r, progress: msg.fraction }));
        else if (msg.type === "result") {
          setRun({ key, result: msg.result });
          stop();
        } else {
          setRun({ key, error: msg.message });
          stop();
        }
      };
      w.onerror = (e) => setRun({ key, error: e.message || "the scenario worker failed" });
      w.postMessage({ type: "sensitivity", id, graphKey, graph: data, scenario, substitution, options });
    },
    [data, graphKey, stop],
  );

  const cancel = useCallback(() => {
    stop();
    runId.current++;
    setRun((r) => ({ key: r.key, cancelled: true }));
  }, [stop]);

  return { ...run, running: run.progress !== undefined, start, cancel };
}

export type SensitivityController = ReturnType<typeof useSensitivity>;
