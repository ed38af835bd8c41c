"use client";
/**
 * The explorer's "Export" button and its panel: pictures (PNG, SVG, PDF brief) with their options,
 * data files (CSV, GEXF, GraphML, JSON) and sharing (copy link, embed code). Every export holds
 * exactly what is shown — filters, focus and year applied — never the whole dataset. Work runs in
 * steps with a progress bar, and can be cancelled.
 */
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { NetworkHandle } from "@/components/network/network-view";
import { buttonClass } from "@/components/ui/section";
import { defaultTitle } from "@/lib/export/caption";
import type { ExportFormat } from "@/lib/export/filename";
import type { BriefTable, MetricsTable, ScenarioBrief } from "@/lib/export/types";
import type { AtlasGraph } from "@/lib/model/graph";
import type { DatasetMeta } from "@/lib/model/schema";
import type { ViewState } from "@/lib/view/url-state";
import type { Visible } from "@/lib/view/visible";
import { copyText, downloadBlob } from "./download";
import { embedSnippet, embedUrl } from "./embed-snippet";
import { runExport, type ExportSettings } from "./run-export";

export interface ExportMenuProps {
  graph: AtlasGraph;
  visible: Visible;
  state: ViewState;
  meta?: DatasetMeta;
  network: RefObject<NetworkHandle | null>;
  /** Metric columns for the nodes CSV and the brief (optional). */
  metrics?: MetricsTable;
  /** Tables for the brief that replace the computed ones (optional). */
  tables?: BriefTable[];
  /** A scenario to describe in the brief (optional). */
  scenario?: ScenarioBrief;
}

const PICTURES: { format: ExportFormat; name: string; hint: string }[] = [
  { format: "png", name: "Export PNG", hint: "image, for slides and documents" },
  { format: "svg", name: "Export SVG", hint: "vector, editable in slide tools" },
  { format: "pdf", name: "Export PDF", hint: "brief: picture, key figures, sources" },
];
const DATA: { format: ExportFormat; name: string; hint: string }[] = [
  { format: "nodes-csv", name: "Export CSV", hint: "nodes with their metrics" },
  { format: "edges-csv", name: "Export edges CSV", hint: "relations with shares and sources" },
  { format: "gexf", name: "Export GEXF", hint: "Gephi" },
  { format: "graphml", name: "Export GraphML", hint: "Gephi, yEd, networkx" },
  { format: "json", name: "Export JSON", hint: "graphology, with cited sources" },
];

const fieldClass = "rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900";
const groupTitle = "mb-1 text-[11px] font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400";

export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // While open: a click outside closes the panel, and Escape closes it — only it: the listener runs
  // in the capture phase on window and stops there, so the explorer's Escape (clear selection and
  // focus) does not also run.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (wrapper.current && !wrapper.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.stopPropagation();
      const inside = wrapper.current?.contains(document.activeElement) ?? false;
      setOpen(false);
      if (inside) trigger.current?.focus();
    };
    document.addEventListener("pointerdown", onDown);
    window.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("pointerdown", onDown);
      window.removeEventListener("keydown", onKey, true);
    };
  }, [open]);

  return (
    <div ref={wrapper} className="relative">
      <button
        ref={trigger}
        type="button"
        className={buttonClass}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        Export
      </button>
      {open && <ExportPanel id={panelId} {...props} />}
    </div>
  );
}

function ExportPanel({ id, graph, visible, state, meta, network, metrics, tables, scenario }: ExportMenuProps & { id: string }) {
  const [settings, setSettings] = useState<Omit<ExportSettings, "title">>({
    scope: "full",
    scale: 2,
    background: "white",
    includeTitle: true,
    includeLegend: true,
    includeSource: true,
    paper: "a4",
  });
  const [customTitle, setCustomTitle] = useState<string | null>(null);
  const title = customTitle ?? defaultTitle(graph, state);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [message, setMessage] = useState("");
  const [failed, setFailed] = useState(false);
  const abort = useRef<AbortController | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const set = <K extends keyof typeof settings>(k: K, v: (typeof settings)[K]) => setSettings((s) => ({ ...s, [k]: v }));

  useEffect(() => {
    first.current?.focus();
    return () => abort.current?.abort(new Error("closed"));
  }, []);

  const run = async (format: ExportFormat, name: string) => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(name);
    setFailed(false);
    setProgress(0);
    setMessage(`${name}: starting…`);
    try {
      const result = await runExport(
        format,
        { graph, visible, state, meta, network: network.current, metrics, tables, scenario },
        { ...settings, title },
        (f, step) => {
          setProgress(f);
          setMessage(`${name}: ${step}…`);
        },
        controller.signal,
      );
      downloadBlob(result.blob, result.filename);
      setProgress(1);
      setMessage(`Saved ${result.filename}${result.detail ? ` (${result.detail})` : ""}`);
    } catch (e) {
      setFailed(true);
      setMessage(controller.signal.aborted ? `${name} cancelled` : `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(null);
      abort.current = null;
    }
  };

  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    setFailed(!ok);
    setMessage(ok ? `${what} copied` : `Could not copy: select the text and copy it`);
  };

  const embed = typeof window === "undefined" ? "" : embedSnippet(embedUrl(window.location.origin, state), title);
  const tableView = state.view === "table";

  return (
    <div
      id={id}
      role="dialog"
      aria-label="Export"
      className="absolute right-0 top-full z-50 mt-1 max-h-[calc(100vh-4rem)] w-[24rem] overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 text-xs shadow-xl scrollbar-thin dark:border-slate-700 dark:bg-slate-900"
    >
      <p className="mb-2 text-slate-600 dark:text-slate-300">
        Exports hold what is shown now: <strong>{visible.nodes.size} nodes</strong> and <strong>{visible.edges.size} edges</strong>, with the filters, focus
        and year applied.
      </p>

      <fieldset className="mb-2">
        <legend className={groupTitle}>Picture area</legend>
        <label className="flex items-start gap-2 py-0.5">
          <input ref={first} type="radio" name="export-scope" className="mt-0.5 accent-sky-600" checked={settings.scope === "full" || tableView} onChange={() => set("scope", "full")} />
          <span>
            <strong>Full graph</strong>: the whole drawing of what is shown, not just the viewport
          </span>
        </label>
        <label className="flex items-start gap-2 py-0.5">
          <input
            type="radio"
            name="export-scope"
            className="mt-0.5 accent-sky-600"
            checked={settings.scope === "viewport" && !tableView}
            disabled={tableView}
            onChange={() => set("scope", "viewport")}
          />
          <span>
            <strong>Current view</strong>: only the part visible in the viewport, at its zoom
            {tableView && <span className="text-slate-500"> (not in the table view)</span>}
          </span>
        </label>
      </fieldset>

      <div className="mb-2 grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-0.5">
          <span className={groupTitle}>Scale</span>
          <select className={fieldClass} value={settings.scale} onChange={(e) => set("scale", Number(e.target.value) as ExportSettings["scale"])}>
            {[1, 2, 3, 4].map((s) => (
              <option key={s} value={s}>
                {s}× {s === 1 ? "(screen)" : s === 2 ? "(slides)" : s === 4 ? "(print)" : ""}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-0.5">
          <span className={groupTitle}>Background</span>
          <select className={fieldClass} value={settings.background} onChange={(e) => set("background", e.target.value as ExportSettings["background"])}>
            <option value="white">White</option>
            <option value="dark">Dark</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
      </div>

      <label className="mb-1 flex flex-col gap-0.5">
        <span className={groupTitle}>Title</span>
        <input type="text" className={fieldClass} value={title} maxLength={200} onChange={(e) => setCustomTitle(e.target.value)} />
      </label>
      <fieldset className="mb-2 flex flex-wrap gap-x-3 gap-y-0.5">
        <legend className="sr-only">Include in pictures</legend>
        {(
          [
            ["includeTitle", "Include title"],
            ["includeLegend", "Include legend"],
            ["includeSource", "Include source line"],
          ] as const
        ).map(([k, label]) => (
          <label key={k} className="flex items-center gap-1">
            <input type="checkbox" className="accent-sky-600" checked={settings[k]} onChange={(e) => set(k, e.target.checked)} />
            {label}
          </label>
        ))}
      </fieldset>

      <fieldset className="mb-2 flex items-center gap-3">
        <legend className={groupTitle}>Paper (PDF)</legend>
        {(
          [
            ["a4", "A4"],
            ["letter", "Letter"],
          ] as const
        ).map(([v, label]) => (
          <label key={v} className="flex items-center gap-1">
            <input type="radio" name="export-paper" className="accent-sky-600" checked={settings.paper === v} onChange={() => set("paper", v)} />
            {label}
          </label>
        ))}
      </fieldset>

      <div role="group" aria-label="Pictures" className="mb-2">
        <p className={groupTitle}>Pictures</p>
        <div className="grid grid-cols-3 gap-1">
          {PICTURES.map((p) => (
            <button key={p.format} type="button" className={`${buttonClass} justify-center`} title={p.hint} disabled={busy !== null} onClick={() => run(p.format, p.name)}>
              {p.name}
            </button>
          ))}
        </div>
      </div>
      <div role="group" aria-label="Data" className="mb-2">
        <p className={groupTitle}>Data</p>
        <div className="grid grid-cols-2 gap-1">
          {DATA.map((d) => (
            <button key={d.format} type="button" className={`${buttonClass} justify-center`} title={d.hint} disabled={busy !== null} onClick={() => run(d.format, d.name)}>
              {d.name}
            </button>
          ))}
        </div>
        <p className="mt-1 text-slate-500">
          CSV: one row per node (with its connections in this view) or per edge. GEXF and GraphML open in Gephi; lists such as aliases and sources are
          joined with “;”. JSON is graphology’s format, with the dataset version and the cited sources.
        </p>
      </div>

      <div role="group" aria-label="Share" className="mb-2">
        <p className={groupTitle}>Share</p>
        <div className="flex gap-1">
          <button type="button" className={buttonClass} onClick={() => copy(window.location.href, "Link")}>
            Copy link
          </button>
          <button type="button" className={buttonClass} onClick={() => copy(embed, "Embed code")}>
            Copy embed code
          </button>
        </div>
        <label className="mt-1 flex flex-col gap-0.5">
          <span className="text-slate-500">Embed this view in a page (no panels; links back here):</span>
          <textarea readOnly aria-label="Embed code" rows={3} className={`${fieldClass} font-mono text-[10px]`} value={embed} onFocus={(e) => e.currentTarget.select()} />
        </label>
      </div>

      <div className="flex min-h-6 items-center gap-2">
        {busy !== null && (
          <>
            <progress aria-label="Export progress" className="h-1.5 flex-1 accent-sky-600" max={1} value={progress} />
            <button type="button" className={buttonClass} onClick={() => abort.current?.abort(new Error("cancelled"))}>
              Cancel
            </button>
          </>
        )}
      </div>
      <p role="status" aria-label="Export status" aria-live="polite" className={`min-h-4 break-words ${failed ? "text-rose-700 dark:text-rose-300" : "text-emerald-700 dark:text-emerald-300"}`}>
        {message}
      </p>
    </div>
  );
}
