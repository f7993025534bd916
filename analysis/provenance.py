"""Recognise the same quotation in several articles, allowing the small edits copying brings.

Pure string work. A quotation is normalised to a list of word tokens (case, quote marks, dashes,
accents and punctuation folded away); an ellipsis (`...`, `…`) or a bracketed insertion
(`[the president]`) becomes a gap token: an ellipsis may stand for any run of words in the other
copy, a bracket for up to three (never a negation or a number). Two texts are the same quotation
when the shorter one aligns inside the longer one with a few word edits (a word changed, added or
dropped; function words, fillers and spelling variants cost less than content words, words past
the other copy's ends more; the edits allowed grow with the length, see `allowed_edits`), never by
changing a negation or a number (that makes a different claim), and only when the shorter one
carries enough information to be worth linking (short generic quotes such as "We'll see." link
nothing, nor do pieces between ellipses that say nothing alone).

`quote_keys` gives word-trigram keys per gap-free segment: a copy with one word edited still
shares a key with the original as long as a segment has six words, so an index can find the
candidates by key and confirm them with `same_quotation`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Protocol

ELLIPSIS = "\x00..."  # a token standing for words left out: any run of words
BRACKET = "\x00[]"  # a token standing for a bracketed insertion: it may replace up to BRACKET_SPAN words
GAPS = (ELLIPSIS, BRACKET)

KEY_SIZE = 3  # words per key
MIN_WORDS = 8  # words the shorter copy needs (GAPs excluded)
MIN_CONTENT_WORDS = 4  # of which not stop words
MIN_CONTENT_CHARS = 24  # letters in those content words
BRACKET_SPAN = 3  # words a bracketed insertion may stand for ("[the president]" for "he")
HEAVY = 1000.0  # the cost of editing a negation or a number: never a small edit
EDGE = 2.0  # per word the shorter copy has beyond the other's ends: copies cut, they rarely add there
CONTENT_SWAP = 1.5  # one content word for another is more of a change than a function word
VARIANT_SWAP = 0.5  # a spelling variant (subsidise/subsidize, programme/program)
UNSEEN = 0.5  # per word of the shorter copy the other leaves out behind its own ellipsis

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
    going gone well really there's that's what's let's one now still already indeed certainly simply
    even only actually again ever quite rather perhaps clearly""".split()
)


# Words a copy editor swaps within a class (the/this, will/would) or adds and drops (really, also)
# without changing the claim: cheaper than other edits.
_CLASSES = (
    frozenset("the this that a an these those".split()),
    frozenset("will would shall can could should may might must".split()),
)
_FILLERS = frozenset(
    "also now still already indeed certainly simply even only actually again really just very quite".split()
)
LIGHT = 0.5  # the cost of such an edit


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
    text = text.translate(_APOSTROPHES)
    if text.isascii():  # most quotations: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise(text: str) -> list[str]:
    """Return the quotation's word tokens, each ellipsis an ELLIPSIS token, each [insertion] a BRACKET."""
    return list(_normalised(text))


@lru_cache(maxsize=8192)  # an index confirms one quotation against many candidates, and back
def _normalised(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for match in _PIECE.finditer(_fold(text)):
        piece = match.group()
        if piece[0] == "[":
            tokens.append(BRACKET)
        elif piece[0] in ".…":
            if not tokens or tokens[-1] != ELLIPSIS:
                tokens.append(ELLIPSIS)
        elif piece[0].isdigit():
            tokens.append(piece.replace(",", ""))
        else:
            tokens.extend(t for t in piece.split(",") if t)
    return tuple(tokens)


def _words(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in GAPS]


def _segments(tokens: list[str]) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for tok in tokens:
        if tok in GAPS:
            segments.append([])
        else:
            segments[-1].append(tok)
    return [s for s in segments if s]


def informative(tokens: list[str]) -> bool:
    """Return whether these tokens say enough to be linked across articles (not "We'll see.")."""
    words = _words(tokens)
    content = [t for t in words if t not in _STOP]
    return (
        len(words) >= MIN_WORDS
        and len(content) >= MIN_CONTENT_WORDS
        and sum(len(t) for t in content) >= MIN_CONTENT_CHARS
    )


def _anchored(tokens: list[str]) -> bool:
    """Return whether some piece between ellipses says enough alone ("We can ... the end." does not)."""
    if ELLIPSIS not in tokens:
        return True
    pieces: list[list[str]] = [[]]
    for tok in tokens:
        if tok == ELLIPSIS:
            pieces.append([])
        elif tok != BRACKET:
            pieces[-1].append(tok)
    return any(sum(1 for t in piece if t not in _STOP) >= MIN_CONTENT_WORDS for piece in pieces)


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


@lru_cache(maxsize=65536)
def _heavy(token: str) -> bool:
    return token in _NEGATIONS or token.endswith("n't") or any(ch.isdigit() for ch in token)


def _edit(token: str) -> float:
    if _heavy(token):
        return HEAVY
    if token in _FILLERS:
        return LIGHT
    return 1.0 if token in _STOP else CONTENT_SWAP


@lru_cache(maxsize=65536)
def _swap(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if _heavy(a) or _heavy(b):
        return HEAVY
    if any(a in c and b in c for c in _CLASSES):
        return LIGHT
    if a in _STOP or b in _STOP:
        return 1.0
    if min(len(a), len(b)) >= 4 and a[:3] == b[:3] and SequenceMatcher(None, a, b).ratio() >= 0.8:
        return VARIANT_SWAP
    return CONTENT_SWAP


_INF = float("inf")


def _align_cost(pattern: list[str], text: list[str], budget: float = _INF) -> float:
    """Return the cost of the cheapest alignment of all of `pattern` inside `text` (see the module doc).

    Per pattern position: `pre` (nothing aligned yet: the text is skipped freely, a pattern word
    costs EDGE), `mid` (aligned: word edits), `last` (mid, with this pattern word aligned to text
    rather than dropped) and `post` (alignment over: each further pattern word costs EDGE), so that
    pattern words the text lacks at either end cost EDGE, not a cheap drop.
    """
    m = len(text)
    pre = [[0.0] * (m + 1)]
    mid = [[_INF] * (m + 1)]
    last_prev = [_INF] * (m + 1)
    post_prev = [_INF] * (m + 1)
    for i in range(1, len(pattern) + 1):
        p = pattern[i - 1]
        pre_i, mid_i, last_i, post_i = [_INF] * (m + 1), [_INF] * (m + 1), [_INF] * (m + 1), [_INF] * (m + 1)
        pre_prev, mid_prev = pre[i - 1], mid[i - 1]
        if p in GAPS:
            for j in range(m + 1):
                pre_i[j] = pre_prev[j]
                best = mid_prev[j]
                if j:
                    best = min(best, mid_i[j - 1] if p == ELLIPSIS else _bracket_over(mid_prev, text, j))
                mid_i[j] = last_i[j] = best
                post_i[j] = min(post_prev[j], last_prev[j])
        else:
            edge, drop = EDGE * _edit(p), _edit(p)
            for j in range(m + 1):
                pre_i[j] = min(pre_i[j - 1] if j else _INF, pre_prev[j] + edge)
                post_i[j] = min(post_prev[j], last_prev[j]) + edge
                if not j:
                    continue
                t = text[j - 1]
                if t == ELLIPSIS:
                    # the text left this pattern word out behind its ellipsis: unseen, so not free
                    unseen = UNSEEN * drop
                    aligned = min(last_i[j - 1], mid_prev[j] + unseen, mid_prev[j - 1] + unseen)
                    mid_i[j] = min(aligned, mid_i[j - 1])
                elif t == BRACKET:
                    aligned = min(last_i[j - 1], _bracket_for(pre, i, j, pattern), _bracket_for(mid, i, j, pattern))
                    mid_i[j] = min(aligned, mid_i[j - 1])
                else:
                    aligned = min(pre_prev[j - 1], mid_prev[j - 1]) + _swap(p, t)
                    mid_i[j] = min(aligned, mid_prev[j] + drop, mid_i[j - 1] + _edit(t))
                last_i[j] = aligned
        pre.append(pre_i)
        mid.append(mid_i)
        last_prev, post_prev = last_i, post_i
        if min(min(pre_i), min(mid_i), min(post_i)) > budget:
            return _INF  # costs only grow from row to row: no alignment can come back under the budget
    return min(min(last_prev), min(post_prev))


def _bracket_over(mid_prev: list[float], text: list[str], j: int) -> float:
    """Return the best cost of a pattern bracket standing for the text words just before column j."""
    best = _INF
    for k in range(1, BRACKET_SPAN + 1):
        if j - k < 0 or _heavy(text[j - k]) or text[j - k] in GAPS:
            break
        best = min(best, mid_prev[j - k] + UNSEEN * (k - 1))
    return best


def _bracket_for(rows: list[list[float]], i: int, j: int, pattern: list[str]) -> float:
    """Return the best cost of a text bracket (column j) standing for pattern words ending at row i."""
    best = _INF
    for k in range(1, BRACKET_SPAN + 1):
        if i - k < 0 or _heavy(pattern[i - k]) or pattern[i - k] in GAPS:
            break
        best = min(best, rows[i - k][j - 1] + UNSEEN * (k - 1))
    return best


def allowed_edits(words: int) -> float:
    """Return the edit cost a quotation of this many words may carry and stay the same quotation."""
    return 1.0 if words < 9 else max(CONTENT_SWAP, words * 0.15)


def same_quotation(a: str, b: str) -> bool:
    """Return whether two quotation texts are the same quotation allowing small edits."""
    ta, tb = normalise(a), normalise(b)
    wa, wb = len(_words(ta)), len(_words(tb))
    # The shorter copy is aligned inside the longer; between equals, a fixed order keeps a ~ b as b ~ a.
    pattern, text, words = (ta, tb, wa) if (wa, ta) <= (wb, tb) else (tb, ta, wb)
    if not informative(pattern) or not _anchored(pattern):
        return False
    budget = allowed_edits(words)
    # Cheap refusal first: too many of the pattern's words are nowhere in the other text.
    text_words = set(text)
    missing = sum(1 for t in _words(pattern) if t not in text_words)
    if missing > 2 * budget + BRACKET_SPAN * text.count(BRACKET):
        return False
    return _align_cost(pattern, text, budget) <= budget
