"""Numbers in an article with what they count, how approximate they are and who asserted them.

Rules (documented for the README):
- value: the number as a float, scales applied ("12 billion" -> 12e9, "$5bn" -> 5e9, "18,000" -> 18000).
- unit: a currency as its ISO code ("$", "dollars" -> USD; "€", "euros" -> EUR; "£" -> GBP; "¥", "yen"
  -> JPY; "yuan" -> CNY), "percent" ("%", "per cent") or "percentage points", otherwise the counted
  noun with the adjectives and nouns that sit between it and the number ("nuclear warheads",
  "people"). A number that counts nothing named ("up to 40 more") carries over the unit of the
  previous number in the same sentence.
- approx: the qualifier words around the number; words after it follow " … ", which marks where the
  number sits: "about", "up to … more" (up to 40 more), "… or more" (40 or more).
- scores and votes ("3-1", "7-2") have unit "score" or "vote" and value None (both numbers are in
  text); a hyphenated pair that counts a noun ("10-15 people") is a range: value is the lower bound,
  approx "range".
- not quantities: years, dates and times, ordinals, numbers inside names ("G7", "Section 230").
- source: the claim's source when a claim covers the number, else who the sentence attributes it
  to ("according to X", or the subject of a reporting verb: "SIPRI estimated that ..."), else None.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import display_name
from quotemark.analysis.model import Claim, Quantity
from quotemark.analysis.offsets import doc_ents, ents_within

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.pipeline import Paragraph

_SKIP_ENTS = frozenset(
    {"DATE", "TIME", "ORDINAL", "PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
)
_NUMBER_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
_DIGITS = re.compile(r"^(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?P<suffix>bn|mn|m|k|tn)?$", re.IGNORECASE)
_SUFFIX_SCALE = {"k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORD_NUMBERS = {
    w: float(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
} | {w: float(10 * (i + 2)) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_WORD_NUMBERS |= {"dozen": 12.0}
_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "sterling": "GBP",
    "rupees": "INR",
    "won": "KRW",
}
_APPROX_BEFORE = (
    "no more than",
    "no fewer than",
    "no less than",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "close to",
    "just over",
    "just under",
    "upwards of",
    "in excess of",
    "an estimated",
    "about",
    "around",
    "roughly",
    "approximately",
    "nearly",
    "almost",
    "some",
    "over",
    "under",
    "estimated",
    "below",
    "above",
)
_APPROX_AFTER = ("or more", "or so", "or fewer", "or less", "more", "plus", "fewer", "less")
_NOT_IN_UNIT = frozenset({"more", "fewer", "less", "additional", "other", "further", "extra"})
_VOTE_WORDS = frozenset(
    "vote votes voted voting ruled ruling court justices judges majority senate senators ballot "
    "decision passed approved rejected council board".split()
)
_SCORE_WORDS = frozenset(
    "won win wins beat beats defeated defeat lost lose loses victory draw drew match game score scored "
    "final half goal goals set sets league cup".split()
)
_PAIR = re.compile(r"(?<![\w.,/:-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w/:]|[-–.,]\d)")
_REPORT_LEMMAS = frozenset(
    "say estimate report state announce claim tell add note find show reveal warn predict calculate "
    "count project forecast put assess conclude clarify confirm indicate explain write".split()
)
_SOURCE_NOUNS = frozenset(
    "police official officials spokesman spokeswoman spokesperson ministry minister government agency "
    "researcher researchers expert experts analyst analysts study survey report data figures statistics "
    "institute office authorities authority commission committee court prosecutor prosecutors company "
    "poll economist economists scientist scientists".split()
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})


def extract_quantities(paragraphs: Sequence[Paragraph], text: str, claims: Sequence[Claim] = ()) -> list[Quantity]:
    """Return the article's quantities in text order, with value, unit, approximation and source."""
    found: list[Quantity] = []
    claim_index = _ClaimIndex(claims)
    nominal_orgs: dict[str, str] = {}  # head noun -> last organisation named, for "the agency"
    for para in paragraphs:
        for sent in para.doc.sents:
            sent_found = _sentence_quantities(para.start, sent, text)
            if sent_found:
                source = _sentence_source(para.start, sent, text, nominal_orgs)
                for q in sent_found:
                    q.source = claim_index.source(q) or source
                found.extend(sent_found)
            _remember_orgs(sent, nominal_orgs)
    return found


def _sentence_quantities(offset: int, sent: Span, text: str) -> list[Quantity]:
    """Return the quantities of one sentence, carrying a unit over to numbers that name none."""
    out: list[Quantity] = []
    consumed: set[int] = set()
    for m in _PAIR.finditer(sent.text):
        words = {t.lower_ for t in sent}
        toks = [t for t in sent if m.start() <= t.idx - sent.start_char < m.end()]
        if not toks or any(t.ent_type_ in ("DATE", "TIME") for t in toks):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        start = offset + sent.start_char + m.start()
        end = offset + sent.start_char + m.end()
        follow = sent.doc[toks[-1].i + 1] if toks[-1].i + 1 < len(sent.doc) else None
        kind = "vote" if words & _VOTE_WORDS else "score" if words & _SCORE_WORDS else None
        if kind is None and follow is not None and follow.pos_ == "NOUN" and a < b:
            unit, unit_end = _unit_from(follow, follow.i - 1, text, offset)
            out.append(Quantity(start, unit_end or end, text[start : unit_end or end], float(a), unit, "range"))
        elif kind is not None or a >= b:
            out.append(Quantity(start, end, text[start:end], None, kind or "score", None))
        else:
            continue
        consumed.update(t.i for t in toks)

    i = sent.start
    doc = sent.doc
    while i < sent.end:
        tok = doc[i]
        value = _number_value(tok)
        if value is None or tok.i in consumed or not _counts(tok, text, offset):
            i += 1
            continue
        first = last = tok.i
        glued = _glued_suffix(tok)
        if glued is not None:
            value *= _SUFFIX_SCALE[glued.lower_]
            last = glued.i
        while last + 1 < sent.end and doc[last + 1].lower_ in _SCALES:
            value *= _SCALES[doc[last + 1].lower_]
            last += 1
        if _is_year(tok, value, doc, last):
            i = last + 1
            continue
        unit = None
        start_tok = first
        if first > sent.start and doc[first - 1].text in _SYMBOLS:
            unit = _SYMBOLS[doc[first - 1].text]
            start_tok = first - 1
        end_tok = last
        nxt = doc[last + 1] if last + 1 < sent.end else None
        if unit is None and nxt is not None:
            if nxt.text == "%" or nxt.lower_ == "percent":
                unit, end_tok = "percent", last + 1
            elif nxt.lower_ == "per" and last + 2 < sent.end and doc[last + 2].lower_ == "cent":
                unit, end_tok = "percent", last + 2
            elif nxt.lower_ == "percentage" and last + 2 < sent.end and doc[last + 2].lower_ in ("point", "points"):
                unit, end_tok = "percentage points", last + 2
            elif nxt.lower_ in _CURRENCY_WORDS and nxt.pos_ != "VERB":
                unit, end_tok = _CURRENCY_WORDS[nxt.lower_], last + 1
        before, approx_start = _approx_before(doc, start_tok, sent.start)
        after, approx_end = _approx_after(doc, end_tok, sent.end)
        end_char: int | None = None
        if unit is None:
            head = _counted_noun(doc[last])
            if head is not None:
                unit, end_char = _unit_from(head, last, text, offset)
        if unit is None and nxt is not None and nxt.lower_ == "of":
            obj = next((c for c in nxt.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
            if obj is not None:
                unit = obj.text  # "3 of the 9 judges" counts judges
        if unit is None and out:
            unit = next((q.unit for q in reversed(out) if q.unit and q.unit not in ("score", "vote")), None)
        start = offset + doc[approx_start].idx
        stop_tok = doc[max(end_tok, approx_end)]
        end = max(end_char or 0, offset + stop_tok.idx + len(stop_tok.text))
        approx = f"{before or ''} … {after}".strip() if after else before
        out.append(Quantity(start, end, text[start:end], value, unit, approx))
        i = max(last, end_tok, approx_end) + 1
    out.sort(key=lambda q: q.start)
    return out


def _number_value(tok: Token) -> float | None:
    """Return the number a token spells, or None."""
    m = _DIGITS.match(tok.text)
    if m:
        value = float(m.group("num").replace(",", "") + (m.group("frac") or ""))
        suffix = (m.group("suffix") or "").lower()
        return value * _SUFFIX_SCALE.get(suffix, 1.0)
    word = tok.lower_
    if word in _WORD_NUMBERS and tok.ent_type_ in _NUMBER_ENTS:
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        scaled = nxt is not None and (nxt.lower_ in _SCALES or nxt.lower_ in ("percent", "%"))
        if word == "one" and not scaled:
            return None  # "one of the things", "one tweet": a count of one is rarely a fact to check
        return _WORD_NUMBERS[word]
    return None


def _counts(tok: Token, text: str, offset: int) -> bool:
    """Return True when the number is a quantity, not part of a date, time, name or code."""
    if tok.ent_type_ in _SKIP_ENTS:
        return False
    at = offset + tok.idx
    prev = text[at - 1] if at > 0 else " "
    nxt_at = at + len(tok.text)
    nxt = text[nxt_at] if nxt_at < len(text) else " "
    if nxt.isalpha() and _glued_suffix(tok) is not None:
        nxt = " "  # "5m" split by the tokenizer into "5" + "m"
    if prev.isalpha() or prev in "-–/:#" or nxt in "-–/:" or nxt.isalpha():
        return False  # "F-35", "G7", "10:30", "#3", "2026-02"
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("no.", "number", "page", "section", "article", "chapter", "route"):
        return False
    return True


def _glued_suffix(tok: Token) -> Token | None:
    """Return the scale-suffix token glued to a number ("m" of "5m"), if there is one."""
    if tok.i + 1 >= len(tok.doc) or tok.whitespace_:
        return None
    nxt = tok.doc[tok.i + 1]
    return nxt if nxt.lower_ in _SUFFIX_SCALE else None


def _is_year(tok: Token, value: float, doc: object, last: int) -> bool:
    """Return True for a bare four-digit year such as "2025"."""
    if last != tok.i or "," in tok.text or "." in tok.text or not (1500 <= value <= 2100) or len(tok.text) != 4:
        return False
    head = tok.head
    counted = tok.dep_ == "nummod" and head.i == tok.i + 1 and head.tag_ == "NNS"
    return not counted


def _approx_before(doc: Doc, first: int, sent_start: int) -> tuple[str | None, int]:
    """Return the qualifier before token `first` ("up to") and the token where it starts."""
    for phrase in _APPROX_BEFORE:
        n = phrase.count(" ") + 1
        s = first - n
        if s < sent_start:
            continue
        words = " ".join(doc[j].lower_ for j in range(s, first))
        if words == phrase:
            return phrase, s
    return None, first


def _approx_after(doc: Doc, last: int, sent_end: int) -> tuple[str | None, int]:
    """Return the qualifier after token `last` ("more", "or more") and the token where it ends."""
    for phrase in _APPROX_AFTER:
        n = phrase.count(" ") + 1
        e = last + n
        if e >= sent_end:
            continue
        words = " ".join(doc[j].lower_ for j in range(last + 1, e + 1))
        if words == phrase:
            nxt = doc[e + 1] if e + 1 < sent_end else None
            ahead = [doc[k].lower_ for k in range(e + 1, min(e + 4, sent_end))]
            if phrase in ("more", "fewer", "less") and nxt is not None and "than" in ahead:
                continue  # "40 more buses than last year" compares, it does not add
            return phrase, e
    return None, last


def _counted_noun(num: Token) -> Token | None:
    """Return the noun a number counts: its head when the number modifies it."""
    head = num.head
    if num.dep_ in ("nummod", "compound", "quantmod", "amod") and head.i > num.i and head.pos_ in ("NOUN", "PROPN"):
        if head.pos_ == "PROPN" and head.ent_type_ in _SKIP_ENTS:
            return None
        return head
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and num.dep_ != "nummod":
        return nxt
    return None


def _unit_from(head: Token, last: int, text: str, offset: int) -> tuple[str | None, int | None]:
    """Return the counted noun with its modifiers between the number and it, and where it ends."""
    doc = head.doc
    j = last + 1
    while j < head.i and (doc[j].lower_ in _NOT_IN_UNIT or doc[j].dep_ in ("quantmod", "punct")):
        j += 1
    mods = [doc[k] for k in range(j, head.i)]
    if any(t.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or t.dep_ not in ("amod", "compound", "nmod") for t in mods):
        j = head.i  # something other than a plain modifier sits in between: keep just the noun
    start = offset + doc[j].idx
    end = offset + head.idx + len(head.text)
    unit = " ".join(text[start:end].split())
    if head.lower_ in _CURRENCY_WORDS and j == head.i:
        unit = _CURRENCY_WORDS[head.lower_]
    return unit, end


class _ClaimIndex:
    """Claims sorted by start, to find the innermost one covering a span without scanning them all."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self.claims = sorted((c for c in claims if c.source), key=lambda c: c.start)
        self.starts = [c.start for c in self.claims]
        self.longest = max((c.end - c.start for c in self.claims), default=0)

    def source(self, q: Quantity) -> str | None:
        """Return the source of the innermost claim whose content covers the quantity."""
        lo = bisect.bisect_left(self.starts, q.end - self.longest)
        hi = bisect.bisect_right(self.starts, q.start)
        best: Claim | None = None
        for c in self.claims[lo:hi]:
            if q.end <= c.end and (best is None or c.end - c.start < best.end - best.start):
                best = c
        return display_name(best.source) if best is not None and best.source else None


def _sentence_source(offset: int, sent: Span, text: str, nominal_orgs: dict[str, str]) -> str | None:
    """Return who the sentence attributes its content to: "according to X" or a reporting subject."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ == "to":
            to = sent.doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _name_of(obj, offset, text, nominal_orgs)
    root = sent.root
    if root.lemma_.lower() in _REPORT_LEMMAS:
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in _PRONOUNS and _is_source(subj, nominal_orgs):
            return _name_of(subj, offset, text, nominal_orgs)
    return None


def _is_source(tok: Token, nominal_orgs: dict[str, str]) -> bool:
    """Return True when a subject can assert facts: a named person, body or place, or a known source noun."""
    if tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return tok.lower_ in nominal_orgs or tok.lemma_.lower() in _SOURCE_NOUNS


def _name_of(tok: Token, offset: int, text: str, nominal_orgs: dict[str, str]) -> str | None:
    """Return the name a source token stands for: its entity, a known "the agency", else its phrase."""
    if tok.ent_type_:
        for ent in doc_ents(tok.doc):
            if ent.start <= tok.i < ent.end:
                return display_name(text[offset + ent.start_char : offset + ent.end_char])
    if tok.lower_ in nominal_orgs and tok.pos_ == "NOUN":
        return nominal_orgs[tok.lower_]
    sub = tok.doc[tok.left_edge.i : tok.i + 1]
    if len(sub) > 8:
        return None
    return display_name(text[offset + sub.start_char : offset + sub.end_char])


def _remember_orgs(sent: Span, nominal_orgs: dict[str, str]) -> None:
    """Record each organisation's head noun so a later "the agency" can name it."""
    for ent in ents_within(sent):
        if ent.label_ == "ORG" and len(ent) > 1:
            words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
            if not words:
                continue  # an "organisation" of punctuation only ("&&&")
            head = next((words[k - 1] for k in range(1, len(words)) if words[k].lower_ in ("of", "for")), words[-1])
            nominal_orgs[head.lower_] = display_name(ent.text)
