"""Recognise the same quotation in several articles, allowing the small edits copying brings.

Pure string work. A quotation is normalised to a list of word tokens (case, quote marks, dashes,
accents and punctuation folded away); an ellipsis (`...`, `…`) or a bracketed insertion
(`[the president]`) becomes a GAP that may stand for any run of words in the other copy. Two texts
are the same quotation when the shorter one aligns inside the longer one with at most a few word
edits (a word changed, added or dropped), never by changing a negation or a number (that makes a
different claim), and only when the shorter one carries enough information to be worth linking
(short generic quotes such as "We'll see." link nothing).

`quote_keys` gives word-trigram keys per gap-free segment: a copy with one word edited still
shares a key with the original as long as a segment has six words, so an index can find the
candidates by key and confirm them with `same_quotation`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Protocol

GAP = "\x00"  # a token standing for an ellipsis or a bracketed insertion: any run of words

KEY_SIZE = 3  # words per key
MIN_WORDS = 6  # words the shorter copy needs (GAPs excluded)
MIN_CONTENT_WORDS = 4  # of which not stop words
MIN_CONTENT_CHARS = 24  # letters in those content words
HEAVY = 1000.0  # the cost of editing a negation or a number: never a small edit

# An ellipsis, a bracketed insertion, or a word (letters/digits with inner apostrophes and
# decimal points kept: "don't", "3.5").
_PIECE = re.compile(r"\.\s?\.\s?\.|…|\[[^\[\]]*\]|[^\W_]+(?:['.,][^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_NEGATIONS = frozenset(
    "not no never nor none nobody nothing nowhere neither cannot without n't "
    "don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't weren't "
    "hasn't haven't hadn't mustn't needn't ain't".split()
)
_STOP = frozenset(
    """a an the and or but if then so as of at by for from in into on onto to with about over
    under up down out off than that this these those there here it its it's i i'm i've i'd i'll
    me my we we're we've we'd we'll us our you you're your he he's him his she she's her they
    they're them their is are was were be been being am do does did have has had having will
    would shall should can could may might must just very also too not no yes all any some such
    what which who whom whose when where why how said says say told tell think know get got go
    going gone well really there's that's what's let's one""".split()
)


@dataclass(frozen=True)
class Occurrence:
    """One saved article that carries the same quotation."""

    article_id: str
    title: str
    source: str  # the article's source/outlet/path as the store knows it ("" if none)
    date: str  # ISO date "YYYY-MM-DD" or "" when unknown
    start: int  # character offset of the quotation in that article's text
    end: int
    text: str  # the quotation text as found there


class ProvenanceLookup(Protocol):
    """Finds the saved articles that carry a quotation (the library index implements it)."""

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Return the saved articles (other than exclude_article) that carry this quotation, oldest first."""
        ...


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise(text: str) -> list[str]:
    """Return the quotation's word tokens, each ellipsis or bracketed insertion one GAP token."""
    tokens: list[str] = []
    for match in _PIECE.finditer(_fold(text)):
        piece = match.group()
        if piece[0] in ".…[":
            if not tokens or tokens[-1] != GAP:
                tokens.append(GAP)
            continue
        tokens.append(piece.replace(",", "") if piece[0].isdigit() else piece.replace(",", " "))
    return [t for tok in tokens for t in (tok.split(" ") if tok != GAP else (tok,)) if t]


def _segments(tokens: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for tok in tokens:
        if tok == GAP:
            segments.append([])
        else:
            segments[-1].append(tok)
    return [s for s in segments if s]


def informative(tokens: list[str]) -> bool:
    """Return whether these tokens say enough to be linked across articles (not "We'll see.")."""
    words = [t for t in tokens if t != GAP]
    content = [t for t in words if t not in _STOP]
    return (
        len(words) >= MIN_WORDS
        and len(content) >= MIN_CONTENT_WORDS
        and sum(len(t) for t in content) >= MIN_CONTENT_CHARS
    )


def quote_keys(text: str) -> frozenset[str]:
    """Return lookup keys for finding candidate copies of a quotation (robust to small edits)."""
    tokens = normalise(text)
    if not informative(tokens):
        return frozenset()
    keys: set[str] = set()
    for segment in _segments(tokens):
        for i in range(len(segment) - KEY_SIZE + 1):
            gram = segment[i : i + KEY_SIZE]
            if any(t not in _STOP for t in gram):
                keys.add(" ".join(gram))
    return frozenset(keys)


def _heavy(token: str) -> bool:
    return token in _NEGATIONS or token.endswith("n't") or any(ch.isdigit() for ch in token)


def _edit_cost(token: str) -> float:
    return HEAVY if _heavy(token) else 1.0


def _align_cost(pattern: list[str], text: list[str]) -> float:
    """Return the fewest word edits that put `pattern` somewhere inside `text` (GAPs match any run)."""
    inf = float("inf")
    prev = [0.0] * (len(text) + 1)  # the pattern may start anywhere in the text
    for i in range(1, len(pattern) + 1):
        p = pattern[i - 1]
        cur = [inf] * (len(text) + 1)
        if p == GAP:
            cur[0] = prev[0]
            for j in range(1, len(text) + 1):
                cur[j] = min(prev[j], cur[j - 1])
        else:
            cur[0] = prev[0] + _edit_cost(p)
            for j in range(1, len(text) + 1):
                t = text[j - 1]
                if t == GAP:
                    # the text's gap may stand for this pattern word, or for nothing
                    cur[j] = min(cur[j - 1], prev[j], prev[j - 1])
                    continue
                sub = 0.0 if p == t else max(_edit_cost(p), _edit_cost(t))
                cur[j] = min(prev[j - 1] + sub, prev[j] + _edit_cost(p), cur[j - 1] + _edit_cost(t))
        prev = cur
    return min(prev)  # the pattern may end anywhere in the text


def allowed_edits(words: int) -> int:
    """Return how many word edits a quotation of this many words may carry and stay the same."""
    return max(1, round(words * 0.12))


def same_quotation(a: str, b: str) -> bool:
    """Return whether two quotation texts are the same quotation allowing small edits."""
    ta, tb = normalise(a), normalise(b)
    wa = sum(1 for t in ta if t != GAP)
    wb = sum(1 for t in tb if t != GAP)
    pattern, text, words = (ta, tb, wa) if wa <= wb else (tb, ta, wb)
    if not informative(pattern):
        return False
    budget = allowed_edits(words)
    # Cheap refusal first: too few of the pattern's words occur in the other text at all.
    text_words = set(text)
    if sum(1 for t in pattern if t != GAP and t not in text_words) > budget:
        return False
    return _align_cost(pattern, text) <= budget
