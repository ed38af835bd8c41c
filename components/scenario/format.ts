/** Numbers for the scenario panels: percentages with at most one decimal, signed differences in points. */
export const pct = (x: number | null | undefined, digits = 0) =>
  x === null || x === undefined || !Number.isFinite(x) ? "—" : `${(Math.round(x * 100 * 10 ** digits) / 10 ** digits).toFixed(digits)}%`;

/** "−31" for a loss of 0.31 (points), "0" when nothing moved, "+5" for a gain. */
export const points = (delta: number) => {
  const p = Math.round(delta * 1000) / 10;
  if (Math.abs(p) < 0.05) return "0";
  return `${p > 0 ? "+" : "−"}${Math.abs(p) >= 10 ? Math.round(Math.abs(p)) : Math.abs(p).toFixed(1)}`;
};

/** Background for a loss of 0–1: white to deep red, light and dark themes (inline style: Tailwind cannot build dynamic colours). */
export function lossStyle(loss: number, dark: boolean): { backgroundColor?: string; color?: string } {
  if (!(loss > 0.005)) return {};
  const a = Math.min(1, 0.12 + loss * 0.88);
  return dark ? { backgroundColor: `rgba(248, 113, 113, ${a * 0.55})`, color: "#fee2e2" } : { backgroundColor: `rgba(220, 38, 38, ${a * 0.5})`, color: loss > 0.6 ? "#450a0a" : undefined };
}
