"""Run every benchmark and print each figure with its ratio to its baseline.

    python -m bench            # or: python bench/run.py [--quick] [--only NAME ...]

Each benchmark runs as its own process (so one's imports and memory do not colour another's);
they print their own tables. Machines here are shared and noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# name: (script, full arguments, quick arguments, what it compares)
BENCHES: dict[str, tuple[str, list[str], list[str], str]] = {
    "startup": (
        "startup.py",
        ["--words", "2000", "100000", "--repeat", "15"],
        ["--words", "2000", "--repeat", "3"],
        "first paint of the text vs a bare Textual app (target <= 1.3)",
    ),
    "analysis": (
        "analysis_speed.py",
        ["--words", "2000", "20000", "100000"],
        ["--words", "2000", "--repeat", "1"],
        "whole analysis vs raw spaCy nlp.pipe on the same paragraphs (target <= 1.2)",
    ),
    "components": (
        "components.py",
        ["--words", "20000"],
        ["--words", "2000"],
        "what each spaCy component costs, and our extraction on top",
    ),
    "keys": (
        "view_latency.py",
        [],
        ["--keys", "40"],
        "key-to-frame on 100k words vs 2k words (target <= 1.5, median <= 16.7 ms)",
    ),
    "reopen": ("reopen.py", [], ["--words", "2000"], "cached reopen vs cold open"),
    "batch": (
        "batch.py",
        [],
        ["--articles", "16"],
        "extract articles/s: dask 2 workers vs --jobs 2 (target >= 0.9), RSS per worker (target <= 1.2)",
    ),
    "memory": ("memory.py", [], ["--words", "20000"], "peak RSS of our analysis vs spaCy alone (target <= 1.5)"),
    "store": ("store_save.py", [], ["--quick"], "save time as the database grows"),
    "pathological": (
        "pathological.py",
        [],
        ["--scale", "0.02"],
        "extract on logs, repeated names, one-line megabytes vs 1 MB of prose (target <= 3x, <= 2 GB)",
    ),
    "attribution": (
        "attribution.py",
        ["--split", "dev"],
        ["--split", "dev", "--limit", "10"],
        "PolNeAR quotes and speakers vs textacy (needs ../shared/datasets)",
    ),
    "html": (
        "html_extraction.py",
        [],
        ["--limit", "20"],
        "web page article text vs trafilatura and readability-lxml (needs ../shared/datasets)",
    ),
    "library": (
        "library.py",
        [],
        ["--articles", "300"],
        "10,000 saved articles: speakers screen, search, index update, reindex, memory (targets 200 ms, 100 ms, 20 ms, 60 s, 1.5x)",
    ),
    "provenance": (
        "provenance.py",
        ["--seed", "1", "2026", "7"],
        ["--seed", "1", "--families", "60"],
        "the same quotation across articles: recall and precision on a generated set (targets >= 0.95, >= 0.98)",
    ),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHES), help="run only these")
    ns = parser.parse_args()
    failed = 0
    for name in ns.only or list(BENCHES):
        script, full, quick, what = BENCHES[name]
        print(f"\n== {name}: {what}", flush=True)
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, str(ROOT / "bench" / script), *(quick if ns.quick else full)], cwd=ROOT
        )
        failed += result.returncode != 0
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
