"""Who a subject phrase names: canonical full names, roles stripped from titles, pronouns and
nominals ("he", "the agency", "the minister") resolved to the entity they stand for.

`SpeakerIndex` is built once per article over the article's identities (analysis/identities.py,
where who is who is decided); `resolve()` (analysis/resolve.py) turns the head token of a cue's
subject into a `Speaker` whose `entity` is the identity and whose `start`/`end` point at its name.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.cues import surname_as_adverb
from quotemark.analysis.evidence import SpeakerKind
from quotemark.analysis.identities import Identities, Identity
from quotemark.analysis.name_parts import is_headline as is_headline

# re-exported: resolve.py and others read names through this module
from quotemark.analysis.name_parts import modifier_mentions
from quotemark.analysis.name_parts import name_bounds as name_bounds
from quotemark.analysis.name_parts import name_span as name_span
from quotemark.analysis.name_parts import role_head as role_head
from quotemark.analysis.name_parts import role_words as role_words
from quotemark.analysis.name_parts import strip_title as strip_title
from quotemark.analysis.name_parts import title_gender as title_gender
from quotemark.analysis.name_parts import titles_before as titles_before
from quotemark.analysis.names import ROLE_ABBREVIATIONS
from quotemark.analysis.offsets import doc_ents
from quotemark.analysis.person_evidence import may_be_surname
from quotemark.analysis.pronouns import agrees, owners_of, pronoun_subjects, rank_antecedent, sentences
from quotemark.analysis.role_match import other_party, sole_with_role_noun
from quotemark.analysis.salience import carried_mentions, fronted_topics, misread_subject, subject_depths
from quotemark.analysis.unnamed_people import Described, described_antecedent, described_people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from quotemark.analysis.pipeline import Paragraph

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "i": "", "me": "", "my": ""}
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our", "it", "its"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
# Nominal heads that stand for the most recent organisation when no name shares the word.
ORG_NOUNS = frozenset(
    """agency company firm corporation group organization organisation institute ministry department
    office newspaper paper network channel campaign committee council commission bank board
    government administration union party association foundation center centre university
    court police military army club team charity airline carrier retailer broadcaster publisher
    regulator watchdog federation league""".split()
)


@dataclass
class Speaker:
    """Who said something: canonical name, the mention it was read from, role and how sure we are."""

    name: str
    start: int | None
    end: int | None
    role: str | None = None
    label: str = "PERSON"
    confidence: float = 1.0
    entity: Identity | None = None
    kind: SpeakerKind = SpeakerKind.NAME


class SpeakerIndex:
    """The people and organisations of one article (analysis/identities.py) and every place they are
    mentioned outside quotations, for resolving a subject's name, pronoun or description."""

    def __init__(
        self,
        paragraphs: Sequence[Paragraph],
        text: str,
        inside: Sequence[tuple[int, int]],
        who: Identities | None = None,
    ) -> None:
        self.text = text
        self.who = who if who is not None else Identities(paragraphs, text, inside)
        self._person_mentions: list[tuple[int, Identity]] = []  # outside quotes, by offset
        self._org_mentions: list[tuple[int, Identity]] = []
        qualifiers = modifier_mentions(paragraphs)
        for at, identity in self.who.registered:
            entity = identity.final()
            if entity.label != "PERSON" and at in qualifiers:
                continue  # "the Coimbatore-based company": not the organisation a later "the company" is
            target = self._person_mentions if entity.label == "PERSON" else self._org_mentions
            target.append((at, entity))
        self._subjects = set(self.who.subjects)  # offsets of mentions that are a clause's subject
        self._sent_starts = sentences(
            [(p.start + s.start_char, p.start + s.end_char) for p in paragraphs for s in p.doc.sents],
            text,
            self.is_inside,
        )
        self._owned: list[tuple[int, int]] = []  # possessive names the recogniser left unlabelled
        self._recover_mentions(paragraphs)
        body = [p for p in paragraphs if not is_headline(p.doc.text)]
        self._chain = pronoun_subjects(body, self.is_inside)
        self._owners = owners_of(body, self.is_inside, self._owned)
        self._described = described_people(body, self.is_inside)  # "one mother", "a man who ..."
        self.recent: tuple[int, Identity] | None = None  # the last speaker attributed, and where
        self.paragraphs = list(paragraphs)  # "they" opening a paragraph may stand for the previous one's subject
        self._person_mentions.sort(key=lambda m: m[0])
        self._org_mentions.sort(key=lambda m: m[0])
        self._person_keys = [m[0] for m in self._person_mentions]
        self._org_keys = [m[0] for m in self._org_mentions]
        self._role_subjects(body)
        self._settled: dict[int, Identity] = {}  # a he/she's person corrected after its quotation was read
        self._depths = subject_depths(body, self.is_inside)
        # a fronted topic ("For Baker, the problem was fitness") is who its sentence is about
        topics = fronted_topics(body, self.is_inside)
        self._depths.update(dict.fromkeys(topics, 0))
        self._rank_subjects = self._subjects | {pc.offset for pc in self._chain} | topics
        self._ranked = carried_mentions(self._chain, self._person_mentions, self._rank)
        self._ranked_keys = [m[0] for m in self._ranked]

    @property
    def entities(self) -> list[Identity]:
        """Return the article's people and organisations."""
        return [e for e in self.who.identities if e.anchored and e.count]

    def title_by_evidence(self, words: Sequence[str], lo: int, hi: int) -> int:
        """Return where the bare name starts once a leading word is a title by evidence (Identities.title_by_evidence)."""
        return self.who.title_by_evidence(words, lo, hi)

    # ----- building

    def _role_subjects(self, paragraphs: Sequence[Paragraph]) -> None:
        """Add, as a mention and a subject, a definite role noun heading a subject that stands for
        the person introduced with that role ("Captain Aoife Brennan ... the captain is
        philosophical. “…,” she said"): the passage is about her, whoever spoke last."""
        found: list[tuple[int, Identity]] = []
        for p in paragraphs:
            for tok in p.doc:
                if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                    continue
                kids = list(tok.children)
                if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
                    c.dep_ in ("poss", "compound", "amod", "prep") for c in kids
                ):
                    continue  # "the Sharks captain", "the former captain", "the captain of the rival"
                at = p.start + tok.idx
                if self.is_inside(at):
                    continue
                entity = self.entity_with_role_word(tok.lemma_.lower(), at)
                if entity is not None:
                    found.append((at, entity))
        if not found:
            return
        for at, entity in found:
            self._person_mentions.append((at, entity))
            self._subjects.add(at)
        self._person_mentions.sort(key=lambda m: m[0])
        self._person_keys = [m[0] for m in self._person_mentions]

    def _recover_mentions(self, paragraphs: Sequence[Paragraph]) -> None:
        """Add the mentions the entity recogniser missed: a proper noun heading a subject or object
        whose name is a known person's ("Trump responded" with "Trump" left unlabelled)."""
        for p in paragraphs:
            if is_headline(p.doc.text):
                continue
            for tok in p.doc:
                # a surname the tagger took for a common noun ("Ruiz promised ...") counts too
                named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha)
                # and one read as an adverb of a verb with no subject: "but Early still says ..."
                subject = tok.dep_ in ("nsubj", "nsubjpass") or surname_as_adverb(tok) or misread_subject(tok)
                owner = tok.dep_ == "poss"  # "Oz's dubious advice": a mention, and a possessive one
                if (
                    not (named or subject)
                    or (tok.ent_type_ and not may_be_surname(tok))
                    or not (subject or owner or tok.dep_ in ("dobj", "pobj", "appos"))
                ):
                    continue
                start = p.start + tok.idx
                if self.is_inside(start):
                    continue
                span = name_span(tok)
                entity = self.who.lookup(span.text, "PERSON")
                if entity is None or entity.label != "PERSON":
                    continue
                at = p.start + span.start_char
                self._person_mentions.append((at, entity))
                if subject:
                    self._subjects.add(at)
                elif owner:
                    self._owned.append((at, p.start + span.end_char))

    def note_speaker(self, speaker: Speaker, offset: int) -> None:
        """Remember the latest attributed speaker, the first candidate for a later pronoun."""
        if speaker.entity is not None and speaker.entity.label == "PERSON":
            self.recent = (offset, speaker.entity)

    def _rank(
        self,
        offset: int,
        gender: str,
        mentions: Sequence[tuple[int, Identity]],
        keys: Sequence[int],
        skip: Sequence[Identity],
    ) -> tuple[Identity | None, bool]:
        """Return the person a he/she at `offset` stands for among `mentions`, with no speaker known
        yet; None for one that stands for someone described but not named ("one mother")."""
        found, clear = rank_antecedent(
            offset,
            gender,
            self._sent_starts,
            mentions,
            keys,
            self._rank_subjects,
            None,
            self.last_person_before,
            self._chain,
            self._owners.holds,
            skip,
            self._depths,
        )
        if found is not None and self.described_antecedent(offset, gender, found) is not None:
            return None, False
        if found is not None and clear and gender and not found.gender:
            # as in resolve_pronoun: the person a she clearly stands for is a woman, so the pronouns
            # carried after her do not pass over her for a woman named further back
            found.gender = gender
        return found, clear

    def settle(self, offset: int, entity: Identity) -> None:
        """Remember that the he/she at `offset` stands for `entity` (a choice corrected once its
        quotation was read), for whatever asks about that pronoun again."""
        self._settled[offset] = entity

    def resolve_pronoun(self, offset: int, gender: str, skip: Sequence[Identity] = ()) -> tuple[Identity | None, bool]:
        """Return the person a he/she at `offset` most likely stands for (analysis/pronouns.py),
        and whether it was found as a subject of a recent sentence (the clear case)."""
        settled = self._settled.get(offset)
        if settled is not None and all(settled is not e for e in skip):
            return settled, False
        found, clear = rank_antecedent(
            offset,
            gender,
            self._sent_starts,
            self._ranked,
            self._ranked_keys,
            self._rank_subjects,
            self.recent,
            self.last_person_before,
            self._chain,
            self._owners.holds,
            skip,
            self._depths,
        )
        if (
            found is not None
            and clear
            and gender
            and not found.gender
            and not self.described_antecedent(offset, gender, found)
        ):
            # "the novelist Jo Walton ... “…,” she said": a person a she clearly stands for is a
            # woman, so a later "he" looks past her
            found.gender = gender
        return found, clear

    def described_antecedent(self, offset: int, gender: str, entity: Identity | None) -> Described | None:
        """Return the unnamed person ("one mother") a he/she at `offset` stands for rather than
        `entity`, the named person resolve_pronoun found (analysis/unnamed_people.py), or None."""
        named_at: int | None = None
        if entity is not None:
            i = bisect.bisect_left(self._person_keys, offset) - 1
            while i >= 0 and self._person_mentions[i][1] is not entity:
                i -= 1
            named_at = self._person_keys[i] if i >= 0 else None
        subject = named_at is not None and named_at in self._subjects
        return described_antecedent(offset, gender, self._sent_starts, self._described, named_at, subject)

    # ----- queries

    @property
    def sentence_starts(self) -> list[int]:
        """Return the start offsets of the narrative sentences (not wholly inside a quotation)."""
        return self._sent_starts.starts

    def person_mentions_between(self, lo: int, hi: int) -> list[tuple[int, Identity]]:
        """Return the person mentions (offset, identity) outside quotations in [lo, hi), in order."""
        a, b = bisect.bisect_left(self._person_keys, lo), bisect.bisect_left(self._person_keys, hi)
        return self._person_mentions[a:b]

    def org_mentions_between(self, lo: int, hi: int) -> list[tuple[int, Identity]]:
        """Return the organisation mentions (offset, identity) outside quotations in [lo, hi), in order."""
        a, b = bisect.bisect_left(self._org_keys, lo), bisect.bisect_left(self._org_keys, hi)
        return self._org_mentions[a:b]

    def is_subject(self, offset: int) -> bool:
        """Return True when the mention at `offset` is a clause's subject."""
        return offset in self._subjects

    def is_inside(self, offset: int) -> bool:
        """Return True when the offset lies inside a quotation."""
        return self.who.is_inside(offset)

    def entity_named(
        self, name: str, label: str = "PERSON", gender: str = "", at: int | None = None
    ) -> Identity | None:
        """Return the identity a surface name written at `at` refers to ("Mrs. Obama": a woman named
        Obama), or None; Identities.lookup decides between several longer names."""
        words = name.split()
        lo, hi = strip_title(words)
        bare = " ".join(words[lo:hi])
        gender = gender or title_gender(words[:lo])
        return self.who.lookup(bare, label, gender) or (
            self.who.lookup(bare, "PERSON", gender) if label != "PERSON" else None
        )

    def last_person_before(self, offset: int, gender: str = "", skip: Iterable[Identity] = ()) -> Identity | None:
        """Return the person mentioned last before `offset` (outside quotes) whose gender does not
        contradict `gender`; None rather than a person known to be of the other gender."""
        skipped = set(map(id, skip))
        i = bisect.bisect_left(self._person_keys, offset) - 1
        while i >= 0 and offset - self._person_keys[i] < 3000:
            e = self._person_mentions[i][1]
            i -= 1
            if id(e) in skipped:
                continue
            if agrees(e, gender):
                return e
        return None

    def last_org_before(self, offset: int, head: str = "") -> Identity | None:
        """Return the organisation mentioned last before `offset`; with `head`, one whose name has it."""
        i = bisect.bisect_left(self._org_keys, offset) - 1
        while i >= 0:
            e = self._org_mentions[i][1]
            i -= 1
            if not head or head in e.tokens:
                return e
        return None

    def entity_with_role_word(self, word: str, offset: int, qualifiers: Sequence[str] = ()) -> Identity | None:
        """Return the latest person before `offset` whose role has `word` as its head ("the minister",
        "the senator" for "Sen. Jane Roe", "the press secretary" for "Josh Earnest, the White
        House press secretary"); else the one person with `word` before a role's head whose role or
        name also has the description's `qualifiers` (role_match.sole_with_role_noun)."""
        word = ROLE_ABBREVIATIONS.get(word, word)
        i = bisect.bisect_left(self._person_keys, offset) - 1
        while i >= 0:
            e = self._person_mentions[i][1]
            i -= 1
            if word in e.role_heads and not other_party(qualifiers, e):
                return e
        if word in ORG_NOUNS:
            return None  # "the council" is no person's because "Council Chief Executive Helen Marsh" names it
        return sole_with_role_noun(self._person_mentions, word, offset, qualifiers)

    def speaker(
        self, entity: Identity, confidence: float, role: str | None = None, kind: SpeakerKind = SpeakerKind.NAME
    ) -> Speaker:
        """Return a Speaker for a known entity, pointing at its fullest mention."""
        return Speaker(
            entity.name, entity.start, entity.end, role or entity.role, entity.label, confidence, entity, kind
        )


def gender_of_pronoun(word: str) -> str:
    """Return "m", "f" or "" for a personal pronoun."""
    return PERSON_PRONOUNS.get(word.lower(), "")


def ents_by_token(doc: Doc) -> dict[int, Span]:
    """Return the entity span each token belongs to, by token index."""
    out: dict[int, Span] = {}
    for ent in doc_ents(doc):
        for i in range(ent.start, ent.end):
            out[i] = ent
    return out
