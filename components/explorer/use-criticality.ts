"use client";
/**
 * The criticality of every firm, nation and input (lib/scenario/criticality.ts), computed in the
 * scenario Web Worker once the substitution table (its `parts`) has arrived from /api/scenario:
 * about 50–150 ms of cascades, kept off the main thread so the first view never waits for it.
 * Until then (or on a failure) the table is undefined and views fall back to fixed sizes.
 */
import { useEffect, useState } from "react";
import type { SerializedAtlasGraph } from "@/lib/model/graph";
import type { CriticalityTable } from "@/lib/scenario/criticality";
import type { CriticalityRequest, CriticalityWorkerResponse } from "@/lib/scenario/protocol";
import type { SubstitutionTable } from "@/lib/scenario/substitution";

export interface CriticalityRun {
  table?: CriticalityTable;
  error?: string;
  running: boolean;
}

export function useCriticality(data: SerializedAtlasGraph, graphKey: string, substitution: SubstitutionTable | undefined): CriticalityRun {
  const [run, setRun] = useState<{ table?: CriticalityTable; error?: string }>({});
  useEffect(() => {
    if (!substitution) return;
    const w = new Worker(new URL("../../lib/workers/scenario.worker.ts", import.meta.url), { type: "module" });
    let live = true;
    w.onmessage = (event: MessageEvent<CriticalityWorkerResponse>) => {
      const msg = event.data;
      if (!live || msg.id !== 1) return;
      if (msg.type === "criticality") setRun({ table: msg.table });
      else if (msg.type === "error") setRun({ error: msg.message });
      if (msg.type === "criticality" || msg.type === "error") w.terminate();
    };
    w.onerror = (e) => live && setRun({ error: e.message || "the scenario worker failed" });
    const request: CriticalityRequest = { type: "criticality", id: 1, graphKey, graph: data, substitution };
    w.postMessage(request);
    return () => {
      live = false;
      w.terminate();
    };
  }, [data, graphKey, substitution]);
  return { ...run, running: !!substitution && !run.table && !run.error };
}
