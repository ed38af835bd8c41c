/**
 * Key figures of what is shown, for the PDF brief: the best-connected nodes (degree within the
 * shown subgraph) and simple chokepoints among the shown inputs (concentration of the shown
 * `provides` shares). Richer tables (metrics from lib/metrics, lib/supply's chokepoints, a
 * scenario's impact) are passed to the brief as `BriefTable`s instead. O(V + E).
 */
import type { AtlasGraph } from "../model/graph";
import { LAYER_INFO, NODE_KIND_LABELS } from "../model/vocabulary";
import { formatShare } from "../view/elements";
import type { Visible } from "../view/visible";
import { shownDegrees, shownEdges } from "./shown";
import type { BriefTable, MetricsTable } from "./types";

function layerLabel(graph: AtlasGraph, id: string): string {
  const a = graph.getNodeAttributes(id);
  return "layer" in a ? LAYER_INFO[a.layer].label : "";
}

/** The `limit` nodes with the most distinct shown neighbours (ties: label order). */
export function topNodesByDegree(graph: AtlasGraph, visible: Visible, limit = 10): BriefTable {
  const degrees = shownDegrees(graph, visible);
  const rows = [...degrees]
    .filter(([, d]) => d.degree > 0)
    .sort((a, b) => b[1].degree - a[1].degree || graph.getNodeAttribute(a[0], "label").localeCompare(graph.getNodeAttribute(b[0], "label")))
    .slice(0, limit)
    .map(([id, d]) => [graph.getNodeAttribute(id, "label"), NODE_KIND_LABELS[graph.getNodeAttribute(id, "kind")], layerLabel(graph, id), d.degree, d.inDegree, d.outDegree]);
  return {
    title: "Best-connected nodes in this view",
    columns: [
      { label: "Node", width: 2.2 },
      { label: "Kind", width: 0.8 },
      { label: "Layer", width: 1.6 },
      { label: "Connections", align: "right" },
      { label: "In", align: "right", width: 0.6 },
      { label: "Out", align: "right", width: 0.6 },
    ],
    rows,
    note: "Connections: distinct neighbours within the shown subgraph (parallel edges such as yearly figures count once); In/Out: neighbours with an edge to / from the node.",
  };
}

/** Columns the brief shows beside the ranking metric, when present: enough to compare, few enough to read. */
const BRIEF_COMPANIONS = ["degree", "betweenness", "pagerank"];

const briefNumber = (v: unknown) => (typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(3)) : v) as string | number | undefined;

/** The top `limit` shown nodes by one metric column of a metrics table, with up to three companion metrics. */
export function topNodesByMetric(graph: AtlasGraph, visible: Visible, metrics: MetricsTable, columnId: string, limit = 10): BriefTable {
  const column = metrics.columns.find((c) => c.id === columnId);
  if (!column) throw new Error(`lib/export/summary: no metric column "${columnId}"`);
  const shown = [column, ...metrics.columns.filter((c) => c.id !== columnId && BRIEF_COMPANIONS.includes(c.id))].slice(0, 4);
  const rows = [...visible.nodes]
    .filter((id) => graph.hasNode(id) && typeof metrics.values[id]?.[columnId] === "number")
    .sort((a, b) => (metrics.values[b]![columnId] as number) - (metrics.values[a]![columnId] as number))
    .slice(0, limit)
    .map((id) => [graph.getNodeAttribute(id, "label"), NODE_KIND_LABELS[graph.getNodeAttribute(id, "kind")], layerLabel(graph, id), ...shown.map((c) => briefNumber(metrics.values[id]?.[c.id]))]);
  return {
    title: `Top nodes by ${column.label}`,
    columns: [{ label: "Node", width: 2.2 }, { label: "Kind", width: 0.8 }, { label: "Layer", width: 1.6 }, ...shown.map((c) => ({ label: c.label, align: "right" as const }))],
    rows,
    note: "Network metrics computed on the whole network (latest data), equal to networkx's; the CSV export has every metric of every shown node.",
  };
}

export interface InputConcentration {
  input: string;
  /** Largest shown provider share, percent, with its provider. */
  top?: { provider: string; share: number; kind: "firm" | "nation"; attribution?: string };
  /** Herfindahl–Hirschman index of the shown firm shares (0–10,000), when firms have shares. */
  firmHhi?: number;
  /** The same over nation shares. */
  nationHhi?: number;
  basis?: string;
  year?: number;
}

/**
 * Concentration of each shown input from the shown `provides` edges that carry a share. HHI sums
 * squared percent shares of the providers shown (a share not reported counts as nothing, so the
 * index is a lower bound); firms and nations are counted apart, and nation figures with different
 * attributions (headquarters, sites) apart too, keeping the largest.
 */
export function inputConcentration(graph: AtlasGraph, visible: Visible): InputConcentration[] {
  const byInput = new Map<string, { firms: Map<string, number>; nations: Map<string, Map<string, number>>; top?: InputConcentration["top"]; basis?: string; year?: number }>();
  for (const { source, target, attributes: a } of shownEdges(graph, visible)) {
    if (a.kind !== "provides" || a.share === undefined) continue;
    if (graph.getNodeAttribute(target, "kind") !== "input") continue;
    const providerKind = graph.getNodeAttribute(source, "kind");
    if (providerKind !== "firm" && providerKind !== "nation") continue;
    let entry = byInput.get(target);
    if (!entry) byInput.set(target, (entry = { firms: new Map(), nations: new Map() }));
    if (providerKind === "firm") entry.firms.set(source, Math.max(entry.firms.get(source) ?? 0, a.share));
    else {
      const key = a.attribution ?? "hq";
      const m = entry.nations.get(key) ?? new Map<string, number>();
      m.set(source, Math.max(m.get(source) ?? 0, a.share));
      entry.nations.set(key, m);
    }
    if (!entry.top || a.share > entry.top.share) {
      entry.top = { provider: source, share: a.share, kind: providerKind, attribution: providerKind === "nation" ? (a.attribution ?? undefined) : undefined };
      entry.basis = a.basis;
      entry.year = a.year;
    }
  }
  const hhi = (shares: Iterable<number>) => {
    let sum = 0;
    for (const s of shares) sum += s * s;
    return Math.round(sum);
  };
  return [...byInput].map(([input, e]) => ({
    input,
    top: e.top,
    firmHhi: e.firms.size ? hhi(e.firms.values()) : undefined,
    nationHhi: e.nations.size ? Math.max(...[...e.nations.values()].map((m) => hhi(m.values()))) : undefined,
    basis: e.basis,
    year: e.year,
  }));
}

/** Chokepoint threshold: one provider holds at least this share, or HHI ≥ 2,500 (highly concentrated). */
export const CHOKEPOINT_SHARE = 50;
export const CHOKEPOINT_HHI = 2500;

/** Shown inputs whose shown providers are highly concentrated, most concentrated first. */
export function chokepointTable(graph: AtlasGraph, visible: Visible, limit = 15): BriefTable {
  const rows = inputConcentration(graph, visible)
    .filter((c) => (c.top?.share ?? 0) >= CHOKEPOINT_SHARE || Math.max(c.firmHhi ?? 0, c.nationHhi ?? 0) >= CHOKEPOINT_HHI)
    .sort((a, b) => Math.max(b.firmHhi ?? 0, b.nationHhi ?? 0) - Math.max(a.firmHhi ?? 0, a.nationHhi ?? 0) || (b.top?.share ?? 0) - (a.top?.share ?? 0))
    .slice(0, limit)
    .map((c) => [
      graph.getNodeAttribute(c.input, "label"),
      c.top ? `${graph.getNodeAttribute(c.top.provider, "label")} ${formatShare(c.top.share)}${c.top.attribution ? ` (${c.top.attribution === "hq" ? "by HQ" : c.top.attribution === "site" ? "by site" : "by owner"})` : ""}` : "",
      c.firmHhi,
      c.nationHhi,
      [c.basis, c.year].filter(Boolean).join(", "),
    ]);
  return {
    title: "Chokepoints among the shown inputs",
    columns: [
      { label: "Input", width: 2 },
      { label: "Largest provider", width: 2.2 },
      { label: "HHI firms", align: "right", width: 0.8 },
      { label: "HHI nations", align: "right", width: 0.8 },
      { label: "Basis, year", width: 1.1 },
    ],
    rows,
    note: `Inputs where one shown provider holds ≥ ${CHOKEPOINT_SHARE}% or the Herfindahl–Hirschman index of shown shares is ≥ ${CHOKEPOINT_HHI.toLocaleString("en")} (highly concentrated). Shares as published by the cited sources; unreported shares count as zero, so HHI is a lower bound.`,
  };
}
