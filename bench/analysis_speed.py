"""Our whole analysis vs raw spaCy `nlp.pipe` over the same paragraphs, in the same process.

    python bench/analysis_speed.py [--words 2000 20000] [--repeat 3]

Prints seconds for each and the ratio ours / spaCy (target: <= 1.2-1.3).
"""

from __future__ import annotations

import argparse
import time

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze, content_spans, load_nlp
from quotemark.analysis.reader import read_text, sample_article

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def measure(article: Article, nlp, repeat: int) -> tuple[float, float]:
    """Return (raw spaCy seconds, our analysis seconds), best of `repeat`."""
    spans = content_spans(article)
    texts = [article.text[s:e] for s, e in spans]
    raw = _best(lambda: list(nlp.pipe(texts, batch_size=64)), repeat)
    ours = _best(lambda: analyze(article, nlp), repeat)
    return raw, ours


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="*", default=[2000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    ns = parser.parse_args()
    nlp = load_nlp()
    docs = [("sample", sample_article())] + [
        (f"generated {w} words", read_text(generated(w), "bench")) for w in ns.words
    ]
    print(f"{'document':<24}{'words':>8}{'spaCy s':>10}{'ours s':>10}{'ratio':>8}")
    for name, article in docs:
        raw, ours = measure(article, nlp, ns.repeat)
        print(f"{name:<24}{len(article.text.split()):>8}{raw:>10.3f}{ours:>10.3f}{ours / raw:>8.2f}")


if __name__ == "__main__":
    main()
