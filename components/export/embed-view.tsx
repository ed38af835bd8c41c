"use client";
/**
 * The embeddable view (/embed): the same network (or table) as the explorer for the same query
 * string, without panels or header — just the picture, the counts, a legend, a link back to the
 * full explorer and the dataset/source line. Built from the explorer's own pieces.
 */
import { useCallback, useMemo } from "react";
import { Legend } from "@/components/explorer/legend";
import { useNetworkScene } from "@/components/explorer/use-network-scene";
import { useViewState } from "@/components/explorer/use-view-state";
import { NetworkView } from "@/components/network/network-view";
import { TableView } from "@/components/panels/table-view";
import { useTheme } from "@/components/ui/use-theme";
import { datasetLine } from "@/lib/export/caption";
import { citedPublishers, citedSources } from "@/lib/export/shown";
import { graphFromSerialized, type SerializedAtlasGraph } from "@/lib/model/graph";
import { edgesAsOf } from "@/lib/model/queries";
import { serializeViewState } from "@/lib/view/url-state";

export function EmbedView({ data }: { data: SerializedAtlasGraph }) {
  const graph = useMemo(() => graphFromSerialized(data), [data]);
  const meta = data.attributes?.meta;
  const { state, update } = useViewState();
  const theme = useTheme();
  const { node, focus, visible, elements, positions, fitKey, concentricValues } = useNetworkScene(graph, state);
  const publishers = useMemo(() => citedPublishers(citedSources(graph, visible)), [graph, visible]);
  const totalEdges = useMemo(() => edgesAsOf(graph, state.year).size, [graph, state.year]);

  const select = useCallback((id: string | null) => update({ node: id ?? undefined }, { replace: true }), [update]);
  const focusOn = useCallback((id: string) => update({ focus: id, node: id }, { replace: true }), [update]);

  const qs = serializeViewState(state);
  const sourceLine = `Interdependence Atlas · ${datasetLine(meta)} · sources: ${publishers.length ? publishers.join("; ") : "none cited"}`;

  return (
    <div className="flex h-screen flex-col">
      <main className="relative min-h-0 flex-1" aria-label="Network">
        {state.view === "table" ? (
          <div className="absolute inset-0 overflow-auto">
            <TableView graph={graph} visible={visible} selected={node} onSelect={select} />
          </div>
        ) : (
          <>
            <NetworkView
              elements={elements}
              layout={state.layout}
              positions={positions}
              fitKey={fitKey}
              concentricValues={concentricValues}
              selected={node}
              focusRoot={focus}
              theme={theme}
              onSelect={select}
              onFocus={focusOn}
            />
            <div className="pointer-events-none absolute bottom-2 left-2">
              <Legend colorBy={state.color} folded={!!visible.folded} />
            </div>
          </>
        )}
        <a
          href={`/${qs ? `?${qs}` : ""}`}
          target="_blank"
          rel="noopener"
          className="absolute right-2 top-2 rounded-md border border-slate-300 bg-white/90 px-2 py-1 text-xs font-medium text-sky-800 shadow-sm hover:underline dark:border-slate-700 dark:bg-slate-900/90 dark:text-sky-300"
        >
          Open in Interdependence Atlas ↗
        </a>
        <p
          className="pointer-events-none absolute bottom-2 right-2 rounded bg-white/80 px-2 py-0.5 text-xs text-slate-600 dark:bg-slate-900/80 dark:text-slate-300"
          role="status"
          aria-label="Counts shown"
        >
          Showing {visible.nodes.size} of {graph.order} nodes · {visible.edges.size} of {totalEdges} edges
          {focus ? ` · focus: ${graph.getNodeAttribute(focus, "label")}` : ""}
          {state.year ? ` · as of ${state.year}` : ""}
        </p>
      </main>
      <footer className="shrink-0 truncate border-t border-slate-200 px-2 py-1 text-[11px] text-slate-500 dark:border-slate-800 dark:text-slate-400" title={sourceLine}>
        {sourceLine}
      </footer>
    </div>
  );
}
