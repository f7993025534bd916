"""Corpus extraction: `extract --jobs 2` against a local Dask cluster of 2 workers, and memory per worker.

    python bench/batch.py [--articles 200] [--words 800]

The same generated articles go through each engine as `quotemark extract` runs it: one spaCy
process (in a fresh interpreter, which also gives the single-process peak RSS), the local engine
with 2 spaCy processes (--jobs 2), and the Dask engine on a LocalCluster of 2 single-threaded
worker processes. Throughput is measured after the model is loaded (and, for Dask, after the
cluster has started and every worker has loaded it; that start-up is printed on its own line).
Prints articles/s for each, the ratio Dask / --jobs 2 (target >= 0.9) and each worker's peak
RSS against the single extraction process (target <= 1.2).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time

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
from bench.batch import chunks
from quotemark.analysis.pipeline import load_nlp
from quotemark.batch.engines import LocalEngine
engine = LocalEngine(load_nlp(), 1)
started = time.perf_counter()
results = [r for _c, rs in engine.run(chunks(int(sys.argv[1]), int(sys.argv[2])), lambda n: None) for r in rs]
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "articles": len(results), "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def chunks(count: int, words: int) -> list[Chunk]:
    """Return the benchmark's articles as one chunk (one partition of `extract --out`)."""
    articles = [read_text(generated(words, seed=n), f"doc{n:04d}.txt") for n in range(count)]
    return [Chunk(0, tuple(Input(a.source or "", None, a) for a in articles))]


def timed(engine: Engine, work: list[Chunk]) -> tuple[float, list[ArticleResult]]:
    """Return the seconds `engine` took over `work` and its results in input order."""
    started = time.perf_counter()
    results = [r for _chunk, rs in engine.run(work, lambda n: None) for r in rs]
    return time.perf_counter() - started, results


def worker_peak_rss_kb() -> int:
    """Return this process's peak RSS in KB (run on each Dask worker)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=800)
    ns = parser.parse_args()
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    single = subprocess.run(
        [sys.executable, "-c", SINGLE, str(ns.articles), str(ns.words), root],
        capture_output=True,
        text=True,
        check=True,
    )
    one = json.loads(single.stdout.strip().splitlines()[-1])
    work = chunks(ns.articles, ns.words)
    n = ns.articles
    print(f"{n} articles of ~{ns.words} words")
    print(
        f"jobs=1 (one process): {one['seconds']:.2f} s = {n / one['seconds']:.2f} articles/s, peak RSS {one['rss_kb'] / 1024:.0f} MB"
    )

    from quotemark.analysis.pipeline import load_nlp
    from quotemark.batch.engines import LocalEngine

    local_s, local_results = timed(LocalEngine(load_nlp(), 2), work)
    print(f"local --jobs 2: {local_s:.2f} s = {n / local_s:.2f} articles/s")

    from quotemark.batch.dask_engine import DaskEngine

    started = time.perf_counter()
    engine = DaskEngine(None, 2)  # returns once every worker has loaded the model (the plugin's setup)
    print(f"dask start-up (cluster of 2 workers, model loaded in each): {time.perf_counter() - started:.2f} s")
    try:
        dask_s, dask_results = timed(engine, work)
        rss = sorted(engine.client.run(worker_peak_rss_kb).values())
    finally:
        engine.close()
    print(f"dask 2 workers: {dask_s:.2f} s = {n / dask_s:.2f} articles/s")
    assert [r.line for r in dask_results] == [r.line for r in local_results], "the engines disagree"
    print(f"throughput dask / --jobs 2: {local_s / dask_s:.2f} (target >= 0.9)")
    print(f"speed-up --jobs 2 / jobs=1: {one['seconds'] / local_s:.2f}")
    ratios = ", ".join(f"{kb / 1024:.0f} MB ({kb / one['rss_kb']:.2f})" for kb in rss)
    print(f"peak RSS per dask worker vs one extraction process: {ratios} (target <= 1.2)")


if __name__ == "__main__":
    main()
