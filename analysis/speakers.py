"""Who a subject phrase names: canonical full names, roles stripped from titles, pronouns and
nominals ("he", "the agency", "the minister") resolved to the entity they stand for.

`SpeakerIndex` is built once per article from spaCy's entities; `speaker_for(token)` turns the head
token of a cue's subject into a `Speaker` whose `start`/`end` point at the fullest mention of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotemark.analysis.cues import surname_as_adverb
from quotemark.analysis.evidence import SpeakerKind
from quotemark.analysis.genders import vote_genders
from quotemark.analysis.name_index import AffixIndex
from quotemark.analysis.names import (
    FEMALE_HINTS,
    HONORIFICS,
    MALE_HINTS,
    ROLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from quotemark.analysis.names import first_name_gender as _name_gender
from quotemark.analysis.names import norm as _norm
from quotemark.analysis.offsets import doc_text
from quotemark.analysis.pronouns import agrees, rank_antecedent, sentences
from quotemark.analysis.speaker_furniture import is_furniture, run_together

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.pipeline import Paragraph

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "i": "", "me": "", "my": ""}
GROUP_PRONOUNS = frozenset({"they", "them", "their", "we", "us", "our", "it", "its"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT"})
# Nominal heads that stand for the most recent organisation when no name shares the word.
ORG_NOUNS = frozenset(
    """agency company firm corporation group organization organisation institute ministry department
    office newspaper paper network channel campaign committee council commission bank board
    government administration union party association foundation center centre university
    court police military army""".split()
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
    entity: Entity | None = None
    kind: SpeakerKind = SpeakerKind.NAME


@dataclass
class Entity:
    """One person or organisation of the article: canonical name, its fullest mention, its role."""

    name: str
    start: int
    end: int
    label: str
    role: str | None = None
    gender: str = ""
    count: int = 0
    mentions: list[int] = field(default_factory=list)  # start offsets of every mention
    role_words: set[str] = field(default_factory=set)  # every title or role word the narration gives them
    role_heads: set[str] = field(default_factory=set)  # the head noun of each role ("leader" of "opposition leader")

    @property
    def tokens(self) -> list[str]:
        """Return the lower-cased words of the name."""
        return self.name.lower().split()


def strip_title(words: Sequence[str]) -> tuple[int, int]:
    """Return the (first, last+1) word indices of the bare name inside a titled name."""
    lo, hi = 0, len(words)
    while hi - lo > 1 and _norm(words[lo]) in TITLE_WORDS:
        lo += 1
    while hi - lo > 1 and words[hi - 1].lower() in ("'s", "’s", "jr", "jr.", "sr", "sr.", ",", "ii", "iii", "iv"):
        hi -= 1
    return lo, hi


class SpeakerIndex:
    """The people and organisations of one article and every place they are mentioned."""

    def __init__(self, paragraphs: Sequence[Paragraph], text: str, inside: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self._inside = sorted(inside)
        self._inside_starts = [s for s, _ in self._inside]
        self.entities: list[Entity] = []
        self._names: AffixIndex[Entity] = AffixIndex()  # so a short name meets only the names it could shorten
        self._by_name: dict[str, Entity] = {}
        self._person_mentions: list[tuple[int, Entity]] = []  # outside quotes, by offset
        self._org_mentions: list[tuple[int, Entity]] = []
        self._subjects: set[int] = set()  # offsets of mentions that are a clause's subject
        self._sent_starts = sentences(
            [(p.start + s.start_char, p.start + s.end_char) for p in paragraphs for s in p.doc.sents],
            text,
            self.is_inside,
        )
        pending: list[tuple[Paragraph, Span]] = []
        for p in paragraphs:
            if _is_headline(p.doc.text) or is_furniture(p.doc.text):
                continue  # "Obama Says ..." would register "Obama Says" as a name; credits name no one
            for ent in p.doc.ents:
                if ent.label_ in ("PERSON", "ORG") and not run_together(ent.text):
                    pending.append((p, ent))
        # the bare names written on their own somewhere: "Kevin Marsh" makes the "Organiser" of
        # "Organiser Kevin Marsh" a title even when the word is in no list
        self._written: set[str] = set()
        for _p, ent in pending:
            lo, hi = strip_title([t.text for t in ent])
            self._written.add(" ".join(t.text for t in ent[lo:hi]).lower())
        # full names first, so that "Kim" later finds "Kim Jong Un" wherever it appears
        # and, among short names, those with a gendered title first, so that "Mr. Obama" gets an
        # entity of his own before bare "Obama" could be merged into "Michelle Obama"
        for p, ent in sorted(
            pending, key=lambda pe: (-len(pe[1]), not _gender_hint(pe[1], strip_title([t.text for t in pe[1]])[0]))
        ):
            self._register(p, ent)
        self._recover_mentions(paragraphs)
        vote_genders(paragraphs, self.entities, self.is_inside, self._person_named)
        self.recent: tuple[int, Entity] | None = None  # the last speaker attributed, and where
        self.paragraphs = list(paragraphs)  # "they" opening a paragraph may stand for the previous one's subject
        self._person_mentions.sort(key=lambda m: m[0])
        self._org_mentions.sort(key=lambda m: m[0])
        self._person_keys = [m[0] for m in self._person_mentions]
        self._org_keys = [m[0] for m in self._org_mentions]

    # ----- building

    def _register(self, p: Paragraph, ent: Span) -> None:
        words = [t.text for t in ent]
        lo, hi = strip_title(words)
        lo = self.title_by_evidence(words, lo, hi)
        if ent.label_ == "ORG" and words and words[0].lower() == "the":
            lo = max(lo, 1)
        if lo >= hi:
            return
        start = p.start + ent[lo].idx
        end = p.start + ent[hi - 1].idx + len(ent[hi - 1].text)
        while start < end and not self.text[start].isalnum():
            start += 1  # markup glued to the name: <a href="...">Sanders
        name = self.text[start:end]
        if not any(c.isalpha() for c in name):
            return
        label = ent.label_
        titled = _gender_hint(ent, lo)
        entity = self._lookup(name, label, titled)
        if label == "ORG" and len(name.split()) == 1:
            person = self._lookup(name, "PERSON")
            if person is not None and person.label == "PERSON":
                entity = person  # "Trump responded": a surname the recogniser took for an ORG
        if entity is None:
            entity = Entity(name, start, end, label)
            self.entities.append(entity)
            self._names.add(entity, entity.tokens)
            self._by_name[name.lower()] = entity
        elif len(name.split()) > 1 and self.is_inside(entity.start) and not self.is_inside(start):
            # a name from inside a quotation ("Crooked Hillary Clinton" in a tweet) gives way to
            # the narration's own full name for the same person
            entity.name, entity.start, entity.end = name, start, end
            self._names.add(entity, entity.tokens)
            self._by_name[name.lower()] = entity
        entity.count += 1
        entity.mentions.append(start)
        role = _role_before(ent, lo)
        if not self.is_inside(start):  # not a quotation's epithet: "Crooked Hillary Clinton"
            apposed = _apposed_role(ent)
            if (role or apposed) and not entity.role:
                entity.role = role or apposed
            for phrase in (role, apposed):
                if phrase:
                    entity.role_words.update(role_words(phrase))
                    entity.role_heads.add(role_head(phrase))
        # a first name tells a gender only where it is the name's first word: the bare surname
        # "Omar" of "Ilhan Omar" is no man's first name here
        first = lo < hi and words[lo].lower() == entity.tokens[0]
        hint = titled or (_name_gender(words[lo:hi]) if first else "")
        if hint and not entity.gender:
            entity.gender = hint
        if (
            ent.root.dep_ in ("nsubj", "nsubjpass")
            or (ent.root.dep_ in ("compound", "appos") and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
            # a name the parse made the root of its sentence ("James Holt, the chairman, defended
            # ..." with the verb misread) heads it as its subject would
            or (ent.root.dep_ == "ROOT" and ent.label_ == "PERSON" and ent.root.pos_ == "PROPN")
        ):
            self._subjects.add(start)
        elif ent.label_ == "PERSON" and ent.root.dep_ == "appos" and _apposed_to_subject(ent.root):
            self._subjects.add(start)
        if not self.is_inside(start):
            target = self._person_mentions if entity.label == "PERSON" else self._org_mentions
            target.append((start, entity))

    def title_by_evidence(self, words: Sequence[str], lo: int, hi: int) -> int:
        """Return where the bare name starts once a leading word is known to be a title because the
        rest of the name is written alone elsewhere ("Organiser Kevin Marsh" and "Kevin Marsh")."""
        if hi - lo < 3 or _name_gender(words[lo:hi]) or not words[lo][:1].isupper():
            return lo
        rest = " ".join(words[lo + 1 : hi]).lower()
        if rest in self._written or rest in self._by_name:
            return lo + 1
        return lo

    def _recover_mentions(self, paragraphs: Sequence[Paragraph]) -> None:
        """Add the mentions the entity recogniser missed: a proper noun heading a subject or object
        whose name is a known person's ("Trump responded" with "Trump" left unlabelled)."""
        for p in paragraphs:
            if _is_headline(p.doc.text):
                continue
            for tok in p.doc:
                # a surname the tagger took for a common noun ("Ruiz promised ...") counts too
                named = tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.is_alpha)
                # and one read as an adverb of a verb with no subject: "but Early still says ..."
                subject = tok.dep_ in ("nsubj", "nsubjpass") or surname_as_adverb(tok)
                if not (named or subject) or tok.ent_type_ or not (subject or tok.dep_ in ("dobj", "pobj", "appos")):
                    continue
                start = p.start + tok.idx
                if self.is_inside(start):
                    continue
                span = name_span(tok)
                entity = self._lookup(span.text, "PERSON")
                if entity is None or entity.label != "PERSON":
                    continue
                at = p.start + span.start_char
                self._person_mentions.append((at, entity))
                if subject:
                    self._subjects.add(at)

    def _lookup(self, name: str, label: str, gender: str = "") -> Entity | None:
        """Return the known entity a (possibly shorter) name refers to, of the given gender if any."""
        key = name.lower()
        if key in self._by_name and agrees(self._by_name[key], gender):
            return self._by_name[key]
        words = key.split()
        if label == "PERSON" or len(words) == 1:
            best: Entity | None = None
            for e in self._names.extending(words):
                if e.label != "PERSON" and label == "PERSON" or not agrees(e, gender):
                    continue
                toks = e.tokens
                if len(toks) <= len(words):
                    continue
                if toks[-len(words) :] == words or toks[: len(words)] == words:
                    if best is None or e.count > best.count:
                        best = e
            return best
        return None

    def _person_named(self, words: list[str]) -> Entity | None:
        """Return the known person a name's words (a title before it left out) refer to."""
        lo, hi = strip_title(words)
        return self._lookup(" ".join(words[lo:hi]), "PERSON")

    def note_speaker(self, speaker: Speaker, offset: int) -> None:
        """Remember the latest attributed speaker, the first candidate for a later pronoun."""
        if speaker.entity is not None and speaker.entity.label == "PERSON":
            self.recent = (offset, speaker.entity)

    def resolve_pronoun(self, offset: int, gender: str) -> tuple[Entity | None, bool]:
        """Return the person a he/she at `offset` most likely stands for (analysis/pronouns.py),
        and whether it was found as a subject of a recent sentence (the clear case)."""
        return rank_antecedent(
            offset,
            gender,
            self._sent_starts,
            self._person_mentions,
            self._person_keys,
            self._subjects,
            self.recent,
            self.last_person_before,
        )

    # ----- queries

    def is_inside(self, offset: int) -> bool:
        """Return True when the offset lies inside a quotation."""
        i = bisect.bisect_right(self._inside_starts, offset) - 1
        return i >= 0 and self._inside[i][0] <= offset < self._inside[i][1]

    def entity_named(self, name: str, label: str = "PERSON", gender: str = "") -> Entity | None:
        """Return the entity a surface name refers to ("Mrs. Obama": a woman named Obama), or None."""
        words = name.split()
        lo, hi = strip_title(words)
        bare = " ".join(words[lo:hi])
        gender = gender or title_gender(words[:lo])
        return self._lookup(bare, label, gender) or (
            self._lookup(bare, "PERSON", gender) if label != "PERSON" else None
        )

    def last_person_before(self, offset: int, gender: str = "", skip: Iterable[Entity] = ()) -> Entity | None:
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

    def last_org_before(self, offset: int, head: str = "") -> Entity | None:
        """Return the organisation mentioned last before `offset`; with `head`, one whose name has it."""
        i = bisect.bisect_left(self._org_keys, offset) - 1
        while i >= 0:
            e = self._org_mentions[i][1]
            i -= 1
            if not head or head in e.tokens:
                return e
        return None

    def entity_with_role_word(self, word: str, offset: int) -> Entity | None:
        """Return the latest person before `offset` whose role has `word` as its head ("the minister",
        "the senator" for "Sen. Jane Roe", "the press secretary" for "Josh Earnest, the White
        House press secretary")."""
        word = ROLE_ABBREVIATIONS.get(word, word)
        i = bisect.bisect_left(self._person_keys, offset) - 1
        while i >= 0:
            e = self._person_mentions[i][1]
            i -= 1
            if word in e.role_heads:
                return e
        return None

    def speaker(
        self, entity: Entity, confidence: float, role: str | None = None, kind: SpeakerKind = SpeakerKind.NAME
    ) -> Speaker:
        """Return a Speaker for a known entity, pointing at its fullest mention."""
        return Speaker(
            entity.name, entity.start, entity.end, role or entity.role, entity.label, confidence, entity, kind
        )


def _is_headline(text: str) -> bool:
    """Return True for a short Title Case line without a final full stop: a headline."""
    words = text.split()
    if not words or len(words) > 25 or "\n" in text.strip() or text.rstrip().endswith(('"', "”")):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= 0.75 * len(words) and len(words) >= 3


def _role_before(ent: Span, lo: int) -> str | None:
    """Return the title or role words written before the name ("North Korean leader")."""
    doc = ent.doc
    head = ent.root
    first = head.left_edge.i
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


def role_words(phrase: str) -> set[str]:
    """Return the lower-cased words of a role, abbreviations spelled out ("Sen." -> "senator")."""
    out: set[str] = set()
    for w in re.findall(r"[\w.’'-]+", phrase):
        n = _norm(w)
        out.add(ROLE_ABBREVIATIONS.get(n, n))
    return out


def _apposed_to_subject(tok: Token) -> bool:
    """Return True when a name stands in apposition inside a subject phrase: "The mayor of
    Porthaven, Elena Vasquez, said" (the parse hangs the name on "Porthaven", not on "mayor")."""
    t = tok.head
    for _ in range(4):
        if t.dep_ in ("nsubj", "nsubjpass"):
            return True
        if t.dep_ not in ("pobj", "prep") or t.head is t:
            return False
        t = t.head
    return False


def role_head(phrase: str) -> str:
    """Return the head noun of a role, abbreviation spelled out: "leader" for "The opposition
    leader", "secretary" for "general secretary of the union", "senator" for "Sen."."""
    words = re.findall(r"[\w.’'-]+", phrase)
    for i, w in enumerate(words):
        if i > 0 and w.lower() in ("of", "for", "at", "in", "with", "to", "from", "on"):
            words = words[:i]
            break
    n = _norm(words[-1]) if words else ""
    return ROLE_ABBREVIATIONS.get(n, n)


def _apposed_role(ent: Span) -> str | None:
    """Return a common-noun apposition of the name: "Josh Earnest, the White House press secretary"
    or "the White House press secretary, Josh Earnest"."""
    root = ent.root
    doc = ent.doc
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        nouns.append(root.head)
    elif root.dep_ == "appos" and _apposed_to_subject(root) and root.head.dep_ == "pobj":
        # "The mayor of Porthaven, Elena Vasquez": the name hangs on the place, the role is the noun above
        holder = root.head.head.head
        if holder.pos_ == "NOUN":
            nouns.append(holder)
    for noun in nouns:
        lo = noun.left_edge.i
        if lo >= ent.start and lo < ent.end:
            continue
        words = [t for t in doc[lo : noun.i + 1] if not t.is_punct]
        if any(t.tag_ in ("VBD", "VBZ", "VBP") for t in words):
            continue  # a misparsed clause ("Vasquez, who was re-elected, promised rebuilding"), not a role
        if 0 < len(words) <= 8:
            return doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
    return None


def _gender_hint(ent: Span, lo: int) -> str:
    return title_gender(titles_before(ent.doc, ent.start) + [t.text for t in ent[:lo]])


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


def gender_of_pronoun(word: str) -> str:
    """Return "m", "f" or "" for a personal pronoun."""
    return PERSON_PRONOUNS.get(word.lower(), "")


def ents_by_token(doc: Doc) -> dict[int, Span]:
    """Return the entity span each token belongs to, by token index."""
    out: dict[int, Span] = {}
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            out[i] = ent
    return out
