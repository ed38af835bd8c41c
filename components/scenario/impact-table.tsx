"use client";
/**
 * Impact by nation and layer: a sortable table, one row per nation, one column per layer, each cell
 * "after (−loss)" coloured by the loss. Measures: access short term, access medium term (after
 * substitution), output (share of world supply made), severity (lost share × months to replace).
 * With a sensitivity run, each cell shows its range.
 */
import { useMemo, useState } from "react";
import { LAYER_INFO, type Layer } from "@/lib/model/vocabulary";
import type { NationImpact, ScenarioResult, SensitivityResult } from "@/lib/scenario/types";
import { useTheme } from "@/components/ui/use-theme";
import { lossStyle, pct, points } from "./format";

export const MEASURES = {
  access: { label: "Access, short term", help: "Share of each input's baseline world supply the nation can still obtain (no substitution)." },
  medium: { label: "Access, medium term", help: "The same after substitution: spare capacity of the remaining suppliers, per data/scenarios/substitution.csv." },
  output: { label: "Output", help: "Share of the world's baseline supply of the layer's measured inputs the nation still makes." },
  severity: { label: "Severity", help: "Lost access × months to replace it (share-months), averaged over the layer's inputs." },
} as const;
export type Measure = keyof typeof MEASURES;

interface Cell {
  before: number;
  after: number;
  /** 0–1, for the colour: lost access, relative output loss, or severity scaled. */
  loss: number;
  text: string;
  title: string;
}

function cellOf(n: NationImpact, layer: Layer, m: Measure, maxSeverity: number): Cell | null {
  const l = n.layers.find((x) => x.layer === layer);
  if (!l) return null;
  if (m === "output") {
    if (!l.output) return null;
    const rel = l.output.before > 1e-6 ? 1 - l.output.after / l.output.before : 0;
    return { before: l.output.before, after: l.output.after, loss: rel, text: pct(l.output.after, l.output.after < 0.1 ? 1 : 0), title: `${pct(l.output.before, 1)} → ${pct(l.output.after, 1)} of world supply` };
  }
  if (m === "severity") return { before: 0, after: l.severity, loss: maxSeverity > 0 ? l.severity / maxSeverity : 0, text: l.severity.toFixed(1), title: `${l.severity.toFixed(2)} share-months` };
  const after = m === "medium" ? l.access.medium : l.access.after;
  const loss = Math.max(0, l.access.before - after);
  return { before: l.access.before, after, loss, text: pct(after), title: `${pct(l.access.before, 1)} → ${pct(after, 1)} (${points(after - l.access.before)} points)` };
}

type SortKey = "nation" | "mean" | Layer;

export function ImpactTable({
  result,
  sensitivity,
  onSelect,
}: {
  result: ScenarioResult;
  sensitivity?: SensitivityResult;
  onSelect?: (id: string) => void;
}) {
  const dark = useTheme() === "dark";
  const [measure, setMeasure] = useState<Measure>("access");
  const [sort, setSort] = useState<{ key: SortKey; dir: "asc" | "desc" }>({ key: "mean", dir: "desc" });
  const [onlyHit, setOnlyHit] = useState(true);
  const layers = result.layers;
  const maxSeverity = useMemo(() => Math.max(0, ...result.nations.flatMap((n) => n.layers.map((l) => l.severity))), [result]);

  const rows = useMemo(() => {
    const list = result.nations
      .filter((n) => !onlyHit || n.removed || n.loss > 1e-6 || n.layers.some((l) => l.output && l.output.after < l.output.before - 1e-6))
      .map((n) => {
        const cells = Object.fromEntries(layers.map((l) => [l, cellOf(n, l, measure, maxSeverity)])) as Record<Layer, Cell | null>;
        const present = layers.map((l) => cells[l]).filter((c): c is Cell => !!c);
        const mean = present.length ? present.reduce((s, c) => s + c.loss, 0) / present.length : 0;
        // Ties (shortages shared alike) go to the nations whose own output falls most.
        const outputLoss = Math.max(0, ...n.layers.map((l) => (l.output && l.output.before > 1e-6 ? 1 - l.output.after / l.output.before : 0)));
        return { n, cells, mean, outputLoss: n.removed ? 1 : outputLoss };
      });
    const dir = sort.dir === "asc" ? 1 : -1;
    const value = (r: (typeof list)[number]) => (sort.key === "nation" ? 0 : sort.key === "mean" ? r.mean : (r.cells[sort.key]?.loss ?? -1));
    return list.sort(
      (a, b) =>
        (sort.key === "nation" ? dir * a.n.label.localeCompare(b.n.label) : dir * (value(a) - value(b))) ||
        b.outputLoss - a.outputLoss ||
        a.n.label.localeCompare(b.n.label),
    );
  }, [result, layers, measure, maxSeverity, sort, onlyHit]);

  const header = (key: SortKey, text: string, title?: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
        className="sticky top-0 z-10 whitespace-nowrap bg-slate-100 px-1 py-1 text-left font-semibold dark:bg-slate-800"
        title={title}
      >
        <button
          type="button"
          className="inline-flex items-center gap-0.5 hover:underline"
          onClick={() => setSort((s) => ({ key, dir: s.key === key && s.dir === "desc" ? "asc" : key === "nation" ? "asc" : "desc" }))}
        >
          {text}
          <span aria-hidden className="text-[10px] text-slate-400">
            {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  const range = (nation: string, layer: Layer) => {
    if (!sensitivity || (measure !== "access" && measure !== "medium")) return undefined;
    const r = sensitivity.nations.find((x) => x.nation === nation)?.layers.find((l) => l.layer === layer);
    return r ? `${pct(r.after.min)}–${pct(r.after.max)}` : undefined;
  };

  return (
    <div className="flex h-full min-h-0 flex-col gap-1.5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        <div role="radiogroup" aria-label="Measure" className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
          {(Object.keys(MEASURES) as Measure[]).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={measure === m}
              title={MEASURES[m].help}
              onClick={() => setMeasure(m)}
              className={`px-2 py-0.5 ${measure === m ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" : "bg-white dark:bg-slate-900"}`}
            >
              {MEASURES[m].label}
            </button>
          ))}
        </div>
        <label className="inline-flex items-center gap-1">
          <input type="checkbox" checked={onlyHit} onChange={(e) => setOnlyHit(e.target.checked)} />
          only nations affected ({result.nations.filter((n) => n.loss > 1e-6 || n.removed || n.layers.some((l) => l.output && l.output.after < l.output.before - 1e-6)).length} of {result.nations.length})
        </label>
        <span className="text-slate-500 dark:text-slate-400">{MEASURES[measure].help}</span>
      </div>
      <div className="min-h-0 flex-1 overflow-auto scrollbar-thin">
        <table className="w-full border-collapse text-xs tabular-nums" aria-label="Impact by nation and layer">
          <thead>
            <tr>
              {header("nation", "Nation")}
              {header("mean", "Mean loss", "Mean over the layers of the loss in the measure shown")}
              {layers.map((l) => header(l, LAYER_INFO[l].label.replace("Lithography & equipment", "Equipment").replace("Cloud & compute", "Compute"), LAYER_INFO[l].description))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ n, cells, mean }) => (
              <tr key={n.nation} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className="whitespace-nowrap px-1 py-0.5 text-left font-medium">
                  <button type="button" className="hover:underline" onClick={() => onSelect?.(n.nation)}>
                    {n.label}
                  </button>
                  {n.removed && <span className="ml-1 rounded bg-slate-200 px-1 text-[10px] dark:bg-slate-700">removed</span>}
                </th>
                <td className="px-1 py-0.5 text-right" style={lossStyle(mean, dark)}>
                  {measure === "severity" ? (mean * maxSeverity).toFixed(1) : measure === "output" ? (mean > 0.0005 ? `−${pct(mean)}` : "0") : points(-mean)}
                </td>
                {layers.map((l) => {
                  const c = cells[l];
                  if (!c) return <td key={l} className="px-1 py-0.5 text-center text-slate-400">·</td>;
                  const r = range(n.nation, l);
                  return (
                    <td key={l} className="whitespace-nowrap px-1 py-0.5 text-right" style={lossStyle(c.loss, dark)} title={r ? `${c.title}; range ${r}` : c.title}>
                      {c.text}
                      {measure !== "severity" && c.loss > 0.005 && measure !== "output" && <span className="ml-0.5 opacity-75">({points(c.after - c.before)})</span>}
                      {r && <span className="block text-[10px] opacity-70">{r}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={layers.length + 2} className="px-1 py-3 text-center text-slate-500">
                  No nation loses anything in this measure.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
