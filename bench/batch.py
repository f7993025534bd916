"""Batch extraction: documents per second with 1 and 2 spaCy processes on a generated corpus.

    python bench/batch.py [--docs 40] [--words 1500]

Runs `analyze_many` (what `quotemark extract --jobs N` runs) over the same articles with
n_process=1 and n_process=2 and prints documents/s for each and the speed-up.
"""

from __future__ import annotations

import argparse
import time

from quotemark.analysis.pipeline import analyze_many, load_nlp
from quotemark.analysis.reader import read_text

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--words", type=int, default=1500)
    ns = parser.parse_args()
    articles = [read_text(generated(ns.words, seed=n), f"doc{n}") for n in range(ns.docs)]
    nlp = load_nlp()
    rates = {}
    for jobs in (1, 2):
        t = time.perf_counter()
        results = list(analyze_many(articles, nlp, n_process=jobs))
        elapsed = time.perf_counter() - t
        assert len(results) == len(articles)
        rates[jobs] = len(articles) / elapsed
        print(
            f"jobs={jobs}: {len(articles)} documents of ~{ns.words} words in {elapsed:.2f} s = {rates[jobs]:.2f} docs/s"
        )
    print(f"speed-up with 2 jobs: {rates[2] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
