"""The cue a quotation hangs from: found in the dependency parse (the speech verb above it, or an
aside such as "as Rosenthal put it"), through a speech noun's possessor ("Trump's claim that"),
or by nearness inside the quotation's sentences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.coordinate_clauses import sister_complement_cue
from quotemark.analysis.cues import SPEECH_NOUNS, Cue, make_cue
from quotemark.analysis.evidence import Evidence
from quotemark.analysis.model import Quote
from quotemark.analysis.partial_quotes import separate_clause, subordinate_cue
from quotemark.analysis.quotemarks import MarkedSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# How far up the parse (in dependency arcs) a quotation looks for the speech verb it reports.
SYNTAX_HOPS = 8
# Prepositions whose object is what a speech verb says: "described it as “…”", "accused him of “…”",
# "warned about “…”"; "on “Meet the Press”" or "in “The Art of the Deal”" name places or works.
_CONTENT_PREPS = frozenset({"as", "like", "of", "about", "against"})
_WEAK_DEPS = frozenset({"pobj", "compound", "poss", "nmod", "npadvmod", "amod", "nummod", "appos", "dep"})


@dataclass
class Piece:
    """One quote-marked piece being attributed: its span, paragraph, content tokens and quote."""

    span: MarkedSpan
    para: int
    lo: int  # content tokens [lo, hi) in the paragraph doc
    hi: int
    quote: Quote
    chain: int  # pieces of one quotation running over paragraphs share a chain id
    evidence: Evidence | None = None


def syntactic_cue(
    piece: Piece, doc: Doc, k: int, quote_of: list[int], cues: dict[int, Cue]
) -> tuple[Cue | None, str, int]:
    """Return the cue the quotation hangs from (or that hangs from it), how, and the path length."""
    lo, hi = piece.lo, piece.hi
    best: tuple[int, Cue, str] | None = None
    for i in range(lo, min(hi, len(doc))):
        tok = doc[i]
        if tok.is_punct or lo <= tok.head.i < hi:
            continue
        first_dep = tok.dep_
        t, came_from = tok.head, tok
        for hops in range(1, SYNTAX_HOPS + 1):
            if quote_of[t.i] < 0 and t.i not in cues and _own_speaker_clause(t, quote_of):
                # "as Trump went on about “…”, Melanie said yes": the adverbial clause has its own
                # person as subject, and the words are that person's, not the main verb's subject's
                cand = (hops, make_cue(t, quote_of), "syntax")
                if best is None or cand[0] < best[0]:
                    best = cand
                break
            if quote_of[t.i] < 0 and t.i in cues:
                outer = sister_complement_cue(came_from, t, cues)
                if outer is not None and quote_of[outer.i] < 0:
                    cand = (hops + 1, cues[outer.i], "syntax")  # "said A agreed ..., and that B “…”"
                    best = cand if best is None or cand[0] < best[0] else best
                    break
                weak = (
                    hops == 1
                    and first_dep in _WEAK_DEPS
                    or (hops == 2 and first_dep in _WEAK_DEPS and doc[tok.head.i].lower_ not in _CONTENT_PREPS)
                )
                cand = (hops, cues[t.i], "weak" if weak else "syntax")
                if best is None or cand[0] < best[0]:
                    best = cand
                break
            if t.head.i == t.i:
                break
            t, came_from = t.head, t
    for cue in cues.values():
        h = cue.token.head.i
        if lo <= h < hi and cue.token.dep_ != "relcl" and not subordinate_cue(cue.token):
            cand = (1, cue, "syntax")
            if best is None or best[2] == "weak" or cand[0] < best[0]:
                best = cand
    aside = _parenthetical_cue(piece, doc, quote_of, cues, best[1] if best else None)
    if aside is not None:
        return aside, "syntax", 2
    if best is None:
        return None, "", 0
    return best[1], best[2], best[0]


def _own_speaker_clause(t: Token, quote_of: list[int]) -> bool:
    """Return True for an adverbial clause's verb whose own subject is a name or he/she ("as Trump went on about")."""
    if t.dep_ != "advcl" or t.pos_ != "VERB" or t.lemma_ == "be":
        return False
    subj = next((c for c in t.children if c.dep_ == "nsubj" and quote_of[c.i] < 0), None)
    return subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she"))


def reporting_cue(cue: Cue, cues: dict[int, Cue], quote_of: list[int]) -> Cue | None:
    """Return the speech verb whose reported clause holds this cue, when it has a subject.

    "Holm said in the letter that the advertisement “…” suggests", "Clinton says the Ohio native
    nicknamed “King James” is": the inner verb's subject is what the words are about, the outer
    verb's subject the one who gives them.
    """
    tok = cue.token
    if tok.dep_ != "ccomp":
        return None
    outer = cues.get(tok.head.i)
    if outer is None or outer.subject is None or quote_of[tok.head.i] >= 0:
        return None
    return outer


def speech_noun_owner(piece: Piece, doc: Doc, quote_of: list[int]) -> tuple[Token, int] | None:
    """Return the possessor of a speech noun the quotation belongs to, and the path length.

    "Trump's claim that there have been “thousands of shootings”", "his description of her as
    “…”": the noun is the cue and its possessor (or "by" object) the speaker.
    """
    lo, hi = piece.lo, min(piece.hi, len(doc))
    root = next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) and not doc[i].is_punct), None)
    if root is None:
        return None
    owner = _infinitive_owner(root, quote_of)
    if owner is not None:
        return owner, 1
    t = root.head
    for hops in range(1, 7):
        if quote_of[t.i] >= 0 and (quote_of[t.i] == quote_of[root.i] or t.sent.start != root.sent.start):
            return None
        # a quotation going on from another in its sentence reads on through it: directives from
        # Xi to “show absolutely no mercy” in the “struggle against terrorism”
        if quote_of[t.i] < 0 and t.pos_ == "NOUN" and t.lemma_.lower() in SPEECH_NOUNS:
            owner = _noun_owner(t)
            return None if owner is None else (owner, hops)
        owner = _infinitive_owner(t, quote_of)
        if owner is not None:
            return owner, hops + 1
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _noun_owner(noun: Token) -> Token | None:
    """Return the possessor, or the "by"/"from" object, of a speech noun: "Trump's claim", "a warning from Xi"."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "PRON")), None)
            if obj is not None:
                return obj
    return None


def _infinitive_owner(verb: Token, quote_of: list[int]) -> Token | None:
    """Return the owner of a speech noun right before a to-infinitive the parse hung elsewhere:
    "directives from Xi to “show absolutely no mercy”", "a call by Ruiz to “end the strike”"."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or to.i == 0 or quote_of[to.i] >= 0:
        return None
    n = verb.doc[to.i - 1]
    for _ in range(3):
        if quote_of[n.i] >= 0:
            return None
        if n.pos_ == "NOUN" and n.lemma_.lower() in SPEECH_NOUNS:
            return _noun_owner(n)
        if n.dep_ not in ("pobj", "prep") or n.head.i == n.i:
            return None
        n = n.head
    return None


def _parenthetical_cue(
    piece: Piece, doc: Doc, quote_of: list[int], cues: dict[int, Cue], inner: Cue | None
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
        if t.head.i == t.i:
            break
        t = t.head
    seen_inner = inner is None
    for t in path:
        if inner is not None and t.i == inner.token.i:
            seen_inner = True
        for c in t.children:
            aside = c.dep_ == "parataxis" or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            )
            if not aside or quote_of[c.i] >= 0 or c.i not in cues:
                continue
            cue = cues[c.i]
            if cue.subject is not None and seen_inner and (inner is None or cue is not inner):
                return cue
        if seen_inner and inner is not None and inner.subject is not None and t.dep_ == "relcl":
            # "Her shift, they say, reflects a change, which Lyle described as “…”": a relative
            # clause with a speaker of its own is not part of what the aside reports
            return None
    return None


def nearby_cue(piece: Piece, doc: Doc, k: int, quote_of: list[int], cues: dict[int, Cue]) -> Cue | None:
    """Return the nearest cue with a subject in the quotation's sentences, not past another quote."""
    lo, hi = piece.lo, min(piece.hi, len(doc))
    first = doc[lo].sent.start
    own_end = last = doc[hi - 1].sent.end
    if last < len(doc) and _ends_sentence(doc, hi):
        last = doc[last].sent.end if last < len(doc) else last
    best: tuple[int, Cue] | None = None
    for i, cue in cues.items():
        if not (first <= i < last) or cue.subject is None or separate_clause(cue.token, piece, doc, quote_of):
            continue
        if i >= own_end and not _bare_attribution(cue, quote_of, k):
            continue
        a, b = (hi, i) if i >= hi else (i, lo)
        if any(quote_of[j] >= 0 and quote_of[j] != k for j in range(a, b)):
            continue  # another quotation sits between, it takes this cue
        dist = b - a
        if best is None or dist < best[0]:
            best = (dist, cue)
    return best[1] if best else None


def _bare_attribution(cue: Cue, quote_of: list[int], k: int) -> bool:
    """Return True when the sentence after a quotation only says who spoke it: "“Why?” Lee asked
    again.", not "Bridenstine responded that SLS is the only vehicle" (a sentence with its own
    reported content is a new statement, and the quotation before it belongs to whoever spoke
    before: "“A,” he said. “B.” Martha added that ...")."""
    tok = cue.token
    if tok.dep_ != "ROOT" or any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in tok.children):
        return False
    return not any(quote_of[t.i] not in (-1, k) for t in tok.sent)


def _ends_sentence(doc: Doc, hi: int) -> bool:
    j = hi
    while j < len(doc) and doc[j].is_punct:
        j += 1
    return j < len(doc) and doc[j].sent.start == j and j - hi <= 3
