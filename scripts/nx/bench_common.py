"""Timing helpers shared by bench_nx.py and bench_igraph.py (called by bench/metrics.ts)."""
import argparse
import json
import signal
import statistics
import sys
import time


class Timeout(Exception):
    pass


def _alarm(*_):
    raise Timeout()


def timed(fn, budget_s, min_total_s=0.2, max_runs=30):
    """Median (wall ms, CPU ms) of repeated fn() runs, or (None, None) when the first run exceeds budget_s."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget_s)
    times, cpus = [], []
    start = time.perf_counter()
    try:
        while len(times) < max_runs and (not times or time.perf_counter() - start < min_total_s):
            t, c = time.perf_counter(), time.process_time()
            fn()
            times.append(time.perf_counter() - t)
            cpus.append(time.process_time() - c)
    except Timeout:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if not times:
        return None, None
    return statistics.median(times) * 1000, statistics.median(cpus) * 1000


def parse_args():
    """The command line both benches take: graph.json [--timeout S] [--skip a,b]."""
    parser = argparse.ArgumentParser()
    parser.add_argument("graph")
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--skip", default="", help="comma-separated metrics not to time (reported as null)")
    return parser.parse_args()


def run(metrics, budget_s, meta):
    """Time each metric (a dict name → thunk) and print {meta, ms: {name: ms | None}, cpu: {…}} as JSON."""
    ms, cpu = {}, {}
    for name, fn in metrics.items():
        ms[name], cpu[name] = timed(fn, budget_s)
        print(f"  {name}: {'skipped' if ms[name] is None else f'{ms[name]:.2f} ms'}", file=sys.stderr)
    json.dump({**meta, "ms": ms, "cpu": cpu}, sys.stdout)
