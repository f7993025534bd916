"""Who is who in one article, decided once: every named mention belongs to exactly one Identity.

The speaker index (analysis/speakers.py) resolves every name through these identities, and the
People / Organisations / Places rows (analysis/entities.py) are these identities plus their
nominal and pronoun mentions, so the speaker of a quotation and its row can never disagree.

Rules, in order:
1. People and organisations (PERSON / ORG entities outside headlines and page furniture), longest
   names first, a person's titles stripped ("North Korean leader Kim Jong Un" -> "Kim Jong Un"; a
   leading word is a title when the rest of the name is written alone elsewhere; an organisation
   keeps its field: "State Department", analysis/name_parts.py): the same name is one identity;
   a shorter person's name joins a longer one it starts or ends ("Kim" -> "Kim Jong Un") whose gender
   agrees (Mrs. Obama is not Barack Obama), the most mentioned when several could; a one-word ORG
   that names a known person is that person ("Trump responded"). Whether it is a person or an
   organisation is then the vote of all its mentions and the words around them, not the label of
   the one read first (analysis/identity_labels.py); voted again once rule 3 has merged.
2. Every other named mention (places, groups, laws, mentions in headlines) joins the identity of
   the same spaCy entity, else of the same name (case, "the", a possessive and dots aside: "U.S." =
   "US"), else starts one of its own.
3. Identities merge, shortest name first, into a longer one that names the same thing
   (analysis/identity_rules.py):
   part of a person's name with agreeing gender; a lone surname the model tagged ORG or a place
   ("Sondland" -> "Gordon Sondland"); a person's name the model tagged ORG ("Montell Figgins",
   with "Figgins" a person: one person, never "Figgins Group"); the head of an
   organisation's or place's name ("Workers' Party" -> "Workers' Party of North Korea"); initials
   ("IRCC" -> "Immigration, Refugees and Citizenship Canada", even when the recogniser found only
   "Citizenship Canada" of it: the mention is extended to the words the acronym spells). When several longer ones could take
   it, the most mentioned does, as in rule 1.
   Measured against giving each short name to the longer one named last before it (what the
   People rows did before the two mechanisms became one): the same on PolNeAR dev
   (bench/attribution.py), two speakers fewer right on newsroom set b (bench/newsroom.py).
4. Its name is the most frequent several-word name written outside quotations and headlines
   ("Hillary Clinton" over a tweet's "Crooked Hillary Clinton"), then the longest, then the earliest.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import display_name, normalise
from quotemark.analysis.genders import vote_genders
from quotemark.analysis.identity_labels import LabelVotes, mention_votes, settle_label
from quotemark.analysis.identity_rules import absorbs, probes, spelled_out_start, target_probes
from quotemark.analysis.name_index import AffixIndex, window
from quotemark.analysis.name_parts import (
    apposed_role,
    apposed_to_subject,
    conjoined_roles,
    gender_hint,
    is_headline,
    name_bounds,
    role_before,
    role_head,
    role_words,
    strip_title,
)
from quotemark.analysis.named_mentions import NamedMention, read_mentions
from quotemark.analysis.names import first_name_gender
from quotemark.analysis.offsets import doc_ents
from quotemark.analysis.person_evidence import role_gender
from quotemark.analysis.pronouns import agrees
from quotemark.analysis.role_match import role_nouns
from quotemark.analysis.speaker_furniture import is_furniture, run_together

if TYPE_CHECKING:
    from spacy.tokens import Span

    from quotemark.analysis.model import Entity as PlainEntity
    from quotemark.analysis.pipeline import Paragraph


@dataclass
class NameUse:
    """One place an identity is written by name."""

    start: int
    end: int
    text: str
    label: str
    inside: bool  # inside a quotation: a tweet's epithet rather than the narration's name
    headline: bool = False  # in a headline, where names are cut short


@dataclass(eq=False)
class Identity:
    """One person, organisation, place or other thing of the article: its name, the mention the
    name is read from, its label, and what the narration says of it (role, gender, mentions)."""

    name: str
    start: int
    end: int
    label: str
    role: str | None = None
    gender: str = ""
    count: int = 0
    mentions: list[int] = field(default_factory=list)  # start offsets of every person/org name mention
    role_words: set[str] = field(default_factory=set)  # every title or role word the narration gives them
    role_heads: set[str] = field(default_factory=set)  # the head noun of each role ("leader" of "opposition leader")
    role_nouns: set[str] = field(default_factory=set)  # the words of each role before its "of": "billionaire founder"
    names: list[NameUse] = field(default_factory=list)
    spellings: set[tuple[str, ...]] = field(default_factory=set)  # lower-cased words of every name read
    members: list[NamedMention] = field(default_factory=list)  # the mentions its People/Places row lists
    anchored: bool = False  # named outside a headline: it may take in shorter names
    votes: LabelVotes = field(default_factory=LabelVotes)  # person or organisation, say its mentions
    merged_into: Identity | None = None

    @property
    def tokens(self) -> list[str]:
        """Return the lower-cased words of the name."""
        return self.name.lower().split()

    def final(self) -> Identity:
        """Return the identity this one was merged into, or itself."""
        out = self
        while out.merged_into is not None:
            out = out.merged_into
        return out


class Identities:
    """The identities of one article, found by name or by the span of any of their mentions."""

    def __init__(self, paragraphs: Sequence[Paragraph], text: str, inside: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self._inside = sorted(inside)
        self._inside_starts = [s for s, _ in self._inside]
        self._all: list[Identity] = []
        self._names: AffixIndex[Identity] = AffixIndex()  # so a short name meets only the names it could shorten
        self._by_name: dict[str, Identity] = {}  # person and organisation names, lower-cased
        self._by_key: dict[str, Identity] = {}  # every name, by normalise() key
        self._by_ent: dict[int, Identity] = {}  # spaCy entity offset -> identity it was read into
        self._at: dict[tuple[int, int], Identity] = {}  # every mention span -> identity
        self.registered: list[tuple[int, Identity]] = []  # person/org name mentions outside quotations
        self.subjects: set[int] = set()  # offsets of name mentions that are a clause's subject
        self._roots: list[tuple[int, Identity]] = []  # name mentions the parse made a sentence's root
        self.plain: list[PlainEntity]
        self.plain, named = read_mentions(paragraphs, text)
        pending: list[tuple[Paragraph, Span]] = []
        for p in paragraphs:
            if is_headline(p.doc.text) or is_furniture(p.doc.text):
                continue  # "Obama Says ..." would register "Obama Says" as a name; credits name no one
            for ent in doc_ents(p.doc):
                if ent.label_ in ("PERSON", "ORG") and not run_together(ent.text):
                    pending.append((p, ent))
        # the bare names written on their own somewhere: "Kevin Marsh" makes the "Organiser" of
        # "Organiser Kevin Marsh" a title even when the word is in no list
        self._written: set[str] = set()
        for _p, ent in pending:
            lo, hi = strip_title([t.text for t in ent])
            self._written.add(" ".join(t.text for t in ent[lo:hi]).lower())
        # rule 1: full names first, so that "Kim" later finds "Kim Jong Un" wherever it appears
        # and, among short names, those with a gendered title first, so that "Mr. Obama" gets an
        # identity of his own before bare "Obama" could be merged into "Michelle Obama"
        for p, ent in sorted(
            pending, key=lambda pe: (-len(pe[1]), not gender_hint(pe[1], strip_title([t.text for t in pe[1]])[0]))
        ):
            self._register(p, ent)
        for identity in self._all:
            settle_label(identity)  # the vote of all its mentions, not the label of the first one read
        self._attach(named)  # rule 2
        self._spell_out_acronyms()
        self._merge()  # rule 3
        for identity in self.identities:
            settle_label(identity)
        self.subjects.update(at for at, identity in self._roots if identity.final().label == "PERSON")
        for identity in self.identities:
            identity.gender = identity.gender or role_gender(identity.role)  # "a spokesman, Pete Galloway"
        vote_genders(paragraphs, self.identities, self.is_inside, self._person_named)
        for identity in self.identities:
            _name(identity)  # rule 4
            self._at.setdefault((identity.start, identity.end), identity)  # where its speakers point

    # ----- queries

    @property
    def identities(self) -> list[Identity]:
        """Return the article's identities (none merged away), in the order they were found."""
        return [i for i in self._all if i.merged_into is None]

    def is_inside(self, offset: int) -> bool:
        """Return True when the offset lies inside a quotation."""
        i = bisect.bisect_right(self._inside_starts, offset) - 1
        return i >= 0 and self._inside[i][0] <= offset < self._inside[i][1]

    def at(self, start: int | None, end: int | None) -> Identity | None:
        """Return the identity whose mention is exactly the span (start, end), or None."""
        if start is None or end is None:
            return None
        found = self._at.get((start, end))
        return None if found is None else found.final()

    def lookup(self, name: str, label: str, gender: str = "") -> Identity | None:
        """Return the person or organisation a (possibly shorter) bare name refers to, of the given
        gender if any: the same full name, else a longer name it starts or ends, the most mentioned
        of several (rather than the one named last before it: see the module docstring)."""
        key = name.lower()
        if key in self._by_name and agrees(self._by_name[key].final(), gender):
            return self._by_name[key].final()
        words = tuple(key.split())
        if label != "PERSON" and len(words) != 1:
            return None
        n = len(words)
        found: dict[int, Identity] = {}
        for e in self._names.extending(words):
            f = e.final()
            if f.label != "PERSON" and label == "PERSON" or not agrees(f, gender):
                continue
            if any(len(t) > n and (t[-n:] == words or t[:n] == words) for t in e.spellings):
                found.setdefault(id(f), f)
        if not found:
            return None
        best: Identity | None = None
        for f in found.values():
            if best is None or f.count > best.count:
                best = f
        return best

    def title_by_evidence(self, words: Sequence[str], lo: int, hi: int) -> int:
        """Return where the bare name starts once a leading word is known to be a title because the
        rest of the name is written alone elsewhere ("Organiser Kevin Marsh" and "Kevin Marsh")."""
        if hi - lo < 3 or first_name_gender(words[lo:hi]) or not words[lo][:1].isupper():
            return lo
        rest = " ".join(words[lo + 1 : hi]).lower()
        if rest in self._written or rest in self._by_name:
            return lo + 1
        return lo

    def named(self, name: str) -> Identity | None:
        """Return the identity a speaker's name the recogniser missed belongs to: the same name, a
        person's longer name it shortens, or a person named by part of it ("Kurt Volker" in
        "Ukraine Kurt Volker"); None when no identity has that name."""
        key, words = normalise(name)
        if key in self._by_key:
            return self._by_key[key].final()
        if not words:
            return None
        found = self.lookup(" ".join(words), "PERSON")
        if found is not None:
            return found
        return next((e.final() for e in self._names.within(words) if e.final().label == "PERSON"), None)

    def complete(self, identity: Identity, name: str, start: int | None, end: int | None) -> None:
        """Give a person known by one word the fuller name a speaker was written with ("Parise"
        named "Zach Parise" where the recogniser missed it), and name them again (rule 4)."""
        if start is None or end is None or identity.label != "PERSON" or len(identity.name.split()) != 1:
            return
        if len(name.split()) > 1 and normalise(name)[1][-1:] == normalise(identity.name)[1][-1:]:
            identity.names.append(NameUse(start, end, name, "PERSON", self.is_inside(start)))
            _name(identity)
            self._at.setdefault((identity.start, identity.end), identity)

    def add_named(self, name: str, start: int, end: int) -> Identity:
        """Return a new person identity for a speaker's name the entity recogniser missed."""
        identity = self._new(name, start, end, "PERSON")
        identity.names.append(NameUse(start, end, name, "PERSON", self.is_inside(start)))
        self._at[(start, end)] = identity
        return identity

    # ----- building

    def _new(self, name: str, start: int, end: int, label: str) -> Identity:
        identity = Identity(name, start, end, label)
        self._all.append(identity)
        return identity

    def _register(self, p: Paragraph, ent: Span) -> None:
        """Read one person or organisation entity into the identity its bare name belongs to (rule 1)."""
        words = [t.text for t in ent]
        lo, hi = name_bounds(words, ent.label_)
        if ent.label_ == "PERSON":
            lo = self.title_by_evidence(words, lo, hi)
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
        titled = gender_hint(ent, lo)
        entity = self.lookup(name, label, titled)
        if label == "ORG" and len(name.split()) == 1:
            person = self.lookup(name, "PERSON")
            if person is not None and person.label == "PERSON":
                entity = person  # "Trump responded": a surname the recogniser took for an ORG
        inside = self.is_inside(start)
        if entity is None:
            entity = self._new(name, start, end, label)
            entity.anchored = True
            self._index_name(entity, name)
        elif len(name.split()) > 1 and self.is_inside(entity.start) and not inside:
            # a name from inside a quotation ("Crooked Hillary Clinton" in a tweet) gives way to
            # the narration's own full name for the same person
            entity.name, entity.start, entity.end = name, start, end
            self._index_name(entity, name)
        self._by_key.setdefault(normalise(name)[0], entity)
        entity.names.append(NameUse(start, end, name, label, inside))
        self._by_ent[p.start + ent.start_char] = entity
        self._at[(start, end)] = entity
        entity.count += 1
        entity.mentions.append(start)
        entity.votes.add(mention_votes(ent, lo, hi, label))
        role = role_before(ent, lo)
        if not inside:  # not a quotation's epithet: "Crooked Hillary Clinton"
            apposed = apposed_role(ent)
            if (role or apposed) and not entity.role:
                entity.role = role or apposed
            for phrase in (role, apposed, *conjoined_roles(ent)):
                if phrase:
                    entity.role_words.update(role_words(phrase))
                    entity.role_heads.add(role_head(phrase))
                    entity.role_nouns.update(role_nouns(phrase))
        # a first name tells a gender only where it is the name's first word: the bare surname
        # "Omar" of "Ilhan Omar" is no man's first name here
        first = lo < hi and words[lo].lower() == entity.tokens[0]
        hint = titled or (first_name_gender(words[lo:hi]) if first else "")
        if hint and not entity.gender:
            entity.gender = hint
        if ent.root.dep_ in ("nsubj", "nsubjpass") or (
            ent.root.dep_ in ("compound", "appos")
            and ent.root.head.dep_ in ("nsubj", "nsubjpass")
            # "the Sharks mentor was not drawn": a name modifying a common noun is not who the
            # subject is (its team, its firm); the subject is the noun's holder
            and not (ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN")
        ):
            self.subjects.add(start)
        elif ent.label_ == "PERSON" and ent.root.dep_ == "appos" and apposed_to_subject(ent.root):
            self.subjects.add(start)
        elif ent.label_ == "PERSON" and ent.root.dep_ == "conj" and ent.root.head.dep_ in ("nsubj", "nsubjpass"):
            self.subjects.add(start)  # "Ana Ruiz and Maria Lopez argued": both are its subject
        elif ent.root.dep_ == "ROOT" and ent.root.pos_ == "PROPN":
            # a person's name the parse made the root of its sentence ("James Holt, the chairman,
            # defended ..." with the verb misread) heads it as its subject would: known once the
            # labels are voted ("Buckley, who ..., worried" with this "Buckley" tagged ORG)
            self._roots.append((start, entity))
        if not inside:
            self.registered.append((start, entity))

    def _index_name(self, entity: Identity, name: str) -> None:
        """File a name an identity is known by, for the look-ups of shorter names."""
        self._by_name[name.lower()] = entity
        self._names.add(entity, entity.tokens)
        entity.spellings.add(tuple(name.lower().split()))

    def _attach(self, named: Sequence[NamedMention]) -> None:
        """Give every named mention its identity: its entity's, else its name's, else a new one (rule 2)."""
        for m in named:
            identity = self._by_ent.get(m.ent_at) or self._by_key.get(m.key)
            if identity is None:
                identity = self._new(m.text, m.start, m.end, m.label)
                self._by_key[m.key] = identity
            if not m.headline:
                identity.anchored = True
            if m.ent_at not in self._by_ent:  # a person or organisation read by rule 1 has its name already
                identity.names.append(NameUse(m.start, m.end, m.text, m.label, self.is_inside(m.start), m.headline))
            identity.members.append(m)
            self._at.setdefault((m.start, m.end), identity)

    def _spell_out_acronyms(self) -> None:
        """Extend an organisation's mention the recogniser cut short ("Citizenship Canada") to the
        full name an acronym of the article spells ("Immigration, Refugees and Citizenship Canada"
        for "IRCC"), so that rule 3 meets the two."""
        by_last: dict[str, list[str]] = {}
        for identity in self._all:
            name = identity.name
            if identity.label == "ORG" and name.isalpha() and name.isupper() and 2 <= len(name) <= 10:
                by_last.setdefault(name[-1], []).append(name)
        if not by_last:
            return
        for identity in self._all:
            if identity.label != "ORG" or identity.name.isupper():
                continue
            for m in identity.members:
                for acronym in window(by_last.get(m.words[-1][:1].upper(), [])):
                    new = spelled_out_start(self.text, m.start, m.end, acronym)
                    if new is None:
                        continue
                    for use in identity.names:
                        if use.end == m.end and new <= use.start:
                            use.start, use.text = new, self.text[new : use.end]
                    m.start, m.text = new, self.text[new : m.end]
                    m.key, m.words = normalise(m.text)
                    identity.name = m.text
                    self._at[(m.start, m.end)] = identity
                    break

    def _merge(self) -> None:
        """Merge each identity into a longer one naming the same thing, shortest names first (rule 3)."""
        # probe -> word count -> identities, so each name meets only the few longer names it could shorten
        by_probe: dict[str, dict[int, list[Identity]]] = {}
        for identity in self._all:
            words = normalise(identity.name)[1]
            if identity.anchored and len(words) >= 2:
                for probe in target_probes(words):
                    by_probe.setdefault(probe, {}).setdefault(len(words), []).append(identity)
        for short in sorted(self._all, key=lambda i: (len(normalise(i.name)[1]), i.start)):
            words = normalise(short.name)[1]
            if short.merged_into is not None or not words:
                continue
            seen: dict[int, Identity] = {}
            for probe in probes(words):
                for n, longer in by_probe.get(probe, {}).items():
                    if n > len(words):
                        for long in longer:
                            seen.setdefault(id(long), long)
            targets = [t.final() for t in window(list(seen.values()))]
            targets = [t for t in targets if t is not short and absorbs(t, short)]
            if targets:
                _absorb(max(targets, key=lambda t: (t.count, len(t.members), -t.start)), short)

    def _person_named(self, words: list[str]) -> Identity | None:
        """Return the known person a name's words (a title before it left out) refer to."""
        lo, hi = strip_title(words)
        return self.lookup(" ".join(words[lo:hi]), "PERSON")


def _absorb(target: Identity, short: Identity) -> None:
    """Merge `short` into `target`: its names, mentions and what the narration says of it."""
    short.merged_into = target
    if target.label == "ORG" and short.label == "PERSON" and short.anchored:
        target.label = "PERSON"  # "Montell Figgins" tagged as an organisation, "Figgins" as a person
    target.count += short.count
    target.votes.add(short.votes)
    target.mentions.extend(short.mentions)
    target.names.extend(short.names)
    target.spellings |= short.spellings
    target.members.extend(short.members)
    target.members.sort(key=lambda m: m.start)
    target.role_words |= short.role_words
    target.role_heads |= short.role_heads
    target.role_nouns |= short.role_nouns
    target.role = target.role or short.role
    target.gender = target.gender or short.gender


def _name(identity: Identity) -> None:
    """Name an identity by its most frequent several-word name outside quotations, then the longest (rule 4)."""
    uses = (
        [u for u in identity.names if not u.inside and not u.headline]
        or [u for u in identity.names if not u.inside]
        or identity.names
    )
    if not uses:
        return
    keyed = [(normalise(u.text), u) for u in uses]
    multi = [(k, u) for k, u in keyed if len(u.text.split()) > 1] or keyed
    counts = Counter(k[0] for k, _u in multi)
    (_key, _words), best = max(multi, key=lambda ku: (counts[ku[0][0]], len(ku[0][1]), -ku[1].start))
    start, end = _trimmed(best.text, best.start)
    identity.name = display_name(" ".join(best.text[start - best.start : end - best.start].split())) or identity.name
    identity.start, identity.end = start, end
    if not identity.anchored or identity.label not in ("PERSON", "ORG"):
        peers = Counter(u.label for k, u in multi if k[0] == _key)
        identity.label = max(peers, key=lambda lab: (peers[lab], lab == identity.label))


def _trimmed(text: str, at: int) -> tuple[int, int]:
    """Return the span of a written name without the marks at its edges ("― Christina Luis"), a
    leading "the", or a generational suffix a person's name read as an organisation's keeps
    ("Vann R. Newkirk II")."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\s―—–•·|/,;:]+", text)]
    words = [(a, b) for a, b in words if any(c.isalnum() for c in text[a:b])]
    if not words:
        return at, at + len(text)
    _lo, hi = strip_title([text[a:b] for a, b in words])
    lo = 1 if hi > 1 and text[words[0][0] : words[0][1]].lower() == "the" else 0  # as display_name reads it
    return at + words[lo][0], at + words[max(hi, lo + 1) - 1][1]
