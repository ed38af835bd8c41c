"use client";
import { Section } from "@/components/ui/section";

/** "Network as of" a year: partnerships signed, export controls in force, data vintage. */
export function YearControl({ year, range, onChange }: { year?: number; range: { min: number; max: number }; onChange: (y: number | undefined) => void }) {
  return (
    <Section title="Time">
      <label className="mb-1 flex items-center gap-2 text-xs">
        <input type="checkbox" className="accent-sky-600" checked={year === undefined} onChange={(e) => onChange(e.target.checked ? undefined : range.max)} />
        Latest data
      </label>
      <div className="flex items-center gap-2">
        <input
          type="range"
          aria-label="Year"
          min={range.min}
          max={range.max}
          step={1}
          value={year ?? range.max}
          disabled={year === undefined}
          onChange={(e) => onChange(Number(e.target.value))}
          className="flex-1 accent-sky-600"
        />
        <output className="w-10 text-right text-xs tabular-nums">{year ?? "latest"}</output>
      </div>
      <p className="mt-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
        {year === undefined
          ? "Every relation in force now, each market share at its latest vintage."
          : `The network as of ${year}: partnerships signed and controls in force by then, shares of the latest vintage up to ${year}.`}
      </p>
    </Section>
  );
}
