import Link from "next/link";
import { LENSES, LENS_INFO } from "@/lib/supply/rules";
import type { Lens } from "@/lib/supply/types";

/** The attribution lens as three links (works without JavaScript); the one in force is marked. */
export function LensSwitch({ lens, hrefFor }: { lens: Lens; hrefFor: (lens: Lens) => string }) {
  return (
    <nav aria-label="Attribution lens" className="flex items-center gap-2 text-xs">
      <span className="text-slate-500 dark:text-slate-400">Attribute shares by</span>
      <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-700">
        {LENSES.map((l) => (
          <Link
            key={l}
            href={hrefFor(l)}
            aria-current={l === lens ? "page" : undefined}
            title={LENS_INFO[l].description}
            className={`px-2.5 py-1 font-medium ${
              l === lens
                ? "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900"
                : "bg-white text-slate-700 hover:bg-slate-50 dark:bg-slate-900 dark:text-slate-200 dark:hover:bg-slate-800"
            }`}
          >
            {LENS_INFO[l].label}
          </Link>
        ))}
      </div>
    </nav>
  );
}

/** The lens in force, shown beside a figure. */
export function LensBadge({ lens }: { lens: Lens }) {
  return (
    <span
      className="shrink-0 whitespace-nowrap rounded bg-slate-100 px-1 py-px text-[10px] font-medium uppercase tracking-wide text-slate-600 dark:bg-slate-800 dark:text-slate-300"
      title={LENS_INFO[lens].description}
      data-lens={lens}
    >
      {LENS_INFO[lens].short}
    </span>
  );
}

/** "~" for a figure built on estimates, with the reasons in its tooltip. */
export function EstimateMark({ estimates }: { estimates: readonly string[] }) {
  if (estimates.length === 0) return null;
  return (
    <abbr title={`Estimate: ${estimates.join(" · ")}`} className="ml-0.5 cursor-help text-amber-600 no-underline dark:text-amber-400">
      ~
    </abbr>
  );
}
