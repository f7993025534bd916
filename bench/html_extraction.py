"""Score quotemark's web-page reader on the Article Extraction Benchmark, beside plain extractors.

    python bench/html_extraction.py [--limit N] [--half a|b] [--only NAME ...] [--errors N] [--data DIR]

Reads `pages/<id>.html.gz` and `ground-truth.json` from ../shared/datasets/html (evaluation only:
the data is never copied into this repository); when it is absent the script says so and exits 0.

The benchmark's metric: words are `\\w+` tokens; precision and recall are computed over the multiset
of 4-word shingles of the extracted text against the annotated body, per page; P and R are the means
over pages and F1 is computed from mean P and mean R.

Systems, in the same run: quotemark's reader (`read_text(..., format="html")`, so the text is what
the app shows), trafilatura's `extract` (default and favor_precision) and readability-lxml. For
each: P, R, F1, pages with F1 < 0.8 and ms per page. For quotemark, also:
- furniture left: pages whose text keeps a "READ MORE:", "SEE MORE", "DON'T MISS" or "Related:"
  line, a hover-card repetition ("Ilhan OmarIlhan Omar") or the headline as the first paragraph,
  and lines opening with "You may also like", "Sign up", "Follow us", "Copyright", "Tags:" and the
  like, each counted only where the annotated body does not hold the same thing;
- title and date against what the page itself declares (JSON-LD headline/datePublished, Open
  Graph og:title/article:published_time, the first <time datetime>): a title is right when it
  equals the declared headline, or the declared one without an appended " | Site" / " - Site";
  a date is right when the ISO day matches.

`--half a` keeps the pages at even positions in id order, `--half b` the odd ones: develop on one,
check on the other.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "html"
_WORD = re.compile(r"\w+")
_FURNITURE = {
    "READ MORE:": re.compile(r"^\W*read more\s*:", re.IGNORECASE | re.MULTILINE),
    "SEE MORE": re.compile(r"^\W*see more\b", re.IGNORECASE | re.MULTILINE),
    "DON'T MISS": re.compile(r"^\W*don[’']t miss\b", re.IGNORECASE | re.MULTILINE),
    "Related:": re.compile(r"^\W*related\s*:", re.IGNORECASE | re.MULTILINE),
    "You may also like": re.compile(
        r"^\W*(?:you (?:may|might) also like|most (?:read|popular)\b)", re.IGNORECASE | re.MULTILINE
    ),
    "newsletter/follow": re.compile(
        r"^\W*(?:sign up\b|subscribe\b|follow (?:us|him|her)\b|click here to subscribe)", re.IGNORECASE | re.MULTILINE
    ),
    "copyright": re.compile(r"^\W*(?:copyright\b|©)|all rights reserved", re.IGNORECASE | re.MULTILINE),
    "Comments/Tags/Filed under": re.compile(
        r"^\W*(?:comments?|tags?|filed under)\s*(?::|$)", re.IGNORECASE | re.MULTILINE
    ),
    # a capitalised name of two or more words glued to itself: a hover card's repetition
    "hover card": re.compile(r"\b((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w'’-]+)\1"),
}
_SUFFIX = re.compile(r"\s+[|\-–—·:]\s+[^|\-–—·]{2,60}$")  # " | Site", " - Site", " | 19.01.2020"


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Return the multiset of n-word shingles of `\\w+` tokens in text."""
    words = _WORD.findall(text)
    return Counter(tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1)))


def precision_recall(predicted: str, gold: str) -> tuple[float, float]:
    """Return the benchmark's per-page (precision, recall) of predicted text against the gold body."""
    p, g = shingles(predicted), shingles(gold)
    if not p and not g:
        return 1.0, 1.0
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    return precision, recall


@dataclass
class Result:
    """One system's scores over the pages."""

    name: str
    p: list[float] = field(default_factory=list)
    r: list[float] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> tuple[float, float, float, int]:
        """Return mean P, mean R, F1 of the means, and the number of pages with F1 < 0.8."""
        mp, mr = sum(self.p) / len(self.p), sum(self.r) / len(self.r)
        f1 = 2 * mp * mr / (mp + mr) if mp + mr else 0.0
        return mp, mr, f1, sum(1 for p, r in zip(self.p, self.r) if _f1(p, r) < 0.8)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# ---- systems -------------------------------------------------------------------------------------


def _quotemark(html: str) -> tuple[str, str | None, str | None]:
    from quotemark.analysis.reader import read_text

    article = read_text(html, source="page.html", format="html")
    return article.text, article.title, article.date


def _trafilatura(html: str, **options: Any) -> str:
    import trafilatura

    return trafilatura.extract(html, **options) or ""


def _readability(html: str) -> str:
    import lxml.html
    from readability import Document

    summary = Document(html).summary(html_partial=True)
    return lxml.html.fromstring(summary).text_content() if summary.strip() else ""


SYSTEMS: dict[str, Callable[[str], str | tuple[str, str | None, str | None]]] = {
    "quotemark": _quotemark,
    "trafilatura": _trafilatura,
    "trafilatura favor_precision": lambda html: _trafilatura(html, favor_precision=True),
    "readability-lxml": _readability,
}


# ---- what the page declares ------------------------------------------------------------------------


def declared(html: str) -> tuple[list[str], str | None, list[str]]:
    """Return (the page's declared titles, best first; its declared ISO publication day or None;
    the names it gives itself: og:site_name, publisher, host)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except Exception:
        return [], None, []
    titles: list[str] = []
    dates: list[str] = []
    sites: list[str] = []
    for script in root.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for node in _ld_nodes(data):
            if isinstance(node.get("headline"), str):
                titles.append(node["headline"])
            if isinstance(node.get("datePublished"), str):
                dates.append(node["datePublished"])
            if isinstance(node.get("publisher"), dict) and isinstance(node["publisher"].get("name"), str):
                sites.append(node["publisher"]["name"])
    for prop in ("og:title", "twitter:title"):
        titles += root.xpath(f'//meta[@property="{prop}" or @name="{prop}"]/@content')
    dates += root.xpath('//meta[@property="article:published_time" or @name="article:published_time"]/@content')
    dates += root.xpath("//time/@datetime")
    sites += root.xpath('//meta[@property="og:site_name"]/@content')
    for url in root.xpath('//meta[@property="og:url"]/@content | //link[@rel="canonical"]/@href'):
        m = re.match(r"\s*https?://(?:www\.)?([^./]+)", url)
        if m:
            sites.append(m.group(1))
    day = next((d.strip()[:10] for d in dates if re.match(r"\s*(?:199[5-9]|20\d\d)-\d{2}-\d{2}", d)), None)
    return [" ".join(t.split()) for t in titles if t.strip()], day, [s for s in sites if s.strip()]


def _ld_nodes(data: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if any(k in item for k in ("headline", "datePublished")):
                out.append(item)
            if "@graph" in item:
                stack.append(item["@graph"])
    return out


def _norm(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def _without_site(title: str, sites: list[str]) -> str:
    """Return the title with trailing " | Site" / " - Site" / " | 19.01.2020" segments removed."""
    names = [_norm(x).replace(" ", "") for x in sites]
    while True:
        m = _SUFFIX.search(title)
        if not m:
            return title
        tail = _norm(m.group()).replace(" ", "")
        if not tail or not (
            tail.isdigit() or any(tail in n or (n in tail and len(tail) <= len(n) + 4) for n in names if n)
        ):
            return title
        title = title[: m.start()]


def title_right(got: str | None, titles: list[str], sites: list[str]) -> bool:
    """Return True when `got` is a declared headline without the site name appended to it."""
    if not got:
        return False
    return _norm(got) in {_norm(_without_site(t, sites)) for t in titles}


def furniture(text: str, gold: str, title: str | None) -> list[str]:
    """Return the kinds of furniture in our text that the annotated body does not hold."""
    kinds = [k for k, rx in _FURNITURE.items() if rx.search(text) and not rx.search(gold)]
    first = next((p for p in text.split("\n\n") if p.strip()), "")
    gold_first = next((p for p in gold.split("\n") if p.strip()), "")
    if title and _norm(first) == _norm(title) and _norm(gold_first) != _norm(title):
        kinds.append("headline first")
    return kinds


# ---- the run ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (after --half)")
    parser.add_argument("--half", choices=["a", "b"], help="even (a) or odd (b) positions in id order")
    parser.add_argument("--only", nargs="*", choices=sorted(SYSTEMS), help="run only these systems")
    parser.add_argument("--errors", type=int, default=0, help="list quotemark's N worst pages")
    parser.add_argument("--dump", type=Path, help="write quotemark's text per page to this folder")
    ns = parser.parse_args(argv)
    truth_path = ns.data / "ground-truth.json"
    if not truth_path.exists():
        print(f"benchmark data not found at {ns.data} (ground-truth.json): nothing to measure")
        return 0
    truth: dict[str, dict[str, str]] = json.loads(truth_path.read_text(encoding="utf-8"))
    ids = sorted(truth)
    if ns.half:
        ids = ids[0 if ns.half == "a" else 1 :: 2]
    if ns.limit:
        ids = ids[: ns.limit]
    pages = {i: _load(ns.data / "pages" / f"{i}.html.gz") for i in ids}
    names = ns.only or list(SYSTEMS)
    results = {n: Result(n) for n in names}
    left: Counter[str] = Counter()
    titles_declared = titles_right = dates_declared = dates_right = 0
    misses: list[str] = []
    if ns.dump:
        ns.dump.mkdir(parents=True, exist_ok=True)
    for name in names:  # one system at a time, so that each one's timing is its own
        res = results[name]
        for i in ids:
            gold = truth[i]["articleBody"]
            started = time.perf_counter()
            try:
                out = SYSTEMS[name](pages[i])
            except Exception as exc:  # a failure scores zero on that page, as in the benchmark
                out = ""
                print(f"  {name} failed on {i[:12]}: {type(exc).__name__}: {exc}", file=sys.stderr)
            res.seconds += time.perf_counter() - started
            text, title, date = out if isinstance(out, tuple) else (out, None, None)
            p, r = precision_recall(text, gold)
            res.p.append(p)
            res.r.append(r)
            res.ids.append(i)
            if name != "quotemark":
                continue
            if ns.dump:
                (ns.dump / f"{i[:12]}.txt").write_text(f"TITLE: {title}\nDATE: {date}\n\n{text}", encoding="utf-8")
            for kind in furniture(text, gold, title):
                left[kind] += 1
            want_titles, want_day, sites = declared(pages[i])
            if want_titles:
                titles_declared += 1
                titles_right += title_right(title, want_titles, sites)
                if not title_right(title, want_titles, sites):
                    misses.append(f"title {i[:12]}: got {title!r}, declared {want_titles[0]!r}")
            if want_day:
                dates_declared += 1
                dates_right += (date or "")[:10] == want_day
                if (date or "")[:10] != want_day:
                    misses.append(f"date  {i[:12]}: got {date!r}, declared {want_day!r}")
    _report(results, len(ids), ns.half)
    if "quotemark" in results:
        kinds = ["READ MORE:", "SEE MORE", "DON'T MISS", "Related:", "hover card", "headline first"]
        print(
            "\nquotemark, pages keeping furniture the annotators did not keep: "
            + ", ".join(f"{k} {left[k]}" for k in kinds)
            + f"; total {sum(left[k] for k in kinds)}"
        )
        others = [k for k in _FURNITURE if k not in kinds]
        print("  and lines opening with: " + ", ".join(f"{k} {left[k]}" for k in others))
        print(
            f"title right on {titles_right}/{titles_declared} pages declaring one"
            f" ({titles_right / max(1, titles_declared):.1%}); date right on {dates_right}/{dates_declared}"
            f" ({dates_right / max(1, dates_declared):.1%})"
        )
        if ns.errors:
            res = results["quotemark"]
            worst = sorted(zip(res.ids, res.p, res.r), key=lambda t: _f1(t[1], t[2]))[: ns.errors]
            print("\nworst pages (id, P, R, F1):")
            for i, p, r in worst:
                print(f"  {i[:12]}  {p:.3f}  {r:.3f}  {_f1(p, r):.3f}  {truth[i].get('url', '')[:70]}")
            for line in misses[: ns.errors]:
                print("  " + line)
    return 0


def _load(path: Path) -> str:
    from quotemark.analysis.decoding import decode_bytes

    with gzip.open(path, "rb") as f:
        return decode_bytes(f.read(), html=True)[0]


def _report(results: dict[str, Result], pages: int, half: str | None) -> None:
    where = f"half {half}, " if half else ""
    print(f"Article Extraction Benchmark: {where}{pages} pages")
    print(f"{'system':<30} {'F1':>6} {'P':>6} {'R':>6} {'F1<0.8':>7} {'ms/page':>8}")
    for res in results.values():
        mp, mr, f1, low = res.summary()
        print(f"{res.name:<30} {f1:6.3f} {mp:6.3f} {mr:6.3f} {low:7d} {1000 * res.seconds / pages:8.1f}")
    if {"quotemark", "trafilatura", "readability-lxml"} <= results.keys():
        ours = results["quotemark"].seconds
        base = results["trafilatura"].seconds + results["readability-lxml"].seconds
        print(f"reading cost: quotemark / (trafilatura + readability-lxml) = {ours / base:.2f} (target <= 1.5)")


if __name__ == "__main__":
    raise SystemExit(main())
