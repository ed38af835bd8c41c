"use client";
/**
 * The scenario builder in the explorer's controls: presets, the shock list (toggle, reorder,
 * remove, edit a degrade's percentage), shocks from the selected node, options, undo/redo, apply,
 * saved scenarios and JSON export/import. Problems (a stale link, a bad file, skipped shocks) are
 * listed in one alert.
 */
import { useRef, useState } from "react";
import { describeShock } from "@/lib/scenario/shocks";
import type { Scenario, Shock } from "@/lib/scenario/schema";
import { LENSES, LENS_INFO } from "@/lib/supply/rules";
import { Section, buttonClass } from "@/components/ui/section";
import { NodeMenu } from "./node-menu";
import { ShockForms, fieldClass } from "./shock-forms";
import { downloadText, fileNameOf } from "./saved";
import type { ScenarioController } from "./use-scenario";

const primaryClass =
  "inline-flex items-center rounded-md bg-sky-700 px-2.5 py-1 text-xs font-semibold text-white shadow-sm hover:bg-sky-800 disabled:cursor-not-allowed disabled:opacity-40 dark:bg-sky-600 dark:hover:bg-sky-500";
const iconButton = "rounded px-1 text-xs text-slate-500 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-30 dark:hover:bg-slate-800 dark:hover:text-slate-100";

function nextShockId(s: Scenario) {
  let n = s.shocks.length + 1;
  while (s.shocks.some((x) => x.id === `s${n}`)) n++;
  return `s${n}`;
}

export function ScenarioSection({ scenario: c, selected, onSelect }: { scenario: ScenarioController; selected?: string; onSelect?: (id: string) => void }) {
  const [open, setOpen] = useState(true);
  const [saveName, setSaveName] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const draft = c.draft;
  const statusOf = (id: string) => (c.result && !c.dirty ? c.result.shocks.find((s) => s.id === id) : undefined);
  const addShock = (shock: Shock) => c.edit((s) => ({ ...s, shocks: [...s.shocks, { ...shock, id: nextShockId(s) }] }));
  const move = (i: number, d: number) =>
    c.edit((s) => {
      const shocks = [...s.shocks];
      const [x] = shocks.splice(i, 1);
      shocks.splice(i + d, 0, x!);
      return { ...s, shocks };
    });
  const problems = [
    ...c.linkProblems,
    ...c.importProblems,
    ...(c.result && !c.dirty ? c.result.skipped.map((s) => `Skipped shock ${s.index + 1}: ${s.message}`) : []),
    ...(c.loadError ? [`Scenarios unavailable: ${c.loadError}`] : []),
  ];
  const notes = c.result && !c.dirty ? c.result.notes : [];

  return (
    <Section
      title="Scenario"
      actions={
        <button type="button" className="text-xs text-sky-700 hover:underline dark:text-sky-300" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? "Hide" : "Show"}
        </button>
      }
    >
      <NodeMenu onAdd={addShock} onSelect={onSelect} />
      <div role="region" aria-label="Scenario builder" className="space-y-3">
        <label className="block text-xs">
          <span className="mb-0.5 block text-slate-500 dark:text-slate-400">Preset from real events</span>
          <select
            className={fieldClass}
            aria-label="Preset"
            value={c.draft.id && c.presets.some((p) => p.id === c.draft.id) ? c.draft.id : ""}
            disabled={!c.library}
            onChange={(e) => e.target.value && c.loadPreset(e.target.value)}
          >
            <option value="">{c.library ? "Choose a preset…" : "Loading presets…"}</option>
            {c.library?.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>

        {problems.length > 0 && (
          <div role="alert" aria-label="Scenario problems" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200">
            <p className="font-semibold">Parts of this scenario were skipped; the rest applies:</p>
            <ul className="ml-4 list-disc">
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        )}

        {open && (
          <>
            <div className="grid grid-cols-2 gap-1.5">
              <label className="col-span-2 block text-xs">
                <span className="mb-0.5 block text-slate-500 dark:text-slate-400">Name</span>
                <input className={fieldClass} aria-label="Scenario name" value={draft.name} maxLength={120} onChange={(e) => c.edit((s) => ({ ...s, name: e.target.value, id: undefined }))} />
              </label>
              <OptionField
                label="Lens"
                ariaLabel="Scenario lens"
                value={draft.options.lens}
                options={LENSES.map((l) => [l, LENS_INFO[l].short])}
                onChange={(lens) => c.edit((s) => ({ ...s, options: { ...s.options, lens } }))}
              />
              <OptionField
                label="Baseline"
                value={draft.options.baseline}
                options={BASELINES}
                onChange={(baseline) => c.edit((s) => ({ ...s, options: { ...s.options, baseline } }))}
              />
            </div>

            <div>
              <div className="mb-1 flex items-center justify-between">
                <h3 className="text-xs font-semibold">Shocks ({draft.shocks.length})</h3>
                <div className="flex gap-1">
                  <button type="button" className={buttonClass} onClick={c.undo} disabled={!c.canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
                    ↶ Undo
                  </button>
                  <button type="button" className={buttonClass} onClick={c.redo} disabled={!c.canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
                    ↷ Redo
                  </button>
                </div>
              </div>
              {draft.shocks.length === 0 ? (
                <p className="text-xs text-slate-500 dark:text-slate-400">No shock yet: choose a preset, or act on a selected node below.</p>
              ) : (
                <ol className="space-y-1" aria-label="Shocks">
                  {draft.shocks.map((s, i) => {
                    const st = statusOf(s.id);
                    const text = describeShock(s, c.label);
                    return (
                      <li
                        key={s.id}
                        aria-label={text}
                        className={`rounded-md border px-1.5 py-1 text-xs ${
                          st?.status === "skipped" ? "border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/50" : "border-slate-200 dark:border-slate-700"
                        } ${s.enabled ? "" : "opacity-60"}`}
                      >
                        <div className="flex items-start gap-1">
                          <input
                            type="checkbox"
                            className="mt-0.5"
                            checked={s.enabled}
                            aria-label={`Apply “${text}”`}
                            onChange={() => c.edit((d) => ({ ...d, shocks: d.shocks.map((x) => (x.id === s.id ? { ...x, enabled: !x.enabled } : x)) }))}
                          />
                          <span className={`min-w-0 flex-1 break-words ${s.enabled ? "" : "line-through"}`}>{text}</span>
                          <button type="button" className={iconButton} disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move “${text}” up`}>
                            ↑
                          </button>
                          <button type="button" className={iconButton} disabled={i === draft.shocks.length - 1} onClick={() => move(i, 1)} aria-label={`Move “${text}” down`}>
                            ↓
                          </button>
                          <button
                            type="button"
                            className={iconButton}
                            onClick={() => c.edit((d) => ({ ...d, shocks: d.shocks.filter((x) => x.id !== s.id) }))}
                            aria-label={`Remove “${text}”`}
                          >
                            ✕
                          </button>
                        </div>
                        {s.type === "degrade" && (
                          <label className="ml-5 mt-1 flex items-center gap-1 text-[11px] text-slate-500">
                            capacity lost
                            <input
                              type="number"
                              min={0}
                              max={100}
                              step={5}
                              className="w-14 rounded border border-slate-300 bg-white px-1 dark:border-slate-700 dark:bg-slate-900"
                              value={s.percent}
                              aria-label={`Percent lost for “${text}”`}
                              onChange={(e) => {
                                const v = Math.max(0, Math.min(100, Number(e.target.value) || 0));
                                c.edit((d) => ({ ...d, shocks: d.shocks.map((x) => (x.id === s.id && x.type === "degrade" ? { ...x, percent: v } : x)) }));
                              }}
                            />
                            %
                          </label>
                        )}
                        {st?.status === "skipped" && <p className="ml-5 mt-0.5 text-[11px] text-amber-800 dark:text-amber-300">Skipped: {st.message}</p>}
                        {notes
                          .filter((n) => n.shock === s.id)
                          .map((n, k) => (
                            <p key={k} className="ml-5 mt-0.5 text-[11px] text-slate-500 dark:text-slate-400">
                              Note: {n.message}
                            </p>
                          ))}
                      </li>
                    );
                  })}
                </ol>
              )}
            </div>

            <ShockForms graph={c.graph} selected={selected} onAdd={addShock} />

            <div className="flex flex-wrap items-center gap-1.5">
              <button type="button" className={primaryClass} onClick={c.apply} disabled={!c.dirty || !c.library}>
                Apply scenario
              </button>
              <button type="button" className={buttonClass} onClick={c.clear} disabled={draft.shocks.length === 0 && !c.applied}>
                Clear
              </button>
              {c.dirty && <span className="text-[11px] text-amber-700 dark:text-amber-300">unapplied changes</span>}
            </div>

            <details className="text-xs">
              <summary className="cursor-pointer select-none font-semibold">Save, export, import</summary>
              <div className="mt-2 space-y-2">
                <form
                  className="flex gap-1"
                  onSubmit={(e) => {
                    e.preventDefault();
                    c.save(saveName);
                    setSaveName("");
                  }}
                >
                  <input className={fieldClass} placeholder={draft.name} value={saveName} onChange={(e) => setSaveName(e.target.value)} aria-label="Save as" />
                  <button type="submit" className={buttonClass} disabled={draft.shocks.length === 0}>
                    Save
                  </button>
                </form>
                {c.saved.length > 0 && (
                  <ul className="space-y-0.5" aria-label="Saved scenarios">
                    {c.saved.map((name) => (
                      <li key={name} className="flex items-center gap-1">
                        <button type="button" className="min-w-0 flex-1 truncate text-left text-sky-700 hover:underline dark:text-sky-300" onClick={() => c.loadSaved(name)}>
                          {name}
                        </button>
                        <button type="button" className={iconButton} onClick={() => c.removeSaved(name)} aria-label={`Delete saved “${name}”`}>
                          ✕
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <div className="flex gap-1">
                  <button type="button" className={buttonClass} disabled={draft.shocks.length === 0} onClick={() => downloadText(c.fileText(), fileNameOf(draft.name))}>
                    Export JSON
                  </button>
                  <button type="button" className={buttonClass} onClick={() => fileInput.current?.click()}>
                    Import JSON…
                  </button>
                  <input
                    ref={fileInput}
                    type="file"
                    accept=".json,application/json"
                    className="hidden"
                    aria-label="Import scenario file"
                    onChange={async (e) => {
                      const f = e.target.files?.[0];
                      if (f) await c.importFile(f);
                      e.target.value = "";
                    }}
                  />
                </div>
                <p className="text-[11px] text-slate-500">Saved scenarios stay in this browser; export a file to share one, or copy the page’s link. Scenario files up to 1 MB.</p>
              </div>
            </details>
          </>
        )}
      </div>
    </Section>
  );
}

const BASELINES: readonly (readonly [Scenario["options"]["baseline"], string])[] = [
  ["open", "open trade"],
  ["controls-in-force", "controls in force"],
];

/** A labelled select over fixed options (value, text); `ariaLabel` defaults to the label. */
function OptionField<T extends string>({
  label,
  ariaLabel = label,
  value,
  options,
  onChange,
}: {
  label: string;
  ariaLabel?: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="block text-xs">
      <span className="mb-0.5 block text-slate-500 dark:text-slate-400">{label}</span>
      <select className={fieldClass} aria-label={ariaLabel} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
