"use client";
/**
 * Baseline and scenario side by side: two network views of the same elements, the right one with
 * the scenario's diff (removed elements greyed and dashed, impact in red), their pan and zoom kept
 * in step. Shown over the explorer's network while open. The page's test hook
 * (window.__atlasView) is owned by the explorer's own view: each extra view replaces it when it
 * mounts and deletes it when it unmounts, so it is put back after both.
 */
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { NetworkView, type NetworkViewProps } from "@/components/network/network-view";
import { buttonClass } from "@/components/ui/section";
import type { ScenarioController } from "./use-scenario";

type Viewport = NonNullable<NetworkViewProps["viewport"]>;
export type CompareViewProps = Pick<NetworkViewProps, "elements" | "layout" | "positions" | "concentricValues" | "seedPositions" | "theme">;

export function ScenarioCompare({ scenario: c, view, onSelect }: { scenario: ScenarioController; view: CompareViewProps; onSelect: (id: string | null) => void }) {
  const open = c.compare && !!c.result;
  const saved = useRef<Window["__atlasView"]>(undefined);
  const [viewport, setViewport] = useState<Viewport>();

  // Keep the explorer's hook before the extra views mount (layout effects of this component run
  // after its children's; the children set theirs in passive effects, which run later).
  useLayoutEffect(() => {
    if (open && !saved.current) saved.current = window.__atlasView;
  }, [open]);
  // After the extra views mounted (or unmounted), give the page its explorer's hook back.
  useEffect(() => {
    if (saved.current) window.__atlasView = saved.current;
    if (!open) saved.current = undefined;
  }, [open]);

  // Escape closes the comparison.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && c.setCompare(false);
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [open, c]);

  if (!open) return null;
  const pane = "relative min-h-0 min-w-0 flex-1 border-slate-200 dark:border-slate-800";
  return (
    <div className="absolute inset-0 z-20 flex flex-col bg-white dark:bg-slate-950" role="region" aria-label="Baseline and scenario side by side">
      <div className="flex shrink-0 items-center gap-2 border-b border-slate-200 px-2 py-1 text-xs dark:border-slate-800">
        <span className="w-1/2 truncate font-semibold text-slate-700 dark:text-slate-200">Baseline</span>
        <span className="min-w-0 flex-1 truncate font-semibold text-rose-700 dark:text-rose-300" title={c.result!.name}>
          Scenario: {c.result!.name}
        </span>
        <span className="hidden text-[11px] text-slate-500 xl:inline">pan and zoom move both</span>
        <button type="button" className={buttonClass} onClick={() => c.setCompare(false)}>
          Close
        </button>
      </div>
      <div className="flex min-h-0 flex-1">
        <div className={`${pane} border-r`} data-testid="compare-baseline">
          <NetworkView {...view} viewport={viewport} onViewportChange={setViewport} onSelect={onSelect} onFocus={() => undefined} />
        </div>
        <div className={pane} data-testid="compare-scenario">
          <NetworkView {...view} removed={c.removed} impact={c.impact} viewport={viewport} onViewportChange={setViewport} onSelect={onSelect} onFocus={() => undefined} />
        </div>
      </div>
    </div>
  );
}
