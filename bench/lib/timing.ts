/** Median milliseconds of repeated runs: at least one, more while under `minTotalMs` (≤ maxRuns). */
export function timeMs(fn: () => unknown, minTotalMs = 200, maxRuns = 30): number {
  const times: number[] = [];
  const start = performance.now();
  while (times.length < maxRuns && (times.length === 0 || performance.now() - start < minTotalMs)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
