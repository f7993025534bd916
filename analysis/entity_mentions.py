"""One entity mention as the model gave it, made presentable: its clean span, whether it is junk, its name key and its role."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from quotemark.analysis.model import CLUSTER_LABELS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HONORIFICS = frozenset("mr mrs ms miss dr sir madam dame lord lady the a an mr. mrs. ms. dr.".split())
_NUMERIC_JUNK = re.compile(r"^[\d\s\-–/.:,]+$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_ROLE_STOP_POS = frozenset({"DET", "PRON", "PUNCT", "ADP", "CCONJ", "SCONJ", "VERB", "AUX", "NUM"})


def clean_span(offset: int, ent: Span, text: str) -> tuple[int, int] | None:
    """Return the entity's article span without a trailing possessive or punctuation."""
    start = offset + ent.start_char
    end = offset + ent.end_char
    while end > start and text[end - 1] in ".,;:!?\"“”'’)(" and not ends_abbreviation(text, start, end):
        end -= 1
    if ent.label_ in CLUSTER_LABELS and text[start:end].endswith(("'s", "’s")) and end - start > 2:
        end -= 2
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start] in "\"“”'‘’(":
        start += 1
    return (start, end) if end > start else None


def ends_abbreviation(text: str, start: int, end: int) -> bool:
    """Return True when the final dot belongs to an abbreviation such as "U.S." or "Inc."."""
    if text[end - 1] != ".":
        return False
    word = text[start:end].rsplit(" ", 1)[-1]
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,}|Inc\.|Corp\.|Co\.|Ltd\.|Jr\.|Sr\.|St\.", word))


def is_junk(mention: str, label: str, start: int, end: int, iso_spans: list[tuple[int, int]]) -> bool:
    """Return True for spans the small model emits that are not entities."""
    if not mention.strip():
        return True
    i = bisect.bisect_right(iso_spans, (end, end))  # ISO dates are sorted and never overlap
    for s, e in iso_spans[max(0, i - 2) : i]:
        inside = s <= start and end <= e and (s, e) != (start, end)  # "2026-02" of "2026-02-26"
        straddles = s < start < e < end or start < s < end < e
        if inside or straddles:
            return True
    if label in CLUSTER_LABELS:
        if _NUMERIC_JUNK.match(mention):
            return True
        if not any(ch.isupper() for ch in mention):
            return True  # "congress", "the party": names carry a capital somewhere
    return False


def normalise(name: str) -> tuple[str, tuple[str, ...]]:
    """Return the comparison key and the words of a name: no "the", possessive or dots."""
    name = _LEADING_ARTICLE.sub("", name.strip())
    name = re.sub(r"['’]s$", "", name)
    words = tuple(w for w in re.split(r"[\s\-]+", name.replace(".", "")) if w)
    return " ".join(words).casefold(), words


def display_name(name: str) -> str:
    """Return a cluster name as it should read: no leading "the", no possessive."""
    name = _LEADING_ARTICLE.sub("", name.strip())
    return re.sub(r"['’]s$", "", name)


def role_of(ent: Span, offset: int, text: str) -> str | None:
    """Return the title the text gives a person: "North Korean leader" in "North Korean leader Kim"."""
    doc = ent.doc
    i = ent.start
    first = i
    while first > 0:
        tok = doc[first - 1]
        if tok.pos_ in _ROLE_STOP_POS or tok.is_punct:
            break
        if tok.head.i < ent.start or tok.head.i >= ent.end:
            # "leader" attaches to the name (compound) and "North Korean" to "leader"
            if not attaches_into(tok, ent):
                break
        first -= 1
    if first < i and any(doc[j].pos_ == "NOUN" or doc[j].text[:1].isupper() for j in range(first, i)):
        role_toks = doc[first:i]
        if any(t.pos_ in ("NOUN", "PROPN") for t in role_toks) and len(role_toks) <= 6:
            if not all(t.ent_type_ for t in role_toks):  # a bare NORP/ORG before a name is not a title
                return text[offset + role_toks.start_char : offset + role_toks.end_char]
    for child in ent.root.children:  # "Kim Jong Un, North Korea's leader, said"
        if child.dep_ == "appos" and child.i >= ent.end and child.pos_ == "NOUN":
            left = child.left_edge.i
            while left < child.i and doc[left].pos_ == "DET":
                left += 1  # "the German chancellor" -> "German chancellor"
            sub = doc[left : child.right_edge.i + 1]
            if len(sub) <= 8 and not any(t.ent_type_ == "PERSON" for t in sub):
                return text[offset + sub.start_char : offset + sub.end_char]
    return None


def attaches_into(tok: Token, ent: Span) -> bool:
    """Return True when `tok` hangs, through modifiers, off a token of `ent`."""
    seen = 0
    while seen < 6:
        head = tok.head
        if ent.start <= head.i < ent.end:
            return True
        if head.i <= tok.i or head.i >= ent.end or head.i == tok.i:
            return False
        tok = head
        seen += 1
    return False


def head_word(words: tuple[str, ...]) -> str:
    """Return the head noun of a name: the word before "of"/"for", else the last word."""
    for i, w in enumerate(words):
        if i > 0 and w.casefold() in ("of", "for"):
            return words[i - 1]
    return words[-1]


def good_role(role: str) -> bool:
    """Return True when a role says something: not just an honorific ("Mrs."), a dash or "sir"."""
    words = [w.strip(".,-–—").casefold() for w in role.split()]
    return any(len(w) >= 3 and w not in _HONORIFICS for w in words)
