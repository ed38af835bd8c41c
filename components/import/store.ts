/**
 * The imported graph kept in the browser (IndexedDB), so it survives a reload. One record: the
 * last import. Nothing leaves the browser. Every call resolves (to undefined when IndexedDB is
 * unavailable, e.g. in a private window), so a failing store never breaks the explorer.
 */
import type { SerializedGraph } from "graphology-types";
import type { ImportReport } from "@/lib/io/import/types";

export interface ImportedGraph {
  /** What the user imported: the file name, or "a, b and 2 more". */
  name: string;
  /** The graph as importGraph returned it (the metrics run on it). */
  graph: SerializedGraph;
  report: ImportReport;
  /** ISO time of the import. */
  at: string;
}

const DB = "interdependence-atlas";
const STORE = "imported-graph";
const KEY = "current";

function open(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    if (typeof indexedDB === "undefined") return resolve(undefined);
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
      req.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve) => {
        if (!db) return resolve(undefined);
        try {
          const tx = db.transaction(STORE, mode);
          const req = body(tx.objectStore(STORE));
          tx.oncomplete = () => {
            db.close();
            resolve(req ? (req.result as T) : undefined);
          };
          tx.onerror = tx.onabort = () => {
            db.close();
            resolve(undefined);
          };
        } catch {
          db.close();
          resolve(undefined);
        }
      }),
  );
}

const isImported = (v: unknown): v is ImportedGraph =>
  typeof v === "object" && v !== null && typeof (v as ImportedGraph).name === "string" && Array.isArray((v as ImportedGraph).graph?.nodes) && Array.isArray((v as ImportedGraph).graph?.edges) && typeof (v as ImportedGraph).report === "object";

export const loadImported = (): Promise<ImportedGraph | undefined> => run<unknown>("readonly", (s) => s.get(KEY)).then((v) => (isImported(v) ? v : undefined));
export const saveImported = (g: ImportedGraph): Promise<void> => run("readwrite", (s) => s.put(g, KEY)).then(() => undefined);
export const clearImported = (): Promise<void> => run("readwrite", (s) => s.delete(KEY)).then(() => undefined);
