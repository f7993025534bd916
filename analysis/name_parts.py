"""Reading one name mention: the bare name inside a titled name, the titles and role written
before or beside it, the gender its titles give, and whether its line is a headline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.names import (
    BODY_WORDS,
    FEMALE_HINTS,
    FIELD_TITLES,
    HONORIFICS,
    MALE_HINTS,
    ROLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from quotemark.analysis.names import norm as _norm
from quotemark.analysis.offsets import doc_ents, doc_text
from quotemark.analysis.post_nominals import is_post_nominal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.pipeline import Paragraph


def strip_title(words: Sequence[str]) -> tuple[int, int]:
    """Return the (first, last+1) word indices of the bare name inside a titled name."""
    lo, hi = 0, len(words)
    while hi - lo > 1 and _norm(words[lo]) in TITLE_WORDS:
        lo += 1
    while hi - lo > 1 and (
        words[hi - 1].lower() in ("'s", "’s", "jr", "jr.", "sr", "sr.", ",", "ii", "iii", "iv")
        or is_post_nominal(words[hi - 1])
    ):
        hi -= 1
    return lo, hi


def name_bounds(words: Sequence[str], label: str) -> tuple[int, int]:
    """Return the (first, last+1) word indices of the name proper: a person's without titles
    ("Sen. Jane Roe"), an organisation's or place's as written but for a leading "the" (the
    "State" of "State Department" is no title)."""
    lo, hi = strip_title(words)
    if label == "PERSON":
        return lo, hi
    # a person the recogniser took for an organisation keeps their title out ("Organiser Pavel
    # Novak"); an organisation keeps its field ("State Department") and its body word ("Chairman
    # Mao Foundation")
    person_titles = all(_norm(w) not in FIELD_TITLES for w in words[:lo])
    if lo and person_titles and not any(_norm(w) in BODY_WORDS for w in words[lo:hi]):
        return lo, hi
    return (1 if hi > 1 and words[0].lower() == "the" else 0), hi


def titles_before(doc: Doc, start: int) -> list[str]:
    """Return the title words written right before token `start` ("Rep." in "Rep. Smith"), in order."""
    j = start
    while j > 0 and start - j < 3 and _norm(doc[j - 1].text) in TITLE_WORDS:
        j -= 1
    return [t.text for t in doc[j:start]]


def title_gender(words: Sequence[str]) -> str:
    """Return "f" or "m" when the title words before a name are gendered (Mrs., Mr., Congresswoman), else ""."""
    normed = [_norm(w) for w in words]
    if any(w in FEMALE_HINTS for w in normed):
        return "f"
    if any(w in MALE_HINTS for w in normed):
        return "m"
    return ""


def gender_hint(ent: Span, lo: int) -> str:
    """Return "f" or "m" when the titles before or inside a name are gendered ("Mrs. Obama"), else ""."""
    return title_gender(titles_before(ent.doc, ent.start) + [t.text for t in ent[:lo]])


def is_headline(text: str) -> bool:
    """Return True for a short Title Case line without a final full stop: a headline."""
    words = text.split()
    if not words or len(words) > 25 or "\n" in text.strip() or text.rstrip().endswith(('"', "”")):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= 0.75 * len(words) and len(words) >= 3


def role_before(ent: Span, lo: int) -> str | None:
    """Return the title or role words written before the name ("North Korean leader")."""
    doc = ent.doc
    head = ent.root
    first = head.left_edge.i
    if 0 < first < ent.start and doc[first].text == "." and _norm(doc[first - 1].text) in TITLE_WORDS:
        first -= 1  # "Lt. Gov. Maria Santos": the tokenizer split "Lt." and the parse left "Lt" outside
    held = role_held_for(ent)
    if held is not None:
        first = held.left_edge.i  # "the special envoy for Ukraine Kurt Volker": the role is the envoy's
    words: list[Token] = [*doc[first : ent.start], *ent[:lo]]
    while words and (words[0].dep_ in ("det", "punct", "case") or words[0].lower_ in ("the", "a", "an")):
        words.pop(0)
    if not words or len(words) > 8:
        return None
    text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    if words[-1].is_punct:
        return None
    if all(_norm(w.text) in HONORIFICS for w in words):
        return None
    return text


def role_held_for(ent: Span) -> Token | None:
    """Return the role noun a name is written after with the place it is for, "envoy" of "the
    special envoy for Ukraine Kurt Volker", when the name begins right after "for"/"to" + place."""
    doc = ent.doc
    j = ent.start - 1
    while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].head.i in range(j + 1, ent.end):
        j -= 1  # the place: "Ukraine", "South Korea"
    if j < 1 or j == ent.start - 1 or doc[j].lower_ not in ("for", "to"):
        return None
    role = doc[j].head
    return role if role.i < j and _norm(role.text) in TITLE_WORDS and role.pos_ == "NOUN" else None


def _apposed_nouns(ent: Span) -> list[Token]:
    """Return the common nouns in apposition to a name, on either side of it."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    elif root.dep_ == "appos" and apposed_to_subject(root) and root.head.dep_ == "pobj":
        # "The mayor of Porthaven, Elena Vasquez": the name hangs on the place, the role is the noun above
        holder = root.head.head.head
        if holder.pos_ == "NOUN":
            nouns.append(holder)
    return nouns


def apposed_role(ent: Span) -> str | None:
    """Return a common-noun apposition of the name: "Josh Earnest, the White House press secretary"
    or "the White House press secretary, Josh Earnest"."""
    doc = ent.doc
    for noun in _apposed_nouns(ent):
        lo = noun.left_edge.i
        if lo >= ent.start and lo < ent.end:
            continue
        words = [t for t in doc[lo : noun.i + 1] if not t.is_punct]
        if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in words):
            continue  # a misparsed clause ("Vasquez, who was re-elected, promised rebuilding"), not a role
        if 0 < len(words) <= 8:
            return doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    return None


def conjoined_roles(ent: Span) -> list[str]:
    """Return the roles joined to a name's apposition by "and": "the Republican nominee" of "Karen
    Dufresne, a former trucking executive and the Republican nominee"."""
    doc = ent.doc
    out: list[str] = []
    for noun in _apposed_nouns(ent):
        for c in noun.children:
            if c.dep_ != "conj" or c.pos_ != "NOUN" or c.i < ent.end and c.i >= ent.start:
                continue
            words = [t for t in doc[c.left_edge.i : c.i + 1] if not t.is_punct and t.dep_ != "cc"]
            if 0 < len(words) <= 6 and not any(t.tag_ in ("VBD", "VBZ", "VBP") for t in words):
                out.append(doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)])
    return out


def apposed_to_subject(tok: Token) -> bool:
    """Return True when a name stands in apposition inside a subject phrase: "The mayor of
    Porthaven, Elena Vasquez, said" (the parse hangs the name on "Porthaven", not on "mayor")."""
    t = tok.head
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("pobj", "prep") or t.head.i == t.i:
            return False
        t = t.head
    return False


def role_words(phrase: str) -> set[str]:
    """Return the lower-cased words of a role, abbreviations spelled out ("Sen." -> "senator")."""
    out: set[str] = set()
    for w in re.findall(r"[\w.’'-]+", phrase):
        n = _norm(w)
        out.add(ROLE_ABBREVIATIONS.get(n, n))
    return out


def role_head(phrase: str) -> str:
    """Return the head noun of a role, abbreviation spelled out: "leader" for "The opposition
    leader", "secretary" for "general secretary of the union", "senator" for "Sen."."""
    words = re.findall(r"[\w.’'-]+", phrase)
    last = _norm(words[-1]) if words else ""
    if (
        len(words) > 2
        and last in TITLE_WORDS
        and words[-2].lower() != "of"
        and all(w[:1].isupper() or w.lower() == "of" for w in words)
    ):
        # a title after the body it sits on, all capitalised: "Court of King's Bench Justice", "Bank of
        # England Governor"; "Minister of Justice" is a minister
        return ROLE_ABBREVIATIONS.get(last, last)
    for i, w in enumerate(words):
        if i > 0 and w.lower() in ("of", "for", "at", "in", "with", "to", "from", "on"):
            words = words[:i]
            break
    n = _norm(words[-1]) if words else ""
    return ROLE_ABBREVIATIONS.get(n, n)


def name_span(tok: Token) -> Span:
    """Return the proper-name span around a PROPN head: its compound/flat proper-noun children."""
    doc = tok.doc
    lo = hi = tok.i
    for child in tok.lefts:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < lo:
            lo = child.left_edge.i if child.left_edge.pos_ == "PROPN" else child.i
    for child in tok.rights:
        if child.dep_ in ("flat", "compound") and child.pos_ == "PROPN" and child.i > hi:
            hi = child.i
    return doc[lo : hi + 1]


def modifier_mentions(paragraphs: Sequence[Paragraph]) -> set[int]:
    """Return the offsets of names that only qualify another noun through a hyphened adjective
    ("the Coimbatore-based company", "a Kremlin-backed outlet") or inside an apposition ("X, a
    Bergen shipbuilding firm"): a place or a backer, never the noun they qualify."""
    out: set[int] = set()
    for p in paragraphs:
        for ent in doc_ents(p.doc):
            root = ent.root
            if (
                root.dep_ == "npadvmod"
                and root.head.dep_ == "amod"
                and ent.end < len(p.doc)
                and p.doc[ent.end].text == "-"
            ) or (root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.dep_ == "appos"):
                # "Halvorsen Marine, a Bergen shipbuilding firm": the place of the firm named before
                out.add(p.start + ent.start_char)
    return out
