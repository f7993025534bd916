"""What each spaCy component costs on the same paragraphs, and the whole analysis on top of them.

    python bench/components.py [--words 20000]

Runs the pipeline component by component over the paragraphs of a generated article and prints
each one's share; every component is used by an extractor (see the README), so none is disabled.
"""

from __future__ import annotations

import argparse
import time

from quotemark.analysis.ner_repair import repair_person_ents
from quotemark.analysis.pipeline import Paragraph, content_spans, extract, load_nlp
from quotemark.analysis.reader import read_text

try:
    from bench.corpus import article as generated
except ImportError:  # run as a script from bench/
    from corpus import article as generated  # type: ignore[no-redef]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20000)
    ns = parser.parse_args()
    nlp = load_nlp()
    article = read_text(generated(ns.words), "bench")
    spans = content_spans(article)
    docs = [nlp.make_doc(article.text[s:e]) for s, e in spans]
    costs: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        costs[name] = time.perf_counter() - t
    paragraphs = [Paragraph(s, d) for (s, _e), d in zip(spans, docs)]
    t = time.perf_counter()
    for d in docs:
        repair_person_ents(d)  # what parse() does to each piece, counted with the extraction
    extract(article, paragraphs, nlp)
    costs["quotemark extraction"] = time.perf_counter() - t
    total = sum(costs.values())
    print(f"{ns.words} words, {len(docs)} paragraphs")
    for name, cost in costs.items():
        print(f"  {name:<22}{cost:>8.3f} s {cost / total:>7.1%}")
    spacy_total = total - costs["quotemark extraction"]
    print(f"  whole analysis / spaCy components: {total / spacy_total:.2f}")


if __name__ == "__main__":
    main()
