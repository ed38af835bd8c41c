"use client";
import Link from "next/link";
import { useMemo } from "react";
import type { AtlasGraph } from "@/lib/model/graph";
import type { EdgePredicate } from "@/lib/model/queries";
import type { Source } from "@/lib/model/schema";
import { LAYER_INFO, NODE_KIND_LABELS } from "@/lib/model/vocabulary";
import type { Analysis } from "@/lib/metrics/types";
import { describeEdge } from "@/lib/view/describe";
import type { CriticalityTable } from "@/lib/scenario/criticality";
import { criticalityView, dependencyItems, formatLoss, relationSections, type CriticalityHit, type DependencyItem } from "@/lib/view/details";
import { NUMERIC_METRICS, formatMetric } from "@/components/metrics/metrics-section";
import { formatShare } from "@/lib/view/elements";
import { KIND_COLORS, LAYER_COLORS } from "@/lib/view/palette";
import { buttonClass, linkButtonClass } from "@/components/ui/section";

interface DetailsPanelProps {
  graph: AtlasGraph;
  node?: string;
  sources: Map<string, Source>;
  /** Edges in force for the year shown. */
  allowed: EdgePredicate;
  /** The year shown (undefined = latest data). */
  year?: number;
  onSelect: (id: string) => void;
  onFocus: (id: string) => void;
  onPathFrom: (id: string) => void;
  onPathTo: (id: string) => void;
  overview: React.ReactNode;
  analysis?: Analysis;
  /** Criticality of every firm, nation and input (computed in a worker; undefined while it runs). */
  criticality?: CriticalityTable;
  /** Why there is no criticality table (the worker failed), if so. */
  criticalityError?: string;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { graph, node } = props;
  return (
    <aside aria-label="Details" className="flex h-full flex-col overflow-y-auto scrollbar-thin">
      {node && graph.hasNode(node) ? <NodeDetails {...props} node={node} /> : props.overview}
    </aside>
  );
}

function SourceList({ ids, sources }: { ids: string[]; sources: Map<string, Source> }) {
  return (
    <ul className="space-y-1 text-xs">
      {ids.map((id) => {
        const s = sources.get(id);
        if (!s) return <li key={id}>{id}</li>;
        const text = `${s.publisher}, “${s.title}” (${s.year})`;
        return (
          <li key={id} className="text-slate-600 dark:text-slate-400">
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer" className="text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40">
                {text}
              </a>
            ) : (
              text
            )}
            {s.licence && <span className="ml-1 text-slate-500 dark:text-slate-400">[{s.licence}]</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** The node's network metrics with its rank among all nodes (1 = highest). */
function NodeMetricsTable({ analysis, node }: { analysis: Analysis; node: string }) {
  const mine = analysis.nodes[node];
  const ranks = useMemo(() => {
    const all = Object.values(analysis.nodes);
    const out: Record<string, number> = {};
    for (const m of NUMERIC_METRICS) {
      const v = mine?.[m.id];
      if (v === null || v === undefined) continue;
      out[m.id] = 1 + all.filter((o) => (o[m.id] ?? Number.NEGATIVE_INFINITY) > v).length;
    }
    return out;
  }, [analysis, mine]);
  if (!mine) return null;
  const n = Object.keys(analysis.nodes).length;
  return (
    <div className="mt-4">
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Network metrics</h3>
      <table className="w-full text-xs" aria-label="Network metrics">
        <tbody>
          {NUMERIC_METRICS.map((m) => (
            <tr key={m.id} className="border-t border-slate-100 dark:border-slate-800" title={m.description}>
              <td className="py-0.5 pr-2">{m.label}</td>
              <td className="py-0.5 text-right tabular-nums">{formatMetric(mine[m.id])}</td>
              <td className="py-0.5 pl-2 text-right text-slate-500 dark:text-slate-400">{ranks[m.id] ? `#${ranks[m.id]} of ${n}` : ""}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-100 dark:border-slate-800">
            <td className="py-0.5 pr-2">Community</td>
            <td className="py-0.5 text-right tabular-nums">{mine.community}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function NodeDetails({ graph, node, sources, allowed, year, onSelect, onFocus, onPathFrom, onPathTo, analysis, criticality, criticalityError }: DetailsPanelProps & { node: string }) {
  const a = graph.getNodeAttributes(node);
  const label = (id: string) => graph.getNodeAttribute(id, "label");
  const groups = useMemo(() => relationSections(graph, node, allowed), [graph, node, allowed]);
  const upstream = useMemo(() => dependencyItems(graph, node, "up", year), [graph, node, year]);
  const downstream = useMemo(() => dependencyItems(graph, node, "down", year), [graph, node, year]);
  const providers = useMemo(() => {
    if (a.kind !== "input") return [];
    const rows = graph
      .inEdges(node)
      .filter((e) => allowed(e, graph.getEdgeAttributes(e)))
      .map((e) => ({ edge: e, from: graph.source(e), attrs: graph.getEdgeAttributes(e) }))
      .filter((r) => r.attrs.kind === "provides");
    return rows.sort((x, y) => {
      const sx = x.attrs.kind === "provides" ? (x.attrs.share ?? -1) : -1;
      const sy = y.attrs.kind === "provides" ? (y.attrs.share ?? -1) : -1;
      return sy - sx;
    });
  }, [a.kind, graph, node, allowed]);
  const residuals = useMemo(() => {
    const sums = new Map<string, number>();
    for (const p of providers) {
      if (p.attrs.kind !== "provides" || p.attrs.share === undefined) continue;
      const by = p.attrs.attribution === "site" ? " by site" : p.attrs.attribution === "hq" ? " by HQ" : "";
      const key = `${graph.getNodeAttribute(p.from, "kind") === "nation" ? "nations" : "firms"} · ${p.attrs.basis}${by} · ${p.attrs.year}`;
      sums.set(key, (sums.get(key) ?? 0) + p.attrs.share);
    }
    return [...sums].map(([key, sum]) => ({ key, rest: Math.max(0, 100 - sum) }));
  }, [providers, graph]);

  const layer = "layer" in a ? a.layer : undefined;

  return (
    <div className="px-3 py-3 text-sm">
      <div className="flex items-center gap-2 text-xs">
        <span className="rounded px-1.5 py-0.5 font-medium text-white" style={{ backgroundColor: KIND_COLORS[a.kind] }}>
          {NODE_KIND_LABELS[a.kind]}
        </span>
        {layer && (
          <span className="rounded px-1.5 py-0.5 font-medium text-white" style={{ backgroundColor: LAYER_COLORS[layer] }}>
            {LAYER_INFO[layer].label}
          </span>
        )}
        <code className="text-slate-500 dark:text-slate-400">{node}</code>
      </div>
      <h2 className="mt-2 text-lg font-semibold leading-tight">{a.label}</h2>
      {a.aliases.length > 0 && <p className="text-xs text-slate-500 dark:text-slate-400">Also: {a.aliases.join(", ")}</p>}
      <div className="mt-2 flex flex-wrap gap-1">
        <button type="button" className={buttonClass} onClick={() => onFocus(node)}>
          Focus on {a.label}
        </button>
        <button type="button" className={buttonClass} onClick={() => onPathFrom(node)}>
          Path from here
        </button>
        <button type="button" className={buttonClass} onClick={() => onPathTo(node)}>
          Path to here
        </button>
        {a.kind === "nation" && (
          <Link href={`/nation/${node}`} className={buttonClass}>
            Scorecard →
          </Link>
        )}
        {a.kind === "input" && (
          <Link href="/chokepoints" className={buttonClass}>
            Concentration →
          </Link>
        )}
      </div>

      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {a.kind === "firm" && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Headquarters</dt>
            <dd>
              <button type="button" className={linkButtonClass} onClick={() => onSelect(a.hq)}>
                {graph.hasNode(a.hq) ? label(a.hq) : a.hq}
              </button>
            </dd>
            {a.controller && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Controlled from</dt>
                <dd>{graph.hasNode(a.controller) ? label(a.controller) : a.controller}</dd>
              </>
            )}
            {a.founded && (
              <>
                <dt className="text-slate-500 dark:text-slate-400">Founded</dt>
                <dd>{a.founded}</dd>
              </>
            )}
          </>
        )}
        {a.kind === "nation" && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Region</dt>
            <dd>{a.region}</dd>
          </>
        )}
        {a.kind === "input" && a.market_usd_b !== undefined && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Market size</dt>
            <dd>
              ${a.market_usd_b}B{a.market_year ? ` (${a.market_year})` : ""}
            </dd>
          </>
        )}
        {a.kind === "bloc" && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Members</dt>
            <dd className="flex flex-wrap gap-x-2">
              {a.members.map((m) => (
                <button key={m} type="button" className={linkButtonClass} onClick={() => onSelect(m)}>
                  {graph.hasNode(m) ? label(m) : m}
                </button>
              ))}
            </dd>
          </>
        )}
      </dl>
      {(a.kind === "input" || a.kind === "bloc") && <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">{a.description}</p>}
      {"note" in a && a.note && <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">{a.note}</p>}

      {(a.kind === "firm" || a.kind === "nation" || a.kind === "input") && (
        <CriticalityBlock graph={graph} node={node} table={criticality} error={criticalityError} onSelect={onSelect} />
      )}

      {a.kind === "input" && providers.length > 0 && (
        <div className="mt-4 space-y-3">
          {(["firm", "nation"] as const).map((kind) => {
            const rows = providers.filter((p) => graph.getNodeAttribute(p.from, "kind") === kind);
            if (rows.length === 0) return null;
            const rest = residuals.filter((r) => r.key.startsWith(kind === "firm" ? "firms" : "nations") && r.rest >= 0.5);
            return (
              <div key={kind}>
                <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                  {kind === "firm" ? "Providers (firms)" : "Providers by nation"}
                </h3>
                <table className="w-full text-xs" aria-label={kind === "firm" ? "Providers (firms)" : "Providers by nation"}>
                  <tbody>
                    {rows.map(({ edge, from, attrs }) => (
                      <tr key={edge} className="border-t border-slate-100 dark:border-slate-800">
                        <td className="py-0.5 pr-2">
                          <button type="button" className={linkButtonClass} onClick={() => onSelect(from)}>
                            {label(from)}
                          </button>
                        </td>
                        <td className="py-0.5 text-right tabular-nums">
                          {attrs.kind === "provides" && attrs.share !== undefined ? formatShare(attrs.share) : "—"}
                          {attrs.kind === "provides" && attrs.estimate && (
                            <abbr title={`Estimate: ${attrs.estimate}`} className="ml-0.5 cursor-help text-amber-600">
                              ~
                            </abbr>
                          )}
                        </td>
                        <td className="py-0.5 pl-2 text-slate-500 dark:text-slate-400">
                          {attrs.kind === "provides" ? [attrs.basis, attrs.attribution === "site" ? "by site" : attrs.attribution === "hq" ? "by HQ" : "", attrs.year].filter(Boolean).join(" ") : ""}
                        </td>
                      </tr>
                    ))}
                    {rest.map((r) => (
                      <tr key={r.key} className="border-t border-slate-100 text-slate-500 dark:text-slate-400 dark:border-slate-800">
                        <td className="py-0.5 pr-2 italic">Other / unattributed</td>
                        <td className="py-0.5 text-right tabular-nums">{formatShare(Math.round(r.rest * 10) / 10)}</td>
                        <td className="py-0.5 pl-2">{r.key.split(" · ").slice(1).join(" ")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          })}
        </div>
      )}

      <div className="mt-4 grid grid-cols-1 gap-3">
        <DependencyList
          title="Depends on"
          items={upstream}
          onSelect={onSelect}
          empty={
            a.kind === "nation"
              ? "Nothing it provides needs another input in the data: a nation's exposure through what it buys is measured in its scorecard."
              : "Nothing upstream in the data shown."
          }
        />
        <DependencyList title="Depended on by" items={downstream} onSelect={onSelect} empty="Nothing downstream in the data shown." />
        <p className="text-[11px] text-slate-500 dark:text-slate-400">
          Supply only: what provides, requires or supplies what; a provider also needs what its products require. Owners, sites and partners are listed below.
        </p>
      </div>

      {analysis && <NodeMetricsTable analysis={analysis} node={node} />}

      <div className="mt-4">
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Other relations</h3>
        {groups.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">No ownership, sites, partnerships, controls or talent flows in force for the year shown.</p>}
        {groups.map((g) => (
          <details key={g.heading} open={g.items.length <= 8} className="mb-1" data-relation={g.heading}>
            <summary className="cursor-pointer text-xs font-medium">
              {g.heading} ({g.items.length})
            </summary>
            <ul className="ml-3 mt-1 space-y-1 text-xs" aria-label={g.heading}>
              {g.items.map(({ neighbour, edge }) => {
                const ea = graph.getEdgeAttributes(edge);
                const detail = describeEdge(ea);
                return (
                  <li key={edge}>
                    <button type="button" className={linkButtonClass} onClick={() => onSelect(neighbour)}>
                      {label(neighbour)}
                    </button>
                    {detail && <span className="text-slate-500 dark:text-slate-400"> — {detail}</span>}
                    <span className="text-slate-500 dark:text-slate-400" title={ea.sources.map((s) => sources.get(s)?.publisher ?? s).join("; ")}>
                      {" "}
                      [{ea.sources.length} source{ea.sources.length === 1 ? "" : "s"}]
                    </span>
                  </li>
                );
              })}
            </ul>
          </details>
        ))}
      </div>

      <div className="mt-4">
        <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Sources</h3>
        <SourceList ids={[...new Set([...a.sources, ...graph.edges(node).flatMap((e) => graph.getEdgeAttribute(e, "sources"))])]} sources={sources} />
      </div>
    </div>
  );
}

function DependencyList({ title, items, onSelect, empty }: { title: string; items: DependencyItem[]; onSelect: (id: string) => void; empty: string }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        {title} ({items.length})
      </h3>
      {items.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">{empty}</p>
      ) : (
        <ul className="space-y-0.5 text-xs" aria-label={title}>
          {items.map((d) => (
            <li key={d.id} className="flex items-baseline gap-1.5">
              <button
                type="button"
                className="shrink-0 rounded border border-slate-200 px-1.5 py-0.5 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                onClick={() => onSelect(d.id)}
              >
                {d.label}
              </button>
              <span className="min-w-0 text-slate-500 dark:text-slate-400">{d.reasons.join("; ")}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** "If TSMC stopped supplying: Frontier model training −70.4%, …", what else is hit, and what the measure is. */
function CriticalityBlock({ graph, node, table, error, onSelect }: { graph: AtlasGraph; node: string; table?: CriticalityTable; error?: string; onSelect: (id: string) => void }) {
  const v = useMemo(() => (table ? criticalityView(graph, table, node) : undefined), [graph, table, node]);
  if (!table || !v) {
    return (
      <p className="mt-3 text-xs text-slate-500 dark:text-slate-400" role="status" aria-label="Criticality">
        {error ? `Criticality could not be computed: ${error}` : table ? "" : "Criticality: computing…"}
      </p>
    );
  }
  return (
    <section aria-label="Criticality" className="mt-3 rounded border border-slate-200 p-2 text-xs dark:border-slate-700">
      <h3 className="font-semibold">{v.heading}:</h3>
      <ul className="mt-1 space-y-0.5" aria-label="Final capabilities lost">
        {v.capabilities.map((c) => (
          <li key={c.id} className="flex justify-between gap-2">
            <span>{c.label}</span>
            <span className={`tabular-nums font-medium ${c.loss > 0 ? "text-rose-700 dark:text-rose-300" : "text-slate-500 dark:text-slate-400"}`}>{formatLoss(c.loss)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-slate-600 dark:text-slate-300">
        Criticality <strong className="tabular-nums">{formatLoss(v.loss).replace("−", "")}</strong> of the world&apos;s final AI capability · #{v.rank} of {v.of} {v.kindPlural}
      </p>
      <HitList title="Inputs hit" items={v.inputsHit} onSelect={onSelect} format={formatLoss} hint="of its world supply" />
      <HitList title="Nations hit" items={v.nationsHit} onSelect={onSelect} format={formatPointsLost} hint="points of an input's world supply it no longer makes (its largest fall)" />
      <p className="mt-1.5 text-[11px] leading-snug text-slate-500 dark:text-slate-400" title={v.explanation}>
        {v.shortExplanation}
      </p>
    </section>
  );
}

const formatPointsLost = (x: number) => `−${Math.round(x * 1000) / 10} pts`;

function HitList({ title, items, onSelect, format, hint }: { title: string; items: CriticalityHit[]; onSelect: (id: string) => void; format: (x: number) => string; hint: string }) {
  const shown = items.slice(0, 6);
  // The figure and its comma never wrap apart; names wrap like text.
  const item = (x: CriticalityHit, last: boolean) => (
    <span key={x.id} title={`${format(x.loss)} ${hint}`}>
      <button type="button" className={linkButtonClass} onClick={() => onSelect(x.id)}>
        {x.label}
      </button>{" "}
      <span className="whitespace-nowrap tabular-nums text-slate-500 dark:text-slate-400">
        {format(x.loss)}
        {last ? "" : ","}
      </span>{" "}
    </span>
  );
  return (
    <div className="mt-1" aria-label={title}>
      <span className="text-slate-500 dark:text-slate-400">
        {title} ({items.length}){items.length > 0 ? ": " : ""}
      </span>
      {shown.map((x, i) => item(x, i === items.length - 1))}
      {items.length > shown.length && (
        <details className="inline">
          <summary className="inline cursor-pointer text-sky-700 dark:text-sky-300">and {items.length - shown.length} more</summary>{" "}
          {items.slice(shown.length).map((x, i) => item(x, shown.length + i === items.length - 1))}
        </details>
      )}
    </div>
  );
}
