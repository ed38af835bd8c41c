"use client";
import { useMemo, useState } from "react";
import { analysisToCsv } from "@/lib/metrics/csv";
import { GRAPH_METRICS, NODE_METRICS } from "@/lib/metrics/registry";
import { describeSampling } from "@/lib/metrics/sampling";
import type { Analysis, NodeMetricId } from "@/lib/metrics/types";
import { Panel } from "@/components/scorecard/page-shell";
import { buttonClass } from "@/components/ui/section";
import { NUMERIC_METRICS, formatMetric } from "./metrics-section";
import { MetricsRunStatus, SamplingControl, SamplingNote } from "./run-status";
import { useMetrics, type MetricsInput } from "./use-metrics";

/** Files above this size are refused before reading (the worker holds the text and the graph). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
const TOP = 25;

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Pick a graphology JSON file; it is read and analysed in this browser (a Web Worker, with
 * betweenness and closeness on one worker per core), with progress, cancel, optional sampled
 * betweenness, the network's figures, the top nodes by any metric and downloads (JSON, CSV).
 */
export function AnalyzeFile() {
  const [file, setFile] = useState<{ name: string; input: MetricsInput } | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const run = useMetrics(file?.input);

  const pick = async (f: File | undefined) => {
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) {
      setRefused(`${f.name} is ${(f.size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
      return;
    }
    setRefused(null);
    setFile({ name: f.name, input: { text: await f.text() } });
  };

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-lg font-semibold">Analyse a network file</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          Network metrics of your own graph, equal to networkx&apos;s: degrees, betweenness, PageRank, closeness, eigenvector centrality, Louvain communities,
          components, articulation points and bridges. The file is read and analysed in this browser, on all its cores; nothing is uploaded. The format is
          graphology JSON (<code>{"{ options?, nodes: [{ key }], edges: [{ source, target, attributes?: { weight } }] }"}</code>), the same as{" "}
          <code>npm run analyze</code> and <code>POST /api/analyze</code> take.
        </p>
      </div>

      <Panel title="Your network">
        <label className="flex flex-wrap items-center gap-2 text-sm">
          <span className="text-slate-600 dark:text-slate-300">Graphology JSON file (up to {MAX_FILE_BYTES / 1024 / 1024} MB)</span>
          <input type="file" accept=".json,application/json" aria-label="Graph file" onChange={(e) => void pick(e.target.files?.[0])} className="text-xs" />
        </label>
        {refused && (
          <p role="alert" className="mt-2 text-xs text-red-700 dark:text-red-400">
            {refused}
          </p>
        )}
        {file && (
          <p className="mt-2 text-xs text-slate-600 dark:text-slate-300" aria-label="File analysed">
            {file.name}
            {run.size ? `: ${run.size.nodes.toLocaleString("en")} nodes, ${run.size.edges.toLocaleString("en")} edges` : ""}
          </p>
        )}
        <SamplingControl run={run} nodes={run.size?.nodes} />
        <MetricsRunStatus run={run} />
      </Panel>

      {run.analysis && file && <Results analysis={run.analysis} name={file.name} ms={run.ms} workers={run.workers} />}
    </div>
  );
}

function Results({ analysis, name, ms, workers }: { analysis: Analysis; name: string; ms?: number; workers?: number }) {
  const [by, setBy] = useState<NodeMetricId>("betweenness");
  const top = useMemo(() => {
    const rows = Object.entries(analysis.nodes);
    return rows.sort(([, a], [, b]) => (b[by] ?? -Infinity) - (a[by] ?? -Infinity)).slice(0, TOP);
  }, [analysis, by]);
  const base = name.replace(/\.json$/i, "");
  const sampling = analysis.graph.sampling;
  return (
    <>
      <Panel
        title="Network"
        actions={
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={() => download(`${base}-metrics.json`, "application/json", JSON.stringify(analysis, null, 2))}>
              Download JSON
            </button>
            <button type="button" className={buttonClass} onClick={() => download(`${base}-metrics.csv`, "text/csv", analysisToCsv(analysis))}>
              Download CSV
            </button>
          </div>
        }
      >
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4" aria-label="Network figures">
          {GRAPH_METRICS.map((m) => {
            const v = (analysis.graph as unknown as Record<string, unknown>)[m.id];
            return (
              <div key={m.id} title={m.description}>
                <dt className="text-xs text-slate-500 dark:text-slate-400">{m.label}</dt>
                <dd className="tabular-nums">{Array.isArray(v) ? v.length.toLocaleString("en") : typeof v === "number" ? formatMetric(v) : "—"}</dd>
              </div>
            );
          })}
          <div>
            <dt className="text-xs text-slate-500 dark:text-slate-400">Communities</dt>
            <dd className="tabular-nums">{analysis.graph.communities}</dd>
          </div>
        </dl>
        {ms !== undefined && (
          <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
            Computed in {ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}
            {workers && workers > 1 ? `, betweenness and closeness split over ${workers} cores` : ""}.
          </p>
        )}
        {sampling && <SamplingNote sampling={sampling} />}
        {analysis.graph.notes
          .filter((n) => !sampling || n !== describeSampling(sampling))
          .map((n) => (
            <p key={n} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
              {n}
            </p>
          ))}
      </Panel>

      <Panel
        title={`Top ${TOP} nodes`}
        actions={
          <label className="flex items-center gap-2 text-xs">
            <span className="text-slate-500">Ranked by</span>
            <select aria-label="Rank by" value={by} onChange={(e) => setBy(e.target.value as NodeMetricId)} className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900">
              {NUMERIC_METRICS.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </label>
        }
      >
        <div className="overflow-x-auto">
          <table className="w-full text-xs tabular-nums" aria-label="Top nodes">
            <thead>
              <tr className="text-left text-slate-500 dark:text-slate-400">
                <th className="py-1 pr-3 font-medium">Node</th>
                {NODE_METRICS.map((m) => (
                  <th key={m.id} className="py-1 pr-3 text-right font-medium" title={m.description} aria-sort={m.id === by ? "descending" : undefined}>
                    {m.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {top.map(([key, m]) => (
                <tr key={key} className="border-t border-slate-100 dark:border-slate-800">
                  <td className="max-w-[16rem] truncate py-1 pr-3" title={key}>
                    {key}
                  </td>
                  {NODE_METRICS.map((d) => (
                    <td key={d.id} className="py-1 pr-3 text-right">
                      {formatMetric(m[d.id])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Panel>
    </>
  );
}
