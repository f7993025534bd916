"""The facts engine (entities, quantities, dates, summary) against the spaCy pipeline on the same text.

    python bench/facts_speed.py [--times 1 50] [--repeat 3]

Parses the sample article repeated N times once with spaCy (timed), then times each extractor over
the parsed paragraphs, best of `repeat`. Prints seconds and the ratio facts / spaCy (target < 0.1).
The quotes and claims fed in are found by the attribution engine when it is installed, else none.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

from quotemark.analysis.dates import extract_dates
from quotemark.analysis.entities import extract_entities
from quotemark.analysis.model import Analysis
from quotemark.analysis.pipeline import load_nlp, parse
from quotemark.analysis.quantities import extract_quantities
from quotemark.analysis.reader import read_text, sample_article
from quotemark.analysis.summary import citation, summary_markdown, timeline


def _best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--times", type=int, nargs="*", default=[1, 50])
    parser.add_argument("--repeat", type=int, default=3)
    ns = parser.parse_args()
    nlp = load_nlp()
    base = sample_article()
    body = base.text[base.dateline_end or 0 :].strip()
    print(f"{'text':<14}{'words':>8}{'spaCy s':>10}{'facts s':>10}{'ratio':>8}   entities/quantities/dates/summary s")
    for n in ns.times:
        article = read_text(f"date {base.date}\n\n" + "\n\n".join([body] * n), "bench")
        spacy_s, paragraphs = _best(lambda: list(parse(article, nlp)), ns.repeat)
        try:
            from quotemark.analysis.attribution import attribute

            quotes, claims = attribute(paragraphs, article.text)
        except ImportError:
            quotes, claims = [], []
        text = article.text
        ent_s, (entities, clusters) = _best(lambda: extract_entities(paragraphs, text, quotes), ns.repeat)
        qty_s, quantities = _best(lambda: extract_quantities(paragraphs, text, claims), ns.repeat)
        date_s, dates = _best(lambda: extract_dates(paragraphs, text, article.date), ns.repeat)
        analysis = Analysis(article.id, entities, quotes, claims, quantities, dates, clusters)

        def summarise() -> None:
            summary_markdown(article, analysis)
            timeline(analysis, text)
            for q in quotes[:20]:
                citation(q, article, analysis)

        sum_s, _ = _best(summarise, ns.repeat)
        facts = ent_s + qty_s + date_s + sum_s
        words = len(text.split())
        print(
            f"{'sample x' + str(n):<14}{words:>8}{spacy_s:>10.3f}{facts:>10.4f}{facts / spacy_s:>8.3f}"
            f"   {ent_s:.4f}/{qty_s:.4f}/{date_s:.4f}/{sum_s:.4f}"
        )


if __name__ == "__main__":
    main()
