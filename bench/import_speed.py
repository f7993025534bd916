"""Benchmark: `quotemark import` of N W3C annotations onto the sample article, by N.

Each run imports into a database that already holds the article and one note, through the
command line entry point (parse, check every item, place it on the text, one write). Prints a
Markdown table; needs nothing outside the repository.

    python bench/import_speed.py                 # 1k, 5k, 20k
    python bench/import_speed.py --sizes 100000
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import time
from pathlib import Path

from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store
from quotemark.store.w3c import to_w3c
from quotemark.tui.cli import main


def run(n: int) -> float:
    """Return the seconds `quotemark import` takes for `n` annotations."""
    article = sample_article()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "db.json"
        store = Store(db)
        store.remember_article(article)
        store.add(Annotation.note(article, 0, 5, "already here"))
        length = len(article.text)
        notes = []
        for i in range(n):
            start = (i * 37) % (length - 40)
            note = Annotation.note(article, start, start + 30, f"note {i}")
            note.id = f"{article.id[:16]}-{i:020d}"
            notes.append(note)
        source = folder / "in.jsonld"
        source.write_text(json.dumps(to_w3c(article, notes)))
        text = folder / "article.txt"
        text.write_text(article.text)
        started = time.perf_counter()
        with contextlib.redirect_stderr(io.StringIO()):
            status = main(["import", str(source), "--db", str(db), "--article", str(text)])
        elapsed = time.perf_counter() - started
        assert status == 0 and len(Store(db).annotations(article.id)) == n + 1
        return elapsed


def cli() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    print("| annotations | import (s) |\n|---:|---:|")
    for n in args.sizes:
        print(f"| {n:,} | {run(n):.2f} |", flush=True)


if __name__ == "__main__":
    cli()
