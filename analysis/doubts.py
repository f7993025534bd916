"""Why an attribution that looks sure may still be wrong: signs, read from the text around a
quotation, that its speaker could be someone other than the one the cue names.

Each sign is general English news structure, not a particular article's: a speaker read from a
clause another speech verb reports ("Pompeo said Washington had concluded “...”"), a cue whose
subject was borrowed from another clause, a quotation with no cue of its own right after another
speaker's, a he/she with two people it could stand for, a surname two people of the article share,
"it" read as the organisation named last, a verb that does not report speech, a fragment of a few
words in a sentence naming someone else that no speech verb of its own attributes, a definite
description left as the speaker ("the actor", "the statement") that may stand for a name the
article gives.
Calibration (analysis/calibration.py) gives each sign its own share right, fitted on PolNeAR dev,
and a quotation showing a sign is never surer than that share.
"""

from __future__ import annotations

from collections import defaultdict
from enum import Enum
from typing import TYPE_CHECKING

from quotemark.analysis.controllers import DOCUMENT_NOUNS
from quotemark.analysis.cues import OBJECT_SPEAKER_VERBS, Cue, is_cue
from quotemark.analysis.evidence import Route, SpeakerKind
from quotemark.analysis.offsets import doc_ents
from quotemark.analysis.risk_signs import given_name_of_relative, names_itself, plural_for_one, qualifier_unborne
from quotemark.analysis.speakers import gender_of_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from quotemark.analysis.cue_path import Piece
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import Speaker, SpeakerIndex

# A quotation of at most this many words set inside a sentence is a fragment: a term, a label, a
# phrase whose owner the sentence may not make plain.
FRAGMENT_WORDS = 3
# How many sentences before a he/she (besides its own) are searched for a second person it could mean.
PRONOUN_WINDOW = 2
# Routes on which a quotation has a cue of its own: a different speaker just before says nothing about them.
_OWN_CUE_ROUTES = frozenset({Route.SYNTAX, Route.WEAK, Route.BYLINE, Route.TRANSCRIPT, Route.OWNER})
# Routes on which a quotation goes on in the speaker of the one before, and so shares its doubts.
_GOING_ON_ROUTES = frozenset({Route.REPORTED, Route.CONTINUATION})
# Dependencies by which a clause is the content of the verb above it ("said that X concluded").
_REPORTED_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_HOPS = 3
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_COLLECTIVES = frozenset({"family", "relatives", "parents", "friends", "supporters", "fans"})
# Nouns naming a text or an utterance: its words are its author's, even after "a statement".
_AUTHORED_NOUNS = DOCUMENT_NOUNS | frozenset("article book ruling document website post tweet email complaint".split())


class Doubt(Enum):
    """A sign that the speaker read for a quotation may be the wrong one."""

    NESTED = "nested"  # the cue's clause is what another speech verb, of someone else, reports
    BORROWED = "borrowed"  # the cue has no subject of its own: it was taken from another clause
    SWITCH = "switch"  # no cue of its own, right after a quotation given to someone else
    TWO_ANTECEDENTS = "two-antecedents"  # he/she with a second person as a subject in the window
    SHARED_SURNAME = "shared-surname"  # named by a surname that two people of the article carry
    IT = "it"  # "it" read as the organisation named last: nearness is all it rests on
    NOT_SPEECH = "not-speech"  # the verb read as the cue does not report speech: "if Putin would give “space”"
    FRAGMENT = "fragment"  # a few words inside a sentence naming another person, with no speech verb of its own
    DESCRIBED = "described"  # a definite description left as the speaker ("the actor", "the statement"):
    # it may stand for a person or an author the article names, whose name a reader wants
    PLURAL = "plural"  # a plural description read as one named person: "the physicians stated" (analysis/risk_signs.py)
    UNBORNE = "unborne"  # a description's qualifier the person it was read as does not bear: "the Republican nominee"
    GIVEN_NAME = "given-name"  # a lone given name of someone's relative: "Mrs Alder's husband, Colin"
    SELF_NAMED = "self-named"  # the quotation names the person it is given to: "“Roy's been saying that”"


# Doubts about a quotation's own words, which the next quotation of the same speaker does not share.
_OWN_WORDS_DOUBTS = frozenset({Doubt.FRAGMENT, Doubt.SELF_NAMED})


class DoubtReader:
    """Reads the doubts of each attribution of one article (built once per article)."""

    def __init__(self, paragraphs: list[Paragraph], index: SpeakerIndex) -> None:
        self.index = index
        # full names by surname, in text order: (offset, the name's other words) of each mention
        self.full: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
        for p in paragraphs:
            for ent in doc_ents(p.doc):
                words = ent.text.split()
                # a name's first word is a proper noun: not "Hosting Cook" read from "Hosting Cook's ..."
                if (
                    ent.label_ == "PERSON"
                    and len(words) >= 2
                    and all(w[:1].isupper() for w in words)
                    and ent[0].pos_ == "PROPN"
                ):
                    self.full[words[-1].casefold()].append(
                        (p.start + ent.start_char, {w.casefold() for w in words[:-1]})
                    )
        # lemma of each noun the narration introduces as someone unnamed ("an insider"): its first offset
        self.introduced: dict[str, int] = {}
        for p in paragraphs:
            for det in p.doc:
                # read from the article, not from each noun's children: this runs over every token
                if det.dep_ != "det" or det.lower_ not in ("a", "an"):
                    continue
                tok = det.head
                if tok.pos_ == "NOUN" and tok.i != det.i and not index.is_inside(p.start + tok.idx):
                    lemma, at = tok.lemma_.lower(), p.start + tok.idx
                    if at < self.introduced.get(lemma, at + 1):
                        self.introduced[lemma] = at
        # (paragraph, speaker, doubts) of the last quotation attributed
        self.last: tuple[int, str, frozenset[Doubt]] | None = None

    def doubts(
        self,
        piece: Piece,
        doc: Doc,
        quote_of: list[int],
        speaker: Speaker,
        cue: Cue | None,
        route: Route,
        rival: bool,
    ) -> frozenset[Doubt]:
        """Return the doubts of one attributed quotation (and remember its speaker for the next)."""
        found: set[Doubt] = set()
        if cue is not None and cue.subject is not None:
            if _nested(cue, speaker, quote_of):
                found.add(Doubt.NESTED)
            if _borrowed(cue):
                found.add(Doubt.BORROWED)
            if speaker.kind in (SpeakerKind.PRONOUN_SUBJECT, SpeakerKind.PRONOUN_OTHER) and self._second_antecedent(
                cue.subject, doc, quote_of, speaker
            ):
                found.add(Doubt.TWO_ANTECEDENTS)
            if self._other_namesake(cue.subject, speaker, piece.span.start):
                found.add(Doubt.SHARED_SURNAME)
        if (
            route not in _OWN_CUE_ROUTES
            and self.last is not None
            and self.last[0] == piece.para
            and self.last[1] != speaker.name
        ):
            found.add(Doubt.SWITCH)
        if speaker.kind is SpeakerKind.IT:
            found.add(Doubt.IT)
        if speaker.kind is SpeakerKind.NOMINAL and described(
            speaker.name, cue.subject if cue is not None else None, self.introduced, piece.span.start
        ):
            found.add(Doubt.DESCRIBED)
        subject = cue.subject if cue is not None else None
        if plural_for_one(subject, speaker):
            found.add(Doubt.PLURAL)
        if speaker.kind is SpeakerKind.DESCRIPTION and qualifier_unborne(subject, speaker, self.index.entities):
            found.add(Doubt.UNBORNE)
        if given_name_of_relative(speaker, self.full):
            found.add(Doubt.GIVEN_NAME)
        if names_itself(piece.quote.text, speaker):
            found.add(Doubt.SELF_NAMED)
        speech = cue is not None and is_cue(cue.token)
        if cue is not None and not speech:
            found.add(Doubt.NOT_SPEECH)
        if rival and _fragment(piece, doc) and (route is not Route.SYNTAX or not speech or Doubt.BORROWED in found):
            found.add(Doubt.FRAGMENT)
        if route in _GOING_ON_ROUTES and self.last is not None and self.last[1] == speaker.name:
            found |= self.last[2] - _OWN_WORDS_DOUBTS  # the words go on in the voice doubted just before
        self.last = (piece.para, speaker.name, frozenset(found))
        return self.last[2]

    def _other_namesake(self, subject: Token, speaker: Speaker, at: int) -> bool:
        """Return True when a bare surname was read as the speaker while the person last named in full
        with that surname is someone else ("Martha Fry and her brother Dale Ford" ... "Ford replied")."""
        if subject.pos_ != "PROPN" or any(c.dep_ == "compound" for c in subject.children):
            return False
        before = [others for off, others in self.full.get(subject.text.casefold(), []) if off < at]
        words = speaker.name.casefold().split()
        return bool(before) and len(words) >= 2 and not any(_same_first(words[0], w) for w in before[-1])

    def _second_antecedent(self, pronoun: Token, doc: Doc, quote_of: list[int], speaker: Speaker) -> bool:
        """Return True when another person is the subject of a clause near the pronoun (its sentence
        or the few before, outside quotation marks), or stands beside or with one: a second topic
        the he/she could stand for as well as the speaker chosen."""
        gender = gender_of_pronoun(pronoun.lower_)
        if not gender:
            return False
        sents = list(doc.sents)
        k = next((n for n, s in enumerate(sents) if s.start <= pronoun.i < s.end), 0)
        lo = sents[max(0, k - PRONOUN_WINDOW)].start
        own = {w.casefold() for w in speaker.name.split()}
        for ent in doc_ents(doc):
            if ent.label_ != "PERSON" or ent.start < lo or ent.start >= pronoun.i or quote_of[ent.start] >= 0:
                continue
            if ent[-1].text.casefold() in own:
                continue
            # only another subject competes, whatever gender the article's votes gave it (they can be
            # wrong: "Omar" read as a man's name): a he/she saying something stands for the passage's
            # subjects, seldom for a person named as an object ("told the BBC she had great respect
            # for Mrs Carter. “She is ...,” she said")
            if _subject_name(ent.root):
                return True
        return False


def _same_first(a: str, b: str) -> bool:
    """Return True when two first names may be one person's: equal, or one the short form the other
    starts with ("Josh" of "Joshua", "Chris" of "Christopher")."""
    short, long = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    return short == long or (len(short) >= 3 and long.startswith(short))


def _subject_name(tok: Token) -> bool:
    """Return True for a name that is a clause's subject, or stands beside or with one: "the
    education secretary, Michael Gove, sent a letter", "Rosa Quint and Ana Pell wrote"."""
    for _ in range(_HOPS):
        if tok.dep_ not in ("appos", "conj") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


def _nested(cue: Cue, speaker: Speaker, quote_of: list[int]) -> bool:
    """Return True when the cue's clause is reported by a speech verb above it whose own subject is
    not the speaker, and the cue's own subject is not a person named: "Pompeo said that Washington
    had concluded “...”" (a place or an institution standing for the one who reports it)."""
    t = cue.token
    for _ in range(_HOPS):
        if t.dep_ not in _REPORTED_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if quote_of[t.i] >= 0:
            return False
        if is_cue(t):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ in ("i", "we", "you") or subj.i == cue.subject.i:  # type: ignore[union-attr]
                return False
            if speaker.label == "PERSON":
                return False  # "Ashford said Hale had called him “a fraud”": a person named inside the report
            own = {w.casefold() for w in speaker.name.split()}
            return subj.text.casefold() not in own and subj.pos_ in ("PROPN", "NOUN", "PRON")
    return False


def _borrowed(cue: Cue) -> bool:
    """Return True when the cue's subject is the subject of neither the cue nor a verb above it
    (which "Volker said ... and added", "Dempsey said, adding that", "quoted Kim as saying" share),
    but was taken from the clause the cue reports or from a neighbour: "Early says Ubisoft are “believers”"."""
    tok = cue.token
    subj = cue.subject
    assert subj is not None
    if tok.lower_ == "according":
        return False
    if subj.i < tok.i and all(t.is_punct for t in tok.doc[subj.i + 1 : tok.i]):
        return False  # "..., Rebecca Stone, told the meeting": the name right before the verb, whatever the parse
    while subj.dep_ == "appos" and subj.head.i != subj.i:
        subj = subj.head  # "the consultant, Rebecca Stone, told": the name stands beside the subject
    noun = tok.head
    while tok.dep_ == "relcl" and noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    if tok.dep_ == "relcl" and subj.i in (tok.head.i, noun.i):
        return False  # "the former mayor, Arthur Bell, who calls the buns “...”"
    head = subj.head.head if subj.head.dep_ == "agent" else subj.head  # "dubbed ... by servicemen"
    if subj.dep_ == "dobj" and head.lemma_.lower() in OBJECT_SPEAKER_VERBS:
        return not (head.i == tok.i or head.is_ancestor(tok))
    if subj.dep_ not in ("nsubj", "nsubjpass", "pobj"):
        return True
    return not (head.i == tok.i or head.is_ancestor(tok))


def _fragment(piece: Piece, doc: Doc) -> bool:
    """Return True for a quotation of a few words set inside a sentence (not a sentence of its own)."""
    words = piece.quote.text.split()
    if len(words) > FRAGMENT_WORDS:
        return False
    j = piece.lo - 1
    while j >= 0 and (doc[j].is_quote or doc[j].is_space):
        j -= 1
    return j >= 0 and not doc[j].is_sent_end and doc[j].text not in (":", '"')


def described(phrase: str, head: Token | None, introduced: dict[str, int], at: int) -> bool:
    """Return True when a common-noun speaker is a definite description ("the actor", "the 56-year-old",
    "Swift's rep", "the statement") rather than someone the article introduced unnamed: not "an
    insider", "officials", nor "the insider" after "an insider" (a text's words stay its author's)."""
    words = phrase.split()
    if not words:
        return False
    possessive = any(w.endswith(("'s", "’s")) for w in words[:-1]) or words[0].casefold() in _POSSESSIVES
    if not possessive and words[0].casefold() not in _DEFINITE:
        return False
    noun = head.lemma_.lower() if head is not None and head.pos_ == "NOUN" else words[-1].casefold()
    if possessive and (noun in _COLLECTIVES or (head is not None and head.tag_ == "NNS")):
        return False  # "her family", "Scott's parents": a group the article seldom names
    first = introduced.get(noun)
    return possessive or noun in _AUTHORED_NOUNS or first is None or first >= at
