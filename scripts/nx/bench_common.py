"""Timing helpers shared by bench_nx.py and bench_igraph.py (called by bench/metrics.ts)."""
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
    """Median milliseconds of repeated fn() runs, or None when the first run exceeds budget_s."""
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, budget_s)
    times = []
    start = time.perf_counter()
    try:
        while len(times) < max_runs and (not times or time.perf_counter() - start < min_total_s):
            t = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t)
    except Timeout:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return statistics.median(times) * 1000 if times else None


def run(metrics, budget_s, meta):
    """Time each metric (a dict name → thunk) and print {meta, ms: {name: ms | None}} as JSON."""
    ms = {}
    for name, fn in metrics.items():
        ms[name] = timed(fn, budget_s)
        print(f"  {name}: {'skipped' if ms[name] is None else f'{ms[name]:.2f} ms'}", file=sys.stderr)
    json.dump({**meta, "ms": ms}, sys.stdout)
