"use client";
import type { AtlasGraph } from "@/lib/model/graph";
import type { Direction, Path } from "@/lib/model/queries";
import { EDGE_KIND_INFO } from "@/lib/model/vocabulary";
import type { SearchEntry } from "@/lib/view/search";
import type { ViewState } from "@/lib/view/url-state";
import { SearchBox } from "@/components/explorer/search-box";
import { Section, linkButtonClass } from "@/components/ui/section";

const MODES: { value: Direction; label: string }[] = [
  { value: "up", label: "From depends on To" },
  { value: "down", label: "To depends on From" },
  { value: "both", label: "Any relation" },
];

interface PathFinderProps {
  graph: AtlasGraph;
  index: SearchEntry[];
  state: ViewState;
  paths: Path[];
  update: (p: Partial<ViewState>) => void;
  onSelect: (id: string) => void;
}

/** How one step of a path reads, from the node before it: "requires", "provided by"… */
function stepWords(graph: AtlasGraph, from: string, edges: string[]): string {
  const words = edges.map((e) => {
    const info = EDGE_KIND_INFO[graph.getEdgeAttribute(e, "kind")];
    return graph.source(e) === from ? info.verb : info.inverse;
  });
  return [...new Set(words)].join(" / ");
}

export function PathFinder({ graph, index, state, paths, update, onSelect }: PathFinderProps) {
  const label = (id?: string) => (id && graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : "");
  const ready = state.from && state.to && graph.hasNode(state.from) && graph.hasNode(state.to);
  return (
    <Section
      title="Path finder"
      actions={
        state.from || state.to ? (
          <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-300" onClick={() => update({ from: undefined, to: undefined })}>
            Clear path
          </button>
        ) : undefined
      }
    >
      <div className="space-y-1">
        <SearchBox index={index} label="Path from" placeholder="From…" value={label(state.from)} onPick={(id) => update({ from: id })} />
        <SearchBox index={index} label="Path to" placeholder="To…" value={label(state.to)} onPick={(id) => update({ to: id })} />
        <label className="flex items-center gap-2 text-xs">
          <span className="text-slate-500 dark:text-slate-400">Follow</span>
          <select
            aria-label="Path direction"
            value={state.pathDir}
            onChange={(e) => update({ pathDir: e.target.value as Direction })}
            className="flex-1 rounded border border-slate-300 bg-white px-1 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
          >
            {MODES.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {ready && (
        <div className="mt-2 text-xs" aria-live="polite">
          {paths.length === 0 ? (
            <p className="text-slate-500 dark:text-slate-400" role="status">
              No {state.pathDir === "both" ? "" : "dependency "}path from {label(state.from)} to {label(state.to)} in the network shown.
              {state.pathDir !== "both" && " Try “Any relation”."}
            </p>
          ) : (
            <>
              <p role="status" className="mb-1 font-medium">
                {paths.length} shortest path{paths.length === 1 ? "" : "s"}, {paths[0]!.nodes.length - 1} step{paths[0]!.nodes.length === 2 ? "" : "s"}
              </p>
              <ol className="max-h-56 space-y-1.5 overflow-y-auto scrollbar-thin" aria-label="Shortest paths">
                {paths.map((p, i) => (
                  <li key={i} className="rounded border border-slate-200 p-1 dark:border-slate-800">
                    {p.nodes.map((n, k) => (
                      <span key={k}>
                        {k > 0 && (
                          <span className="text-slate-500 dark:text-slate-400">
                            {" "}
                            {stepWords(graph, p.nodes[k - 1]!, p.edges[k - 1]!)}
                            {" → "}
                          </span>
                        )}
                        <button type="button" className={linkButtonClass} onClick={() => onSelect(n)}>
                          {label(n)}
                        </button>
                      </span>
                    ))}
                  </li>
                ))}
              </ol>
            </>
          )}
        </div>
      )}
    </Section>
  );
}
