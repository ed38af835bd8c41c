"use client";
import Link from "next/link";
import { GRAPH_METRICS, NODE_METRICS } from "@/lib/metrics/registry";
import { describeSampling } from "@/lib/metrics/sampling";
import type { Analysis } from "@/lib/metrics/types";
import type { CriticalityTable } from "@/lib/scenario/criticality";
import { criticalityExplanation } from "@/lib/view/details";
import { CRITICALITY_METRIC, FIXED_SIZE, type ViewState } from "@/lib/view/url-state";
import { Section } from "@/components/ui/section";
import { MetricsRunStatus, SamplingControl, SamplingNote } from "./run-status";
import type { MetricsRun } from "./use-metrics";

const selectClass = "w-full rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900";
export const NUMERIC_METRICS = NODE_METRICS.filter((m) => m.kind !== "category");

export function formatMetric(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "—";
  if (Number.isInteger(v)) return String(v);
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toPrecision(3);
}

/** One option per numeric metric, for the size and colour selects. */
function MetricOptions() {
  return [
    <option key={CRITICALITY_METRIC} value={CRITICALITY_METRIC}>
      by criticality
    </option>,
    ...NUMERIC_METRICS.map((m) => (
      <option key={m.id} value={m.id}>
        by {m.label.toLowerCase()}
      </option>
    )),
  ];
}

function graphValue(a: Analysis, id: string): string {
  const v = (a.graph as unknown as Record<string, unknown>)[id];
  if (Array.isArray(v)) return String(v.length);
  if (typeof v === "number") return formatMetric(v);
  return "—";
}

/** Size and colour by a metric, what that metric means, and the network's own figures. */
export function MetricsSection({ state, update, run, criticality }: { state: ViewState; update: (p: Partial<ViewState>) => void; run: MetricsRun; criticality?: CriticalityTable }) {
  const sampling = run.analysis?.graph.sampling;
  const shownMetric = state.size && state.size !== FIXED_SIZE ? state.size : ["layer", "kind", "community"].includes(state.color) ? undefined : state.color;
  const explained = NODE_METRICS.find((m) => m.id === shownMetric);
  return (
    <Section title="Metrics">
      <p className="mb-1.5 text-[11px] text-slate-500">
        Computed over supply dependencies: each node points to what it depends on, weighted by the share where one is published.
      </p>
      <div className="space-y-1.5">
        <label className="flex items-center gap-2 text-xs">
          <span className="w-12 text-slate-500">Size</span>
          <select aria-label="Size by" className={selectClass} value={state.size ?? FIXED_SIZE} onChange={(e) => update({ size: e.target.value })}>
            <option value={FIXED_SIZE}>by kind (fixed)</option>
            <MetricOptions />
          </select>
        </label>
        <label className="flex items-center gap-2 text-xs">
          <span className="w-12 text-slate-500">Colour</span>
          <select aria-label="Colour by" className={selectClass} value={state.color} onChange={(e) => update({ color: e.target.value })}>
            <option value="layer">by layer</option>
            <option value="kind">by kind</option>
            <option value="community">by community (Louvain)</option>
            <MetricOptions />
          </select>
        </label>
      </div>

      <MetricsRunStatus run={run} />
      <SamplingControl run={run} nodes={run.size?.nodes ?? run.analysis?.graph.nodes} />
      {run.analysis?.graph.sampling && <SamplingNote sampling={run.analysis.graph.sampling} />}

      {shownMetric === CRITICALITY_METRIC && (
        <div className="mt-2 rounded border border-slate-200 p-2 text-[11px] leading-snug dark:border-slate-800" aria-label="Metric explained">
          <p className="font-semibold">Criticality</p>
          <p className="mt-0.5 text-slate-600 dark:text-slate-300">
            {criticality ? criticalityExplanation(criticality) : "Computing the criticality of every firm, nation and input…"}
          </p>
          {criticality && <p className="mt-1 text-slate-500">Computed for {Object.keys(criticality.nodes).length} nodes in {Math.round(criticality.ms)} ms, in a background worker (latest data).</p>}
        </div>
      )}
      {explained && (
        <div className="mt-2 rounded border border-slate-200 p-2 text-[11px] leading-snug dark:border-slate-800" aria-label="Metric explained">
          <p className="font-semibold">{explained.label}</p>
          <p className="mt-0.5 text-slate-600 dark:text-slate-300">{explained.description}</p>
          <p className="mt-1 text-slate-500">
            Same as networkx <code>{explained.networkx}</code>
            {explained.range.max !== null ? `, range ${explained.range.min}–${explained.range.max}` : ""}. Computed on the whole network (latest data)
            {explained.id === "betweenness" && run.analysis?.graph.sampling ? `, estimated from ${run.analysis.graph.sampling.sources} sampled sources` : ""}.
          </p>
        </div>
      )}

      {run.analysis && (
        <details className="mt-2 text-xs">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-300">Network figures{run.ms !== undefined ? ` (computed in ${Math.round(run.ms)} ms)` : ""}</summary>
          <dl className="mt-1 grid grid-cols-[1fr_auto] gap-x-2 gap-y-0.5">
            {GRAPH_METRICS.map((m) => (
              <div key={m.id} className="contents" title={m.description}>
                <dt className="text-slate-500">{m.label}</dt>
                <dd className="text-right tabular-nums">{graphValue(run.analysis!, m.id)}</dd>
              </div>
            ))}
            <dt className="text-slate-500">Communities</dt>
            <dd className="text-right tabular-nums">{run.analysis.graph.communities}</dd>
          </dl>
          {run.analysis.graph.notes.filter((n) => !sampling || n !== describeSampling(sampling)).map((n) => (
            <p key={n} className="mt-1 text-[11px] text-slate-500">
              {n}
            </p>
          ))}
        </details>
      )}
      <p className="mt-2 text-[11px]">
        <Link href="/analyze" className="text-sky-700 underline-offset-2 hover:underline dark:text-sky-300">
          Analyse your own network file →
        </Link>
      </p>
    </Section>
  );
}
