"use client";
/**
 * The explorer's "Import" button, and drag and drop of files anywhere on the page. Files (a CSV
 * pair or edge list, graphology JSON, GEXF, GraphML, or the CSVs of an ETO folder) are read in the
 * import Web Worker (lib/workers/import.worker.ts) with a progress bar and a Cancel button. CSV
 * goes through a column-mapping step first. The import is staged: only a graph that parsed and
 * validated replaces the one on screen (`onImported`); a failed import shows its report (file,
 * line or element, field, what was done) and leaves the current graph as it is.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/section";
import { baseName, looksLikeEto } from "@/lib/io/import/detect";
import { DEFAULT_IMPORT_LIMITS, type CsvPreview, type ImportFile, type ImportIssue, type ImportOptions, type ImportReport } from "@/lib/io/import/types";
import { CsvMappingStep, draftToMapping, initialDraft, type MappingDraft } from "./csv-mapping";
import { IssueList } from "./issue-list";
import type { ImportedGraph } from "./store";
import { ImportCancelled, importInWorker, previewInWorker } from "./worker-client";

type Step =
  | { name: "idle" }
  | { name: "choose" }
  | { name: "reading"; label: string }
  | { name: "mapping"; files: ImportFile[]; previews: CsvPreview[]; draft: MappingDraft }
  | { name: "running"; label: string; fraction: number; step: string }
  | { name: "failed"; label: string; issues: ImportIssue[] }
  | { name: "done"; label: string; report: ImportReport };

const ACCEPT = ".csv,.tsv,.tab,.txt,.json,.gexf,.graphml,.xml";
const CSV_EXT = /\.(csv|tsv|tab|txt)$/i;

/** "a.csv", "a.csv and b.csv", "x.csv and 3 more", "ETO folder eto-2026-08 (7 files)". */
export function filesLabel(names: string[]): string {
  if (looksLikeEto(names)) {
    const first = names[0]!;
    const dir = first.includes("/") ? baseName(first.slice(0, first.lastIndexOf("/"))) : "";
    return `ETO folder${dir ? ` ${dir}` : ""} (${names.length} files)`;
  }
  const b = names.map(baseName);
  if (b.length <= 2) return b.join(" and ");
  return `${b[0]} and ${b.length - 1} more`;
}

/** Files from a drop, folders included (their files, one level at a time, as the browser gives them). */
async function droppedFiles(dt: DataTransfer): Promise<File[]> {
  const entries = [...dt.items].map((i) => (typeof i.webkitGetAsEntry === "function" ? i.webkitGetAsEntry() : null));
  if (!entries.some((e) => e?.isDirectory)) return [...dt.files];
  const out: File[] = [];
  const walk = async (e: FileSystemEntry, depth: number): Promise<void> => {
    if (e.isFile) out.push(await new Promise<File>((res, rej) => (e as FileSystemFileEntry).file(res, rej)));
    else if (e.isDirectory && depth < 3) {
      const reader = (e as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((res, rej) => reader.readEntries(res, rej));
        if (batch.length === 0) break;
        for (const c of batch) await walk(c, depth + 1);
      }
    }
  };
  for (const e of entries) if (e) await walk(e, 0);
  return out;
}

export function ImportControl({ onImported }: { onImported(g: ImportedGraph): void }) {
  const [step, setStep] = useState<Step>({ name: "idle" });
  const [dragging, setDragging] = useState(false);
  const cancelRef = useRef<(() => void) | null>(null);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const close = useCallback(() => {
    cancelRef.current?.();
    cancelRef.current = null;
    setStep({ name: "idle" });
  }, []);

  const run = useCallback(
    async (files: ImportFile[], options: Omit<ImportOptions, "signal" | "onProgress">) => {
      const label = filesLabel(files.map((f) => f.name));
      setStep({ name: "running", label, fraction: 0, step: "decoding" });
      const job = importInWorker(files, options, (fraction, s) => setStep((cur) => (cur.name === "running" ? { ...cur, fraction, step: s } : cur)));
      cancelRef.current = job.cancel;
      try {
        const result = await job.done;
        cancelRef.current = null;
        if (!result.ok) return setStep({ name: "failed", label, issues: result.report.issues });
        onImported({ name: label, graph: result.graph, report: result.report, at: new Date().toISOString() });
        setStep({ name: "done", label, report: result.report });
      } catch (e) {
        cancelRef.current = null;
        if (e instanceof ImportCancelled) return;
        setStep({ name: "failed", label, issues: [{ severity: "error", code: "no-graph", file: label, message: e instanceof Error ? e.message : String(e), action: "nothing imported" }] });
      }
    },
    [onImported],
  );

  const start = useCallback(
    async (list: File[]) => {
      // A picked or dropped folder may hold hidden files (.DS_Store…): they are no part of the graph.
      list = list.filter((f) => !baseName(f.webkitRelativePath || f.name).startsWith("."));
      if (list.length === 0) return;
      const names = list.map((f) => f.name);
      const label = filesLabel(names);
      const total = list.reduce((s, f) => s + f.size, 0);
      // Refused before anything is read into memory.
      if (total > DEFAULT_IMPORT_LIMITS.maxBytes) {
        const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
        return setStep({ name: "failed", label, issues: list.map((f) => ({ severity: "error", code: "too-large", file: f.name, message: `${list.length > 1 ? "the files are" : "the file is"} ${mb(total)}, over the limit of ${mb(DEFAULT_IMPORT_LIMITS.maxBytes)}`, action: "nothing read" })) });
      }
      setStep({ name: "reading", label });
      const files: ImportFile[] = await Promise.all(list.map(async (f) => ({ name: f.webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const csv = files.every((f) => CSV_EXT.test(f.name)) && !looksLikeEto(files.map((f) => f.name)) && files.length <= 2;
      if (!csv) return run(files, {});
      try {
        const jobs = files.map((f) => previewInWorker(f));
        cancelRef.current = () => jobs.forEach((j) => j.cancel());
        const previews = await Promise.all(jobs.map((j) => j.done));
        cancelRef.current = null;
        const bad = previews.flatMap((p) => p.issues.filter((i) => i.severity === "error"));
        if (bad.length) return setStep({ name: "failed", label, issues: bad });
        setStep({ name: "mapping", files, previews, draft: initialDraft(previews) });
      } catch (e) {
        cancelRef.current = null;
        if (!(e instanceof ImportCancelled)) setStep({ name: "failed", label, issues: [{ severity: "error", code: "no-graph", file: label, message: e instanceof Error ? e.message : String(e), action: "nothing imported" }] });
      }
    },
    [run],
  );

  // Drag and drop anywhere on the page.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = "copy";
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void droppedFiles(e.dataTransfer!).then(start);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [start]);

  useEffect(() => () => cancelRef.current?.(), []);
  useEffect(() => {
    if (step.name !== "idle") dialog.current?.focus();
  }, [step.name]);

  const pick = (input: HTMLInputElement | null) => {
    if (!input) return;
    input.value = "";
    input.click();
  };
  const onChosen = (e: React.ChangeEvent<HTMLInputElement>) => void start([...(e.target.files ?? [])]);

  const warnings = step.name === "done" ? step.report.issues.filter((i) => i.severity === "warning") : [];
  const title = step.name === "choose" ? "Import a network" : step.name === "failed" ? "Import failed" : step.name === "done" ? "Imported" : step.name === "mapping" ? "Map the CSV columns" : "Importing";

  return (
    <>
      <button type="button" className={buttonClass} onClick={() => setStep((s) => (s.name === "idle" ? { name: "choose" } : s))} aria-haspopup="dialog">
        Import
      </button>
      <input ref={filesInput} type="file" multiple accept={ACCEPT} className="hidden" aria-label="Import files" data-testid="import-files" onChange={onChosen} />
      <input ref={folderInput} type="file" multiple className="hidden" aria-label="Import a folder" data-testid="import-folder" onChange={onChosen} {...{ webkitdirectory: "" }} />

      {dragging && (
        <div className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-sky-900/30 text-lg font-semibold text-white" aria-hidden>
          <span className="rounded-lg bg-sky-800 px-6 py-4 shadow-lg">Drop files to import: CSV, JSON, GEXF, GraphML or an ETO folder</span>
        </div>
      )}

      {step.name !== "idle" && (
        <div className="fixed inset-0 z-40 flex items-start justify-center bg-slate-900/40 p-8" onKeyDown={(e) => e.key === "Escape" && close()}>
          <div ref={dialog} tabIndex={-1} role="dialog" aria-modal="true" aria-label={title} className="flex max-h-full w-[min(56rem,100%)] flex-col gap-3 overflow-auto rounded-lg bg-white p-4 text-sm shadow-xl outline-none dark:bg-slate-900">
            <div className="flex items-center gap-2">
              <h2 className="text-base font-semibold">{title}</h2>
              {"label" in step && step.label && <span className="truncate text-xs text-slate-500">{step.label}</span>}
              <button type="button" className={`${buttonClass} ml-auto`} onClick={close} aria-label="Close import">
                ✕
              </button>
            </div>

            {(step.name === "choose" || step.name === "failed" || step.name === "done") && (
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <button type="button" className={buttonClass} onClick={() => pick(filesInput.current)}>
                  Choose files…
                </button>
                <button type="button" className={buttonClass} onClick={() => pick(folderInput.current)}>
                  Choose an ETO folder…
                </button>
                <span className="text-slate-500">or drop them on the page. CSV (an edge list, or nodes + edges), graphology JSON, GEXF, GraphML, or ETO&apos;s CSV folder; up to {DEFAULT_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB.</span>
              </div>
            )}

            {(step.name === "reading" || step.name === "running") && (
              <div className="flex flex-col gap-2">
                <div className="flex items-center gap-2">
                  <progress className="h-2 flex-1" max={1} value={step.name === "running" ? step.fraction : undefined} aria-label="Import progress" />
                  <button type="button" className={buttonClass} onClick={close}>
                    Cancel
                  </button>
                </div>
                <p className="text-xs text-slate-500" role="status">
                  {step.name === "reading" ? "Reading the files…" : `${step.step}… ${Math.round(step.fraction * 100)}%`}
                </p>
              </div>
            )}

            {step.name === "mapping" && (
              <>
                <CsvMappingStep previews={step.previews} draft={step.draft} onChange={(draft) => setStep({ ...step, draft })} />
                <div className="flex gap-2">
                  <button type="button" className={buttonClass} disabled={!step.draft.edges.source || !step.draft.edges.target || (!!step.draft.nodesFile && !step.draft.nodes?.id)} onClick={() => void run(step.files, { format: "csv", csv: draftToMapping(step.draft) })}>
                    Import {filesLabel(step.files.map((f) => f.name))}
                  </button>
                  <button type="button" className={buttonClass} onClick={close}>
                    Cancel
                  </button>
                </div>
              </>
            )}

            {step.name === "failed" && (
              <div role="alert" className="flex flex-col gap-2">
                <p className="text-red-800 dark:text-red-300">
                  Nothing was imported: the graph on screen is unchanged. {step.issues.filter((i) => i.severity === "error").length} error(s):
                </p>
                <IssueList issues={step.issues} label="Import errors" />
              </div>
            )}

            {step.name === "done" && (
              <div className="flex flex-col gap-2" role="status">
                <p>
                  {step.report.nodes.toLocaleString("en-US")} nodes, {step.report.edges.toLocaleString("en-US")} edges ({step.report.mixed ? "mixed" : step.report.directed ? "directed" : "undirected"}
                  {step.report.format ? `, ${step.report.format.toUpperCase()}` : ""}).{" "}
                  {step.report.atlasKinds ? "It uses the Atlas's kinds: supply metrics and scenarios apply." : "Network metrics apply (the file does not use the Atlas's kinds, so supply metrics do not)."}
                </p>
                {warnings.length > 0 && (
                  <>
                    <p className="text-xs text-amber-800 dark:text-amber-300">{warnings.length} warning(s): accepted, as described.</p>
                    <IssueList issues={warnings} label="Import warnings" />
                  </>
                )}
                <div>
                  <button type="button" className={buttonClass} onClick={close}>
                    Show the graph
                  </button>
                </div>
              </div>
            )}
          </div>
        </div>
      )}
    </>
  );
}
