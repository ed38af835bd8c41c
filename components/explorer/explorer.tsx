"use client";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { graphFromSerialized, type SerializedAtlasGraph } from "@/lib/model/graph";
import { edgesAsOf, yearRange, type EdgePredicate } from "@/lib/model/queries";
import { metricsGraph } from "@/lib/model/dependency";
import { sourceIndex } from "@/lib/view/describe";
import type { Point } from "@/lib/view/layouts";
import { buildSearchIndex } from "@/lib/view/search";
import { LAYOUTS, LAYOUT_LABELS, type LayoutName } from "@/lib/view/url-state";
import { ExportMenu } from "@/components/export/export-menu";
import { ImportBanner, ImportControl, useImportedGraph, useImportedView } from "@/components/import";
import { metricsTable, scenarioBrief } from "@/lib/export/briefing";
import { MetricsSection } from "@/components/metrics/metrics-section";
import { useMetrics } from "@/components/metrics/use-metrics";
import { NetworkView, type NetworkHandle } from "@/components/network/network-view";
import { DetailsPanel } from "@/components/panels/details-panel";
import { FiltersPanel } from "@/components/panels/filters-panel";
import { FocusControls } from "@/components/panels/focus-controls";
import { PathFinder } from "@/components/panels/path-finder";
import { TableView } from "@/components/panels/table-view";
import { YearControl } from "@/components/panels/year-control";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { useTheme } from "@/components/ui/use-theme";
import { buttonClass } from "@/components/ui/section";
import { ScenarioCompare, ScenarioDrawer, ScenarioSection, useScenario } from "@/components/scenario";
import { Legend } from "./legend";
import { Overview } from "./overview";
import { SearchBox } from "./search-box";
import { useCriticality } from "./use-criticality";
import { useNetworkScene } from "./use-network-scene";
import { useViewState } from "./use-view-state";

const selectClass = "rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900";

export function Explorer({ data: curated, seedPositions: curatedSeed }: { data: SerializedAtlasGraph; seedPositions?: Record<string, Point> }) {
  // An imported graph (components/import) replaces the curated one until "Back to the curated Atlas".
  const imported = useImportedGraph();
  const { data, metricsSource, sceneEdges } = useImportedView(imported.current, curated);
  const seedPositions = imported.current ? undefined : curatedSeed;
  const graph = useMemo(() => graphFromSerialized(data), [data]);
  const index = useMemo(() => buildSearchIndex(graph), [graph]);
  const sources = useMemo(() => sourceIndex(data.attributes), [data]);
  const years = useMemo(() => yearRange(graph), [graph]);
  const meta = data.attributes?.meta;
  const { state, problems, update } = useViewState();
  const theme = useTheme();
  const [leftOpen, setLeftOpen] = useState(true);
  const network = useRef<NetworkHandle>(null);

  // Ids in the URL that the data does not have (a stale link): say so, and ignore them.
  const missing = [state.node, state.focus, state.from, state.to].filter((id): id is string => !!id && !graph.hasNode(id));
  // A network without the Atlas's kinds: its links are drawn whatever the relation filter, and the
  // layered supply-chain layout (which follows supply) gives way to the force layout.
  const sceneState = useMemo(
    () =>
      sceneEdges
        ? { ...state, edges: state.edges.length === 0 ? sceneEdges : state.edges, layout: state.layout === "chain" ? ("fcose" as const) : state.layout }
        : state,
    [state, sceneEdges],
  );
  // Network metrics over supply dependencies (the one dependency model), as /api/metrics.
  const metricsInput = useMemo(() => metricsSource ?? metricsGraph(graph).export(), [graph, metricsSource]);
  const metrics = useMetrics(metricsInput);
  const analysis = metrics.analysis;
  const scenario = useScenario({ graph, data, param: state.scenario, update });
  // Criticality of every firm, nation and input, in the scenario worker once the parts table has arrived.
  const criticality = useCriticality(data, scenario.graphKey, scenario.library?.substitution);
  const { node, focus, visible, elements, positions, fitKey, concentricValues, colorValues } = useNetworkScene(graph, sceneState, analysis, criticality.table);
  const asOf = useMemo(() => edgesAsOf(graph, state.year), [graph, state.year]);
  const inForce = useCallback<EdgePredicate>((e) => asOf.has(e), [asOf]);
  // The chains the scene draws (lib/view/visible.ts computes them with the view).
  const paths = useMemo(() => visible.paths ?? [], [visible]);
  const pathNodes = useMemo(() => new Set(paths.flatMap((p) => p.nodes)), [paths]);
  const pathEdges = useMemo(() => new Set(paths.flatMap((p) => p.edges.flat())), [paths]);
  // What exports carry beyond the picture: the shown nodes' metrics and the applied scenario.
  const exportMetrics = useMemo(() => (analysis ? metricsTable(analysis, visible.nodes, state.size) : undefined), [analysis, visible, state.size]);
  const exportScenario = useMemo(
    () => (scenario.result ? scenarioBrief(scenario.result, scenario.applied?.description) : undefined),
    [scenario.result, scenario.applied],
  );

  const select = useCallback(
    (id: string | null) => {
      update({ node: id ?? undefined });
    },
    [update],
  );
  const pick = useCallback(
    (id: string) => {
      update((s) => ({ node: id, view: s.view }));
      // Centre once the node is drawn (it may be outside the current filters: then it shows in Details only).
      requestAnimationFrame(() => network.current?.center(id));
    },
    [update],
  );
  const focusOn = useCallback((id: string) => update({ focus: id, node: id }), [update]);

  // Escape clears selection, focus and path (unless a field is being edited).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA")) return;
      update({ node: undefined, focus: undefined, from: undefined, to: undefined });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [update]);

  const totalNodes = graph.order;
  const totalEdges = asOf.size;

  return (
    <div className="flex h-screen min-w-[1000px] flex-col">
      <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 px-3 dark:border-slate-800">
        <button type="button" className={buttonClass} aria-label={leftOpen ? "Hide controls" : "Show controls"} aria-expanded={leftOpen} onClick={() => setLeftOpen((o) => !o)}>
          ☰
        </button>
        <h1 className="whitespace-nowrap text-sm font-bold">
          <Link href="/">Interdependence Atlas</Link>
        </h1>
        {meta && (
          <span className="hidden whitespace-nowrap text-xs text-slate-500 xl:inline dark:text-slate-400" title={meta.description}>
            dataset {meta.version} · {meta.date}
          </span>
        )}
        <nav aria-label="Pages" className="hidden items-center gap-3 text-xs lg:flex">
          <Link href="/chokepoints" className="text-sky-700 hover:underline dark:text-sky-300">
            Chokepoints
          </Link>
          <Link href="/nation/USA" className="text-sky-700 hover:underline dark:text-sky-300">
            Scorecards
          </Link>
          <Link href="/programmes" className="text-sky-700 hover:underline dark:text-sky-300">
            Programmes
          </Link>
        </nav>
        <SearchBox index={index} label="Search" placeholder="Search nations, firms, inputs…" onPick={pick} className="w-52 xl:w-72" />
        <div className="ml-auto flex items-center gap-2">
          <label className="flex items-center gap-1 text-xs">
            <span className="hidden text-slate-500 2xl:inline">Layout</span>
            <select aria-label="Layout" className={selectClass} value={sceneState.layout} onChange={(e) => update({ layout: e.target.value as LayoutName })}>
              {LAYOUTS.map((l) => (
                <option key={l} value={l}>
                  {LAYOUT_LABELS[l]}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label="View" className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
            {(["graph", "table"] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={state.view === v}
                onClick={() => update({ view: v })}
                className={`px-2 py-1 text-xs font-medium ${state.view === v ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900" : "bg-white dark:bg-slate-900"}`}
              >
                {v === "graph" ? "Network" : "Table"}
              </button>
            ))}
          </div>
          <ImportControl onImported={imported.commit} />
          <ExportMenu graph={graph} visible={visible} state={state} meta={meta} network={network} metrics={exportMetrics} scenario={exportScenario} />
          <ThemeToggle />
        </div>
      </header>

      {imported.current && <ImportBanner imported={imported.current} onBack={imported.clear} />}
      {(problems.length > 0 || missing.length > 0) && (
        <div role="alert" className="border-b border-amber-300 bg-amber-50 px-3 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
          Parts of this link were skipped:{" "}
          {[...missing.map((m) => `no node "${m}" in dataset ${meta?.version ?? ""}`), ...problems].join("; ")}.
        </div>
      )}

      <div className="flex min-h-0 flex-1">
        {leftOpen && (
          <div className="w-60 shrink-0 overflow-y-auto border-r border-slate-200 scrollbar-thin xl:w-72 dark:border-slate-800" aria-label="Controls" role="region">
            <ScenarioSection scenario={scenario} selected={node} onSelect={pick} />
            <FocusControls graph={graph} state={state} update={update} />
            <PathFinder graph={graph} index={index} state={state} paths={paths} update={update} onSelect={pick} />
            <MetricsSection state={state} update={update} run={metrics} criticality={criticality.table} />
            <YearControl year={state.year} range={years} onChange={(y) => update({ year: y })} />
            <FiltersPanel graph={graph} state={state} update={update} />
          </div>
        )}

        <main className="relative min-w-0 flex-1" aria-label="Network">
          <div className={state.view === "graph" ? "absolute inset-0" : "hidden"}>
            <NetworkView
              ref={network}
              elements={elements}
              layout={sceneState.layout}
              positions={positions}
              fitKey={fitKey}
              concentricValues={concentricValues}
              seedPositions={seedPositions}
              selected={node}
              focusRoot={focus}
              pathNodes={pathNodes}
              pathEdges={pathEdges}
              removed={scenario.removed}
              impact={scenario.impact}
              theme={theme}
              onSelect={select}
              onFocus={focusOn}
            />
            <div className="pointer-events-none absolute bottom-2 left-2">
              <Legend colorBy={state.color} colorValues={colorValues} folded={!!visible.folded} />
            </div>
            <div className="absolute right-2 top-2 flex gap-1">
              <button type="button" className={buttonClass} onClick={() => network.current?.fit()}>
                Fit
              </button>
            </div>
            <ScenarioCompare scenario={scenario} view={{ elements, layout: sceneState.layout, positions, concentricValues, seedPositions, theme }} onSelect={select} />
          </div>
          {state.view === "table" && <TableView graph={graph} visible={visible} selected={node} onSelect={select} analysis={analysis} criticality={criticality.table} />}
          <p
            className="pointer-events-none absolute left-2 right-14 top-2 truncate rounded bg-white/80 px-2 py-0.5 text-xs text-slate-600 dark:bg-slate-900/80 dark:text-slate-300"
            role="status"
            aria-label="Counts shown"
          >
            {visible.folded ? "Providers folded into rings · " : ""}
            Showing {visible.nodes.size} of {totalNodes} nodes · {visible.edges.size} of {totalEdges} edges
            {focus ? ` · focus: ${graph.getNodeAttribute(focus, "label")}` : ""}
            {state.year ? ` · as of ${state.year}` : ""}
          </p>
        </main>

        <div className="w-72 shrink-0 border-l border-slate-200 xl:w-80 dark:border-slate-800">
          <DetailsPanel
            graph={graph}
            node={node}
            sources={sources}
            allowed={inForce}
            year={state.year}
            analysis={analysis}
            criticality={criticality.table}
            criticalityError={criticality.error}
            onSelect={pick}
            onFocus={focusOn}
            onPathFrom={(id) => update({ from: id })}
            onPathTo={(id) => update({ to: id })}
            overview={<Overview graph={graph} meta={meta} onPick={pick} />}
          />
        </div>
      </div>
      <ScenarioDrawer scenario={scenario} onSelect={pick} onResize={() => network.current?.fit()} />
    </div>
  );
}
