/** Colour scales for metrics: a sequential ramp for numbers, a categorical palette for communities. */

// Viridis-like stops, readable on light and dark backgrounds.
const RAMP = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

function hex(c: string): [number, number, number] {
  return [parseInt(c.slice(1, 3), 16), parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
}

/** Colour for t in [0, 1] (clamped). */
export function sequentialColor(t: number): string {
  const x = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0)) * (RAMP.length - 1);
  const i = Math.min(RAMP.length - 2, Math.floor(x));
  const f = x - i;
  const a = hex(RAMP[i]!);
  const b = hex(RAMP[i + 1]!);
  const mix = a.map((v, k) => Math.round(v + (b[k]! - v) * f));
  return `#${mix.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

export const RAMP_CSS = `linear-gradient(to right, ${RAMP.join(", ")})`;

const CATEGORICAL = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#db2777", "#65a30d", "#ea580c", "#4f46e5", "#0d9488", "#a16207"];
/** Colour of category i; categories beyond the palette share a neutral grey. */
export function categoricalColor(i: number): string {
  return CATEGORICAL[i] ?? "#94a3b8";
}
export const CATEGORICAL_COUNT = CATEGORICAL.length;
