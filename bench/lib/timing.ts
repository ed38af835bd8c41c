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

/** Median wall and CPU milliseconds (CPU of the whole process: every worker thread included). */
export async function timeWallAndCpu(fn: () => unknown, minTotalMs = 200, maxRuns = 15): Promise<{ ms: number; cpu: number }> {
  const times: number[] = [];
  const cpus: number[] = [];
  const start = performance.now();
  while (times.length < maxRuns && (times.length === 0 || performance.now() - start < minTotalMs)) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpus.push((u.user + u.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(times), cpu: median(cpus) };
}
