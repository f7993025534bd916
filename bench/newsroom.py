"""Score quotemark's speakers on the held-out newsroom set (tests/fixtures_newsroom.py).

    python bench/newsroom.py [--show] [--set a|b|c|d|e|f|g|h|p|q] [--article NAME]

Set a: fifteen written news articles in many house styles, with the speaker of each direct
quotation, written before quotemark was run on them (tests/fixtures_newsroom.py). Set b: eight
more, written after the rules set a led to and before quotemark was run on them
(tests/fixtures_newsroom_b.py): whether those rules carry over. Set c: seven with harder
constructions (anonymous sources, two women in one paragraph, family statements, posts),
also written before quotemark was run on them (tests/fixtures_newsroom_c.py). Set d: ten in
house styles and countries the others lack, written blind (without reading analysis/) and
before quotemark was run on them (tests/fixtures_newsroom_d.py). Set e: twelve in the styles of
US political news of 2015-2016, written blind the same way (tests/fixtures_newsroom_e.py). Set p:
eight short articles with he/she and cue-less traps, written before quotemark was run on them
(tests/fixtures_pronoun_topics.py); set q: four more, written after the rules they led to. Set f:
twelve more, six in US political styles and six from elsewhere, written blind in the same way and
held out until the end of the round that wrote it (tests/fixtures_newsroom_f.py). Set g: twelve
from outside US politics (UK, Irish, Australian, New Zealand, Indian, Canadian, South African and
Singapore wire styles; sport, business, courts, health and science, a council, crime, an interview),
written blind the same way (tests/fixtures_newsroom_g.py). Set h: twelve more, eight in the styles
of US political news of 2015-2017 and four from elsewhere, written blind and held out the same way
(tests/fixtures_newsroom_h.py).
All are scored unless --set. Each expected quotation is matched to the quotation quotemark found that starts where it
does (so a quotation nested in another one counts as missed unless quotemark gives it on its own). Speakers are compared by name the
way bench/attribution.py compares them (case, honorifics and a leading article dropped; equal, or
the same last word). An expected None is right only when quotemark gives no speaker.

Prints: quotations expected, found (matched to a quotation that is not a scare quote), missed
(no quotation, or only a scare quote), speaker right / wrong over those found, right over all
expected, and the sure set (confidence >= REVIEW_THRESHOLD, needs_review False): its share of the
quotations found and the share of it that is right. `--show` lists every quotation with its
outcome; quotations quotemark found that match nothing expected are listed as extra.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.attribution import same_speaker  # noqa: E402
from quotemark.analysis.model import Article, Quote  # noqa: E402
from quotemark.analysis.pipeline import analyze, load_nlp  # noqa: E402
from quotemark.analysis.review import REVIEW_THRESHOLD  # noqa: E402
from tests.fixtures_newsroom import ARTICLES  # noqa: E402
from tests.fixtures_newsroom_b import ARTICLES_B  # noqa: E402
from tests.fixtures_newsroom_c import ARTICLES_C  # noqa: E402
from tests.fixtures_newsroom_d import ARTICLES_D  # noqa: E402
from tests.fixtures_newsroom_e import ARTICLES_E  # noqa: E402
from tests.fixtures_newsroom_f import ARTICLES_F  # noqa: E402
from tests.fixtures_newsroom_g import ARTICLES_G  # noqa: E402
from tests.fixtures_newsroom_h import ARTICLES_H  # noqa: E402
from tests.fixtures_pronoun_topics import ARTICLES_PRONOUNS, ARTICLES_PRONOUNS_2  # noqa: E402

SETS = {
    "a": ARTICLES,
    "b": ARTICLES_B,
    "c": ARTICLES_C,
    "d": ARTICLES_D,
    "e": ARTICLES_E,
    "f": ARTICLES_F,
    "g": ARTICLES_G,
    "h": ARTICLES_H,
    "p": ARTICLES_PRONOUNS,
    "q": ARTICLES_PRONOUNS_2,
}

_OPENERS = "\"\u201c\u2018'\u00ab"


@dataclass
class Outcome:
    """One expected quotation and what quotemark gave it."""

    article: str
    start_words: str
    expected: str | None
    found: Quote | None  # None: missed (or only a scare quote)

    @property
    def right(self) -> bool:
        """Return True when the quotation was found with the expected speaker."""
        if self.found is None:
            return False
        if self.expected is None:
            return self.found.speaker is None
        return same_speaker(self.found.speaker, self.expected)


@dataclass
class Tally:
    """Outcomes over the whole set, and quotations found that match nothing expected."""

    outcomes: list[Outcome] = field(default_factory=list)
    extras: list[tuple[str, Quote]] = field(default_factory=list)


def expected_offsets(text: str, expected: list[tuple[str, str | None]]) -> list[int]:
    """Return where each expected quotation's words start, searching in order after an opening mark."""
    offsets: list[int] = []
    pos = 0
    for words, _ in expected:
        i = text.find(words, pos)
        while i > 0 and text[i - 1] not in _OPENERS:
            i = text.find(words, i + 1)
        if i < 0:
            raise ValueError(f"expected quotation not in the text: {words!r}")
        offsets.append(i)
        pos = i + 1
    return offsets


def match(quotes: list[Quote], offset: int) -> Quote | None:
    """Return the quotation, not a scare quote, that starts where the expected one does (give or take a space)."""
    return next((q for q in quotes if q.kind != "scare" and abs(q.start - offset) <= 2), None)


def score_article(
    name: str, quotes: list[Quote], text: str, expected: list[tuple[str, str | None]], tally: Tally
) -> None:
    """Add one article's outcomes and extras to `tally`."""
    used: set[int] = set()
    for (words, speaker), offset in zip(expected, expected_offsets(text, expected)):
        q = match(quotes, offset)
        if q is not None:
            used.add(id(q))
        tally.outcomes.append(Outcome(name, words, speaker, q))
    tally.extras.extend((name, q) for q in quotes if q.kind != "scare" and id(q) not in used)


def summary(tally: Tally) -> dict[str, float]:
    """Return the figures the README reports."""
    out = tally.outcomes
    found = [o for o in out if o.found is not None]
    right = [o for o in found if o.right]
    sure = [o for o in found if o.found is not None and not o.found.needs_review]
    sure_right = [o for o in sure if o.right]
    return {
        "expected": len(out),
        "found": len(found),
        "missed": len(out) - len(found),
        "speaker right": len(right),
        "speaker wrong": len(found) - len(right),
        "speaker accuracy (of found)": len(right) / max(1, len(found)),
        "right of all expected": len(right) / max(1, len(out)),
        "sure": len(sure),
        "sure coverage (of found)": len(sure) / max(1, len(found)),
        "sure precision": len(sure_right) / max(1, len(sure)),
        "extra quotations": len(tally.extras),
    }


def run(
    articles: list[tuple[str, str, list[tuple[str, str | None]]]], nlp: Any, names: set[str] | None = None
) -> tuple[Tally, float]:
    """Return the outcomes over a set (or its named articles) and the seconds analysis took."""
    tally = Tally()
    spent = 0.0
    for name, text, expected in articles:
        if names and name not in names:
            continue
        t0 = time.perf_counter()
        analysis = analyze(Article(text=text), nlp)
        spent += time.perf_counter() - t0
        score_article(name, analysis.quotes, text, expected, tally)
    return tally, spent


def show(tally: Tally) -> None:
    """Print every expected quotation's outcome, then the extras."""
    for o in tally.outcomes:
        if o.found is None:
            print(f"MISSED {o.article}: [{o.start_words}] expected {o.expected!r}")
            continue
        q = o.found
        mark = "ok   " if o.right else "WRONG"
        sure = "sure" if not q.needs_review else "review"
        print(
            f"{mark} {o.article}: [{o.start_words}] got {q.speaker!r} ({q.confidence:.2f} {sure}) expected {o.expected!r}"
        )
    for name, q in tally.extras:
        print(f"EXTRA {name}: [{q.text[:40]}] {q.speaker!r} kind={q.kind}")


def main(argv: Iterable[str] | None = None) -> int:
    """Run the newsroom benchmark and print its figures; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--show", action="store_true", help="list every quotation with its outcome")
    ap.add_argument("--article", action="append", help="only this article (repeatable)")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="only this set (repeatable; default: all)")
    args = ap.parse_args(list(argv) if argv is not None else None)
    nlp = load_nlp()
    for key in args.set or sorted(SETS):
        articles = SETS[key]
        tally, spent = run(articles, nlp, set(args.article) if args.article else None)
        if args.show:
            show(tally)
        print(
            f"newsroom set {key}: {len(articles)} articles, review threshold {REVIEW_THRESHOLD}, analysis {spent:.1f}s"
        )
        for name, value in summary(tally).items():
            print(f"  {name:28} {value:.3f}" if isinstance(value, float) else f"  {name:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
