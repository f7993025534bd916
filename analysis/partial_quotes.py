"""Who a partial quotation inside a sentence belongs to: the subject of the clause that governs it.

A few words quoted inside a sentence ("called Omar a “terrorist”", "remembered Jobs “going off
script”", "ruled that Assange stay in jail because of his “history of absconding”") are the words
of whoever the sentence reports, the subject of the clause the quotation is an argument of, walked
up through the complements that clause reports; never a noun the quotation modifies, an owner it
names, or the subject of another clause that happens to be near it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.controllers import DOCUMENT_NOUNS
from quotemark.analysis.cues import NO_ONE, is_cue
from quotemark.analysis.evidence import Route
from quotemark.analysis.parse_repairs import who_antecedent
from quotemark.analysis.resolve import resolve

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.cue_path import Piece
    from quotemark.analysis.cues import Cue
    from quotemark.analysis.model import QuoteKind
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import Speaker, SpeakerIndex

# Complement clauses: what the verb above them reports, perceives or judges.
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
# The subordinator of an adverbial clause that reports the words ("as X said"); any other states a time or a condition.
_REPORTING_MARKS = frozenset({"as"})
# Relative pronouns: the subject they stand for is the noun their clause describes.
_RELATIVES = frozenset({"who", "that", "which"})
# Subjects that stand for no one: "it is hoped that", "there are fears".


def quote_root(piece: Piece, doc: Doc) -> Token | None:
    """Return the quotation's token whose head lies outside it (its attachment to the sentence)."""
    lo, hi = piece.lo, min(piece.hi, len(doc))
    return next((doc[i] for i in range(lo, hi) if not (lo <= doc[i].head.i < hi) and not doc[i].is_punct), None)


def clause_subject(verb: Token, quote_of: list[int]) -> Token | None:
    """Return a verb's subject outside quotations, or the one it shares with the verb it is coordinated
    with ("Shotwell didn't give a date, but said ..."); None when it has none."""
    t = verb
    for _ in range(4):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in _RELATIVES and t.dep_ == "relcl":
            subj = who_antecedent(t.head) if subj.lower_ == "who" else t.head  # "Cook, who remembered ..."
        if subj is not None:
            return None if quote_of[subj.i] >= 0 else subj
        if t.dep_ != "conj" or t.head.i == t.i or t.head.pos_ not in ("VERB", "AUX"):
            return None
        t = t.head
    return None


def reporting_subject(verb: Token, subj: Token, quote_of: list[int]) -> Token:
    """Return the subject of the outermost clause that reports the clause of `verb` as its complement.

    "Cook remembered Jobs rehearsing and “going off script”", "Analysts expect the firm to report
    “strong” growth": the complement's subject is what is talked about; the one whose words or
    judgement the sentence gives is the subject of the verb that takes the complement.
    """
    in_document = _document_verb(verb) is not None  # the statement's words, whatever its clause's verb
    if not in_document and (is_cue(verb) or any(c.dep_ == "conj" and is_cue(c) for c in verb.children)):
        return subj  # the clause has its own speech verb: "the public will cover its ears and scream, “…”"
    t = verb
    for _ in range(4):
        while t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        above = _document_verb(t)
        if above is None and (t.dep_ not in _COMPLEMENTS or t.head.i == t.i):
            return subj
        above = above or t.head
        if quote_of[above.i] >= 0:
            return subj
        outer = clause_subject(above, quote_of)
        if outer is None or outer.lower_ in NO_ONE:
            return subj
        subj, t = outer, above
    return subj


def _document_verb(clause: Token) -> Token | None:
    """Return the speech verb whose document a "that" clause gives the content of: "Graves said in a
    statement that staff had called 911 “within moments”", where the parse hangs the clause on
    "statement"; else None."""
    noun = clause.head
    if clause.dep_ != "acl" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "through"):
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and is_cue(verb) else None


def embedding_subject(
    piece: Piece, doc: Doc, quote_of: list[int], ents: dict[int, Span], index: SpeakerIndex, p: Paragraph
) -> tuple[Speaker | None, Cue | None, QuoteKind, Route] | None:
    """Return the named subject of the clause a cue-less embedded quotation is an argument of, if any.

    "Trump likened the refugees to a “vicious snake”": the words are the subject's even though the
    verb is not a speech verb; only a named person or organisation is accepted, and when the clause
    is a complement reported by another subject ("a judge ruled that Assange should stay because of
    his “history of absconding”"), that subject is the one read, or no one.
    """
    root = quote_root(piece, doc)
    if root is None:
        return None
    t = root.head
    spoken = False  # the quotation hangs from a speech verb of the clause: "... and scream, “…”"
    for _ in range(4):
        if quote_of[t.i] < 0 and t.pos_ in ("VERB", "AUX"):
            spoken = spoken or is_cue(t)
            subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
            if subj is not None and quote_of[subj.i] < 0:
                subj = subj if spoken and _document_verb(t) is None else reporting_subject(t, subj, quote_of)
                speaker = resolve(subj, index, ents, p)
                if speaker is not None and speaker.label in ("PERSON", "ORG") and speaker.confidence >= 0.85:
                    return speaker, None, "mixed", Route.EMBEDDED
                return None
            if t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ == "VBN"):
                # a clause modifying a noun ("a move the opposition called", "a plan critics
                # described as") has its own speaker, not the outer clause's subject
                return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def subordinate_cue(cue: Token) -> bool:
    """Return True for a speech verb in an adverbial clause of time or condition: "they would need to
    “deliver” before the administration would agree" does not report the quotation ("as X said" does)."""
    if cue.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ not in _REPORTING_MARKS for c in cue.children)


def separate_clause(cue: Token, piece: Piece, doc: Doc, quote_of: list[int]) -> bool:
    """Return True when the cue heads a clause of its own that does not govern the quotation.

    "The Pentagon rejected the accusations as “patently false,” and analysts told reporters ...":
    the quotation is an argument of a verb with its own subject; a speech verb joined to that clause
    by "and", with another subject, reports something else. So does a speech verb in a relative
    clause describing a noun of another part of the sentence ("knowledge of Epstein’s “unbecoming”
    behavior ... his memory of an alibi he cited").
    """
    root = quote_root(piece, doc)
    if root is None:
        return False
    if cue.dep_ == "relcl":
        noun = cue.head
        # the clause describes the quotation's own noun phrase ("the postman Arthur Bell, who calls
        # the conchas “the best thing in town”") or a noun it hangs from: it may report it
        near = noun.i == root.i or quote_of[noun.i] >= 0 or noun.is_ancestor(root) or root.head.is_ancestor(noun)
        return not near
    if cue.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in cue.children):
        return False
    t = root.head
    for _ in range(6):
        if t.i == cue.i:
            return False  # the cue governs the quotation
        if quote_of[t.i] < 0 and t.pos_ in ("VERB", "AUX"):
            own = clause_subject(t, quote_of)
            return own is not None and cue.head.i == t.i
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# Nouns naming a work: a quotation set beside one is its title, not anyone's words.
_WORK_NOUNS = frozenset(
    """book novel memoir biography film movie documentary song album single show series sitcom episode
    play musical opera poem essay podcast programme program column article headline campaign exhibition""".split()
)
# Participles that give a work its title: "a script called “Wild Rose”", "a report titled “…”".
_TITLING = frozenset("title entitle call name".split())


def names_a_work(piece: Piece, doc: Doc, quote_of: list[int]) -> bool:
    """Return True when the quotation is the title of a work the sentence names beside it.

    "In his book “Financial Freedom: A Proven Path to All the Money You Will Ever Need,” Sabatier
    shares ...", "a script called “Wild Rose,”": a title, however long, is nobody's statement.
    """
    root = quote_root(piece, doc)
    if root is None or quote_of[root.head.i] >= 0:
        return False
    head = root.head
    if root.dep_ == "appos":
        return head.lemma_.lower() in _WORK_NOUNS
    if root.dep_ == "oprd" and head.dep_ == "acl" and head.tag_ == "VBN" and head.lemma_.lower() in _TITLING:
        return head.head.lemma_.lower() in _WORK_NOUNS
    return False
