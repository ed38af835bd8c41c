/**
 * The page's side of lib/workers/import.worker.ts: one worker per request, terminated when the
 * answer arrives or on cancel (the import is synchronous, so terminating is the only way to stop it).
 */
import type { CsvPreview, CsvPreviewOptions, ImportFile, ImportOptions, ImportResult } from "@/lib/io/import/types";
import type { ImportWorkerRequest, ImportWorkerResponse } from "@/lib/workers/protocol";

export class ImportCancelled extends Error {
  constructor() {
    super("import cancelled");
  }
}

interface Running<T> {
  done: Promise<T>;
  cancel(): void;
}

let nextId = 0;

function request<T>(req: ImportWorkerRequest, pick: (msg: ImportWorkerResponse) => T | undefined, onProgress?: (fraction: number, step: string) => void): Running<T> {
  const w = new Worker(new URL("../../lib/workers/import.worker.ts", import.meta.url), { type: "module" });
  let settle: { resolve(v: T): void; reject(e: unknown): void } | undefined;
  const done = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = () => {
    w.terminate();
    settle = undefined;
  };
  w.onmessage = (event: MessageEvent<ImportWorkerResponse>) => {
    const msg = event.data;
    if (msg.id !== req.id || !settle) return;
    if (msg.type === "progress") return onProgress?.(msg.fraction, msg.step);
    const s = settle;
    finish();
    if (msg.type === "error") return s.reject(new Error(msg.message));
    const v = pick(msg);
    if (v === undefined) s.reject(new Error("the import worker answered out of turn"));
    else s.resolve(v);
  };
  w.onerror = (e) => {
    const s = settle;
    finish();
    s?.reject(new Error(e.message || "the import worker failed"));
  };
  w.postMessage(req);
  return {
    done,
    cancel: () => {
      const s = settle;
      finish();
      s?.reject(new ImportCancelled());
    },
  };
}

export function importInWorker(files: ImportFile[], options: Omit<ImportOptions, "signal" | "onProgress">, onProgress: (fraction: number, step: string) => void): Running<ImportResult> {
  return request({ type: "import", id: ++nextId, files, options }, (m) => (m.type === "imported" ? m.result : undefined), onProgress);
}

export function previewInWorker(file: ImportFile, options?: CsvPreviewOptions): Running<CsvPreview> {
  return request({ type: "preview", id: ++nextId, file, options }, (m) => (m.type === "preview" ? m.preview : undefined));
}
