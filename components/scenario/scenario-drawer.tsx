"use client";
/**
 * The scenario's results below the network: a generated summary, the impact table (nations ×
 * layers), inputs (world supply, HHI, chokepoints, substitution used), blocs (self-sufficiency,
 * single points of failure), network metrics (centrality and orchestration before → after), the
 * sensitivity run (in a Web Worker, with progress and cancel) and the model's assumptions.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { LAYER_INFO } from "@/lib/model/vocabulary";
import type { ScenarioResult } from "@/lib/scenario/types";
import { buttonClass } from "@/components/ui/section";
import { useTheme } from "@/components/ui/use-theme";
import { lossStyle, pct, points } from "./format";
import { ImpactTable } from "./impact-table";
import type { ScenarioController } from "./use-scenario";
import { useSensitivity } from "./use-sensitivity";

const TABS = ["Summary", "Impact", "Inputs", "Blocs", "Network", "Sensitivity", "Method"] as const;
type Tab = (typeof TABS)[number];

const th = "sticky top-0 z-10 whitespace-nowrap bg-slate-100 px-1 py-1 text-left font-semibold dark:bg-slate-800";
const td = "px-1 py-0.5";

export function ScenarioDrawer({
  scenario: c,
  onSelect,
  onResize,
}: {
  scenario: ScenarioController;
  onSelect?: (id: string) => void;
  /** Called after the results open, fold or close (the network above changed size; e.g. fit it again). */
  onResize?: () => void;
}) {
  const [tab, setTab] = useState<Tab>("Summary");
  const [collapsed, setCollapsed] = useState(false);
  const sens = useSensitivity(c.data, c.graphKey);
  const [spread, setSpread] = useState(5);
  const [samples, setSamples] = useState(200);
  const r = c.result;
  const shown = !!(c.applied && r);
  // The network above changes size when the results open or fold: fit it again once cytoscape has
  // measured its new size (its ResizeObserver is debounced by 100 ms).
  const resized = useRef(onResize);
  const wasShown = useRef(false);
  useEffect(() => {
    resized.current = onResize;
  });
  useEffect(() => {
    // Nothing to do until results have been shown once (the page without a scenario stays as it is).
    if (!shown && !wasShown.current) return;
    wasShown.current = shown;
    const id = setTimeout(() => resized.current?.(), 160);
    return () => clearTimeout(id);
  }, [shown, collapsed]);
  if (!c.applied || !r) return null;
  const key = JSON.stringify(c.applied);
  const sensitivity = sens.key === key ? sens.result : undefined;

  return (
    <section
      aria-label="Scenario results"
      className={`flex shrink-0 flex-col border-t-2 border-rose-300 bg-white dark:border-rose-800 dark:bg-slate-950 ${collapsed ? "" : "h-[42vh] min-h-[240px]"}`}
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
        <h2 className="text-sm font-semibold">
          <span className="text-slate-500 dark:text-slate-400">Scenario:</span> {r.name}
        </h2>
        <span className="text-xs text-slate-500 dark:text-slate-400">
          {r.shocks.filter((s) => s.status === "applied").length} shocks applied · lens {r.options.lens} · baseline {r.options.baseline === "open" ? "open trade" : "controls in force"} · {r.ms} ms
        </span>
        <div role="tablist" aria-label="Scenario result views" className="ml-auto flex flex-wrap gap-0.5">
          {TABS.map((t) => (
            <button
              key={t}
              type="button"
              role="tab"
              aria-selected={tab === t}
              onClick={() => {
                setTab(t);
                setCollapsed(false);
              }}
              className={`rounded px-2 py-0.5 text-xs ${tab === t ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" : "hover:bg-slate-100 dark:hover:bg-slate-800"}`}
            >
              {t}
            </button>
          ))}
        </div>
        <label className="inline-flex items-center gap-1 text-xs">
          <input type="checkbox" checked={c.showDiff} onChange={(e) => c.setShowDiff(e.target.checked)} />
          Diff on network
        </label>
        <button type="button" className={buttonClass} aria-pressed={c.compare} onClick={() => c.setCompare(!c.compare)}>
          {c.compare ? "Close side by side" : "Side by side"}
        </button>
        <button type="button" className={buttonClass} aria-expanded={!collapsed} aria-label={collapsed ? "Expand results" : "Collapse results"} onClick={() => setCollapsed((x) => !x)}>
          {collapsed ? "▴" : "▾"}
        </button>
      </div>
      {!collapsed && (
        <div role="tabpanel" aria-label={tab} className="min-h-0 flex-1 overflow-auto px-3 py-2 text-xs scrollbar-thin">
          {tab === "Summary" && <Summary r={r} onTab={setTab} />}
          {tab === "Impact" && <ImpactTable result={r} sensitivity={sensitivity} onSelect={onSelect} />}
          {tab === "Inputs" && <Inputs r={r} range={sensitivity} onSelect={onSelect} />}
          {tab === "Blocs" && <Blocs r={r} />}
          {tab === "Network" && <NetworkMetrics r={r} onSelect={onSelect} />}
          {tab === "Sensitivity" && (
            <div className="space-y-2">
              <p className="max-w-3xl text-slate-600 dark:text-slate-300">
                Shares are uncertain: each run draws every published share from share ± spread × factor (high confidence 0.5, medium 1, low 2, × 1.5 for
                estimates), recomputes the baseline and the scenario, and keeps the range of each result. It runs in a Web Worker, so the page stays responsive.
              </p>
              <div className="flex flex-wrap items-end gap-2">
                <label className="block">
                  <span className="block text-slate-500">Spread (points)</span>
                  <input type="number" min={0} max={30} className="w-20 rounded border border-slate-300 px-1 dark:border-slate-700 dark:bg-slate-900" value={spread} onChange={(e) => setSpread(Number(e.target.value))} aria-label="Spread (points)" />
                </label>
                <label className="block">
                  <span className="block text-slate-500">Runs</span>
                  <input type="number" min={10} max={5000} step={50} className="w-20 rounded border border-slate-300 px-1 dark:border-slate-700 dark:bg-slate-900" value={samples} onChange={(e) => setSamples(Number(e.target.value))} aria-label="Runs" />
                </label>
                {sens.running && sens.key === key ? (
                  <button type="button" className={buttonClass} onClick={sens.cancel}>
                    Cancel
                  </button>
                ) : (
                  <button type="button" className={buttonClass} disabled={!c.library} onClick={() => c.library && sens.start(key, c.applied!, c.library.substitution, { samples, spread, seed: 42 })}>
                    Run sensitivity
                  </button>
                )}
              </div>
              {sens.running && sens.key === key && (
                <div role="progressbar" aria-label="Sensitivity progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round((sens.progress ?? 0) * 100)} className="h-2 w-64 overflow-hidden rounded bg-slate-200 dark:bg-slate-800">
                  <div className="h-full bg-sky-600" style={{ width: `${Math.round((sens.progress ?? 0) * 100)}%` }} />
                </div>
              )}
              {sens.cancelled && sens.key === key && <p role="status">Cancelled.</p>}
              {sens.error && sens.key === key && <p role="alert">The sensitivity run failed: {sens.error}</p>}
              {sensitivity && <SensitivityView r={r} s={sensitivity} />}
            </div>
          )}
          {tab === "Method" && <Method />}
        </div>
      )}
    </section>
  );
}

function Summary({ r, onTab }: { r: ScenarioResult; onTab: (t: Tab) => void }) {
  return (
    <div className="grid gap-4 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
      <div>
        <ul className="space-y-1.5 text-[13px] leading-snug" aria-label="Summary of the largest effects">
          {r.summary.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
        <p className="mt-2 text-slate-500 dark:text-slate-400">
          Access is the share of an input’s baseline world supply a nation can still obtain; shortages are shared pro rata. See{" "}
          <button type="button" className="text-sky-700 underline dark:text-sky-300" onClick={() => onTab("Method")}>
            Method
          </button>{" "}
          for the model, its assumptions and limits, and{" "}
          <button type="button" className="text-sky-700 underline dark:text-sky-300" onClick={() => onTab("Impact")}>
            Impact
          </button>{" "}
          for every nation and layer.
        </p>
      </div>
      <div>
        <h3 className="mb-1 font-semibold">Shocks</h3>
        <ol className="space-y-0.5">
          {r.shocks.map((s) => (
            <li key={s.id} className={s.status === "applied" ? "" : "text-slate-400"}>
              {s.status === "applied" ? "✓" : s.status === "off" ? "○" : "⚠"} {s.text}
              {s.message && <span className="text-amber-700 dark:text-amber-300"> — {s.message}</span>}
            </li>
          ))}
        </ol>
        {r.notes.length > 0 && (
          <>
            <h3 className="mb-1 mt-2 font-semibold">Notes</h3>
            <ul className="space-y-0.5 text-slate-600 dark:text-slate-300">
              {[...new Set(r.notes.map((n) => n.message))].map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function Arrow({ before, after, fmt = (x: number) => pct(x) }: { before: number | null; after: number | null; fmt?: (x: number) => string }) {
  if (before === null && after === null) return <>—</>;
  const b = before === null ? "—" : fmt(before);
  const a = after === null ? "—" : fmt(after);
  return <>{b === a ? b : `${b} → ${a}`}</>;
}

function Inputs({ r, range, onSelect }: { r: ScenarioResult; range?: { inputs: { input: string; world: { min: number; max: number } }[] }; onSelect?: (id: string) => void }) {
  const dark = useTheme() === "dark";
  const [all, setAll] = useState(false);
  const rows = r.inputs.filter((x) => all || x.world.after < x.world.before - 1e-9 || x.chokepoint.after !== x.chokepoint.before || x.hhiNation.after !== x.hhiNation.before);
  return (
    <div className="space-y-1">
      <label className="inline-flex items-center gap-1">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        show every input ({rows.length} of {r.inputs.length} shown)
      </label>
      <table className="w-full border-collapse tabular-nums" aria-label="Impact by input">
        <thead>
          <tr>
            <th className={th}>Input</th>
            <th className={th}>Layer</th>
            <th className={th} title="Share of the baseline world supply still on the market">
              World supply
            </th>
            <th className={th}>Medium term</th>
            <th className={th} title="HHI by nation on the post-shock market (lib/supply)">
              HHI by nation
            </th>
            <th className={th}>Top nation</th>
            <th className={th}>Chokepoint</th>
            <th className={th} title="data/scenarios/substitution.csv">
              Replace in · spare
            </th>
            <th className={th}>Share-year</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => {
            const sr = range?.inputs.find((i) => i.input === x.input)?.world;
            return (
              <tr key={x.input} className="border-t border-slate-100 dark:border-slate-800">
                <th scope="row" className={`${td} text-left font-medium`}>
                  <button type="button" className="text-left hover:underline" onClick={() => onSelect?.(x.input)}>
                    {x.label}
                  </button>
                  {!x.quantified && <span className="ml-1 text-[10px] text-slate-500" title="No published shares: known providers only">(providers only)</span>}
                </th>
                <td className={td}>{LAYER_INFO[x.layer].label}</td>
                <td className={`${td} whitespace-nowrap`} style={lossStyle(x.world.before - x.world.after, dark)}>
                  <Arrow before={x.world.before} after={x.world.after} />
                  {sr && <span className="ml-1 text-[10px] opacity-70">({pct(sr.min)}–{pct(sr.max)})</span>}
                </td>
                <td className={td}>{pct(x.world.medium)}</td>
                <td className={`${td} whitespace-nowrap`}>
                  <Arrow before={x.hhiNation.before} after={x.hhiNation.after} fmt={(v) => Math.round(v).toLocaleString("en-US")} />
                </td>
                <td className={`${td} whitespace-nowrap`}>
                  {x.topNation.after ? `${x.topNation.after.id} ${x.topNation.after.share.toFixed(1)}%` : "—"}
                  {x.topNation.before && x.topNation.after && x.topNation.before.share !== x.topNation.after.share && (
                    <span className="text-slate-400"> (was {x.topNation.before.id} {x.topNation.before.share.toFixed(1)}%)</span>
                  )}
                </td>
                <td className={td} title={x.chokepoint.reasons.join("; ")}>
                  {x.cutOff ? "no supply left" : x.chokepoint.after ? (x.chokepoint.before ? "yes" : "new") : x.chokepoint.before ? "resolved" : "no"}
                </td>
                <td className={`${td} whitespace-nowrap`} title={x.substitution.note}>
                  {x.substitution.months} mo{x.substitution.monthsBasis === "assumption" ? "*" : ""} · {pct(x.substitution.spare)}
                  {x.substitution.spareBasis === "assumption" ? "*" : ""}
                </td>
                <td className={td}>{x.year ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-slate-500">* an assumption (hover for why); other figures are sourced in data/scenarios/substitution.csv.</p>
    </div>
  );
}

function Blocs({ r }: { r: ScenarioResult }) {
  const dark = useTheme() === "dark";
  return (
    <div className="space-y-3">
      <p className="text-slate-600 dark:text-slate-300">
        Self-sufficiency: the share of the world’s baseline supply of a layer’s measured inputs made inside the bloc. A single point of failure: one provider
        holds at least half of what the bloc can obtain of an input (or a single known provider, or none).
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse tabular-nums" aria-label="Bloc self-sufficiency by layer">
          <thead>
            <tr>
              <th className={th}>Bloc</th>
              {r.layers.map((l) => (
                <th key={l} className={th}>
                  {LAYER_INFO[l].label.replace("Lithography & equipment", "Equipment").replace("Cloud & compute", "Compute")}
                </th>
              ))}
              <th className={th}>Single points of failure</th>
            </tr>
          </thead>
          <tbody>
            {r.blocs.map((b) => {
              const fresh = b.spof.after.filter((s) => !b.spof.before.some((x) => x.input === s.input && x.provider === s.provider));
              return (
                <tr key={b.id} className="border-t border-slate-100 align-top dark:border-slate-800">
                  <th scope="row" className={`${td} text-left font-medium`} title={b.members.join(", ")}>
                    {b.label}
                    <span className="block text-[10px] font-normal text-slate-500">{b.members.length} members</span>
                  </th>
                  {r.layers.map((l) => {
                    const v = b.layers.find((x) => x.layer === l);
                    return (
                      <td key={l} className={`${td} whitespace-nowrap`} style={v ? lossStyle(v.before - v.after, dark) : {}}>
                        {v ? <Arrow before={v.before} after={v.after} /> : "·"}
                      </td>
                    );
                  })}
                  <td className={`${td} min-w-64`}>
                    {b.spof.after.length} after ({b.spof.before.length} before)
                    {fresh.length > 0 && (
                      <ul className="mt-0.5 list-disc pl-4">
                        {fresh.slice(0, 6).map((s) => (
                          <li key={s.input}>
                            <strong>new:</strong> {s.label} —{" "}
                            {s.kind === "none-accessible" ? "nothing left to obtain" : `${s.providerLabel} ${pct(s.share)}${s.inside ? " (inside)" : " (outside)"}`}
                          </li>
                        ))}
                      </ul>
                    )}
                    <details>
                      <summary className="cursor-pointer text-slate-500">all after the shock</summary>
                      <ul className="list-disc pl-4">
                        {b.spof.after.map((s) => (
                          <li key={s.input}>
                            {s.label}: {s.kind === "none-accessible" ? "nothing left" : `${s.providerLabel} ${pct(s.share)}${s.inside ? " (inside)" : ""}`}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function NetworkMetrics({ r, onSelect }: { r: ScenarioResult; onSelect?: (id: string) => void }) {
  const orch = r.nations
    .filter((n) => n.orchestration.before !== null || n.orchestration.after !== null)
    .filter((n) => Math.abs((n.orchestration.after ?? 0) - (n.orchestration.before ?? 0)) > 0.05)
    .sort((a, b) => Math.abs((b.orchestration.after ?? 0) - (b.orchestration.before ?? 0)) - Math.abs((a.orchestration.after ?? 0) - (a.orchestration.before ?? 0)))
    .slice(0, 12);
  const num = (v: number) => (v >= 0.01 ? v.toFixed(3) : v.toPrecision(2));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <h3 className="mb-1 font-semibold">Centrality that moved most</h3>
        <p className="mb-1 text-slate-500">
          Network: {r.graph.nodes.before} → {r.graph.nodes.after} nodes, {r.graph.edges.before} → {r.graph.edges.after} edges; betweenness and PageRank over supply dependencies (lib/metrics, equal to networkx).
        </p>
        {r.centrality.length === 0 ? (
          <p className="text-slate-500">No supply dependency changed: centrality runs over supply dependencies, which sites, partnerships and ownership are not.</p>
        ) : (
          <table className="w-full border-collapse tabular-nums" aria-label="Centrality before and after">
            <thead>
              <tr>
                <th className={th}>Node</th>
                <th className={th}>Betweenness</th>
                <th className={th}>PageRank</th>
              </tr>
            </thead>
            <tbody>
              {r.centrality.map((x) => (
                <tr key={x.node} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className={`${td} text-left font-medium`}>
                    <button type="button" className="hover:underline" onClick={() => onSelect?.(x.node)}>
                      {x.label}
                    </button>
                    {x.removed && <span className="ml-1 text-[10px] text-slate-500">removed</span>}
                  </th>
                  <td className={td}>
                    <Arrow before={x.betweenness.before} after={x.betweenness.after} fmt={num} />
                  </td>
                  <td className={td}>
                    <Arrow before={x.pagerank.before} after={x.pagerank.after} fmt={num} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <div>
        <h3 className="mb-1 font-semibold">Orchestration index (lib/supply) on the post-shock market</h3>
        {orch.length === 0 ? (
          <p className="text-slate-500">No nation’s orchestration index moves (export controls change access, not market shares).</p>
        ) : (
          <table className="w-full border-collapse tabular-nums" aria-label="Orchestration index before and after">
            <thead>
              <tr>
                <th className={th}>Nation</th>
                <th className={th}>Before → after</th>
              </tr>
            </thead>
            <tbody>
              {orch.map((n) => (
                <tr key={n.nation} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {n.label}
                  </th>
                  <td className={td}>
                    <Arrow before={n.orchestration.before} after={n.orchestration.after} fmt={(v) => v.toFixed(1)} />
                    <span className="ml-1 text-slate-500">({points(((n.orchestration.after ?? 0) - (n.orchestration.before ?? 0)) / 100)})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}

function SensitivityView({ r, s }: { r: ScenarioResult; s: NonNullable<ReturnType<typeof useSensitivity>["result"]> }) {
  const rows = r.nations
    .filter((n) => !n.removed && n.loss > 1e-6)
    .slice(0, 15)
    .map((n) => ({ n, range: s.nations.find((x) => x.nation === n.nation)!.loss }));
  return (
    <div>
      <p className="mb-1" role="status">
        {s.samples} runs, spread ±{s.spread} points, in {s.ms} ms. The impact table and the inputs now show ranges.
      </p>
      <table className="border-collapse tabular-nums" aria-label="Sensitivity of the mean loss">
        <thead>
          <tr>
            <th className={th}>Nation</th>
            <th className={th}>Mean loss</th>
            <th className={th}>Range over the runs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ n, range }) => (
            <tr key={n.nation} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className={`${td} text-left font-medium`}>
                {n.label}
              </th>
              <td className={td}>{pct(n.loss, 1)}</td>
              <td className={td}>
                {pct(range.min, 1)} – {pct(range.max, 1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const P = ({ children }: { children: ReactNode }) => <p className="max-w-4xl leading-snug">{children}</p>;

function Method() {
  return (
    <div className="space-y-2 text-[13px]">
      <P>
        <strong>Shocks</strong> are applied in order, as a fold that never changes the dataset: remove a firm or nation (everything attributed to it under the lens),
        degrade a provider’s capacity, export controls (a nation or a firm stops supplying some nations), cut a relation, add capacity or a partnership, bloc
        actions. Each can be switched off.
      </P>
      <P>
        <strong>Access</strong> to an input is what its accessible providers still supply, as a share of today’s world supply. Each provider makes no more than its
        own nation can obtain of the scarcest input the input requires (data/edges/requires.csv), so shortages run down the chain. Whatever is left is shared pro
        rata by everyone who may buy it; a nation’s own supply stays its own. A control that reaches <em>downstream</em> (like the US foreign direct product rule)
        also follows its inputs into everything made from them, wherever made. Inputs without published shares only count whether a known provider is left.
      </P>
      <P>
        <strong>Short term</strong> means no substitution; <strong>medium term</strong> adds the spare capacity of the remaining suppliers, and{" "}
        <strong>severity</strong> is the lost share × the months to replace it, both per input or layer from data/scenarios/substitution.csv — each figure sourced or
        marked as an assumption with why. Some requirements are parts of an input (all fab capacity includes leading-edge logic): they count by their mean.
      </P>
      <P>
        <strong>After a shock</strong>, each input’s market shares are recomputed from what is still made, and lib/supply’s chokepoint rule, HHI and orchestration index
        run on them; centrality (betweenness, PageRank) is recomputed on the changed network. Output is the share of the world’s supply a nation still makes.
      </P>
      <P>
        <strong>Limits</strong>: shares of different bases and years are compared in one layer average; demand is today’s, so added capacity is an upper bound of the
        cushion; there is no rationing or stockpiling, and capacity located in a nation (AI clusters, cloud) counts as sold on the world market, though much of it
        serves its home market; the reach of US rules over foreign fabs using US tools is not modelled; partnerships and supply contracts
        carry no volumes. The full description is in lib/scenario/README.md.
      </P>
    </div>
  );
}
