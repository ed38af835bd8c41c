import type { ReactNode } from "react";

/** The frame of a scatter chart: a `width`×`height` drawing scaled to its container, announced by `label`. */
export function ChartSvg({ width, height, label, testId, children }: { width: number; height: number; label: string; testId: string; children: ReactNode }) {
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full text-slate-700 dark:text-slate-300" role="group" aria-label={label} data-testid={testId}>
      {children}
    </svg>
  );
}
