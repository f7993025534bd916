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
from typing import TYPE_CHECKING

from quotemark.analysis.bylines import byline_after
from quotemark.analysis.calibration import calibrated
from quotemark.analysis.claims import claims_of
from quotemark.analysis.cue_path import Piece, nearby_cue, reporting_cue, speech_noun_owner, syntactic_cue
from quotemark.analysis.cues import Cue, is_cue, make_cue
from quotemark.analysis.doubts import Doubt, DoubtReader
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.identities import Identities
from quotemark.analysis.lookahead import named_in_next
from quotemark.analysis.model import Claim, Quote, QuoteKind
from quotemark.analysis.offsets import doc_ents, doc_text
from quotemark.analysis.parse_repairs import quoted_label
from quotemark.analysis.partial_quotes import embedding_subject, names_a_work
from quotemark.analysis.quote_position import after_colon, in_list, opens_line, stands_alone
from quotemark.analysis.quotemarks import MarkedSpan, find_marked_spans, uses_single_quotes
from quotemark.analysis.quotemarks import close_end as _close_end
from quotemark.analysis.repeats import repeated_speakers
from quotemark.analysis.resolve import resolve
from quotemark.analysis.runs import introduces, kept_silent, main_cue, not_named_inside, speaking_sentence
from quotemark.analysis.salience import fronted_topic
from quotemark.analysis.speaker_furniture import is_furniture
from quotemark.analysis.speakers import GROUP_PRONOUNS, Speaker, SpeakerIndex, ents_by_token
from quotemark.analysis.support import Support, SupportReader

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from quotemark.analysis.pipeline import Paragraph

# How far back (in paragraphs) a quotation without a cue may continue the previous speaker.
CONTINUATION_PARAGRAPHS = 2
# An embedded quotation of at most this many words with no cue is taken as a scare quote.
SCARE_MAX_WORDS = 4
# Verbs that give someone a name or a label: their quoted object complement is the subject's words.
NAMING_VERBS = frozenset(
    "call dub label brand nickname term hail describe characterize characterise refer praise".split()
)
_QUOTE_CHARS = re.compile(r"[\"“”«»]")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z.'\- ]{1,40}[A-Z.]):\s")
# Routes that guess a speaker without a cue of the quotation's own: a chain's speaker replaces them.
_WEAK_ROUTES = frozenset({Route.CONTINUATION, Route.REPORTED, Route.EMBEDDED, Route.COLON})
# who can be the one reporting a nominal's words: a named person or organisation, or a pronoun or description resolved to one
_TELLER_KINDS = frozenset(
    {SpeakerKind.NAME, SpeakerKind.NAME_UNINDEXED, SpeakerKind.PRONOUN_SUBJECT, SpeakerKind.DESCRIPTION}
)


def attribute(paragraphs: list[Paragraph], text: str, who: Identities | None = None) -> tuple[list[Quote], list[Claim]]:
    """Return the article's quotes (with speakers) and claims (with sources), in text order;
    speakers are the identities of `who` (built here when not given)."""
    quotes, claims, _evidence = attribute_with_evidence(paragraphs, text, who)
    return quotes, claims


def attribute_with_evidence(
    paragraphs: list[Paragraph], text: str, who: Identities | None = None
) -> tuple[list[Quote], list[Claim], list[Evidence | None]]:
    """Return quotes, claims and, per quote, the evidence its confidence was calibrated from."""
    single = uses_single_quotes(text)
    marked = [find_marked_spans(text, p.start, p.end, single) for p in paragraphs]
    inside = [(s.open_mark, _close_end(s, text)) for spans in marked for s in spans]
    index = SpeakerIndex(paragraphs, text, inside, who)
    doubt = DoubtReader(paragraphs, index)
    support = SupportReader(index)
    pieces: list[Piece] = []
    claims: list[Claim] = []
    previous: Speaker | None = None
    previous_para = -10
    before: tuple[Paragraph | None, dict[int, Span], list[Cue]] = (None, {}, [])
    chain = 0
    runs_on = False
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
            if not (
                span.continued
                or (k == 0 and runs_on and opens_line(span, text, p.start) and not _TRANSCRIPT.match(text, span.start))
            ):
                chain += 1  # paragraphs are scanned one by one: a quotation left open runs on here
            runs_on = span.continues
            piece = Piece(span, pi, lo, hi, quote, chain)
            naming = _named_by_speaker(piece, doc, quote_of, cues)
            title = (_looks_like_title(piece, text, p) or names_a_work(piece, doc, quote_of)) and not naming
            found = (
                None if title else _attribute_piece(piece, p, doc, k, quote_of, cues, ents, index, text, before, naming)
            )
            if found is None and not title and stands_alone(span, text, p):
                intro = _colon_intro(piece, doc, quote_of, ents, index, p)
                if intro is not None:
                    found = (intro, None, "direct", Route.COLON)
            if found is None and not title and stands_alone(span, text, p):
                reporter = _reported_just_before(piece, p, doc, cues, ents, index, before)
                if reporter is not None:
                    found = (reporter, None, "direct", Route.REPORTED)
            if found is None and not title and stands_alone(span, text, p):
                newcomer = _introduced_before(piece, p, ents, before, index, text)
                if newcomer is not None:
                    found = (newcomer, None, "direct", Route.INTRODUCED)
            if found is None and not title and len(spans) == 1 and pi + 1 < len(paragraphs):
                ahead = named_in_next(p, paragraphs[pi + 1], index)
                found = None if ahead is None else (ahead, None, "direct", Route.NAMED_NEXT)
            if found is None and not title and (pi - previous_para) <= CONTINUATION_PARAGRAPHS and previous is not None:
                if stands_alone(span, text, p):
                    found = (previous, None, "direct", Route.CONTINUATION)
            if found is None and not title:
                found = embedding_subject(piece, doc, quote_of, ents, index, p)
            if found is None:
                # "told MSNBC's “Morning Joe”": a programme, book or nickname, not speech
                quote.kind = "scare" if title or _is_scare(piece, doc, text, p) else "direct"
                quote.confidence = 0.0
                piece.evidence = None
            else:
                speaker, cue, kind, route = found
                rival = speaker is not None and _rival_named(piece, doc, quote_of, speaker)
                doubts = doubt.doubts(piece, doc, quote_of, speaker, cue, route, rival) if speaker else frozenset()
                sign = support.support(speaker, cue, route, pi, span.start, span.end) if speaker else None
                piece.evidence = _fill(quote, speaker, cue, kind, route, p, rival, doubts, sign)
                if speaker is not None:
                    previous, previous_para = speaker, pi
                    index.note_speaker(speaker, span.end)
            pieces.append(piece)
        if not is_furniture(doc_text(doc)):
            claims.extend(claims_of(p, doc, cues, quote_of, spans, ents, index, text))
        before = (p, ents, list(cues.values()))
    _unify_chains(pieces)
    repeated_speakers(pieces)
    quotes = [pc.quote for pc in pieces]
    claims.sort(key=lambda c: (c.start, c.end))
    return quotes, claims, [pc.evidence for pc in pieces]


def _named_by_speaker(piece: Piece, doc: Doc, quote_of: list[int], cues: dict[int, Cue]) -> bool:
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
    piece: Piece,
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
    if first < piece.lo - 1:
        return None  # "Idris was more cautious: “...”": the quotation's own sentence introduces it
    if first > 0:
        sent = speaking_sentence(doc[first - 1].sent)
        found = [c for c in cues.values() if sent.start <= c.token.i < sent.end]
        where, where_ents = p, ents
    else:
        prev_p, prev_ents, prev_cues = before
        if prev_p is None or not len(prev_p.doc):
            return None
        last = speaking_sentence(prev_p.doc[-1].sent)
        found = [c for c in prev_cues if last.start <= c.token.i < last.end]
        where, where_ents = prev_p, prev_ents
    main = main_cue(found, where.start, index.is_inside)
    if main is None:
        return None
    speaker = resolve(main.subject, index, where_ents, where)
    if speaker is None or speaker.label == "GROUP":
        return None
    return speaker


def _colon_intro(
    piece: Piece, doc: Doc, quote_of: list[int], ents: dict[int, Span], index: SpeakerIndex, p: Paragraph
) -> Speaker | None:
    """Return the subject of the clause that introduces a quotation after a colon in its own
    sentence: "Idris was more cautious: “I would not bet on that.”"."""
    j = piece.lo - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    root = doc[j].sent.root
    if quote_of[root.i] >= 0 or root.i > j:
        return None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < j), None)
    if subj is None or quote_of[subj.i] >= 0:
        return None
    speaker = resolve(subj, index, ents, p)
    if speaker is None or speaker.label not in ("PERSON", "ORG") or speaker.kind is SpeakerKind.NOMINAL:
        return None
    return speaker


def _introduced_before(
    piece: Piece,
    p: Paragraph,
    ents: dict[int, Span],
    before: tuple[Paragraph | None, dict[int, Span], list[Cue]],
    index: SpeakerIndex,
    text: str,
) -> Speaker | None:
    """Return the person the sentence just before a cue-less quotation introduces as its subject,
    when that sentence (or, at a paragraph's start, the paragraph before) quotes no one:
    "Economist Maria Lentz disagreed." or "Colby hit back." then a quotation with no cue.

    The quotation goes on in the newcomer's words, not in those of the speaker quoted earlier.
    """
    first = p.doc[piece.lo].sent.start
    if first > 0 and not text[p.start + p.doc[first - 1].sent.start_char : piece.span.open_mark].strip(" ").count("\n"):
        sent, where, where_ents, fresh = p.doc[first - 1].sent, p, ents, False
    elif piece.span.open_mark == p.start or opens_line(piece.span, text, p.start):
        prev_p, prev_ents, _cues = before
        if prev_p is None or not len(prev_p.doc):
            return None
        sent, where, where_ents = prev_p.doc[-1].sent, prev_p, prev_ents
        # after a paragraph that quotes someone, only a person it ends by introducing speaks next
        fresh = bool(_QUOTE_CHARS.search(doc_text(prev_p.doc)))
    else:
        return None
    if _QUOTE_CHARS.search(sent.text) or kept_silent(sent.root):
        return None
    subj = fronted_topic(sent) or next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN"):
        return None
    speaker = resolve(subj, index, where_ents, where)
    if (
        speaker is None
        or speaker.label != "PERSON"
        or speaker.kind not in (SpeakerKind.NAME, SpeakerKind.NAME_UNINDEXED)
        or (fresh and not introduces(sent, where.start, speaker))
    ):
        return None
    return speaker


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
    piece: Piece,
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
) -> tuple[Speaker | None, Cue | None, QuoteKind, Route] | None:
    """Return (speaker, cue, kind, route) for one piece, or None when nothing names a speaker."""
    span = piece.span
    m = _TRANSCRIPT.match(text, span.start, span.end)
    if m:
        name = m.group(1).strip()
        entity = index.entity_named(name.title())
        if entity is not None:
            return index.speaker(entity, 0.8), None, "direct", Route.TRANSCRIPT
        speaker: Speaker | None = Speaker(
            name, span.start, span.start + len(name), None, "PERSON", 0.7, kind=SpeakerKind.NAME_UNINDEXED
        )
        return speaker, None, "direct", Route.TRANSCRIPT
    if span.close_mark is not None:
        by = byline_after(text, _close_end(span, text), opens_line(span, text, p.start))
        if by:
            name, at = by
            entity = index.entity_named(name)
            if entity is not None:
                return index.speaker(entity, 0.85), None, "direct", Route.BYLINE
            speaker = Speaker(name, at, at + len(name), None, "PERSON", 0.8, kind=SpeakerKind.NAME_UNINDEXED)
            return speaker, None, "direct", Route.BYLINE
    cue, how, hops = syntactic_cue(piece, doc, k, quote_of, cues)
    owner = speech_noun_owner(piece, doc, quote_of)
    if owner is not None and owner[0].lower_ not in GROUP_PRONOUNS and (cue is None or owner[1] < hops):
        speaker = resolve(owner[0], index, ents, p)
        if speaker is not None and speaker.label != "GROUP":
            return speaker, None, "mixed", Route.OWNER
    if cue is None:
        cue, how, hops = nearby_cue(piece, doc, k, quote_of, cues), "near", 0
    if cue is None and after_colon(span, text, p):
        prev_p, prev_ents, prev_cues = previous
        cue = next((c for c in reversed(prev_cues) if c.subject is not None), None)
        if cue is not None and prev_p is not None:
            speaker = resolve(cue.subject, index, prev_ents, prev_p)
            if speaker is not None:
                return speaker, None, "direct", Route.COLON
        return None
    if cue is None or cue.subject is None:
        return None
    said = text[span.start : span.end]
    utterance = stands_alone(span, text, p) and said.rstrip()[-1:] in (",", ".", "!", "?")
    label = cue.token.lemma_.lower() in NAMING_VERBS and quoted_label(doc[piece.lo], cue.token)
    if how == "weak" and not naming and not utterance and not label and len(said.split()) <= SCARE_MAX_WORDS:
        return None  # a title or term sitting in the cue's clause, not what was said ("“No comment,” said X" is)
    speaker = resolve(cue.subject, index, ents, p)
    if speaker is None:
        return None
    speaker = not_named_inside(speaker, cue.subject, said, index, p)
    outer = reporting_cue(cue, cues, quote_of) if speaker.kind is SpeakerKind.NOMINAL else None
    teller = None if outer is None or outer.subject is None else resolve(outer.subject, index, ents, p)
    if teller is not None and outer is not None and teller.kind in _TELLER_KINDS:
        speaker, cue, hops = teller, outer, hops + 1
    named = cue.token.lemma_.lower() in NAMING_VERBS and not stands_alone(span, text, p)
    kind: QuoteKind = "mixed" if hops > 1 or named or _inside_clause(piece, doc, cue) else "direct"
    route = {"syntax": Route.SYNTAX, "weak": Route.WEAK}.get(how, Route.NEAR)
    return speaker, cue, kind, route


def _is_scare(piece: Piece, doc: Doc, text: str, p: Paragraph) -> bool:
    """Return True for a short quotation embedded in a sentence: a term, title or scare quote."""
    words = text[piece.span.start : piece.span.end].split()
    return (len(words) <= SCARE_MAX_WORDS or _looks_like_title(piece, text, p)) and not stands_alone(
        piece.span, text, p
    )


_MINOR_WORDS = frozenset("a an the of on in and or for to at by with is it my your our".split())


def _looks_like_title(piece: Piece, text: str, p: Paragraph) -> bool:
    """Return True for a short embedded Title Case quotation: a show, book or nickname."""
    words = re.findall(r"[\w'’-]+", text[piece.span.start : piece.span.end])
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not content or len(words) > 7 or (stands_alone(piece.span, text, p) and not in_list(piece.span, text)):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _inside_clause(piece: Piece, doc: Doc, cue: Cue) -> bool:
    """Return True when the quotation continues a reported clause ("said the plan was '...'")."""
    j = piece.lo - 1
    while j >= 0 and doc[j].is_quote:
        j -= 1
    if j < 0 or doc[j].is_space or doc[j].is_sent_end or doc[piece.lo].is_sent_start:
        return False
    return doc[j].text not in (":", ",", ";", "—", "–", "-", "(", ".", "!", "?") and doc[j].i != cue.token.i


def _rival_named(piece: Piece, doc: Doc, quote_of: list[int], speaker: Speaker) -> bool:
    """Return True when the quotation's sentences name another person outside quotation marks:
    someone else the words could be theirs ("as Trump went on about “...”, Melanie said")."""
    lo, hi = piece.lo, min(piece.hi, len(doc))
    first, last = doc[lo].sent.start, doc[hi - 1].sent.end
    own = {w.casefold() for w in speaker.name.split()}
    for ent in doc_ents(doc):
        if ent.label_ != "PERSON" or ent.end <= first or ent.start >= last or quote_of[ent.start] >= 0:
            continue
        if ent[-1].text.casefold() not in own:
            return True
    return False


def _fill(
    quote: Quote,
    speaker: Speaker | None,
    cue: Cue | None,
    kind: QuoteKind,
    route: Route,
    p: Paragraph,
    rival: bool = False,
    doubts: frozenset[Doubt] = frozenset(),
    sign: Support | None = None,
) -> Evidence | None:
    """Write the attribution into `quote`; return the evidence its confidence was read from."""
    evidence = None if speaker is None else Evidence(route, speaker.kind, rival, doubts, sign)
    if speaker is not None and speaker.kind is SpeakerKind.UNRESOLVED:
        # "she said" with no woman to refer to, a bare "they": no speaker rather than a pronoun
        # or the nearest name of the wrong person
        speaker, evidence = None, None
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
    quote.confidence = 0.0 if evidence is None else calibrated(evidence)
    return evidence


def _unify_chains(pieces: list[Piece]) -> None:
    """Give every piece of a quotation running over paragraphs the surest speaker of the chain."""
    by_chain: dict[int, list[Piece]] = {}
    for pc in pieces:
        by_chain.setdefault(pc.chain, []).append(pc)
    for group in by_chain.values():
        if len(group) < 2:
            continue
        best = max(group, key=lambda pc: (pc.quote.speaker is not None, pc.quote.confidence))
        if best.quote.speaker is None:
            continue
        for pc in group:
            if pc is best:
                continue
            if pc.evidence is not None and pc.evidence.route not in _WEAK_ROUTES:
                continue  # a paragraph with its own cue ("..., Walsh said") keeps the speaker it names
            q = pc.quote
            q.speaker, q.speaker_start, q.speaker_end = (
                best.quote.speaker,
                best.quote.speaker_start,
                best.quote.speaker_end,
            )
            q.speaker_role = best.quote.speaker_role
            q.kind = "direct"
            if best.evidence is not None:
                # one quotation over several paragraphs: each is as sure as the one that names its speaker
                ev = best.evidence
                pc.evidence = Evidence(Route.CHAIN, ev.kind, ev.rival, ev.doubts, ev.support)
                q.confidence = best.quote.confidence
