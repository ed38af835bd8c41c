"use client";
import type { SerializedGraph } from "graphology-types";
import { useMemo } from "react";
import { displayGraph, GENERIC_LINK_KIND } from "@/lib/io/import/display";
import type { EdgeKind } from "@/lib/model/vocabulary";
import type { ImportedGraph } from "./store";

/**
 * What the explorer shows and measures for an imported graph: `data`, the graph in the
 * explorer's shape (lib/io/import/display.ts), and `metricsInput`, the graph the network metrics
 * run on — the import itself for a generic network, undefined for an Atlas graph (which, like the
 * curated one, is measured over its supply dependencies) — and `sceneEdges`, the relation kinds
 * the picture draws by default for a generic network.
 */
export function useImportedView<T>(imported: ImportedGraph | undefined, curated: T): { data: T; metricsSource?: SerializedGraph; imported: boolean; sceneEdges?: EdgeKind[] } {
  return useMemo(() => {
    if (!imported) return { data: curated, imported: false };
    const data = displayGraph(imported.graph, imported.report.atlasKinds).graph as unknown as T;
    const metricsSource = imported.report.atlasKinds ? undefined : imported.graph;
    // A generic network's links are drawn as GENERIC_LINK_KIND, which the view shows only when asked.
    return { data, metricsSource, imported: true, sceneEdges: metricsSource ? [GENERIC_LINK_KIND] : undefined };
  }, [imported, curated]);
}
