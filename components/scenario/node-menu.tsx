"use client";
/**
 * Right-click on a node of the explorer's network: a small menu that adds a shock on it (remove,
 * degrade) or selects it to open the builder's other actions. Finds the node under the pointer
 * through the network's read-only hook (positions and sizes as drawn), so the view stays untouched.
 */
import { useEffect, useState } from "react";
import type { Shock } from "@/lib/scenario/schema";

interface Menu {
  x: number;
  y: number;
  node: string;
  label: string;
  kind: string;
}

function nodeAt(x: number, y: number): { id: string; label: string; kind: string } | null {
  const v = window.__atlasView;
  if (!v) return null;
  let best: { id: string; d: number } | null = null;
  for (const id of v.nodeIds()) {
    const p = v.pagePosition(id);
    if (!p) continue;
    const data = v.data(id);
    const r = Math.max(8, ((Number(data?.size) || 24) * v.zoom()) / 2 + 3);
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= r && (!best || d < best.d)) best = { id, d };
  }
  if (!best) return null;
  const data = v.data(best.id);
  return { id: best.id, label: String(data?.label ?? best.id), kind: String(data?.kind ?? "") };
}

export function NodeMenu({ onAdd, onSelect }: { onAdd: (shock: Shock) => void; onSelect?: (id: string) => void }) {
  const [menu, setMenu] = useState<Menu>();
  useEffect(() => {
    const onContext = (e: MouseEvent) => {
      const t = e.target as HTMLElement | null;
      const net = t?.closest?.('[data-testid="network"]');
      // Only the explorer's own view (not the side-by-side ones).
      if (!net || net.closest('[aria-label="Baseline and scenario side by side"]')) return;
      const hit = nodeAt(e.clientX, e.clientY);
      if (!hit || (hit.kind !== "firm" && hit.kind !== "nation" && hit.kind !== "input")) return;
      e.preventDefault();
      setMenu({ x: e.clientX, y: e.clientY, node: hit.id, label: hit.label, kind: hit.kind });
    };
    const close = () => setMenu(undefined);
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    window.addEventListener("contextmenu", onContext);
    window.addEventListener("keydown", onKey);
    window.addEventListener("scroll", close, true);
    return () => {
      window.removeEventListener("contextmenu", onContext);
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("scroll", close, true);
    };
  }, []);
  if (!menu) return null;
  const item = "block w-full px-3 py-1 text-left text-xs hover:bg-slate-100 dark:hover:bg-slate-800";
  const run = (f: () => void) => () => {
    f();
    setMenu(undefined);
  };
  const provider = menu.kind !== "input";
  return (
    <>
      <div className="fixed inset-0 z-40" onClick={() => setMenu(undefined)} onContextMenu={(e) => (e.preventDefault(), setMenu(undefined))} aria-hidden />
      <div
        role="menu"
        aria-label={`Scenario actions for ${menu.label}`}
        className="fixed z-50 min-w-48 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        style={{ left: Math.min(menu.x, window.innerWidth - 220), top: Math.min(menu.y, window.innerHeight - 160) }}
      >
        <p className="px-3 pb-1 text-[11px] font-semibold text-slate-500">{menu.label}</p>
        {provider && (
          <>
            <button type="button" role="menuitem" className={item} onClick={run(() => onAdd({ type: "remove", node: menu.node, enabled: true }))}>
              Remove (everything it provides)
            </button>
            <button
              type="button"
              role="menuitem"
              className={item}
              onClick={run(() => onAdd({ type: "degrade", provider: menu.node, percent: 50, inputs: [], layers: [], enabled: true }))}
            >
              Degrade its capacity by 50%
            </button>
          </>
        )}
        <button type="button" role="menuitem" className={item} onClick={run(() => onSelect?.(menu.node))}>
          More actions… (export control, capacity, relations)
        </button>
      </div>
    </>
  );
}
