"""Why quotations are sure or to review, and how often each kind is right, on a given set.

    python bench/review_reasons.py [--set a|b|...] [--outcomes FILE] [--pages DIR --gold FILE]
        [--by class|route|kind|doubt|reason] [--wrong-sure] [--list GROUP] [--min N]

Groups the quotations of a scored set by what their confidence was read from and prints, per group,
how many there are, the share right, how many are sure and the share of those right: the classes to
make sure (right nearly always, yet to review) and the ones to send to review (sure, yet wrong).

Sets (any together; default: every newsroom set):
- `--set KEY`: a newsroom set of bench/newsroom.py (written articles with the expected speakers).
- `--outcomes FILE`: PolNeAR outcomes saved by `bench/attribution.py --save-outcomes FILE` (no text).
- `--pages DIR --gold FILE`: saved real pages (`.html`) and a gold file of JSON lines, one per
  quotation: {"page", "start", "end", "first_words", "speakers", "kind"} (kind "skip" is not scored;
  the realgold format of the project's notes, which live outside this repository). A gold quotation
  is matched to the non-scare quotation of its page overlapping it most (re-anchored on its first
  words when the text moved); speakers compare as bench/attribution.py's `same_speaker`, right when
  any of the gold's speakers matches.

`--by`: class (route/kind, +rival, +support, +doubts: the calibration's own key; the default), route,
kind, doubt (each doubt; "none"), reason (sure / no speaker / doubt / below the threshold).
`--wrong-sure` lists every sure quotation whose speaker is wrong, with its class; `--list GROUP` every
quotation of a group.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.attribution import same_speaker  # noqa: E402
from bench.newsroom import SETS, expected_offsets, match  # noqa: E402
from quotemark.analysis import attribution  # noqa: E402
from quotemark.analysis.evidence import Evidence  # noqa: E402
from quotemark.analysis.model import Article, Quote  # noqa: E402
from quotemark.analysis.pipeline import analyze, load_nlp  # noqa: E402
from quotemark.analysis.review import REVIEW_THRESHOLD  # noqa: E402


@dataclass(frozen=True)
class Scored:
    """One scored quotation: the evidence its confidence was read from, and its outcome."""

    source: str  # the set and the article or page
    words: str  # its first words ("" when the set keeps no text)
    speaker: str | None
    expected: str
    evidence: Evidence | None
    confidence: float
    sure: bool
    right: bool


def class_of(ev: Evidence | None) -> str:
    """Return the calibration class of an evidence: route/kind, then rival, support and doubts."""
    if ev is None:
        return "no speaker"
    key = f"{ev.route.value}/{ev.kind.value}"
    if ev.rival:
        key += " +rival"
    if ev.support is not None:
        key += f" +{ev.support.value}"
    return key + "".join(f" !{d.value}" for d in sorted(ev.doubts, key=lambda d: d.value))


def reason_of(s: Scored) -> str:
    """Return why a quotation is sure or to review."""
    if s.sure:
        return "sure"
    if s.evidence is None or s.speaker is None:
        return "no speaker"
    if s.evidence.doubts:
        return "doubt"
    return f"class below {REVIEW_THRESHOLD}"


def keys_of(s: Scored, by: str) -> list[str]:
    """Return the groups a quotation counts in under the grouping `by`."""
    ev = s.evidence
    if by == "route":
        return [ev.route.value if ev else "no speaker"]
    if by == "kind":
        return [ev.kind.value if ev else "no speaker"]
    if by == "doubt":
        if ev is None:
            return ["no speaker"]
        return sorted(d.value for d in ev.doubts) or ["none"]
    if by == "reason":
        return [reason_of(s)]
    return [class_of(ev)]


@contextmanager
def capturing_evidence() -> Iterator[list[list[Evidence | None]]]:
    """Record, for each article analysed inside, the evidence of each of its quotations in order
    (the pipeline keeps only the confidence read from it)."""
    seen: list[list[Evidence | None]] = []
    original = attribution.attribute

    def recording(*args: Any, **kwargs: Any) -> tuple[list[Quote], list[Any]]:
        quotes, claims, evidence = attribution.attribute_with_evidence(*args, **kwargs)
        seen.append(evidence)
        return quotes, claims

    attribution.attribute = recording  # type: ignore[assignment]
    try:
        yield seen
    finally:
        attribution.attribute = original  # type: ignore[assignment]


def analysed(article: Article, nlp: Any) -> list[tuple[Quote, Evidence | None]]:
    """Return the article's quotations, each with the evidence of its confidence."""
    with capturing_evidence() as seen:
        quotes = analyze(article, nlp).quotes
    evidence = seen[-1] if seen and len(seen[-1]) == len(quotes) else [None] * len(quotes)
    return list(zip(quotes, evidence))


def scored(q: Quote | None, ev: Evidence | None, right: bool, source: str, words: str, expected: str) -> Scored:
    """Return the Scored record of a matched quotation."""
    assert q is not None
    return Scored(source, words, q.speaker, expected, ev, q.confidence, not q.needs_review, right)


def newsroom(key: str, nlp: Any) -> list[Scored]:
    """Return the scored quotations found in newsroom set `key`."""
    out: list[Scored] = []
    for name, text, expected in SETS[key]:
        pairs = analysed(Article(text=text), nlp)
        evidence = {id(q): ev for q, ev in pairs}
        quotes = [q for q, _ in pairs]
        for (words, speaker), offset in zip(expected, expected_offsets(text, expected)):
            q = match(quotes, offset)
            if q is None:
                continue
            right = q.speaker is None if speaker is None else same_speaker(q.speaker, speaker)
            out.append(scored(q, evidence[id(q)], right, f"{key}:{name}", words, str(speaker)))
    return out


def dev_outcomes(path: Path) -> list[Scored]:
    """Return the PolNeAR outcomes saved by bench/attribution.py (no text, no speaker names)."""
    from bench.outcome_file import load_outcomes

    return [
        Scored(f"polnear:{o.group}:{o.doc}", "", "?", "?", o.evidence, o.confidence, o.sure, o.right)
        for o in load_outcomes(path)
    ]


def _overlap(q: Quote, start: int, end: int) -> int:
    return max(0, min(q.end, end) - max(q.start, start))


def _anchor(text: str, line: dict[str, Any]) -> tuple[int, int]:
    """Return the gold span, moved to its first words' nearest occurrence when the text moved."""
    start, end = int(line["start"]), int(line["end"])
    first = str(line.get("first_words", ""))
    if not first or text[start : start + len(first)] == first:
        return start, end
    hits, i = [], text.find(first)
    while i >= 0:
        hits.append(i)
        i = text.find(first, i + 1)
    if not hits:
        return start, end
    near = min(hits, key=lambda h: abs(h - start))
    return near, near + (end - start)


def real_pages(pages: Path, gold: Path, nlp: Any, read: Callable[[Path], Article]) -> list[Scored]:
    """Return the gold quotations of saved real pages, scored (see the module's docstring)."""
    by_page: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with gold.open(encoding="utf-8") as fh:
        for raw in fh:
            if raw.strip():
                line = json.loads(raw)
                if line.get("kind") != "skip":
                    by_page[str(line["page"]).removesuffix(".gz")].append(line)
    out: list[Scored] = []
    for page, lines in sorted(by_page.items()):
        path = pages / page
        if not path.exists():
            continue
        article = read(path)
        pairs = [(q, ev) for q, ev in analysed(article, nlp) if q.kind != "scare"]
        for line in lines:
            start, end = _anchor(article.text, line)
            best = max(pairs, key=lambda p: _overlap(p[0], start, end), default=None)
            if best is None or _overlap(best[0], start, end) == 0:
                continue
            q, ev = best
            golds = [str(s) for s in line["speakers"]]
            right = any(same_speaker(q.speaker, g) for g in golds)
            out.append(scored(q, ev, right, f"page:{page[:12]}@{start}", q.text[:40], golds[0]))
    return out


def table(rows: Iterable[Scored], by: str, least: int) -> list[str]:
    """Return the report lines: per group, quotations, share right, sure, share of the sure right."""
    groups: dict[str, list[Scored]] = defaultdict(list)
    for s in rows:
        for k in keys_of(s, by):
            groups[k].append(s)
    lines = [f"{'group':58} {'n':>5} {'right':>7} {'sure':>5} {'sure ok':>8} {'review ok':>9}"]
    for k, g in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(g) < least:
            continue
        sure = [s for s in g if s.sure]
        review = [s for s in g if not s.sure]
        lines.append(
            f"{k[:58]:58} {len(g):5} {sum(s.right for s in g) / len(g):7.1%} {len(sure):5} "
            f"{_share(sure):>8} {_share(review):>9}"
        )
    return lines


def _share(rows: list[Scored]) -> str:
    return f"{sum(s.right for s in rows)}/{len(rows)}" if rows else "-"


def main(argv: Iterable[str] | None = None) -> int:
    """Print the table of each set asked for; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="a newsroom set (repeatable)")
    ap.add_argument("--outcomes", type=Path, action="append", help="PolNeAR outcomes file (repeatable)")
    ap.add_argument("--pages", type=Path, help="folder of saved .html pages")
    ap.add_argument("--gold", type=Path, help="gold JSON lines for --pages")
    ap.add_argument("--by", choices=("class", "route", "kind", "doubt", "reason"), default="class")
    ap.add_argument("--wrong-sure", action="store_true", help="list every sure quotation with a wrong speaker")
    ap.add_argument("--list", metavar="GROUP", action="append", help="list the quotations of this group (repeatable)")
    ap.add_argument("--min", type=int, default=1, help="leave out groups smaller than this")
    args = ap.parse_args(list(argv) if argv is not None else None)
    if bool(args.pages) != bool(args.gold):
        ap.error("--pages and --gold go together")
    sets: dict[str, list[Scored]] = {}
    for path in args.outcomes or []:
        sets[f"outcomes {path.name}"] = dev_outcomes(path)
    need_nlp = bool(args.pages) or bool(args.set) or not (args.outcomes or args.pages)
    nlp = load_nlp() if need_nlp else None
    if args.pages:
        from quotemark.analysis.reader import read_path

        sets[f"pages {args.pages}"] = real_pages(args.pages, args.gold, nlp, read_path)
    for key in args.set or ([] if args.outcomes or args.pages else sorted(SETS)):
        sets[f"newsroom {key}"] = newsroom(key, nlp)
    for name, rows in sets.items():
        sure = [s for s in rows if s.sure]
        print(
            f"== {name}: {len(rows)} quotations, {_share(rows)} right, sure {len(sure)} "
            f"({len(sure) / max(1, len(rows)):.1%}) of which {_share(sure)} right"
        )
        print("\n".join(table(rows, args.by, args.min)))
        for s in rows:
            listed = any(g in keys_of(s, args.by) for g in args.list or [])
            if listed or (args.wrong_sure and s.sure and not s.right):
                mark = ("SURE-" if s.sure else "REVIEW-") + ("RIGHT" if s.right else "WRONG")
                print(f"  {mark} {s.source} [{s.words}] {s.speaker!r} <- {s.expected!r} {class_of(s.evidence)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
