"""The article's entities: every mention with its cluster, and one cluster per identity.

Who is who is decided in analysis/identities.py (the rules are there); this module turns each
identity into a Cluster (one panel row) and adds the mentions that are no names:
- the entities list holds every named-entity mention spaCy finds, cleaned of model junk
  (analysis/named_mentions.py), plus the nominal mentions ("the agency", "the central agency") and
  speaking pronouns ("He" that speaks) that join a cluster, labelled like their cluster;
- clusters hold only real-world things (CLUSTER_LABELS); numbers, dates and money keep
  `cluster = None`. A clustered mention takes its cluster's label, so one thing has one colour.

Mentions added to an identity's cluster:
1. "the" + words of the name + the name's head noun ("the agency", "the central agency") joins the
   nearest earlier organisation-like cluster whose name has all those words; generic heads
   ("the state", "the country") and people or places never join this way;
2. a quote's speaker is the identity its mention was resolved to (a name the recogniser missed
   becomes an identity of its own, unless it is a description such as "a spokeswoman"); the
   speaker mention and a pronoun (he/she/they) that the attribution engine gives as the speaker
   mention, or that is the subject of the quote's speech verb ("He noted ..."), become mentions of
   that cluster, a pronoun only when that cluster is the person named last before it;
3. each quotation and claim whose speaker or source is a cluster's identity gets that cluster's
   id (`Quote.cluster`, `Claim.cluster`); analysis/who.py then writes the cluster's name as the
   speaker's, so the two never disagree.
The name and label are the identity's. role is the title the text puts before or beside a person's
name ("North Korean leader", "Finance Minister", "German chancellor"), else the attribution
engine's speaker_role; honorifics alone ("Mrs.") are not roles; only PERSON clusters have roles.
Cluster ids are "c1", "c2", ... in order of first mention, so the same text always gives the same ids.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import good_role, head_word, normalise
from quotemark.analysis.identities import Identities, Identity
from quotemark.analysis.model import CLUSTER_LABELS as CLUSTER_LABELS  # re-exported
from quotemark.analysis.model import Claim, Cluster, Entity, Mention, Quote
from quotemark.analysis.named_mentions import NamedMention
from quotemark.analysis.offsets import paragraph_at, token_at
from quotemark.analysis.quotemarks import quoted_regions

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph

_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})  # "I"/"we" inside a quote name no one outside it
# Head nouns too generic to tie "the state" or "the country" to a named one.
_GENERIC_HEADS = frozenset(
    "state states country nation city world union house people times post news today group".split()
)


@dataclass
class _Group:
    """The cluster of one identity being built."""

    identity: Identity
    members: list[NamedMention]
    extra: list[tuple[int, int, str]] = field(default_factory=list)  # speaker, nominal and pronoun mentions
    role: str | None = None

    @property
    def first(self) -> int:
        starts = [c.start for c in self.members] + [s for s, _e, _t in self.extra]
        return min(starts)

    def label(self) -> str:
        """Return the identity's label."""
        return self.identity.label


def extract_entities(
    paragraphs: Sequence[Paragraph],
    text: str,
    quotes: Sequence[Quote] = (),
    who: Identities | None = None,
    claims: Sequence[Claim] = (),
) -> tuple[list[Entity], list[Cluster]]:
    """Return the article's entity mentions (with cluster ids) and its clusters in first-mention
    order, one per identity of `who` (built here when not given); sets each quote's and claim's cluster."""
    if who is None:
        who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    groups = [_Group(i, list(i.members)) for i in who.identities if i.members]
    links = _link_quotes(groups, who, quotes, paragraphs, text)
    group_of = {id(g.identity): n for n, g in enumerate(groups)}
    for claim in claims:
        identity = who.at(claim.source_start, claim.source_end) if claim.source else None
        if identity is not None and id(identity) in group_of:
            links.append((claim, group_of[id(identity)]))
    _add_nominals(groups, paragraphs, text)
    return _finish(groups, who.plain, links)


class _Occupied:
    """The spans already taken by cluster mentions, for overlap checks in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.spans, (start, end))
        if i > 0 and self.spans[i - 1][1] > start:
            return True
        return i < len(self.spans) and self.spans[i][0] < end or (i > 0 and self.spans[i - 1] == (start, end))

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))


def _link_quotes(
    groups: list[_Group],
    who: Identities,
    quotes: Sequence[Quote],
    paragraphs: Sequence[Paragraph],
    text: str,
) -> list[tuple[Quote | Claim, int]]:
    """Return each quote with the index of its speaker's cluster, attaching the speaker mention and
    speaking pronoun to it (rule 2); clusters are added for speakers with none yet."""
    links: list[tuple[Quote | Claim, int]] = []
    if not quotes:
        return links
    occupied = _Occupied(span for g in groups for span in _group_spans(g))
    group_of = {id(g.identity): n for n, g in enumerate(groups)}
    # where each person is named, so a pronoun joins a speaker only when that speaker is the
    # person named last before it (the attribution engine and the text must agree)
    people = sorted((s, i) for i, g in enumerate(groups) if g.label() == "PERSON" for s, _e in _group_spans(g))

    def last_person_is(g: int, at: int) -> bool:
        k = bisect.bisect_left(people, (at, -1))
        return k > 0 and people[k - 1][1] == g

    for quote in quotes:
        if not quote.speaker:
            continue
        s, e = quote.speaker_start, quote.speaker_end
        identity = who.at(s, e)
        if identity is None and not _is_description(quote.speaker):
            identity = who.named(quote.speaker)
            if identity is not None:
                who.complete(identity, quote.speaker, s, e)
            elif s is not None and e is not None:
                mention = text[s:e]
                if mention.casefold() in _SPEAKER_PRONOUNS or occupied.overlaps(s, e):
                    continue  # a pronoun alone cannot name a cluster
                identity = who.add_named(quote.speaker, s, e)
        if identity is None:
            continue  # "a spokeswoman for the agency" says who spoke, but is no one to list
        g = group_of.get(id(identity))
        if g is None:
            if s is None or e is None or occupied.overlaps(s, e) or _is_description(quote.speaker):
                continue
            # no mention the recogniser found was presentable ("王小明" read as a lower-case ORG):
            # what is known of it is that it speaks, as a person does
            identity.label = "PERSON"
            key, words = normalise(text[s:e])
            member = NamedMention(s, e, text[s:e], identity.label, key, words, s)
            groups.append(_Group(identity, [member]))
            g = group_of[id(identity)] = len(groups) - 1
            occupied.add(s, e)
            if identity.label == "PERSON":
                bisect.insort(people, (s, g))
        links.append((quote, g))
        group = groups[g]
        if quote.speaker_role and not group.role and good_role(quote.speaker_role):
            group.role = quote.speaker_role
        if s is not None and e is not None:
            pronoun = text[s:e].casefold() in _SPEAKER_PRONOUNS
            if e > s and not occupied.overlaps(s, e) and (not pronoun or last_person_is(g, s)):
                group.extra.append((s, e, text[s:e]))
                occupied.add(s, e)
                if group.label() == "PERSON":
                    bisect.insort(people, (s, g))
        said = _speaking_subject(paragraphs, quote)
        if said is not None and not occupied.overlaps(*said[:2]) and (said[2] or last_person_is(g, said[0])):
            group.extra.append((said[0], said[1], text[said[0] : said[1]]))
            occupied.add(said[0], said[1])
            bisect.insort(people, (said[0], g))
    return links


def _is_description(speaker: str) -> bool:
    """Return True when a speaker is a description ("officials", "the spot"), not a name."""
    words = speaker.split()
    if not words:
        return False
    # A lower-case start is a description; a name in a script without case ("王小明") is not, and
    # "An Wang" is a name where "A spokesman" is not.
    if words[0][:1].islower():
        return True
    return words[0].casefold() in ("the", "a", "an") and len(words) > 1 and words[1][:1].islower()


def _group_spans(group: _Group) -> Iterable[tuple[int, int]]:
    for c in group.members:
        yield c.start, c.end
    for s, e, _t in group.extra:
        yield s, e


def _speaking_subject(paragraphs: Sequence[Paragraph], quote: Quote) -> tuple[int, int, bool] | None:
    """Return (start, end, is_name) of the quote's speech-verb subject when it is a pronoun or a word of the speaker's name.

    "Lopez told reporters" after "Senator Maria Lopez": the engine names the speaker by their
    fullest mention, and this local one joins their row too.
    """
    name_words = {w.casefold() for w in (quote.speaker or "").split() if w[:1].isupper()}
    anchor = quote.cue_start if quote.cue_start is not None else quote.start
    para = paragraph_at(paragraphs, anchor)
    if para is None:
        return None
    tok = token_at(para.doc, anchor - para.start)
    if tok is None:
        return None
    if quote.cue_start is None:
        tok = tok.sent.root
    for _ in range(6):  # "He noted that ..., explaining that" -> the subject of "noted"
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in _SPEAKER_PRONOUNS and subj.pos_ == "PRON":
                return para.start + subj.idx, para.start + subj.idx + len(subj.text), False
            if (
                subj.pos_ == "PROPN"
                and subj.lower_ in name_words
                and not any(c.dep_ == "compound" for c in subj.children)
            ):
                return para.start + subj.idx, para.start + subj.idx + len(subj.text), True
            if tok.dep_ != "ccomp":
                return None
            # the subject of a reported clause ("that North Korea adopts") is not the speaker;
            # the parser often hangs "explaining" off that clause, so look at the verb above it
        if tok.dep_ not in ("advcl", "xcomp", "conj", "ccomp") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _add_nominals(groups: list[_Group], paragraphs: Sequence[Paragraph], text: str) -> None:
    """Add "the agency" style mentions to the nearest earlier cluster they describe (rule 4)."""
    heads: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        if g.label() in ("PERSON", "NORP", "GPE"):
            continue  # "the country" is not safely a given country
        head = head_word(normalise(g.identity.name)[1] or ("",)).casefold()
        if head not in _GENERIC_HEADS:
            heads.setdefault(head, []).append(i)
    if not heads:
        return
    taken = {span for g in groups for span in _group_spans(g)}
    starts = {g: sorted(s for s, _e in _group_spans(groups[g])) for gs in heads.values() for g in gs}
    name_words = {g: {w.casefold() for w in normalise(groups[g].identity.name)[1]} for g in starts}
    for para in paragraphs:
        doc = para.doc
        for tok in doc:
            if tok.lower_ not in heads or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_:
                continue
            if tok.dep_ == "compound" or not tok.text.islower() and tok.i > tok.sent.start:
                continue
            j = tok.i - 1
            mods: list[str] = []
            while j >= 0 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[j].ent_type_:
                mods.append(doc[j].lower_)
                j -= 1
            if j < 0 or doc[j].lower_ != "the":
                continue
            start = para.start + doc[j].idx
            end = para.start + tok.idx + len(tok.text)
            best: tuple[int, int] | None = None
            for gi in heads[tok.lower_]:
                if not all(m in name_words[gi] for m in mods):
                    continue
                i = bisect.bisect_left(starts[gi], start)
                if i > 0 and (best is None or starts[gi][i - 1] > best[0]):
                    best = (starts[gi][i - 1], gi)
            if best is not None and (start, end) not in taken:
                groups[best[1]].extra.append((start, end, text[start:end]))
                bisect.insort(starts[best[1]], start)
                taken.add((start, end))


def _finish(
    groups: list[_Group], plain: Sequence[Entity], links: Sequence[tuple[Quote | Claim, int]]
) -> tuple[list[Entity], list[Cluster]]:
    """Return entities and clusters with ids "c1", "c2", ... in order of first mention; give each
    linked quote and claim the id of its cluster."""
    order = sorted(range(len(groups)), key=lambda n: groups[n].first)
    ids = {n: f"c{k}" for k, n in enumerate(order, 1)}
    entities = [Entity(e.start, e.end, e.text, e.label) for e in plain]
    clusters: list[Cluster] = []
    for n in order:
        group, cid = groups[n], ids[n]
        label = group.label()
        role = None
        if label == "PERSON":  # roles and titles belong to people
            roles = [c.role for c in group.members if c.role and good_role(c.role)]
            role = roles[0] if roles else group.role
        spans = sorted(set(_group_spans(group)))
        clusters.append(Cluster(cid, group.identity.name, label, role, [Mention(s, e) for s, e in spans]))
        for c in group.members:  # one colour per real-world thing: mentions take the cluster's label
            entities.append(Entity(c.start, c.end, c.text, label, cid))
        for s, e, t in group.extra:
            entities.append(Entity(s, e, t, label, cid))
    for record, n in links:
        record.cluster = ids[n]
    entities.sort(key=lambda e: (e.start, e.end))
    return entities, clusters
