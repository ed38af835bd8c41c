import type { ReactNode } from "react";

/** A titled block of the side panels. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="border-b border-slate-200 px-3 py-3 dark:border-slate-800" aria-label={title}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export const buttonClass =
  "inline-flex items-center gap-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800";

export const linkButtonClass =
  "text-left text-sky-700 underline-offset-2 hover:underline dark:text-sky-300";
