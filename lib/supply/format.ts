/**
 * Numbers as the supply pages show them: percentages with one decimal, HHI as a whole number,
 * indices with one decimal. Pure and locale-fixed (en-US) so server and tests agree.
 */
import type { ShareBasis } from "../model/vocabulary";
import { LENS_INFO } from "./rules";
import type { Lens, ShareSet } from "./types";

export interface PercentOptions {
  /** Drop a trailing ".0" ("60%", "61.5%"), for sentences; tables keep one decimal ("60.0%"). */
  compact?: boolean;
}

/** A share given in percent (0–100): "61.5%". The one percent formatter of lib/. */
export function formatPercent(percent: number | null | undefined, { compact = false }: PercentOptions = {}): string {
  if (percent === null || percent === undefined || !Number.isFinite(percent)) return "—";
  const rounded = Math.round(percent * 10) / 10;
  return `${compact ? rounded : rounded.toFixed(1)}%`;
}

/** A fraction (0–1) as a percent: 0.6153 → "61.5%". */
export const formatFraction = (fraction: number | null | undefined, options: PercentOptions = {}): string =>
  fraction === null || fraction === undefined ? "—" : formatPercent(fraction * 100, options);

/** HHI as a whole number with thousands separators: "10,000". */
export function formatHhi(hhi: number | null | undefined): string {
  if (hhi === null || hhi === undefined || !Number.isFinite(hhi)) return "—";
  return Math.round(hhi).toLocaleString("en-US");
}

/** An index on 0–100 with one decimal. */
export function formatIndex(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return (Math.round(value * 10) / 10).toFixed(1);
}

const BASIS_WORDS: Record<ShareBasis, string> = {
  revenue: "revenue",
  capacity: "capacity",
  shipments: "shipments",
  units: "units",
  sales: "sales",
  output: "output",
  installed: "installed base",
  researchers: "researchers",
  other: "basis not stated",
  models: "models counted",
};

/** "revenue 2024, by HQ" — the basis, year and lens of a set, for notes and tooltips. */
export function describeSet(set: Pick<ShareSet, "basis" | "year" | "method" | "attribution" | "fallback">, lens?: Lens): string {
  const parts = [`${BASIS_WORDS[set.basis]} ${set.year}`];
  if (set.method === "firm-rows") parts.push("firm shares");
  else if (set.method === "firms-by-lens" && lens) parts.push(`firm shares ${LENS_INFO[lens].short}`);
  else if (set.attribution) parts.push(`nation rows ${LENS_INFO[set.attribution].short}`);
  if (set.fallback && lens) parts.push(`stand-in: no figure ${LENS_INFO[lens].short}`);
  return parts.join(", ");
}

/** "South Korea's", "United States'": the possessive of a name, for labels. */
export const possessive = (name: string): string => (name.endsWith("s") ? `${name}’` : `${name}’s`);
