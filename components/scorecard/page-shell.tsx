import Link from "next/link";
import type { ReactNode } from "react";
import { ThemeToggle } from "@/components/ui/theme-toggle";

const navLink = "rounded px-2 py-1 text-xs font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800";

/** The frame of the supply pages: the app bar (home, explorer, chokepoints, scorecards, programmes, analyse a file, theme) and a centred column. */
export function PageShell({ children, current }: { children: ReactNode; current: "nation" | "chokepoints" | "programmes" | "analyze" }) {
  return (
    <div className="min-h-screen">
      <header className="flex h-12 items-center gap-3 border-b border-slate-200 px-4 dark:border-slate-800">
        <Link href="/" className="whitespace-nowrap text-sm font-bold">
          Interdependence Atlas
        </Link>
        <nav aria-label="Pages" className="flex items-center gap-1">
          <Link href="/" className={navLink}>
            Explorer
          </Link>
          <Link href="/chokepoints" className={navLink} aria-current={current === "chokepoints" ? "page" : undefined}>
            Chokepoints
          </Link>
          <Link href="/nation/USA" className={navLink} aria-current={current === "nation" ? "page" : undefined}>
            Nation scorecards
          </Link>
          <Link href="/programmes" className={navLink} aria-current={current === "programmes" ? "page" : undefined}>
            AI programmes
          </Link>
          <Link href="/analyze" className={navLink} aria-current={current === "analyze" ? "page" : undefined}>
            Analyse a file
          </Link>
        </nav>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-5">{children}</main>
    </div>
  );
}

/** A titled block of a supply page. */
export function Panel({ title, children, actions, id }: { title: string; children: ReactNode; actions?: ReactNode; id?: string }) {
  return (
    <section aria-labelledby={id ? `${id}-title` : undefined} aria-label={id ? undefined : title} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id ? `${id}-title` : undefined} className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
