"""Benchmark: time to save one annotation and to open the database, by database size.

Sizes: 100, 1k, 10k and 50k annotations spread over 10, 100 and 1,000 articles. Two layouts:
  split  — what quotemark uses: an index plus one file per article (store/files.py);
  single — the layout it replaced: every article and annotation in one TinyDB file, written with
           the same guarantees (lock, fresh read, temp file, fsync, rename).
Every save is durable (fsync) before it is timed as done; the single layout times 3 saves from 10k up.
Prints a Markdown table (progress on stderr). Needs nothing outside the repository.

    python bench/store_save.py            # the default run (one to two minutes)
    python bench/store_save.py --quick    # 100 and 10k only
    python bench/store_save.py --saves 20 --layouts split
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store, schema
from quotemark.store.articles import article_record
from quotemark.store.files import ANNOTATIONS, ARTICLE, ARTICLES
from quotemark.store.index import stamp as _stamp
from quotemark.store.index_rows import summary as _summary
from quotemark.store.lock import FileLock
from quotemark.store.storage import AtomicJSONStorage, atomic_write, dumps

SIZES = (100, 1_000, 10_000, 50_000)
ARTICLE_COUNTS = (10, 100, 1_000)


def make_articles(n: int) -> list[Article]:
    """Return n distinct articles of the sample's size."""
    base = sample_article().text
    return [Article(text=f"Edition {i}.\n\n{base}", title=f"Article {i}", source=f"a{i}.txt") for i in range(n)]


def make_annotations(articles: list[Article], total: int, rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    """Return `total` annotations as stored dicts, spread evenly over the articles, keyed by article id."""
    out: dict[str, list[dict[str, Any]]] = {a.id: [] for a in articles}
    for i in range(total):
        art = articles[i % len(articles)]
        start = rng.randrange(0, len(art.text) - 40)
        kind = i % 3
        if kind == 0:
            ann = Annotation.note(art, start, start + 30, f"note {i}: check this against the source")
        elif kind == 1:
            ann = Annotation.tag(art, start, start + 30, f"tag{i % 7}")
        else:
            ann = Annotation.correction(art, start, start + 30, {"type": "speaker", "value": "Kim Jong Un"})
        ann.id = f"{art.id[:16]}-{i:020d}"
        out[art.id].append(ann.to_dict())
    return out


def build_split(db: Path, articles: list[Article], anns: dict[str, list[dict[str, Any]]]) -> None:
    """Write a split-layout database directly (no per-annotation fsync: only the measured saves matter)."""
    store = Store(db)
    rows = {}
    for n, art in enumerate(articles, start=1):
        tables = schema.fresh_tables(schema.ARTICLE_KIND)
        tables[ARTICLE] = {"1": article_record(art)}
        tables[ANNOTATIONS] = {str(i): d for i, d in enumerate(anns[art.id], start=1)}
        atomic_write(store.layout.text_file(art.id), art.text.encode("utf-8"))
        path = store.layout.article_file(art.id)
        atomic_write(path, dumps(tables))
        row = _summary(art.id, tables)
        row["stamp"] = _stamp(path)
        row["last_opened"] = f"2026-01-01T00:00:{n % 60:02d}.000Z"
        rows[str(n)] = row
    index = schema.fresh_tables(schema.INDEX_KIND)
    index[ARTICLES] = rows
    atomic_write(db, dumps(index))


def build_single(db: Path, articles: list[Article], anns: dict[str, list[dict[str, Any]]]) -> None:
    """Write the one-file layout: an articles table and an annotations table."""
    tables = {
        ARTICLES: {str(i): a.to_dict() for i, a in enumerate(articles, start=1)},
        ANNOTATIONS: {str(i): d for i, d in enumerate((d for ds in anns.values() for d in ds), start=1)},
    }
    atomic_write(db, dumps(tables))


def save_split(store: Store, art: Article) -> None:
    """Save one note the way the app does (one long-lived Store)."""
    store.add(Annotation.note(art, 0, 10, "benchmark note"))


def save_single(db: Path, art: Article, lock: FileLock) -> None:
    """Save one note into the one-file layout with the same guarantees: lock, fresh read, atomic write."""
    with lock:
        store = TinyDB(db, storage=AtomicJSONStorage)
        store.table(ANNOTATIONS).insert(Annotation.note(art, 0, 10, "benchmark note").to_dict())


def open_split(db: Path) -> None:
    """Open the database and list the library, as the app does at start."""
    Store(db).articles()


def open_single(db: Path) -> None:
    """Open the one-file database and list the library."""
    tables = TinyDB(db, storage=AtomicJSONStorage)
    counts: dict[str, int] = {}
    for doc in tables.table(ANNOTATIONS).all():
        counts[doc["article_id"]] = counts.get(doc["article_id"], 0) + 1
    [a.get("title") for a in tables.table(ARTICLES).all()]


def timed(fn: Any, repeat: int) -> float:
    """Return the median wall time of fn() in milliseconds."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def run(sizes: tuple[int, ...], counts: tuple[int, ...], layouts: tuple[str, ...], saves: int) -> list[dict[str, Any]]:
    """Return one result row per (layout, annotations, articles)."""
    rng = random.Random(7)
    results = []
    for n_articles in counts:
        articles = make_articles(n_articles)
        for total in sizes:
            anns = make_annotations(articles, total, rng)
            for layout in layouts:
                with tempfile.TemporaryDirectory(prefix="qm-bench-") as tmp:
                    db = Path(tmp) / "quotemark.json"
                    target = articles[rng.randrange(len(articles))]
                    if layout == "split":
                        build_split(db, articles, anns)
                        store = Store(db)
                        save_ms = timed(partial(save_split, store, target), saves)
                        open_ms = timed(partial(open_split, db), 3)
                    else:
                        build_single(db, articles, anns)
                        lock = FileLock(db.with_name(db.name + ".lock"))
                        reps = saves if total < 10_000 else max(3, saves // 3)
                        save_ms = timed(partial(save_single, db, target, lock), reps)
                        open_ms = timed(partial(open_single, db), 3 if total < 10_000 else 1)
                    size = sum(p.stat().st_size for p in Path(tmp).rglob("*") if p.is_file())
                row = {
                    "layout": layout,
                    "annotations": total,
                    "articles": n_articles,
                    "save_ms": save_ms,
                    "open_ms": open_ms,
                    "mb": size / 1e6,
                }
                results.append(row)
                print(
                    f"  {layout:6} {total:>6} annotations / {n_articles:>4} articles: "
                    f"save {save_ms:7.1f} ms, open {open_ms:7.1f} ms, {size / 1e6:6.1f} MB",
                    file=sys.stderr,
                    flush=True,
                )
    return results


def table(results: list[dict[str, Any]]) -> str:
    """Return the results as a Markdown table."""
    lines = [
        "| layout | annotations | articles | save one (ms, median) | open + library (ms) | on disk (MB) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['layout']} | {r['annotations']:,} | {r['articles']:,} | {r['save_ms']:.1f} | {r['open_ms']:.1f} | {r['mb']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only 100 and 10k annotations, 10 and 1,000 articles")
    parser.add_argument("--saves", type=int, default=9, help="saves timed per size (median reported)")
    parser.add_argument("--layouts", default="split,single", help="comma-separated: split, single")
    args = parser.parse_args(argv)
    sizes = (100, 10_000) if args.quick else SIZES
    counts = (10, 1_000) if args.quick else ARTICLE_COUNTS
    layouts = tuple(x.strip() for x in args.layouts.split(",") if x.strip())
    print(table(run(sizes, counts, layouts, args.saves)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
