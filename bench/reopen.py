"""Reopening an article: analysis from the cache vs a cold open (model load + analysis), same process.

    python bench/reopen.py [--words 2000 20000]

The cold open is what the first visit costs: import spaCy, load the model, analyse. The cached
reopen reads the stored analysis (keyed by text sha256, model and analyser version) without
touching spaCy. Prints both and the ratio cached / cold.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from quotemark.analysis.reader import read_text
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Store

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="*", default=[2000, 20000])
    ns = parser.parse_args()
    print(f"{'words':>8}{'cold s':>10}{'cached s':>10}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for words in ns.words:
            db = Path(tmp) / f"db-{words}.json"
            article = read_text(generated(words, seed=words), "bench")
            runner = AnalysisRunner()  # a fresh runner: the cold open loads the model too
            t = time.perf_counter()
            runner.analyse(article, lambda _s, _f: None, Store(db).analysis_cache)
            cold = time.perf_counter() - t
            fresh = AnalysisRunner()
            t = time.perf_counter()
            fresh.analyse(article, lambda _s, _f: None, Store(db).analysis_cache)
            cached = time.perf_counter() - t
            assert fresh.cache_hits == 1 and fresh._nlp is None, "the reopen should not load spaCy"
            print(f"{words:>8}{cold:>10.3f}{cached:>10.3f}{cached / cold:>8.3f}")


if __name__ == "__main__":
    main()
