"use client";
import { useCallback, useEffect, useState } from "react";
import { clearImported, loadImported, saveImported, type ImportedGraph } from "./store";

export interface ImportedState {
  /** The imported graph shown instead of the curated Atlas, if any. */
  current?: ImportedGraph;
  /** True once the stored graph (if any) has been read. */
  loaded: boolean;
  /** Show this graph (the import succeeded) and keep it for the next visit. */
  commit(graph: ImportedGraph): void;
  /** Back to the curated Atlas; forgets the stored graph. */
  clear(): void;
}

/** The explorer's imported graph: read from IndexedDB on load, replaced all at once on a successful import. */
export function useImportedGraph(): ImportedState {
  const [current, setCurrent] = useState<ImportedGraph | undefined>(undefined);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadImported().then((g) => {
      if (!live) return;
      if (g) setCurrent(g);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);
  const commit = useCallback((g: ImportedGraph) => {
    setCurrent(g);
    void saveImported(g);
  }, []);
  const clear = useCallback(() => {
    setCurrent(undefined);
    void clearImported();
  }, []);
  return { current, loaded, commit, clear };
}
