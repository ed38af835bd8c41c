/**
 * What the explorer hands to the exports besides the shown subgraph: the network metrics of the
 * shown nodes (nodes CSV columns, the brief's key-metrics table) and, when a scenario is applied,
 * its description and impact table for the PDF brief. Pure.
 */
import { NODE_METRICS } from "../metrics/registry";
import type { Analysis } from "../metrics/types";
import type { ScenarioResult } from "../scenario/types";
import { LAYER_INFO } from "../model/vocabulary";
import { formatFraction } from "../supply/format";
import type { BriefTable, MetricsTable, ScenarioBrief } from "./types";

/**
 * The network metrics of the given nodes, one column per metric of the registry, in its order;
 * the brief ranks its key-metrics table by `rankBy` (a metric id, default PageRank).
 */
export function metricsTable(analysis: Analysis, nodes: Iterable<string>, rankBy = "pagerank"): MetricsTable {
  const values: MetricsTable["values"] = {};
  for (const id of nodes) {
    const m = analysis.nodes[id];
    if (m) values[id] = { ...m };
  }
  const columns = NODE_METRICS.map((m) => ({ id: m.id, label: m.label }));
  return { columns, values, rankBy: columns.some((c) => c.id === rankBy) ? rankBy : "pagerank" };
}

const points = (x: number) => `${x >= 0 ? "" : "−"}${Math.abs(x * 100).toFixed(1)}`;
const percent = (x: number) => formatFraction(x);

/**
 * A scenario for the brief: its name, its description and generated summary, and the impact on
 * the most affected nations (access before → after, short and medium term, worst layer).
 */
export function scenarioBrief(result: ScenarioResult, description: string | undefined, maxNations = 15): ScenarioBrief {
  // Output: mean over the layers where the nation's output is measured (a nation that makes
  // nothing measured has none); the table ranks nations by lost access plus lost output.
  const output = (n: ScenarioResult["nations"][number]) => {
    const measured = n.layers.map((l) => l.output).filter((o): o is NonNullable<typeof o> => o !== null);
    if (measured.length === 0) return undefined;
    const mean = (k: "before" | "after") => measured.reduce((s, o) => s + o[k], 0) / measured.length;
    return { before: mean("before"), after: mean("after") };
  };
  const ranked = result.nations
    .filter((n) => !n.removed)
    .map((n) => ({ n, out: output(n) }))
    .sort((a, b) => b.n.loss + (b.out ? b.out.before - b.out.after : 0) - (a.n.loss + (a.out ? a.out.before - a.out.after : 0)));
  const rows = ranked.slice(0, maxNations).map(({ n, out }) => [
    n.label,
    `${percent(n.access.before)} → ${percent(n.access.after)}`,
    points(n.loss),
    points(n.mediumLoss),
    out ? `${percent(out.before)} → ${percent(out.after)}` : "—",
    n.worst ? `${LAYER_INFO[n.worst.layer].label} (−${(n.worst.loss * 100).toFixed(1)})` : "—",
  ]);
  const impact: BriefTable = {
    title: `Impact on the ${rows.length} most affected nations (${result.options.lens} lens)`,
    columns: [
      { label: "Nation", width: 1.3 },
      { label: "Access, short term", align: "right", width: 1.4 },
      { label: "Loss, pts", align: "right", width: 0.8 },
      { label: "Loss after substitution, pts", align: "right", width: 1.2 },
      { label: "Output (world share)", align: "right", width: 1.4 },
      { label: "Worst layer (pts)", width: 1.6 },
    ],
    rows,
    note: "Access: mean over the layers of the share of baseline supply a nation can still obtain. Short term assumes no substitution; after substitution, other suppliers' spare capacity makes up part of the loss. Output: mean over measured layers of the nation's share of the world's baseline supply.",
  };
  const text = [description, ...result.summary].filter((s): s is string => !!s && s.trim() !== "").join(" ");
  return { title: result.name, description: text, impact };
}
