"use client";
import Link from "next/link";
import { useMemo, useState } from "react";
import { formatHhi, formatPercent } from "@/lib/supply/format";
import type { ChokepointRow } from "@/lib/supply/views";

type SortKey = "rank" | "input" | "layer" | "hhiNation" | "hhiFirm" | "topNation" | "topFirm" | "downstream";

const COLUMNS: { key: SortKey; label: string; numeric: boolean; title: string }[] = [
  { key: "rank", label: "#", numeric: true, title: "Rank by concentration: chokepoints first, then HHI by nation, HHI by firm, top share" },
  { key: "input", label: "Input", numeric: false, title: "The input (good or service)" },
  { key: "hhiNation", label: "HHI by nation", numeric: true, title: "Σ share² over named nations (0–10,000); the unattributed rest is excluded, so a lower bound" },
  { key: "hhiFirm", label: "HHI by firm", numeric: true, title: "Σ share² over named firms (0–10,000); lower bound" },
  { key: "topNation", label: "Top nation", numeric: true, title: "The largest nation share under the lens" },
  { key: "topFirm", label: "Top firm", numeric: true, title: "The largest firm share" },
  { key: "downstream", label: "Downstream", numeric: true, title: "Inputs that require it, directly or transitively" },
];

const value = (r: ChokepointRow, key: SortKey): number | string | null => {
  switch (key) {
    case "rank":
      return r.rank;
    case "input":
      return r.label.toLowerCase();
    case "layer":
      return r.layerOrder;
    case "hhiNation":
      return r.hhiNation;
    case "hhiFirm":
      return r.hhiFirm;
    case "topNation":
      return r.topNation?.share ?? null;
    case "topFirm":
      return r.topFirm?.share ?? null;
    case "downstream":
      return r.downstream.length;
  }
};

// Underlined, not only coloured: links sit inside text (WCAG 1.4.1, axe link-in-text-block).
const link = "text-sky-700 underline decoration-sky-700/40 underline-offset-2 hover:decoration-sky-700 dark:text-sky-300 dark:decoration-sky-300/40";
const muted = "text-slate-500 dark:text-slate-400";
const td = "px-2 py-1.5 align-top";

/** Inputs ranked by concentration; every column sorts (missing figures always last). */
export function ChokepointTable({ rows, lensShort, nationHref }: { rows: ChokepointRow[]; lensShort: string; nationHref: Record<string, string> }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: "asc" | "desc" }>({ key: "rank", dir: "asc" });
  const sorted = useMemo(() => {
    const sign = sort.dir === "asc" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a, sort.key);
      const y = value(b, sort.key);
      if (x === null && y === null) return a.rank - b.rank;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = typeof x === "string" ? x.localeCompare(y as string) : x - (y as number);
      return sign * c || a.rank - b.rank;
    });
  }, [rows, sort]);

  const toggle = (key: SortKey, numeric: boolean) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: numeric && key !== "rank" ? "desc" : "asc" }));

  return (
    <table className="w-full text-sm" aria-label="Inputs by concentration">
      <thead className="sticky top-0 bg-white dark:bg-slate-950">
        <tr className="border-b border-slate-200 dark:border-slate-800">
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={sort.key === c.key ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
              className={`px-2 py-1.5 text-xs font-semibold text-slate-500 dark:text-slate-400 ${c.numeric && c.key !== "rank" ? "text-right" : "text-left"}`}
            >
              <button type="button" title={c.title} onClick={() => toggle(c.key, c.numeric)} className="inline-flex items-center gap-1 hover:text-slate-800 dark:hover:text-slate-100">
                {c.label}
                <span aria-hidden className="w-2 text-[10px]">
                  {sort.key === c.key ? (sort.dir === "asc" ? "▲" : "▼") : ""}
                </span>
              </button>
            </th>
          ))}
          <th scope="col" className="px-2 py-1.5 text-left text-xs font-semibold text-slate-500 dark:text-slate-400">
            Providers <span className="font-normal">({lensShort})</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => (
          <tr key={r.input} data-input={r.input} className={`border-b border-slate-100 dark:border-slate-800 ${r.chokepoint ? "" : "text-slate-600 dark:text-slate-400"}`}>
            <td className={`${td} tabular-nums ${muted}`}>{r.rank}</td>
            <td className={td}>
              <Link href={`/?node=${encodeURIComponent(r.input)}`} className={`${link} font-medium`}>
                {r.label}
              </Link>
              <div className={`text-[11px] ${muted}`}>{r.layerLabel}</div>
              {r.chokepoint && (
                <span
                  className="mt-0.5 inline-block cursor-help rounded bg-rose-100 px-1.5 py-px text-[10px] font-semibold uppercase tracking-wide text-rose-800 dark:bg-rose-950 dark:text-rose-200"
                  title={`Chokepoint: ${r.reasons.join("; ")}`}
                  data-chokepoint="true"
                >
                  Chokepoint
                </span>
              )}
            </td>
            <td className={`${td} text-right tabular-nums`} title={r.nationBasis ?? "No nation share published"} data-col="hhiNation">
              {formatHhi(r.hhiNation)}
              {r.estimates.length > 0 && r.hhiNation !== null && (
                <abbr title={`Estimate: ${r.estimates.join(" · ")}`} className="ml-0.5 cursor-help text-amber-600 no-underline dark:text-amber-400">
                  ~
                </abbr>
              )}
              {r.nationBasis && <div className={`text-[10px] font-normal ${muted}`}>{r.nationBasis}</div>}
            </td>
            <td className={`${td} text-right tabular-nums`} title={r.firmBasis ?? "No firm share published"} data-col="hhiFirm">
              {formatHhi(r.hhiFirm)}
              {r.firmBasis && <div className={`text-[10px] font-normal ${muted}`}>{r.firmBasis}</div>}
            </td>
            <td className={`${td} text-right`}>
              {r.topNation ? (
                <>
                  <Link href={nationHref[r.topNation.id] ?? `/?node=${r.topNation.id}`} className={link}>
                    {r.topNation.label}
                  </Link>{" "}
                  <span className="tabular-nums">{formatPercent(r.topNation.share)}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className={`${td} text-right`}>
              {r.topFirm ? (
                <>
                  <Link href={`/?node=${encodeURIComponent(r.topFirm.id)}`} className={link}>
                    {r.topFirm.label}
                  </Link>{" "}
                  <span className="tabular-nums">{formatPercent(r.topFirm.share)}</span>
                </>
              ) : (
                "—"
              )}
            </td>
            <td className={`${td} text-right`} data-col="downstream">
              <details className="inline-block text-left">
                <summary className="cursor-pointer tabular-nums">{r.downstream.length}</summary>
                <ul className="mt-1 max-w-56 text-xs">
                  {r.downstream.map((d) => (
                    <li key={d.id}>
                      <Link href={`/?node=${encodeURIComponent(d.id)}`} className={link}>
                        {d.label}
                      </Link>
                    </li>
                  ))}
                  {r.downstream.length === 0 && <li className={muted}>Nothing requires it in the data.</li>}
                </ul>
              </details>
            </td>
            <td className={`${td} text-xs`}>
              <Providers row={r} nationHref={nationHref} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Providers({ row, nationHref }: { row: ChokepointRow; nationHref: Record<string, string> }) {
  const nations = row.nations.slice(0, 4);
  const firms = row.firms.slice(0, 3);
  return (
    <div className="space-y-0.5">
      {nations.length > 0 && (
        <div title={row.nations.map((n) => `${n.label} ${formatPercent(n.share)}`).join(", ")}>
          {nations.map((n, i) => (
            <span key={n.id}>
              {i > 0 && " · "}
              <Link href={nationHref[n.id] ?? `/?node=${n.id}`} className={link}>
                {n.id}
              </Link>{" "}
              <span className="tabular-nums">{formatPercent(n.share)}</span>
              {n.fallback && (
                <abbr title="Counted at headquarters: no site split known" className="cursor-help text-amber-600 no-underline dark:text-amber-400">
                  *
                </abbr>
              )}
            </span>
          ))}
          {row.nations.length > 4 && <span className={muted}> +{row.nations.length - 4}</span>}
          {row.nationOther !== null && row.nationOther >= 0.05 && <span className={`${muted} italic`}> · other {formatPercent(row.nationOther)}</span>}
        </div>
      )}
      {firms.length > 0 && (
        <div className={muted} title={row.firms.map((f) => `${f.label} ${formatPercent(f.share)}`).join(", ")}>
          {firms.map((f) => `${f.label} ${formatPercent(f.share)}`).join(" · ")}
          {row.firms.length > 3 && ` +${row.firms.length - 3}`}
          {row.firmOther !== null && row.firmOther >= 0.05 && <span className="italic"> · other {formatPercent(row.firmOther)}</span>}
        </div>
      )}
      {row.unquantified.length > 0 && (
        <div className={muted}>
          {nations.length + firms.length > 0 ? "Also, no share in this set: " : "Known providers, no share published: "}
          {row.unquantified.slice(0, 5).map((u, i) => (
            <span key={u.id}>
              {i > 0 && ", "}
              {u.label}
            </span>
          ))}
          {row.unquantified.length > 5 && ` +${row.unquantified.length - 5}`}
        </div>
      )}
      {row.nations.length + row.firms.length + row.unquantified.length === 0 && <span className={muted}>No provider in the data.</span>}
    </div>
  );
}
