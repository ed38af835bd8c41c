"use client";
import { linkButtonClass } from "@/components/ui/section";
import type { ImportedGraph } from "./store";

/** Says the explorer shows an imported graph, and offers the curated Atlas one click away. */
export function ImportBanner({ imported, onBack }: { imported: ImportedGraph; onBack(): void }) {
  const r = imported.report;
  const warnings = r.issues.filter((i) => i.severity === "warning").length;
  return (
    <div role="region" aria-label="Imported graph" className="flex items-center gap-2 border-b border-sky-300 bg-sky-50 px-3 py-1 text-xs text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100">
      <span>
        Imported: <strong className="break-all">{imported.name}</strong> — {r.nodes.toLocaleString("en-US")} nodes, {r.edges.toLocaleString("en-US")} edges
        {r.atlasKinds ? " · Atlas kinds: supply metrics apply" : " · network metrics only"}
        {warnings ? ` · ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}
      </span>
      <span aria-hidden>·</span>
      <button type="button" className={linkButtonClass} onClick={onBack}>
        Back to the curated Atlas
      </button>
    </div>
  );
}
