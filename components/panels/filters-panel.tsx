"use client";
import { useMemo, useState } from "react";
import type { AtlasGraph } from "@/lib/model/graph";
import { EDGE_KINDS, EDGE_KIND_INFO, LAYERS, LAYER_INFO, NODE_KINDS, NODE_KIND_LABELS } from "@/lib/model/vocabulary";
import { EDGE_COLORS, KIND_COLORS, LAYER_COLORS } from "@/lib/view/palette";
import { shownEdgeKinds, toggleEdgeKind, type ViewState } from "@/lib/view/url-state";
import { Section } from "@/components/ui/section";

interface FiltersPanelProps {
  graph: AtlasGraph;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
}

/** Toggle `value` in a filter list where the empty list means "all". */
export function toggleInFilter<T>(list: T[], value: T, all: readonly T[]): T[] {
  const current = list.length ? list : [...all];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const ordered = all.filter((v) => next.includes(v));
  return ordered.length === all.length ? [] : ordered;
}

function CheckRow({ label, checked, color, count, onChange, line }: { label: string; checked: boolean; color: string; count?: number; onChange: () => void; line?: boolean }) {
  return (
    <label className="flex cursor-pointer items-center gap-2 py-0.5 text-xs">
      <input type="checkbox" checked={checked} onChange={onChange} className="accent-sky-600" />
      {line ? (
        <span aria-hidden className="inline-block h-0.5 w-4" style={{ backgroundColor: color }} />
      ) : (
        <span aria-hidden className="inline-block h-2.5 w-2.5 rounded-sm" style={{ backgroundColor: color }} />
      )}
      <span className="flex-1">{label}</span>
      {count !== undefined && <span className="tabular-nums text-slate-400">{count}</span>}
    </label>
  );
}

export function FiltersPanel({ graph, state, update }: FiltersPanelProps) {
  const [nationQuery, setNationQuery] = useState("");
  const counts = useMemo(() => {
    const layers = new Map<string, number>();
    const kinds = new Map<string, number>();
    const edges = new Map<string, number>();
    graph.forEachNode((_id, a) => {
      kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
      if ("layer" in a) layers.set(a.layer, (layers.get(a.layer) ?? 0) + 1);
    });
    graph.forEachEdge((_e, a) => edges.set(a.kind, (edges.get(a.kind) ?? 0) + 1));
    return { layers, kinds, edges };
  }, [graph]);
  const nations = useMemo(
    () =>
      graph
        .filterNodes((_id, a) => a.kind === "nation")
        .map((id) => ({ id, label: graph.getNodeAttribute(id, "label") }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [graph],
  );
  const shownNations = nations.filter((n) => !nationQuery || n.label.toLowerCase().includes(nationQuery.toLowerCase()) || n.id.toLowerCase() === nationQuery.toLowerCase());
  const anyFilter = state.layers.length + state.kinds.length + state.edges.length + state.nations.length > 0;

  return (
    <Section
      title="Filters"
      actions={
        anyFilter ? (
          <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-300" onClick={() => update({ layers: [], kinds: [], edges: [], nations: [] })}>
            Reset filters
          </button>
        ) : undefined
      }
    >
      <fieldset className="mb-2">
        <legend className="mb-1 text-xs font-medium">Layers</legend>
        {LAYERS.map((l) => (
          <CheckRow
            key={l}
            label={LAYER_INFO[l].label}
            color={LAYER_COLORS[l]}
            count={counts.layers.get(l) ?? 0}
            checked={state.layers.length === 0 || state.layers.includes(l)}
            onChange={() => update({ layers: toggleInFilter(state.layers, l, LAYERS) })}
          />
        ))}
      </fieldset>
      <fieldset className="mb-2">
        <legend className="mb-1 text-xs font-medium">Node kinds</legend>
        {NODE_KINDS.map((k) => (
          <CheckRow
            key={k}
            label={NODE_KIND_LABELS[k]}
            color={KIND_COLORS[k]}
            count={counts.kinds.get(k) ?? 0}
            checked={state.kinds.length === 0 || state.kinds.includes(k)}
            onChange={() => update({ kinds: toggleInFilter(state.kinds, k, NODE_KINDS) })}
          />
        ))}
      </fieldset>
      <fieldset className="mb-2">
        <legend className="mb-1 text-xs font-medium">Relations</legend>
        <p className="mb-1 text-[11px] text-slate-500">Supply is drawn by default; tick other relations to add them.</p>
        {EDGE_KINDS.map((k) => (
          <CheckRow
            key={k}
            line
            label={EDGE_KIND_INFO[k].label}
            color={EDGE_COLORS[k]}
            count={counts.edges.get(k) ?? 0}
            checked={shownEdgeKinds(state).includes(k)}
            onChange={() => update({ edges: toggleEdgeKind(state, k) })}
          />
        ))}
      </fieldset>
      <label className="mb-2 flex cursor-pointer items-center gap-2 text-xs">
        <input type="checkbox" className="accent-sky-600" checked={state.isolated} onChange={(e) => update({ isolated: e.target.checked })} />
        Show unconnected nodes
      </label>
      {state.layout === "chain" && (
        <label className="mb-2 flex cursor-pointer items-start gap-2 text-xs">
          <input type="checkbox" className="mt-0.5 accent-sky-600" checked={!state.unfold} onChange={(e) => update({ unfold: !e.target.checked })} />
          <span>
            Fold providers into their inputs <span className="text-slate-500">(rings of nation shares; a filter, focus or scenario unfolds them)</span>
          </span>
        </label>
      )}
      <fieldset>
        <legend className="mb-1 text-xs font-medium">
          Nations {state.nations.length > 0 && <span className="font-normal text-slate-500">({state.nations.length} selected)</span>}
        </legend>
        <input
          type="search"
          aria-label="Filter nations list"
          placeholder="Find a nation…"
          value={nationQuery}
          onChange={(e) => setNationQuery(e.target.value)}
          className="mb-1 w-full rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-700 dark:bg-slate-900"
        />
        <div className="max-h-40 overflow-y-auto scrollbar-thin">
          {shownNations.map((n) => (
            <label key={n.id} className="flex cursor-pointer items-center gap-2 py-0.5 text-xs">
              <input
                type="checkbox"
                className="accent-sky-600"
                checked={state.nations.includes(n.id)}
                onChange={() =>
                  update({ nations: state.nations.includes(n.id) ? state.nations.filter((x) => x !== n.id) : [...state.nations, n.id].sort() })
                }
              />
              <span className="flex-1">{n.label}</span>
              <span className="text-slate-400">{n.id}</span>
            </label>
          ))}
        </div>
        <p className="mt-1 text-[11px] leading-snug text-slate-500">
          None ticked shows every nation. Ticking nations keeps them, the firms headquartered there, and all inputs.
        </p>
      </fieldset>
    </Section>
  );
}
