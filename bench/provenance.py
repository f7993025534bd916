"""Provenance recall and precision on a generated set of copied quotations and look-alikes.

    python bench/provenance.py [--seed N ...] [--families N] [--show N] [--library N]

Finds candidates the way the library index does (articles sharing a `quote_keys` key), confirms
them with `same_quotation`, and compares the linked pairs with the generated truth
(bench/provenance_set.py). Targets: recall >= 0.95, precision >= 0.98.

With --library N it also times the real library index's lookup (store.library.occurrences, what
the reader's panel asks once per quotation, in a worker) on bench/library.py's generated library
of N articles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.provenance_set import Instance, expected, generate
from quotemark.analysis.provenance import quote_keys, same_quotation


def linked_pairs(instances: list[Instance]) -> tuple[set[tuple[int, int]], int]:
    """Return the index pairs linked as the same quotation, and how many candidates were checked."""
    by_key: dict[str, list[int]] = defaultdict(list)
    keys = [quote_keys(inst.text) for inst in instances]
    for i, ks in enumerate(keys):
        for key in ks:
            by_key[key].append(i)
    linked: set[tuple[int, int]] = set()
    checked = 0
    for i, ks in enumerate(keys):
        candidates = {j for key in ks for j in by_key[key] if j > i}
        for j in sorted(candidates):
            checked += 1
            if same_quotation(instances[i].text, instances[j].text):
                linked.add((i, j))
    return linked, checked


def evaluate(seed: int, families: int, show: int) -> tuple[float, float]:
    """Return (recall, precision) for one seed, printing its line and up to `show` errors of each kind."""
    instances = generate(seed, families)
    started = time.perf_counter()
    linked, checked = linked_pairs(instances)
    elapsed = time.perf_counter() - started
    truth: set[tuple[int, int]] = set()
    by_family: dict[int, list[int]] = defaultdict(list)
    for i, inst in enumerate(instances):
        by_family[inst.family].append(i)
    for members in by_family.values():
        for x in members:
            for y in members:
                if x < y and expected(instances[x], instances[y]):
                    truth.add((x, y))
    found = linked & truth
    wrong = {p for p in linked - truth if expected(instances[p[0]], instances[p[1]]) is False}
    recall = len(found) / len(truth) if truth else 1.0
    precision = len(found) / (len(found) + len(wrong)) if found or wrong else 1.0
    print(
        f"seed {seed}: {len(instances)} quotations, {len(truth)} copied pairs, {checked} candidates checked "
        f"in {elapsed:.2f} s; recall {recall:.3f} ({len(found)}/{len(truth)}), "
        f"precision {precision:.3f} ({len(wrong)} wrong links)"
    )
    missed = sorted(truth - linked)
    misses = Counter(instances[b].kind for _, b in missed)
    if misses:
        print("  missed, by the copy's edits:", dict(misses.most_common()))
    for a, b in missed[:show]:
        print(f"  MISSED  {instances[a].text!r}\n          {instances[b].text!r} [{instances[b].kind}]")
    for a, b in sorted(wrong)[:show]:
        print(
            f"  WRONG   {instances[a].text!r} [{instances[a].kind}]\n"
            f"          {instances[b].text!r} [{instances[b].kind}]"
        )
    return recall, precision


def library_latency(articles: int) -> None:
    """Print the median and slowest time of the library index's provenance lookup on a generated library."""
    from bench.library import write_library
    from quotemark.store import Store

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "quotemark.json"
        _, pairs = write_library(db, articles)
        store = Store(db)
        store.library.ensure()  # built once, as `doctor --reindex` or the first screen would
        times: list[float] = []
        for article, analysis in pairs[:: max(1, len(pairs) // 40)]:
            for quote in analysis.quotes[:3]:
                started = time.perf_counter()
                store.library.occurrences(quote.text, article.id)
                times.append(time.perf_counter() - started)
        store.close()
    print(
        f"library of {articles} articles: {len(times)} provenance lookups, median "
        f"{statistics.median(times) * 1000:.1f} ms, slowest {max(times) * 1000:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark for each seed; return 0 when every seed meets both targets, else 1."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, nargs="+", default=[1, 2026])
    parser.add_argument("--families", type=int, default=300)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses and wrong links")
    parser.add_argument("--library", type=int, default=0, help="also time the index's lookup on N generated articles")
    args = parser.parse_args(argv)
    results = [evaluate(seed, args.families, args.show) for seed in args.seed]
    if args.library:
        library_latency(args.library)
    ok = all(r >= 0.95 and p >= 0.98 for r, p in results)
    print("targets (recall >= 0.95, precision >= 0.98):", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
