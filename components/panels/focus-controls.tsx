"use client";
import type { AtlasGraph } from "@/lib/model/graph";
import type { Direction } from "@/lib/model/queries";
import type { ViewState } from "@/lib/view/url-state";
import { Section, buttonClass } from "@/components/ui/section";

const DIRS: { value: Direction; label: string; hint: string }[] = [
  { value: "up", label: "Upstream", hint: "what it depends on" },
  { value: "down", label: "Downstream", hint: "who depends on it" },
  { value: "both", label: "Both", hint: "" },
];

export function FocusControls({ graph, state, update }: { graph: AtlasGraph; state: ViewState; update: (p: Partial<ViewState>) => void }) {
  const focus = state.focus && graph.hasNode(state.focus) ? state.focus : undefined;
  return (
    <Section
      title="Focus"
      actions={
        focus ? (
          <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-300" onClick={() => update({ focus: undefined })}>
            Clear focus
          </button>
        ) : undefined
      }
    >
      {focus ? (
        <p className="mb-2 text-xs">
          Showing what <strong>{graph.getNodeAttribute(focus, "label")}</strong> depends on and what depends on it (supply).
        </p>
      ) : (
        <div className="mb-2 flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
          <span>Double-click a node, or</span>
          <button type="button" className={buttonClass} disabled={!state.node} onClick={() => state.node && update({ focus: state.node })}>
            Focus selected
          </button>
        </div>
      )}
      <fieldset className="mb-2">
        <legend className="mb-1 text-xs font-medium">Depth</legend>
        <div className="flex gap-3" role="radiogroup" aria-label="Depth">
          {([1, 2, 3] as const).map((d) => (
            <label key={d} className="flex cursor-pointer items-center gap-1 text-xs">
              <input type="radio" name="depth" className="accent-sky-600" checked={state.depth === d} onChange={() => update({ depth: d })} />
              {d}
            </label>
          ))}
          <span className="text-xs text-slate-500 dark:text-slate-400">step{state.depth === 1 ? "" : "s"}</span>
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-1 text-xs font-medium">Direction</legend>
        <div className="flex flex-col gap-0.5" role="radiogroup" aria-label="Direction">
          {DIRS.map((d) => (
            <label key={d.value} className="flex cursor-pointer items-center gap-2 text-xs">
              <input type="radio" name="dir" className="accent-sky-600" checked={state.dir === d.value} onChange={() => update({ dir: d.value })} />
              <span>{d.label}</span>
              {d.hint && <span className="text-slate-500 dark:text-slate-400">({d.hint})</span>}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="mt-2 flex cursor-pointer items-center gap-2 text-xs">
        <input type="checkbox" className="accent-sky-600" checked={state.relations} onChange={(e) => update({ relations: e.target.checked })} />
        Also its other relations
        <span className="text-slate-500 dark:text-slate-400">(owners, sites, partners, controls)</span>
      </label>
    </Section>
  );
}
