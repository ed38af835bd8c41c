/**
 * Colours of chart series (one per supplier nation, in order of importance), chosen to stay apart
 * on white and on near-black backgrounds; plus the fixed colours of "domestic" and "unattributed".
 */
export const SERIES_COLORS = ["#2563eb", "#d97706", "#7c3aed", "#db2777", "#0891b2", "#65a30d", "#dc2626", "#a16207"] as const;

export const DOMESTIC_COLOR = "#059669";
export const OTHER_NAMED_COLOR = "#64748b";
export const UNATTRIBUTED_COLOR = "#cbd5e1";

/** Stable colour per key for the keys given in order (beyond the palette: the "other" grey). */
export function colorMap(keys: readonly string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, SERIES_COLORS[i] ?? OTHER_NAMED_COLOR]));
}
