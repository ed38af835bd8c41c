/**
 * Herfindahl–Hirschman index and its normalised form. Runs in O(n).
 */

/**
 * HHI of market shares given in percent: the sum of squared shares, 0–10,000. Pass only the shares
 * that are known: an unknown remainder ("other") must be left out, which makes the result a lower
 * bound of the true index.
 */
export function computeHhi(sharesPercent: readonly number[]): number {
  let sum = 0;
  for (const s of sharesPercent) {
    if (!Number.isFinite(s) || s < 0) throw new Error(`supply/computeHhi: a share must be a finite number ≥ 0 (got ${s}).`);
    sum += s * s;
  }
  return sum;
}

/**
 * Concentration of parts relative to their own total: Σ (xᵢ / Σx)², 0–1 (1 = one part). null when
 * the total is 0. Used for a nation's foreign suppliers, which are compared among themselves.
 */
export function relativeConcentration(parts: readonly number[]): number | null {
  let total = 0;
  for (const p of parts) {
    if (!Number.isFinite(p) || p < 0) throw new Error(`supply/relativeConcentration: a part must be a finite number ≥ 0 (got ${p}).`);
    total += p;
  }
  if (total <= 0) return null;
  let sum = 0;
  for (const p of parts) sum += (p / total) ** 2;
  return sum;
}
