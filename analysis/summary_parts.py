"""Lines of the Markdown summary that must say each fact once: key numbers and timeline entries.

A number's reading is printed only when it adds something to the words ("up to 40 more" → "up to
40 more nuclear warheads", not "about 50 nuclear warheads" twice); a date's words only when they
differ from its value ("last year" for 2025, never "2005 (2005)"); and a timeline entry gives the
few words around its date, not the whole sentence again.
"""

from __future__ import annotations

import re

from quotemark.analysis.model import DateMention, Quantity

CONTEXT_WORDS = 7  # words kept on each side of a date in its timeline entry


def flat(s: str) -> str:
    """Return `s` on one line with runs of whitespace collapsed."""
    return " ".join(s.split())


def _same(a: str, b: str) -> bool:
    """Return True when two phrasings say the same (case, spacing and punctuation ignored)."""

    def norm(s: str) -> str:
        return re.sub(r"[\W_]+", " ", s).strip().casefold()

    return norm(a) == norm(b)


def number_line(n: Quantity, detail: str) -> str:
    """Return a key-number bullet: “words”, the reading when it adds to them, and the source."""
    parts = [f"“{flat(n.text)}”"]
    if detail and not _same(detail, n.text):
        parts.append(f"({detail})")
    if n.source:
        parts.append(f"— {flat(n.source)}")
    return "- " + " ".join(parts)


def timeline_line(value: str, mention: DateMention, sentence: str) -> str:
    """Return a timeline bullet: the value, the date's words when they differ, and the words around it."""
    head = f"**{value}**"
    words = flat(mention.text)
    if words and not _same(words, value):
        head += f" ({words})"
    return f"- {head}: {around(sentence, words)}"


def around(sentence: str, words: str, n: int = CONTEXT_WORDS) -> str:
    """Return up to `n` words either side of `words` in `sentence`, with … where it was cut."""
    tokens = sentence.split()
    target = words.split()
    at = next((i for i in range(len(tokens)) if _starts(tokens, i, target)), None)
    if at is None:
        return sentence if len(tokens) <= 2 * n + 1 else " ".join(tokens[: 2 * n]) + " …"
    lo, hi = max(0, at - n), min(len(tokens), at + len(target) + n)
    out = " ".join(tokens[lo:hi])
    if lo > 0:
        out = "… " + out
    if hi < len(tokens):
        out = out.rstrip(",;:") + " …"
    return out


def _starts(tokens: list[str], i: int, target: list[str]) -> bool:
    """Return True when `target` begins at tokens[i] (punctuation around a token ignored)."""
    if not target or i + len(target) > len(tokens):
        return False
    return all(
        _same(tokens[i + k], target[k])
        or tokens[i + k].strip("\"“”'‘’()[],.;:!?") == target[k].strip("\"“”'‘’()[],.;:!?")
        for k in range(len(target))
    )
