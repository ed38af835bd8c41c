"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import type { AtlasGraph } from "@/lib/model/graph";
import { EDGE_KIND_INFO, LAYER_INFO, NODE_KIND_LABELS } from "@/lib/model/vocabulary";
import { NODE_METRICS } from "@/lib/metrics/registry";
import type { Analysis, NodeMetrics } from "@/lib/metrics/types";
import type { CriticalityTable } from "@/lib/scenario/criticality";
import { describeEdge } from "@/lib/view/describe";
import { criticalityExplanation } from "@/lib/view/details";
import { formatMetric } from "@/components/metrics/metrics-section";
import type { Visible } from "@/lib/view/visible";

type Cell = string | number | undefined;
interface Column<R> {
  key: string;
  label: string;
  value: (r: R) => Cell;
  numeric?: boolean;
  render?: (r: R) => React.ReactNode;
  /** What the column means (shown on hover). */
  title?: string;
}

const ROW_LIMIT = 2000;

function compare(a: Cell, b: Cell): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

function SortableTable<R extends { id: string }>({
  caption,
  rows,
  columns,
  selectedId,
  isSelected,
  onRowClick,
  initialSort,
}: {
  caption: string;
  rows: R[];
  columns: Column<R>[];
  selectedId?: string;
  isSelected: (r: R) => boolean;
  onRowClick: (r: R) => void;
  initialSort: { key: string; dir: "asc" | "desc" };
}) {
  const [sort, setSort] = useState(initialSort);
  const sorted = useMemo(() => {
    const col = columns.find((c) => c.key === sort.key) ?? columns[0]!;
    const out = [...rows].sort((x, y) => compare(col.value(x), col.value(y)));
    // Missing values stay last whichever the direction.
    if (sort.dir === "desc") {
      const present = out.filter((r) => col.value(r) !== undefined).reverse();
      return [...present, ...out.filter((r) => col.value(r) === undefined)];
    }
    return out;
  }, [rows, columns, sort]);
  const body = useRef<HTMLTableSectionElement>(null);
  useEffect(() => {
    if (!selectedId) return;
    body.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: "nearest" });
  }, [selectedId, sorted]);

  return (
    <div className="h-full overflow-auto scrollbar-thin">
      <table className="w-full border-collapse text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 z-10 bg-slate-100 dark:bg-slate-800">
          <tr>
            {columns.map((c) => {
              const active = sort.key === c.key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : "none"} className={`px-2 py-1 font-semibold ${c.numeric ? "text-right" : "text-left"}`}>
                  <button
                    type="button"
                    title={c.title}
                    className="inline-flex items-center gap-1 hover:underline"
                    onClick={() => setSort({ key: c.key, dir: active && sort.dir === (c.numeric ? "desc" : "asc") ? (c.numeric ? "asc" : "desc") : c.numeric ? "desc" : "asc" })}
                  >
                    {c.label}
                    <span aria-hidden className="text-slate-500 dark:text-slate-400">
                      {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody ref={body}>
          {sorted.slice(0, ROW_LIMIT).map((r) => {
            const sel = isSelected(r);
            return (
              <tr
                key={r.id}
                aria-selected={sel}
                onClick={() => onRowClick(r)}
                className={`cursor-pointer border-t border-slate-100 dark:border-slate-800 ${sel ? "bg-sky-100 dark:bg-sky-900/50" : "hover:bg-slate-50 dark:hover:bg-slate-900"}`}
              >
                {columns.map((c) => (
                  <td key={c.key} className={`px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""}`}>
                    {c.render ? c.render(r) : (c.value(r) ?? "—")}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {sorted.length > ROW_LIMIT && <p className="p-2 text-xs text-slate-500 dark:text-slate-400">Showing the first {ROW_LIMIT} of {sorted.length} rows; filter to see the rest.</p>}
    </div>
  );
}

interface NodeRow {
  id: string;
  label: string;
  kind: string;
  layer?: string;
  nation?: string;
  degree: number;
  metrics?: NodeMetrics;
  /** Share of final AI capability lost if it stops supplying, percent (firms, nations, inputs). */
  criticality?: number;
}
/** Criticality (lib/scenario/criticality.ts) as a percentage; empty until the worker has computed it. */
const criticalityColumn: Column<NodeRow> = {
  key: "criticality",
  label: "Criticality %",
  numeric: true,
  value: (r) => r.criticality,
  render: (r) => (r.criticality === undefined ? "—" : `${r.criticality}%`),
  title: "Share of the world's final AI capability lost in the short term if this node's supply stops (scenario cascade, no substitution).",
};

interface EdgeRow {
  id: string;
  source: string;
  target: string;
  relation: string;
  share?: number;
  year?: number;
  detail: string;
  sourceCount: number;
}

export function TableView({
  graph,
  visible,
  selected,
  onSelect,
  analysis,
  criticality,
}: {
  graph: AtlasGraph;
  visible: Visible;
  selected?: string;
  onSelect: (id: string) => void;
  analysis?: Analysis;
  criticality?: CriticalityTable;
}) {
  const [tab, setTab] = useState<"nodes" | "edges" | "metrics">("nodes");
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  const nodeRows = useMemo<NodeRow[]>(() => {
    const degree = new Map<string, number>();
    for (const e of visible.edges) {
      for (const n of [graph.source(e), graph.target(e)]) degree.set(n, (degree.get(n) ?? 0) + 1);
    }
    return [...visible.nodes].map((id) => {
      const a = graph.getNodeAttributes(id);
      return {
        id,
        label: a.label,
        kind: NODE_KIND_LABELS[a.kind],
        layer: "layer" in a ? LAYER_INFO[a.layer].label : undefined,
        nation: a.kind === "firm" ? (graph.hasNode(a.hq) ? graph.getNodeAttribute(a.hq, "label") : a.hq) : undefined,
        degree: degree.get(id) ?? 0,
        metrics: analysis?.nodes[id],
        criticality: criticality?.nodes[id] ? Math.round(criticality.nodes[id].loss * 1000) / 10 : undefined,
      };
    });
  }, [graph, visible, analysis, criticality]);
  const edgeRows = useMemo<EdgeRow[]>(
    () =>
      [...visible.edges].map((id) => {
        const a = graph.getEdgeAttributes(id);
        return {
          id,
          source: graph.source(id),
          target: graph.target(id),
          relation: EDGE_KIND_INFO[a.kind].label,
          share: a.kind === "provides" || a.kind === "talent_flow" ? a.share : undefined,
          year: "year" in a ? a.year : undefined,
          detail: describeEdge(a),
          sourceCount: a.sources.length,
        };
      }),
    [graph, visible],
  );
  const nodeColumns: Column<NodeRow>[] = [
    { key: "label", label: "Name", value: (r) => r.label, render: (r) => <span className="font-medium">{r.label}</span> },
    { key: "kind", label: "Kind", value: (r) => r.kind },
    { key: "layer", label: "Layer", value: (r) => r.layer },
    { key: "nation", label: "HQ nation", value: (r) => r.nation },
    { key: "degree", label: "Links shown", value: (r) => r.degree, numeric: true },
    criticalityColumn,
  ];
  const metricColumns: Column<NodeRow>[] = [
    { key: "label", label: "Name", value: (r) => r.label, render: (r) => <span className="font-medium">{r.label}</span> },
    { key: "kind", label: "Kind", value: (r) => r.kind },
    ...NODE_METRICS.map<Column<NodeRow>>((m) => ({
      key: m.id,
      label: m.label,
      numeric: m.kind !== "category",
      value: (r) => r.metrics?.[m.id] ?? undefined,
      render: (r) => formatMetric(r.metrics?.[m.id]),
    })),
    criticalityColumn,
  ];
  const edgeColumns: Column<EdgeRow>[] = [
    { key: "source", label: "From", value: (r) => label(r.source) },
    { key: "relation", label: "Relation", value: (r) => r.relation },
    { key: "target", label: "To", value: (r) => label(r.target) },
    { key: "share", label: "Share %", value: (r) => r.share, numeric: true },
    { key: "year", label: "Year", value: (r) => r.year, numeric: true },
    { key: "detail", label: "Detail", value: (r) => r.detail, render: (r) => <span className="text-slate-600 dark:text-slate-400">{r.detail}</span> },
    { key: "sources", label: "Sources", value: (r) => r.sourceCount, numeric: true },
  ];

  return (
    <div className="flex h-full flex-col" aria-label="Table view" role="region">
      <div role="tablist" aria-label="Table" className="flex gap-1 border-b border-slate-200 px-2 pt-2 dark:border-slate-800">
        {(analysis ? (["nodes", "edges", "metrics"] as const) : (["nodes", "edges"] as const)).map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            onClick={() => setTab(t)}
            className={`rounded-t-md px-3 py-1 text-xs font-medium ${tab === t ? "border border-b-0 border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950" : "text-slate-500 dark:text-slate-400"}`}
          >
            {t === "nodes" ? `Nodes (${nodeRows.length})` : t === "edges" ? `Edges (${edgeRows.length})` : "Metrics"}
          </button>
        ))}
      </div>
      <div className="min-h-0 flex-1" role="tabpanel">
        {tab === "metrics" && analysis ? (
          <div className="flex h-full flex-col">
            <details className="border-b border-slate-200 px-2 py-1 text-xs dark:border-slate-800">
              <summary className="cursor-pointer text-slate-600 dark:text-slate-300">What these measure (each equals its networkx function; computed on the whole network)</summary>
              <dl className="mt-1 max-h-48 space-y-1 overflow-y-auto">
                {NODE_METRICS.map((m) => (
                  <div key={m.id}>
                    <dt className="font-semibold">
                      {m.label} <code className="font-normal text-slate-500 dark:text-slate-400">{m.networkx}</code>
                    </dt>
                    <dd className="text-slate-600 dark:text-slate-400">{m.description}</dd>
                  </div>
                ))}
                {criticality && (
                  <div>
                    <dt className="font-semibold">Criticality</dt>
                    <dd className="text-slate-600 dark:text-slate-400">{criticalityExplanation(criticality)}</dd>
                  </div>
                )}
              </dl>
            </details>
            <div className="min-h-0 flex-1">
              <SortableTable
                caption="Network metrics of the nodes shown"
                rows={nodeRows}
                columns={metricColumns}
                selectedId={selected}
                isSelected={(r) => r.id === selected}
                onRowClick={(r) => onSelect(r.id)}
                initialSort={{ key: "pagerank", dir: "desc" }}
              />
            </div>
          </div>
        ) : tab === "nodes" ? (
          <SortableTable
            caption="Nodes shown"
            rows={nodeRows}
            columns={nodeColumns}
            selectedId={selected}
            isSelected={(r) => r.id === selected}
            onRowClick={(r) => onSelect(r.id)}
            initialSort={{ key: "degree", dir: "desc" }}
          />
        ) : (
          <SortableTable
            caption="Edges shown"
            rows={edgeRows}
            columns={edgeColumns}
            selectedId={selected}
            isSelected={(r) => r.source === selected || r.target === selected}
            onRowClick={(r) => onSelect(r.source)}
            initialSort={{ key: "share", dir: "desc" }}
          />
        )}
      </div>
    </div>
  );
}
