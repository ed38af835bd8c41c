import type { AtlasGraph, GraphAttributes } from "@/lib/model/graph";
import { NODE_KINDS, NODE_KIND_LABELS } from "@/lib/model/vocabulary";
import { linkButtonClass } from "@/components/ui/section";

const STARTING_POINTS = ["asml", "tsmc", "nvidia", "sk-hynix", "euv-scanners", "hbm", "KOR", "CHN", "SGP"];

/** The Details region when nothing is selected: what the Atlas is, the dataset, where to start. */
export function Overview({ graph, meta, onPick }: { graph: AtlasGraph; meta?: GraphAttributes["meta"]; onPick: (id: string) => void }) {
  const counts = NODE_KINDS.map((k) => [k, graph.filterNodes((_n, a) => a.kind === k).length] as const);
  const starts = STARTING_POINTS.filter((id) => graph.hasNode(id));
  return (
    <div className="px-3 py-3 text-sm">
      <h2 className="text-base font-semibold">The AI supply chain, as a graph</h2>
      <p className="mt-1 text-xs leading-relaxed text-slate-600 dark:text-slate-300">
        Chips are designed in one place, made in another with tools and materials from a third, run in clouds owned by a handful of
        firms. Select a node to see what it depends on, who depends on it, and the source of every figure.
      </p>
      {meta && (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
          <dt className="text-slate-500 dark:text-slate-400">Dataset</dt>
          <dd>
            {meta.version} ({meta.date})
          </dd>
          {counts.map(([k, n]) => (
            <div key={k} className="contents">
              <dt className="text-slate-500 dark:text-slate-400">{NODE_KIND_LABELS[k]}s</dt>
              <dd className="tabular-nums">{n}</dd>
            </div>
          ))}
          <dt className="text-slate-500 dark:text-slate-400">Relations</dt>
          <dd className="tabular-nums">{graph.size}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Sources</dt>
          <dd className="tabular-nums">{meta ? (graph.getAttribute("sources")?.length ?? 0) : 0}</dd>
        </dl>
      )}
      {starts.length > 0 && (
        <>
          <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Start with</h3>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs">
            {starts.map((id) => (
              <li key={id}>
                <button type="button" className={linkButtonClass} onClick={() => onPick(id)}>
                  {graph.getNodeAttribute(id, "label")}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">How to explore</h3>
      <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs text-slate-600 dark:text-slate-300">
        <li>Click a node to select it; hover to see its neighbours.</li>
        <li>Double-click to focus on its neighbourhood (depth and direction on the left).</li>
        <li>Escape clears the selection, focus and path.</li>
        <li>The path finder shows how one node depends on another.</li>
        <li>Every view is a link: copy the address bar to share it.</li>
      </ul>
    </div>
  );
}
