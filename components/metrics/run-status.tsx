"use client";
import { getNodeMetric } from "@/lib/metrics/registry";
import { samplingBound, type SamplingReport } from "@/lib/metrics/sampling";
import type { NodeMetricId } from "@/lib/metrics/types";
import { buttonClass } from "@/components/ui/section";
import type { MetricsRun } from "./use-metrics";

const stepLabel = (step: string | undefined) => {
  if (!step || step === "done") return "";
  try {
    return getNodeMetric(step as NodeMetricId).label.toLowerCase();
  } catch {
    return step;
  }
};

/** Progress (per chunk of sources, on how many cores), cancel, errors and a cancelled run. */
export function MetricsRunStatus({ run }: { run: MetricsRun }) {
  return (
    <>
      {run.running && (
        <div className="mt-2" role="status" aria-label="Metrics progress">
          <div className="flex items-center justify-between gap-2 text-[11px] text-slate-500 dark:text-slate-400">
            <span>
              Computing metrics{stepLabel(run.step) ? `: ${stepLabel(run.step)}` : ""}… {Math.round((run.progress ?? 0) * 100)}%
              {run.workers && run.workers > 1 ? ` · ${run.workers} cores` : ""}
            </span>
            <button type="button" className="text-sky-700 hover:underline dark:text-sky-300" onClick={run.cancel}>
              Cancel
            </button>
          </div>
          <progress className="h-1.5 w-full accent-sky-600" max={1} value={run.progress ?? 0} aria-label="Metrics computed" />
          {run.analysis && <p className="mt-0.5 text-[11px] text-slate-500 dark:text-slate-400">The figures shown are the previous run&apos;s until this one is complete.</p>}
        </div>
      )}
      {run.error && (
        <p role="alert" className="mt-2 text-xs text-red-700 dark:text-red-400">
          Metrics failed: {run.errorPath ? `${run.errorPath}: ` : ""}
          {run.error}{" "}
          <button type="button" className={buttonClass} onClick={run.rerun}>
            Retry
          </button>
        </p>
      )}
      {run.cancelled && !run.running && (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400" role="status" aria-label="Metrics cancelled">
          {run.analysis ? "Recomputing cancelled: the figures shown are the previous run's." : "Metrics cancelled."}{" "}
          <button type="button" className={buttonClass} onClick={run.rerun}>
            Compute
          </button>
        </p>
      )}
    </>
  );
}

const SAMPLE_SIZES = [64, 256, 1024, 4096];
const bound = (b: number) => b.toFixed(b < 0.01 ? 4 : 3);

/**
 * Exact betweenness (default) or an estimate from k seeded sources, with the error bound for
 * this graph's size stated before and after the run.
 */
export function SamplingControl({ run, nodes }: { run: MetricsRun; nodes: number | undefined }) {
  const sizes = SAMPLE_SIZES.filter((k) => nodes === undefined || k < nodes);
  const k = run.sample?.k;
  return (
    <div className="mt-2 text-xs">
      <label className="flex items-center gap-2">
        <span className="shrink-0 text-slate-500 dark:text-slate-400">Betweenness</span>
        <select
          aria-label="Betweenness computation"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900 sm:max-w-64"
          value={k ?? ""}
          onChange={(e) => run.setSample(e.target.value ? { k: Number(e.target.value), seed: 42 } : undefined)}
        >
          <option value="">exact (all sources)</option>
          {sizes.map((s) => (
            <option key={s} value={s}>
              {s} sampled sources
            </option>
          ))}
        </select>
      </label>
      {k !== undefined && nodes !== undefined && (
        <p className="mt-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400" aria-label="Sampling error bound">
          Estimated from {k} of {nodes.toLocaleString("en")} sources (seed 42): every node&apos;s value is within ±{bound(samplingBound(nodes, k))} of the exact one
          with 95% confidence (Hoeffding–Serfling, all nodes at once). Closeness stays exact.
        </p>
      )}
    </div>
  );
}

/** What an analysis's sampled betweenness means, stated with its numbers. */
export function SamplingNote({ sampling }: { sampling: SamplingReport }) {
  return (
    <p role="note" aria-label="Betweenness is estimated" className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-[11px] leading-snug text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      Betweenness is an estimate from {sampling.sources} of {sampling.nodes.toLocaleString("en")} sources{sampling.seed === null ? "" : ` (seed ${sampling.seed})`}: within ±
      {bound(sampling.bound)} of the exact value for every node with 95% confidence (guaranteed bound); the sample&apos;s own spread suggests errors up to ±
      {bound(sampling.spread)}.
    </p>
  );
}
