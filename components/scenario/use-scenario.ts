"use client";
/**
 * The scenario builder's state: the presets and substitution table (GET /api/scenario), the draft
 * being edited (with undo/redo for every edit), the applied scenario (which lives in the URL, so a
 * link reproduces it), its result (lib/scenario, on the main thread: a few milliseconds), the
 * network diff, saved scenarios (localStorage) and file import/export.
 */
import { useCallback, useEffect, useMemo, useReducer, useState, useSyncExternalStore } from "react";
import type { AtlasGraph, SerializedAtlasGraph } from "@/lib/model/graph";
import { decodeScenario, encodeScenario, readScenarioFile, sameScenario, scenarioFileText } from "@/lib/scenario/encode";
import type { Preset } from "@/lib/scenario/presets";
import { runScenario } from "@/lib/scenario/run";
import { emptyScenario, type Scenario, type SchemaProblem } from "@/lib/scenario/schema";
import type { SubstitutionTable } from "@/lib/scenario/substitution";
import type { ScenarioResult } from "@/lib/scenario/types";
import type { ViewState } from "@/lib/view/url-state";
import { deleteSaved, readSaved, savedNames, subscribeSaved, writeSaved } from "./saved";

/** Largest scenario file the import reads: 1 MB, as POST /api/scenario accepts. */
export const SCENARIO_FILE_LIMIT_BYTES = 1024 * 1024;

const formatFileSize = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

export interface PresetInfo {
  id: string;
  name: string;
  description: string;
  sources: { id?: string; publisher?: string; title?: string; year?: number; url?: string }[];
  scenario: Preset;
}

export interface ScenarioLibrary {
  presets: PresetInfo[];
  substitution: SubstitutionTable;
}

interface History {
  past: Scenario[];
  present: Scenario;
  future: Scenario[];
}

type HistoryAction = { type: "edit"; next: Scenario } | { type: "undo" } | { type: "redo" } | { type: "reset"; next: Scenario };

function history(h: History, a: HistoryAction): History {
  switch (a.type) {
    case "edit":
      if (JSON.stringify(a.next) === JSON.stringify(h.present)) return h;
      return { past: [...h.past, h.present].slice(-100), present: a.next, future: [] };
    case "undo":
      return h.past.length ? { past: h.past.slice(0, -1), present: h.past[h.past.length - 1]!, future: [h.present, ...h.future] } : h;
    case "redo":
      return h.future.length ? { past: [...h.past, h.present], present: h.future[0]!, future: h.future.slice(1) } : h;
    case "reset":
      // The link changed from outside: keep the draft it replaces on the undo stack when it had shocks.
      return h.present.shocks.length ? { past: [...h.past, h.present].slice(-100), present: a.next, future: [] } : { ...h, present: a.next };
  }
}

const problemText = (p: SchemaProblem) => (p.path && !p.message.startsWith("shock ") ? `${p.path}: ${p.message}` : p.message);

export interface UseScenarioArgs {
  graph: AtlasGraph;
  data: SerializedAtlasGraph;
  /** The `scenario` URL parameter. */
  param?: string;
  update: (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;
}

export function useScenario({ graph, data, param, update }: UseScenarioArgs) {
  const [library, setLibrary] = useState<ScenarioLibrary>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let live = true;
    fetch("/api/scenario")
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`GET /api/scenario answered ${r.status}`))))
      .then((body: ScenarioLibrary) => live && setLibrary(body))
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, []);
  const presets = useMemo(() => library?.presets.map((p) => p.scenario) ?? [], [library]);

  // The applied scenario, decoded from the link (presets need the library first).
  const decoded = useMemo(() => {
    if (!param) return { scenario: undefined, problems: [] as SchemaProblem[] };
    if (param.startsWith("p.") && !library) return { scenario: undefined, problems: [] as SchemaProblem[], pending: true };
    return decodeScenario(param, presets);
  }, [param, library, presets]);
  const applied = decoded.scenario;

  const [h, dispatch] = useReducer(history, { past: [], present: emptyScenario(), future: [] });
  // When the link changes from outside (load, Back/Forward, a pasted link), the draft follows it.
  const syncKey = `${param ?? ""}|${library ? 1 : 0}`;
  const [synced, setSynced] = useState<string>();
  if (synced !== syncKey && !("pending" in decoded)) {
    setSynced(syncKey);
    if (applied && !sameScenario(applied, h.present)) dispatch({ type: "reset", next: applied });
  }

  const [importProblems, setImportProblems] = useState<string[]>([]);
  const edit = useCallback((fn: (s: Scenario) => Scenario) => dispatch({ type: "edit", next: fn(h.present) }), [h.present]);
  const undo = useCallback(() => dispatch({ type: "undo" }), []);
  const redo = useCallback(() => dispatch({ type: "redo" }), []);

  const applyScenario = useCallback(
    (s: Scenario) => {
      if (s.shocks.length === 0) update({ scenario: undefined });
      else update({ scenario: encodeScenario(s, presets) });
    },
    [presets, update],
  );
  const apply = useCallback(() => applyScenario(h.present), [applyScenario, h.present]);
  const loadPreset = useCallback(
    (id: string) => {
      const p = presets.find((x) => x.id === id);
      if (!p) return;
      setImportProblems([]);
      dispatch({ type: "edit", next: p });
      applyScenario(p);
    },
    [presets, applyScenario],
  );
  const clear = useCallback(() => {
    setImportProblems([]);
    dispatch({ type: "edit", next: emptyScenario() });
    update({ scenario: undefined });
  }, [update]);

  // Undo / redo from the keyboard, unless a text field has focus (it has its own undo).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const t = e.target as HTMLElement | null;
      const typing = t instanceof HTMLInputElement ? !["checkbox", "radio", "button", "submit", "file", "range"].includes(t.type) : false;
      if (t && (typing || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        dispatch({ type: "undo" });
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        dispatch({ type: "redo" });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const computed = useMemo((): { result?: ScenarioResult; error?: string } => {
    if (!applied || !library) return {};
    try {
      return { result: runScenario(graph, applied, library.substitution) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [graph, applied, library]);
  const result = computed.result;

  const [showDiff, setShowDiff] = useState(true);
  const [compare, setCompare] = useState(false);
  const removed = useMemo(() => (result && showDiff ? new Set(result.diff.removed) : undefined), [result, showDiff]);
  const impact = useMemo(() => (result && showDiff ? result.diff.impact : undefined), [result, showDiff]);

  // Saved scenarios (this browser only).
  const savedKey = useSyncExternalStore(subscribeSaved, savedNames, () => "");
  const saved = useMemo(() => (savedKey ? savedKey.split("\n") : []), [savedKey]);
  const save = useCallback(
    (name: string) => {
      const n = name.trim() || h.present.name;
      writeSaved(n, { ...h.present, name: n });
      if (n !== h.present.name) dispatch({ type: "edit", next: { ...h.present, name: n } });
    },
    [h.present],
  );
  const loadSaved = useCallback(
    (name: string) => {
      const s = readSaved()[name];
      if (!s) return;
      const r = readScenarioFile(JSON.stringify(s));
      if (!r.scenario) return;
      setImportProblems(r.problems.map(problemText));
      dispatch({ type: "edit", next: r.scenario });
      applyScenario(r.scenario);
    },
    [applyScenario],
  );
  const removeSaved = useCallback((name: string) => deleteSaved(name), []);

  const importText = useCallback(
    (text: string, fileName = "the file") => {
      const r = readScenarioFile(text);
      if (!r.scenario) {
        setImportProblems([`Could not import ${fileName}: ${r.problems.map(problemText).join("; ")}`]);
        return;
      }
      setImportProblems(r.problems.map((p) => `${fileName}: ${problemText(p)}`));
      dispatch({ type: "edit", next: r.scenario });
      applyScenario(r.scenario);
    },
    [applyScenario],
  );
  /** A picked file: refused unread when over the limit, else read and imported. */
  const importFile = useCallback(
    async (file: File) => {
      if (file.size > SCENARIO_FILE_LIMIT_BYTES) {
        setImportProblems([`Could not import ${file.name}: the file is ${formatFileSize(file.size)}; scenario files may be at most 1 MB (a scenario is a few shocks: is this the right file?)`]);
        return;
      }
      importText(await file.text(), file.name);
    },
    [importText],
  );
  const fileText = useCallback(() => scenarioFileText(h.present), [h.present]);

  const linkProblems = decoded.problems.map((p) => `The link's scenario: ${problemText(p)}`);
  const graphKey = `${data.attributes?.meta?.version ?? ""}|${graph.order}|${graph.size}`;
  const dirty = !applied ? h.present.shocks.length > 0 : !sameScenario(applied, h.present);

  return {
    graph,
    data,
    graphKey,
    library,
    loadError: loadError ?? computed.error,
    presets,
    draft: h.present,
    applied,
    result,
    dirty,
    edit,
    undo,
    redo,
    canUndo: h.past.length > 0,
    canRedo: h.future.length > 0,
    apply,
    clear,
    loadPreset,
    importText,
    importFile,
    fileText,
    importProblems,
    linkProblems,
    saved,
    save,
    loadSaved,
    removeSaved,
    showDiff,
    setShowDiff,
    compare,
    setCompare,
    removed,
    impact,
    label: (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id),
  };
}

export type ScenarioController = ReturnType<typeof useScenario>;
