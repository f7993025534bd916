"""Attribution: every quote-marked piece with its speaker, and every claim with its source.

For each quote the cue is found in spaCy's dependency parse first (the speech verb the quotation
hangs from, or that hangs from it: `X said, "..."`, `"...," said X`, `quoted X as saying`,
`explaining that "..."`), then by nearness inside the sentence, then from a colon-ended previous
paragraph; a quotation with no cue continues the previous speaker when it stands as its own
sentence, and a short embedded one with no cue is a scare quote (speaker None). Speakers go
through `SpeakerIndex` so that "Kim", "He" and "the agency" come out as the full names.

Beyond the verb a quotation hangs from: a speech verb set off as an aside outranks a cue inside
the clause it reports ("Mr. Obama said, most Americans believe "...", "as Rosenthal put it");
the possessor of a speech noun speaks ("Trump's claim that "...""); a quotation standing alone
after a sentence of reported speech goes on in that sentence's speaker's words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.cues import CLAIM_VERBS, SPEECH_NOUNS, Cue, is_cue, make_cue
from quotemark.analysis.model import Claim, ClaimKind, Quote, QuoteKind
from quotemark.analysis.offsets import doc_text, space_back
from quotemark.analysis.quotemarks import MarkedSpan, find_marked_spans, uses_single_quotes
from quotemark.analysis.speakers import (
    GROUP_PRONOUNS,
    NAME_LABELS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    Speaker,
    SpeakerIndex,
    ents_by_token,
    gender_of_pronoun,
    name_span,
    repair_person_ents,
    strip_title,
    title_gender,
    titles_before,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.pipeline import Paragraph

# How far back (in paragraphs) a quotation without a cue may continue the previous speaker.
CONTINUATION_PARAGRAPHS = 2
# An embedded quotation of at most this many words with no cue is taken as a scare quote.
SCARE_MAX_WORDS = 4
# Verbs that give someone a name or a label: their quoted object complement is the subject's words.
NAMING_VERBS = frozenset("call dub label brand nickname term hail describe characterize characterise refer praise".split())
# How far up the parse (in dependency arcs) a quotation looks for the speech verb it reports.
SYNTAX_HOPS = 8
# Give a cue-less embedded quotation to the named subject of its clause (see _embedding_subject).
EMBEDDED_FALLBACK = True
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s")
# A byline after the closing mark: ”― Carla Sanchez (vox-pop and epigraph style).
_DASH_BYLINE = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*((?:[A-Z][\w.'’-]*)(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del)){0,4})[ \t\u00a0]*(?:[.,]|$)", re.MULTILINE)
_WEAK_DEPS = frozenset({"pobj", "compound", "poss", "nmod", "npadvmod", "amod", "nummod", "appos", "dep"})


@dataclass
class _Piece:
    span: MarkedSpan
    para: int
    lo: int  # content tokens [lo, hi) in the paragraph doc
    hi: int
    quote: Quote
    chain: int  # pieces of one quotation running over paragraphs share a chain id


def attribute(paragraphs: list[Paragraph], text: str) -> tuple[list[Quote], list[Claim]]:
    """Return the article's quotes (with speakers) and claims (with sources), in text order."""
    for p in paragraphs:
        repair_person_ents(p.doc)
    single = uses_single_quotes(text)
    marked = [find_marked_spans(text, p.start, p.end, single) for p in paragraphs]
    inside = [(s.open_mark, _close_end(s, text)) for spans in marked for s in spans]
    index = SpeakerIndex(paragraphs, text, inside)
    pieces: list[_Piece] = []
    claims: list[Claim] = []
    previous: Speaker | None = None
    previous_para = -10
    before: tuple[Paragraph | None, dict[int, Span], list[Cue]] = (None, {}, [])
    chain = 0
    for pi, (p, spans) in enumerate(zip(paragraphs, marked)):
        doc = p.doc
        starts = [t.idx for t in doc]
        quote_of = _quote_token_map(p, spans, starts, text)
        ents = ents_by_token(doc)
        cues = {t.i: make_cue(t, quote_of) for t in doc if quote_of[t.i] < 0 and is_cue(t)}
        for k, span in enumerate(spans):
            lo = min(bisect.bisect_left(starts, span.start - p.start), len(doc) - 1)
            hi = min(max(bisect.bisect_left(starts, span.end - p.start), lo + 1), len(doc))
            quote = Quote(span.start, span.end, text[span.start : span.end])
            if not span.continued:
                chain += 1
            piece = _Piece(span, pi, lo, hi, quote, chain)
            naming = _named_by_speaker(piece, doc, quote_of, cues)
            title = _looks_like_title(piece, text, p) and not naming
            found = None if title else _attribute_piece(piece, p, doc, k, quote_of, cues, ents, index, text, before, naming)
            if found is None and not title and _stands_alone(span, text, p):
                reporter = _reported_just_before(piece, p, doc, cues, ents, index, before)
                if reporter is not None:
                    found = (reporter, None, "direct", round(0.65 * reporter.confidence, 3))
            if found is None and not title and (pi - previous_para) <= CONTINUATION_PARAGRAPHS and previous is not None:
                if _stands_alone(span, text, p):
                    found = (previous, None, "direct", 0.6)
            if found is None and not title and EMBEDDED_FALLBACK:
                found = _embedding_subject(piece, doc, quote_of, ents, index, p)
            if found is None:
                # "told MSNBC's “Morning Joe”": a programme, book or nickname, not speech
                quote.kind = "scare" if title or _is_scare(piece, doc, text, p) else "direct"
                quote.confidence = 0.5 if quote.kind == "scare" else 0.2
            else:
                speaker, cue, kind, conf = found
                _fill(quote, speaker, cue, kind, conf, p)
                if speaker is not None:
                    previous, previous_para = speaker, pi
                    index.note_speaker(speaker, span.end)
            pieces.append(piece)
        claims.extend(_claims(p, doc, cues, quote_of, spans, ents, index, text))
        before = (p, ents, list(cues.values()))
    _unify_chains(pieces)
    quotes = [pc.quote for pc in pieces]
    claims.sort(key=lambda c: (c.start, c.end))
    return quotes, claims


def _named_by_speaker(piece: _Piece, doc: Doc, quote_of: list[int], cues: dict[int, Cue]) -> bool:
    """Return True when a Title Case quotation is what a naming verb's subject calls someone.

    "Trump called her “Miss Piggy”", "a Times article hailed him as “The Comeback Kid”": the
    nickname is the subject's own words, not the title of a show or a book.
    """
    lo, hi = piece.lo, min(piece.hi, len(doc))
    root = next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) and not doc[i].is_punct), None)
    if root is None:
        return False
    t, dep = root.head, root.dep_
    if dep == "pobj" and t.lower_ == "as" and quote_of[t.i] < 0:
        t, dep = t.head, "as"
    elif dep == "appos" and t.dep_ == "dobj":
        t, dep = t.head, "oprd"  # the parse hangs the name on the object: called the winner "Miss Piggy"
    if t.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in t.children):
        return False  # "the Ohio native nicknamed “King James”" is the one named, not the namer
    return dep in ("oprd", "xcomp", "as", "dobj") and t.i in cues and t.lemma_.lower() in NAMING_VERBS


def _reported_just_before(
    piece: _Piece,
    p: Paragraph,
    doc: Doc,
    cues: dict[int, Cue],
    ents: dict[int, Span],
    index: SpeakerIndex,
    before: tuple[Paragraph | None, dict[int, Span], list[Cue]],
) -> Speaker | None:
    """Return who the sentence right before a stand-alone quotation reports, if its main verb is a cue.

    "Cummings called him a master at closing deals. "He showed again and again ..."": reported
    speech introduces the speaker, the quotation that follows goes on in their words.
    """
    first = doc[piece.lo].sent.start
    if first > 0:
        sent = doc[first - 1].sent
        found = [c for c in cues.values() if sent.start <= c.token.i < sent.end]
        where, where_ents = p, ents
    else:
        prev_p, prev_ents, prev_cues = before
        if prev_p is None or not len(prev_p.doc):
            return None
        last = prev_p.doc[-1].sent
        found = [c for c in prev_cues if last.start <= c.token.i < last.end]
        where, where_ents = prev_p, prev_ents
    main = next((c for c in found if c.subject is not None and c.token.dep_ == "ROOT"), None)
    if main is None:
        return None
    speaker = _resolve(main.subject, index, where_ents, where)
    if speaker is None or speaker.label == "GROUP":
        return None
    return speaker


def _embedding_subject(
    piece: _Piece, doc: Doc, quote_of: list[int], ents: dict[int, Span], index: SpeakerIndex, p: Paragraph
) -> tuple[Speaker | None, Cue | None, QuoteKind, float] | None:
    """Return the named subject of the clause a cue-less embedded quotation sits in, if any.

    "Trump likened the refugees to a "vicious snake"": the words are the subject's even though
    the verb is not a speech verb; only a named person or organisation is accepted.
    """
    lo, hi = piece.lo, min(piece.hi, len(doc))
    root = next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi)), None)
    if root is None:
        return None
    t = root.head
    for _ in range(4):
        if quote_of[t.i] < 0 and t.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and quote_of[subj.i] < 0:
                speaker = _resolve(subj, index, ents, p)
                if speaker is not None and speaker.label in ("PERSON", "ORG") and speaker.confidence >= 0.85:
                    return speaker, None, "mixed", 0.4
                return None
            if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBN"):
                # a clause modifying a noun ("a move the opposition called", "a plan critics
                # described as") has its own speaker, not the outer clause's subject
                return None
        if t.head is t:
            return None
        t = t.head
    return None


def _close_end(span: MarkedSpan, text: str) -> int:
    if span.close_mark is None:
        return span.end
    return span.close_mark + (2 if text.startswith("''", span.close_mark) else 1)


def _quote_token_map(p: Paragraph, spans: Sequence[MarkedSpan], starts: list[int], text: str) -> list[int]:
    """Return, per token, the index of the quote-marked span it lies in (marks included), else -1."""
    out = [-1] * len(starts)
    for k, s in enumerate(spans):
        a = bisect.bisect_left(starts, s.open_mark - p.start)
        b = bisect.bisect_left(starts, _close_end(s, text) - p.start)
        for i in range(a, b):
            out[i] = k
    return out


def _attribute_piece(
    piece: _Piece,
    p: Paragraph,
    doc: Doc,
    k: int,
    quote_of: list[int],
    cues: dict[int, Cue],
    ents: dict[int, Span],
    index: SpeakerIndex,
    text: str,
    previous: tuple[Paragraph | None, dict[int, Span], list[Cue]],
    naming: bool = False,
) -> tuple[Speaker | None, Cue | None, QuoteKind, float] | None:
    """Return (speaker, cue, kind, confidence) for one piece, or None when nothing names a speaker."""
    span = piece.span
    m = _TRANSCRIPT.match(text, span.start, span.end)
    if m:
        name = m.group(1).strip()
        entity = index.entity_named(name.title())
        if entity is not None:
            return index.speaker(entity, 0.8), None, "direct", 0.8
        return Speaker(name, span.start, span.start + len(name), None, "PERSON", 0.7), None, "direct", 0.7
    if span.close_mark is not None:
        by = _DASH_BYLINE.match(text, _close_end(span, text))
        if by:
            name = by.group(1).rstrip(".")
            entity = index.entity_named(name)
            if entity is not None:
                return index.speaker(entity, 0.85), None, "direct", 0.85
            return Speaker(name, by.start(1), by.start(1) + len(name), None, "PERSON", 0.8), None, "direct", 0.8
    cue, how, hops = _syntactic_cue(piece, doc, k, quote_of, cues)
    owner = _speech_noun_owner(piece, doc, quote_of)
    if owner is not None and owner[0].lower_ not in GROUP_PRONOUNS and (cue is None or owner[1] < hops):
        speaker = _resolve(owner[0], index, ents, p)
        if speaker is not None and speaker.label != "GROUP":
            return speaker, None, "mixed", round(0.8 * speaker.confidence, 3)
    if cue is None:
        cue, how, hops = _nearby_cue(piece, doc, k, quote_of, cues), "near", 0
    if cue is None and _after_colon(span, text, p):
        prev_p, prev_ents, prev_cues = previous
        cue = next((c for c in reversed(prev_cues) if c.subject is not None), None)
        if cue is not None and prev_p is not None:
            speaker = _resolve(cue.subject, index, prev_ents, prev_p)
            if speaker is not None:
                return speaker, None, "direct", round(0.7 * speaker.confidence, 3)
        return None
    if cue is None or cue.subject is None:
        return None
    if how == "weak" and not naming and len(text[span.start : span.end].split()) <= SCARE_MAX_WORDS:
        return None  # a title or term sitting in the cue's clause, not what was said
    speaker = _resolve(cue.subject, index, ents, p)
    if speaker is None:
        return None
    named = cue.token.lemma_.lower() in NAMING_VERBS and not _stands_alone(span, text, p)
    kind: QuoteKind = "mixed" if hops > 1 or named or _inside_clause(piece, doc, cue) else "direct"
    base = {"syntax": 0.95, "weak": 0.7, "near": 0.8}.get(how, 0.7)
    return speaker, cue, kind, round(base * speaker.confidence, 3)


def _syntactic_cue(
    piece: _Piece, doc: Doc, k: int, quote_of: list[int], cues: dict[int, Cue]
) -> tuple[Cue | None, str, int]:
    """Return the cue the quotation hangs from (or that hangs from it), how, and the path length."""
    lo, hi = piece.lo, piece.hi
    best: tuple[int, Cue, str] | None = None
    for i in range(lo, min(hi, len(doc))):
        tok = doc[i]
        if tok.is_punct or lo <= tok.head.i < hi:
            continue
        first_dep = tok.dep_
        t = tok.head
        for hops in range(1, SYNTAX_HOPS + 1):
            if quote_of[t.i] < 0 and t.i in cues:
                weak = hops == 1 and first_dep in _WEAK_DEPS or (
                    hops == 2 and first_dep in _WEAK_DEPS and doc[tok.head.i].lower_ not in ("as", "like")
                )
                cand = (hops, cues[t.i], "weak" if weak else "syntax")
                if best is None or cand[0] < best[0]:
                    best = cand
                break
            if t.head is t:
                break
            t = t.head
    for cue in cues.values():
        h = cue.token.head.i
        if lo <= h < hi and cue.token.dep_ != "relcl":
            cand = (1, cue, "syntax")
            if best is None or best[2] == "weak" or cand[0] < best[0]:
                best = cand
    aside = _parenthetical_cue(piece, doc, quote_of, cues, best[1] if best else None)
    if aside is not None:
        return aside, "syntax", 2
    if best is None:
        return None, "", 0
    return best[1], best[2], best[0]


def _speech_noun_owner(piece: _Piece, doc: Doc, quote_of: list[int]) -> tuple[Token, int] | None:
    """Return the possessor of a speech noun the quotation belongs to, and the path length.

    "Trump's claim that there have been “thousands of shootings”", "his description of her as
    “…”": the noun is the cue and its possessor (or "by" object) the speaker.
    """
    lo, hi = piece.lo, min(piece.hi, len(doc))
    root = next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) and not doc[i].is_punct), None)
    if root is None:
        return None
    t = root.head
    for hops in range(1, 5):
        if quote_of[t.i] >= 0:
            return None
        if t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS:
            for c in t.children:
                if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON"):
                    return c, hops
                if c.dep_ == "prep" and c.lower_ == "by":
                    obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON")), None)
                    if obj is not None:
                        return obj, hops
            return None
        if t.head is t:
            return None
        t = t.head
    return None


def _parenthetical_cue(
    piece: _Piece, doc: Doc, quote_of: list[int], cues: dict[int, Cue], inner: Cue | None
) -> Cue | None:
    """Return a speech verb set off as an aside in a clause that holds the quotation, if any.

    "Mr. Obama said, a majority of Americans have come to believe "...", "As Rosenthal put it,
    RT is "...": the aside (a parataxis child of the clause, or an "as" clause) reports the whole
    clause, so its subject outranks any cue inside it.
    """
    lo, hi = piece.lo, min(piece.hi, len(doc))
    root = next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) and not doc[i].is_punct), None)
    if root is None:
        return None
    path: list[Token] = []
    t = root.head
    for _ in range(6):
        if quote_of[t.i] >= 0 and not (lo <= t.i < hi):
            return None  # the quotation sits inside another one
        path.append(t)
        if t.head is t:
            break
        t = t.head
    seen_inner = inner is None
    for t in path:
        if inner is not None and t.i == inner.token.i:
            seen_inner = True
        for c in t.children:
            aside = c.dep_ == "parataxis" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children))
            if not aside or quote_of[c.i] >= 0 or c.i not in cues:
                continue
            cue = cues[c.i]
            if cue.subject is not None and seen_inner and (inner is None or cue is not inner):
                return cue
    return None


def _nearby_cue(piece: _Piece, doc: Doc, k: int, quote_of: list[int], cues: dict[int, Cue]) -> Cue | None:
    """Return the nearest cue with a subject in the quotation's sentences, not past another quote."""
    lo, hi = piece.lo, min(piece.hi, len(doc))
    first = doc[lo].sent.start
    last = doc[hi - 1].sent.end
    if last < len(doc) and _ends_sentence(doc, hi):
        last = doc[last].sent.end if last < len(doc) else last
    best: tuple[int, Cue] | None = None
    for i, cue in cues.items():
        if not (first <= i < last) or cue.subject is None:
            continue
        a, b = (hi, i) if i >= hi else (i, lo)
        if any(quote_of[j] >= 0 and quote_of[j] != k for j in range(a, b)):
            continue  # another quotation sits between, it takes this cue
        dist = b - a
        if best is None or dist < best[0]:
            best = (dist, cue)
    return best[1] if best else None


def _ends_sentence(doc: Doc, hi: int) -> bool:
    j = hi
    while j < len(doc) and doc[j].is_punct:
        j += 1
    return j < len(doc) and doc[j].sent.start == j and j - hi <= 3


def _after_colon(span: MarkedSpan, text: str, p: Paragraph) -> bool:
    """Return True when the quotation opens its paragraph right after one ending with a colon."""
    line_start = space_back(text, span.open_mark)
    if line_start > 0 and text[line_start - 1] != "\n":
        return False
    before = space_back(text, line_start, lines=True)
    return before > 0 and text[before - 1] == ":"


def _stands_alone(span: MarkedSpan, text: str, p: Paragraph) -> bool:
    """Return True when the quotation is a sentence of its own (or opens its paragraph)."""
    before = space_back(text, span.open_mark)
    return before == 0 or text[before - 1] in "\n.!?:\"”"


def _is_scare(piece: _Piece, doc: Doc, text: str, p: Paragraph) -> bool:
    """Return True for a short quotation embedded in a sentence: a term, title or scare quote."""
    words = text[piece.span.start : piece.span.end].split()
    return (len(words) <= SCARE_MAX_WORDS or _looks_like_title(piece, text, p)) and not _stands_alone(piece.span, text, p)


_MINOR_WORDS = frozenset("a an the of on in and or for to at by with is it my your our".split())


def _looks_like_title(piece: _Piece, text: str, p: Paragraph) -> bool:
    """Return True for a short embedded Title Case quotation: a show, book or nickname."""
    words = re.findall(r"[\w'’-]+", text[piece.span.start : piece.span.end])
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not content or len(words) > 7 or _stands_alone(piece.span, text, p):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _inside_clause(piece: _Piece, doc: Doc, cue: Cue) -> bool:
    """Return True when the quotation continues a reported clause ("said the plan was '...'")."""
    j = piece.lo - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 0 or doc[j].is_space or doc[j].is_sent_end or doc[piece.lo].is_sent_start:
        return False
    return doc[j].text not in (":", ",", ";", "—", "–", "-", "(", ".", "!", "?") and doc[j].i != cue.token.i


def _resolve(tok: Token | None, index: SpeakerIndex, ents: dict[int, Span], p: Paragraph) -> Speaker | None:
    """Return the speaker a subject token stands for: a full name, a resolved pronoun or nominal."""
    if tok is None:
        return None
    doc = tok.doc
    off = p.start + tok.idx
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        if low in ("i", "me", "my"):
            return None
        entity = index.resolve_pronoun(off, gender_of_pronoun(low))
        if entity is None:
            return Speaker(tok.text, off, off + len(tok.text), None, "PERSON", 0.3)
        return index.speaker(entity, 0.85)
    if low in GROUP_PRONOUNS:
        if low in ("it", "its"):
            entity = index.last_org_before(off)
            if entity is not None:
                return index.speaker(entity, 0.6)
        return Speaker(tok.text, off, off + len(tok.text), None, "GROUP", 0.3)
    ent = ents.get(tok.i)
    if ent is not None and ent.start <= tok.head.i < ent.end and tok.head.pos_ in ("VERB", "AUX"):
        ent = None  # a recogniser error running over the clause: "Trump accused Holt of being a"
    role: str | None = None
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        # the apposition may hang from the noun's own prepositional object:
        # "his former partner at Lenox, Lawrence B. Cummings, called ..."
        near = list(tok.children)
        if ent is None:
            near += [g for c in tok.rights if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.children]
        for c in near:
            if c.dep_ == "appos" and c.i in ents and ents[c.i].label_ in ("PERSON", "ORG"):
                # "the spokesman, John Hale" keeps its role; "WASHINGTON -- President Obama" is a dateline
                role = _phrase(doc, tok) if ent is None else None
                ent = ents[c.i]
                break
    if ent is not None and ent.label_ in NAME_LABELS:
        return _named(doc, ent.start, ent.end, ent.label_, p, index, role)
    if tok.pos_ == "PROPN":
        sp = name_span(tok)
        return _named(doc, sp.start, sp.end, "PERSON", p, index, role)
    if tok.text[:1].isupper() and tok.is_alpha:
        # a surname the tagger read as a common noun ("Hendricks told parliament"): a capitalised
        # word inside a sentence that names a known person is that person
        entity = index.entity_named(tok.text)
        if entity is not None:
            return index.speaker(entity, 0.9, role)
    return _nominal(tok, index, p)


def _named(doc: Doc, a: int, b: int, label: str, p: Paragraph, index: SpeakerIndex, role: str | None) -> Speaker:
    while a < b - 1 and not doc[a].text[:1].isalnum():
        a += 1  # markup or punctuation the entity recogniser swallowed: ">Sanders
    words = [t.text for t in doc[a:b]]
    lo, hi = strip_title(words)
    lo = index.title_by_evidence(words, lo, hi)
    if words and words[0].lower() == "the" and label != "PERSON":
        lo = max(lo, 1)
    lo, hi = min(lo, len(words) - 1), max(hi, lo + 1)
    first_char = doc[a + lo].idx
    last = doc[a + hi - 1]
    while first_char < last.idx + len(last.text) - 1 and not doc_text(doc)[first_char].isalnum():
        first_char += 1  # markup glued to the name: ">Sanders
    start = p.start + first_char
    end = p.start + last.idx + len(last.text)
    name = doc_text(doc)[first_char : last.idx + len(last.text)]
    title = doc_text(doc)[doc[a].idx : doc[a + lo].idx].strip() if lo else None
    if title and title.lower() in ("the", "a", "an"):
        title = None  # an article, not a role: "The White House said"
    before = titles_before(doc, a) + words[:lo]
    entity = index.entity_named(name, label, title_gender(before) if label == "PERSON" else "")
    if entity is not None:
        return index.speaker(entity, 1.0, role or title)
    return Speaker(name, start, end, role or title, label, 0.9)


def _nominal(tok: Token, index: SpeakerIndex, p: Paragraph) -> Speaker:
    """Return the entity a definite nominal ("the agency") refers to, else the phrase itself."""
    off = p.start + tok.idx
    head = tok.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if definite:
        entity = index.last_org_before(off, head) or index.entity_with_role_word(head, off)
        if entity is None and head in ORG_NOUNS and head not in ("campaign", "government", "administration", "party"):
            entity = index.last_org_before(off)
        if entity is not None:
            return index.speaker(entity, 0.75)
    phrase = _phrase(tok.doc, tok)
    start = p.start + doc_text(tok.doc).find(phrase, tok.left_edge.idx) if phrase else off
    return Speaker(phrase or tok.text, start, start + len(phrase or tok.text), None, "NOMINAL", 0.7)


def _phrase(doc: Doc, tok: Token) -> str:
    """Return the noun phrase of a head token without relative clauses or appositions."""
    lo = tok.left_edge.i
    hi = tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl"):
            break
        end = c.right_edge.i
        if c.dep_ == "prep":
            # "officials at Homeland Security Investigations, a division of ...": keep the
            # prepositional phrase, not the apposition hanging from its object
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                end = _phrase_end(obj)
        if end - tok.i > 12:
            break
        hi = end
    toks = doc[lo : hi + 1]
    while len(toks) > 1 and (toks[0].is_punct or toks[0].dep_ == "cc"):
        toks = toks[1:]
    while len(toks) > 1 and toks[-1].is_punct:
        toks = toks[:-1]
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)].strip()


def _phrase_end(tok: Token) -> int:
    """Return the last token index of a noun's phrase before any apposition or relative clause."""
    hi = tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "appos", "punct", "advcl", "cc", "conj"):
            break
        hi = c.right_edge.i
    return hi


def _fill(
    quote: Quote, speaker: Speaker | None, cue: Cue | None, kind: QuoteKind, conf: float, p: Paragraph
) -> None:
    if speaker is not None and speaker.entity is None and speaker.name.lower() in PERSON_PRONOUNS:
        # "she said" with no woman to refer to: no speaker, and say how unsure, rather than the
        # nearest name of the wrong person
        speaker, conf = None, min(conf, 0.3)
    if speaker is not None:
        quote.speaker = speaker.name
        quote.speaker_start = speaker.start
        quote.speaker_end = speaker.end
        quote.speaker_role = speaker.role
    if cue is not None:
        quote.cue = cue.text
        quote.cue_start = p.start + cue.start
        quote.cue_end = p.start + cue.end
    quote.kind = kind
    quote.confidence = conf


def _unify_chains(pieces: list[_Piece]) -> None:
    """Give every piece of a quotation running over paragraphs the surest speaker of the chain."""
    by_chain: dict[int, list[_Piece]] = {}
    for pc in pieces:
        by_chain.setdefault(pc.chain, []).append(pc)
    for group in by_chain.values():
        if len(group) < 2:
            continue
        best = max(group, key=lambda pc: (pc.quote.speaker is not None, pc.quote.confidence))
        if best.quote.speaker is None:
            continue
        for pc in group:
            if pc is best or (pc.quote.speaker == best.quote.speaker):
                continue
            q = pc.quote
            q.speaker, q.speaker_start, q.speaker_end = best.quote.speaker, best.quote.speaker_start, best.quote.speaker_end
            q.speaker_role = best.quote.speaker_role
            q.kind = "direct"
            q.confidence = round(best.quote.confidence * 0.9, 3)


def _claims(
    p: Paragraph,
    doc: Doc,
    cues: dict[int, Cue],
    quote_of: list[int],
    spans: Sequence[MarkedSpan],
    ents: dict[int, Span],
    index: SpeakerIndex,
    text: str,
) -> list[Claim]:
    """Return the claims made through the paragraph's cues: a source and what it said or estimated."""
    out: list[Claim] = []
    for cue in cues.values():
        tok = cue.token
        if tok.lower_ != "according" and tok.lemma_.lower() not in CLAIM_VERBS:
            continue
        content = _content(cue, doc)
        if content is None:
            continue
        a, b = content
        source = _resolve(cue.subject, index, ents, p)
        if source is None or source.label in ("GROUP",) and source.confidence < 0.5:
            continue
        start, end = p.start + doc[a].idx, p.start + doc[b - 1].idx + len(doc[b - 1].text)
        kind = _claim_kind(start, end, spans, text)
        out.append(
            Claim(
                start=start,
                end=end,
                text=text[start:end],
                source=source.name,
                source_start=source.start,
                source_end=source.end,
                cue=cue.text,
                cue_start=p.start + cue.start,
                cue_end=p.start + cue.end,
                kind=kind,
                confidence=round(source.confidence, 3),
            )
        )
    return out


def _content(cue: Cue, doc: Doc) -> tuple[int, int] | None:
    """Return the token range [a, b) of what the cue reports, or None when it reports no clause."""
    tok = cue.token
    if tok.lower_ == "according":
        sent = tok.sent
        skip = range(tok.left_edge.i, tok.right_edge.i + 1)
        toks = [t.i for t in sent if t.i not in skip]
    else:
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if clause is None:
            clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        toks = [t.i for t in clause.subtree]
        if toks and doc[toks[0]].dep_ == "mark" and doc[toks[0]].lower_ in ("that", "whether", "if"):
            toks = toks[1:]
    while toks and (doc[toks[0]].is_punct or doc[toks[0]].is_space):
        toks = toks[1:]
    while toks and (doc[toks[-1]].is_punct or doc[toks[-1]].is_space):
        toks = toks[:-1]
    if len(toks) < 2:
        return None
    return toks[0], toks[-1] + 1


def _claim_kind(start: int, end: int, spans: Sequence[MarkedSpan], text: str) -> ClaimKind:
    """Return "direct" when the content is a quotation, "mixed" when it holds one, else "indirect"."""
    quoted = 0
    for s in spans:
        a, b = max(start, s.start), min(end, s.end)
        if b > a:
            quoted += b - a
    if quoted == 0:
        return "indirect"
    body = len(text[start:end].strip(" \"“”'’.,"))
    return "direct" if quoted >= body - 2 else "mixed"
