"""Corpus extraction: `extract --jobs 2` against a local Dask cluster of 2 workers, and memory per worker.

    python bench/batch.py [--articles 200] [--words 800] [--rounds 2]

The same generated articles go through each engine as `quotemark extract` runs them: one spaCy
process (in a fresh interpreter, which also gives the single-process peak RSS), the local engine
with 2 spaCy processes (--jobs 2), and the Dask engine on a LocalCluster of 2 single-threaded
worker processes. The corpus is cut into `--rounds` slices and the two engines take turns on each
(the order swapped every round), so that a change in the load of a shared machine falls on both.
Throughput counts from the loaded model (for Dask, from a started cluster whose workers have all
loaded it; that start-up is printed on its own line). Besides wall-clock articles/s it prints the
CPU seconds each engine spent (every process of it, the cluster's scheduler and nannies too):
on a busy machine that is the steadier measure of the engine's overhead. Prints the ratios
Dask / --jobs 2 (target >= 0.9) and each worker's peak RSS against the single process (target <= 1.2).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from quotemark.analysis.reader import read_text
from quotemark.batch.engines import Chunk, Engine
from quotemark.batch.inputs import Input
from quotemark.batch.records import ArticleResult

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]

SINGLE = """
import json, resource, sys, time
sys.path[:0] = [sys.argv[3]]
from bench.batch import articles_chunk
from quotemark.analysis.pipeline import load_nlp
from quotemark.batch.engines import LocalEngine
engine = LocalEngine(load_nlp(), 1)
started = time.perf_counter()
results = [r for _c, rs in engine.run([articles_chunk(0, int(sys.argv[1]), int(sys.argv[2]))], lambda n: None) for r in rs]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "articles": len(results), "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def articles_chunk(start: int, stop: int, words: int) -> Chunk:
    """Return generated articles start..stop-1 as one chunk (one partition of `extract --out`)."""
    articles = [read_text(generated(words, seed=n), f"doc{n:04d}.txt") for n in range(start, stop)]
    return Chunk(start, tuple(Input(a.source or "", None, a) for a in articles))


def cpu_seconds() -> float:
    """Return the CPU seconds used so far by this process, its finished children and every live descendant."""
    import psutil

    total = sum(
        resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    for child in psutil.Process().children(recursive=True):
        try:
            times = child.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system
    return total


def timed(engine: Engine, chunk: Chunk) -> tuple[float, float, list[ArticleResult]]:
    """Return the wall seconds and CPU seconds `engine` took over `chunk`, and its results in order."""
    cpu, started = cpu_seconds(), time.perf_counter()
    results = [r for _chunk, rs in engine.run([chunk], lambda n: None) for r in rs]
    return time.perf_counter() - started, cpu_seconds() - cpu, results


def worker_peak_rss_kb() -> int:
    """Return this process's peak RSS in KB (run on each Dask worker)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=2)
    ns = parser.parse_args()
    n = ns.articles
    root = str(Path(__file__).resolve().parent.parent)
    single = subprocess.run(
        [sys.executable, "-c", SINGLE, str(n), str(ns.words), root], capture_output=True, text=True, check=True
    )
    one = json.loads(single.stdout.strip().splitlines()[-1])
    print(f"{n} articles of ~{ns.words} words, {ns.rounds} rounds; load average before: {os.getloadavg()[0]:.1f}")
    print(
        f"jobs=1 (one process): {one['seconds']:.2f} s = {n / one['seconds']:.2f} articles/s, peak RSS {one['rss_kb'] / 1024:.0f} MB"
    )

    from quotemark.analysis.pipeline import load_nlp
    from quotemark.batch.dask_engine import DaskEngine
    from quotemark.batch.engines import LocalEngine

    local = LocalEngine(load_nlp(), 2)
    started = time.perf_counter()
    dask = DaskEngine(None, 2)  # returns once every worker has loaded the model (the plugin's setup)
    print(f"dask start-up (cluster of 2 workers, model loaded in each): {time.perf_counter() - started:.2f} s")
    wall = {"local": 0.0, "dask": 0.0}
    cpu = {"local": 0.0, "dask": 0.0}
    lines: dict[str, list[str | None]] = {"local": [], "dask": []}
    try:
        bounds = [n * r // ns.rounds for r in range(ns.rounds + 1)]
        for r in range(ns.rounds):
            chunk = articles_chunk(bounds[r], bounds[r + 1], ns.words)
            for name in ("local", "dask") if r % 2 == 0 else ("dask", "local"):
                w, c, results = timed(local if name == "local" else dask, chunk)
                wall[name] += w
                cpu[name] += c
                lines[name].extend(r.line for r in results)
        rss = sorted(dask.client.run(worker_peak_rss_kb).values())
    finally:
        dask.close()
    assert lines["dask"] == lines["local"], "the engines disagree"
    for name, label in (("local", "local --jobs 2"), ("dask", "dask 2 workers")):
        print(f"{label}: {wall[name]:.2f} s = {n / wall[name]:.2f} articles/s; {cpu[name]:.1f} CPU s")
    print(f"throughput dask / --jobs 2, wall clock: {wall['local'] / wall['dask']:.2f} (target >= 0.9)")
    print(f"throughput dask / --jobs 2, per CPU second: {cpu['local'] / cpu['dask']:.2f}")
    print(f"speed-up --jobs 2 / jobs=1 (wall): {one['seconds'] / wall['local']:.2f}")
    ratios = ", ".join(f"{kb / 1024:.0f} MB ({kb / one['rss_kb']:.2f})" for kb in rss)
    print(f"peak RSS per dask worker vs one extraction process: {ratios} (target <= 1.2)")
    print(f"load average after: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
