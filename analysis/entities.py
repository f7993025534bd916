"""Named-entity mentions cleaned of model junk and merged into clusters, one per real-world entity.

What the entities list holds (the view colours them by label):
- every named entity spaCy finds, of any label (PERSON, ORG, GPE, DATE, CARDINAL, ...), with a
  trailing possessive ("North Korea's") trimmed and junk dropped: a lone lower-case name ("congress"
  as ORG) and fragments of an ISO date ("2026-02" cut out of "2026-02-26");
- the nominal mentions ("the agency", "the central agency") and speaking pronouns ("He" that speaks)
  that join a cluster, labelled like their cluster.

Clusters hold only entity kinds that are real-world things (CLUSTER_LABELS); numbers, dates, money
and the like keep `cluster = None`. A clustered mention takes its cluster's label, so one thing has
one colour. Merging rules, in order:
1. the same name after dropping "the", a possessive and dots ("U.S." = "US");
2. a person named by part of a longer name ("Kim" -> "Kim Jong Un"; also a lone surname the model
   tagged ORG or a place, "Trump", "Sondland"): each short mention goes to the nearest earlier full name whose first or
   last words match, else to the first one mentioned;
3. an organisation or place named by the head of a longer one, same case ("Workers' Party" ->
   "Workers' Party of North Korea", but not "State Department" -> "state Department of ...") or
   by its initials ("SIPRI", "KCNA");
4. "the" + words of the name + the name's head noun ("the agency", "the central agency") joins the
   nearest earlier organisation-like cluster whose name has all those words; generic heads
   ("the state", "the country") and people or places never join this way;
5. a quote's speaker joins the cluster of its name (a new PERSON cluster when spaCy missed the
   name); a pronoun (he/she/they) that the attribution engine gives as the speaker mention, or that
   is the subject of the quote's speech verb ("He noted ..."), becomes a mention of that cluster,
   but only when that cluster is the person named last before the pronoun.
The name is the most frequent several-word name ("Hillary Clinton" over a one-off "Crooked Hillary
Clinton"), then the longest; the label is the label of that name. role is the title the text puts
before or beside a person's name ("North Korean leader", "Finance Minister", "German chancellor"),
else the attribution engine's speaker_role; honorifics alone ("Mrs.") are not roles; only PERSON
clusters have roles.
Cluster ids are "c1", "c2", ... in order of first mention, so the same text always gives the same ids.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import (
    clean_span,
    display_name,
    good_role,
    head_word,
    is_junk,
    normalise,
    role_of,
)
from quotemark.analysis.model import CLUSTER_LABELS, Cluster, Entity, Mention, Quote
from quotemark.analysis.name_index import ClusterNames, window
from quotemark.analysis.offsets import paragraph_at, token_at
from quotemark.analysis.speaker_furniture import collapse, dateline_end, is_furniture, run_together

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph

_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})  # "I"/"we" inside a quote name no one outside it
# Head nouns too generic to tie "the state" or "the country" to a named one.
_GENERIC_HEADS = frozenset(
    "state states country nation city world union house people times post news today group".split()
)
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_SURNAME_MISLABELS = frozenset({"ORG", "GPE", "FAC", "LOC"})
_CONNECTORS = frozenset({"of", "for", "in", "on", "and", "at", "to", "de", "the"})


@dataclass
class _Candidate:
    """A mention before clustering: span, label, its normalised name and its words."""

    start: int
    end: int
    text: str
    label: str
    key: str = ""
    words: tuple[str, ...] = ()
    role: str | None = None
    group: int = -1


@dataclass
class _Group:
    """A cluster being built."""

    head: _Candidate
    members: list[_Candidate] = field(default_factory=list)
    extra: list[tuple[int, int, str]] = field(default_factory=list)  # nominal / pronoun mentions
    role: str | None = None

    @property
    def first(self) -> int:
        starts = [c.start for c in self.members] + [s for s, _e, _t in self.extra]
        return min(starts)

    def name_candidate(self) -> _Candidate:
        """Return the mention that names the cluster: the most frequent of its several-word names
        ("Hillary Clinton" over a one-off "Crooked Hillary Clinton"), then the longest, then the earliest."""
        multi = [c for c in self.members if len(c.words) > 1] or self.members
        counts = Counter(c.key for c in multi)
        return max(multi, key=lambda c: (counts[c.key], len(c.words), -c.start))

    def label(self) -> str:
        """Return the label of the cluster's name, which the model tags more reliably than a lone
        surname ("Trump" as ORG); ties go to the most frequent label among the names as long."""
        named = self.name_candidate()
        peers = [c for c in self.members if c.key == named.key]
        counts = Counter(c.label for c in peers)
        best = max(counts.values())
        for c in peers:
            if counts[c.label] == best:
                return c.label
        return named.label


def extract_entities(
    paragraphs: Sequence[Paragraph], text: str, quotes: Sequence[Quote] = ()
) -> tuple[list[Entity], list[Cluster]]:
    """Return the article's entity mentions (with cluster ids) and its clusters in first-mention order."""
    iso_spans = [(m.start(), m.end()) for m in _ISO_DATE.finditer(text)]
    plain: list[Entity] = []
    candidates: list[_Candidate] = []
    for para in paragraphs:
        if is_furniture(para.doc.text):
            continue  # photo credits, "READ MORE:" links, a hover card's glued names
        dateline = dateline_end(para.doc.text)
        for ent in para.doc.ents:
            span = clean_span(para.start, ent, text)
            if span is None or (ent.end_char <= dateline and ent.text.isupper()):
                continue
            start, end = span
            label = ent.label_
            mention = text[start:end]
            if label in CLUSTER_LABELS and run_together(mention):
                single = collapse(mention)
                if single is None:
                    continue
                end = start + len(single)
                mention = single
            if is_junk(mention, label, start, end, iso_spans):
                continue
            if label in CLUSTER_LABELS:
                cand = _Candidate(start, end, mention, label)
                cand.key, cand.words = normalise(mention)
                if not cand.words:
                    continue
                if label == "PERSON":
                    cand.role = role_of(ent, para.start, text)
                candidates.append(cand)
            else:
                plain.append(Entity(start, end, mention, label))

    groups = _group_candidates(candidates)
    _link_quotes(groups, candidates, quotes, paragraphs, text)
    _add_nominals(groups, paragraphs, text)
    return _finish(groups, plain, quotes, text)


def _group_candidates(candidates: list[_Candidate]) -> list[_Group]:
    """Return the clusters built from named mentions by rules 1-3 of the module docstring."""
    groups: list[_Group] = []
    by_key: dict[str, int] = {}
    for cand in candidates:  # rule 1: exact normalised names
        g = by_key.get(cand.key)
        if g is None:
            g = len(groups)
            by_key[cand.key] = g
            groups.append(_Group(head=cand))
        cand.group = g
        groups[g].members.append(cand)

    # Index longer names by first word, last word and initials, so each short name meets only
    # the few long names it could abbreviate.
    index: dict[str, dict[int, list[str]]] = {}  # probe -> word count -> keys: only longer names can absorb
    for key, g in by_key.items():
        words = groups[g].head.words
        if len(words) < 2:
            continue
        for probe in {"f:" + words[0].casefold(), "l:" + words[-1].casefold(), "i:" + _initials(words)}:
            index.setdefault(probe, {}).setdefault(len(words), []).append(key)

    for key in sorted(by_key, key=lambda k: (len(k.split()), k)):  # shortest names first
        group = groups[by_key[key]]
        if not group.members:
            continue
        short = group.head
        probes = {"f:" + short.words[0].casefold(), "l:" + short.words[-1].casefold()}
        if len(short.words) == 1:
            probes.add("i:" + short.words[0].upper())
        others = window(
            sorted(
                {
                    o
                    for p in probes
                    for n, keys in index.get(p, {}).items()
                    if n > len(short.words)
                    for o in keys
                    if o != key
                }
            )
        )
        targets = [by_key[o] for o in others if groups[by_key[o]].members and _absorbs(groups[by_key[o]].head, short)]
        if not targets:
            continue
        starts = {t: [c.start for c in groups[t].members] for t in targets}
        for cand in group.members:  # each short mention goes to the full name nearest before it
            target = _nearest(starts, targets, cand.start)
            cand.group = target
            groups[target].members.append(cand)
        for t in targets:
            groups[t].members.sort(key=lambda c: c.start)
        group.members = []
    return [g for g in groups if g.members]


def _initials(words: tuple[str, ...]) -> str:
    """Return the initials of a name's significant words: "KCNA" for "Korean Central News Agency"."""
    return "".join(w[0] for w in words if w.casefold() not in _CONNECTORS and w[:1].isalpha()).upper()


def _absorbs(long: _Candidate, short: _Candidate) -> bool:
    """Return True when `short` names the same thing as the longer `long` (rules 2 and 3)."""
    lw, sw = long.words, short.words
    if len(sw) >= len(lw):
        return False
    lcase = [w.casefold() for w in lw]
    scase = [w.casefold() for w in sw]
    if long.label == "PERSON" and short.label == "PERSON":
        return lcase[: len(scase)] == scase or lcase[-len(scase) :] == scase
    if long.label == "PERSON" and short.label in _SURNAME_MISLABELS and len(sw) == 1:
        # the small model often tags a lone surname as ORG or a place ("Trump", "Sondland", "Alden")
        return lcase[-1] == scase[0]
    if long.label == "PERSON" or short.label == "PERSON" or {long.label, short.label} & {"NORP"}:
        return False
    if lw[: len(sw)] == sw and lcase[len(sw)] in _CONNECTORS:
        return True  # "Workers' Party" of "Workers' Party of North Korea"; case must agree ("State")
    if len(sw) == 1 and sw[0].isupper() and len(sw[0]) >= 2:
        return _initials(lw) == sw[0].upper()
    return False


def _nearest(starts: dict[int, list[int]], targets: list[int], at: int) -> int:
    """Return the target with the closest mention before `at`, else the one mentioned first."""
    best, best_before = -1, -1
    for t in targets:
        i = bisect.bisect_left(starts[t], at)
        if i > 0 and starts[t][i - 1] > best_before:
            best, best_before = t, starts[t][i - 1]
    if best >= 0:
        return best
    return min(targets, key=lambda t: starts[t][0])


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
    candidates: list[_Candidate],
    quotes: Sequence[Quote],
    paragraphs: Sequence[Paragraph],
    text: str,
) -> None:
    """Attach each quote's speaker mention and speaking pronoun to the speaker's cluster (rule 5)."""
    if not quotes:
        return
    occupied = _Occupied(span for g in groups for span in _group_spans(g))
    by_name: dict[str, int | None] = {}
    names = ClusterNames.of(groups)
    # where each person is named, so a pronoun joins a speaker only when that speaker is the
    # person named last before it (the attribution engine and the text must agree)
    people = sorted((s, i) for i, g in enumerate(groups) if g.label() == "PERSON" for s, _e in _group_spans(g))

    def last_person_is(g: int, at: int) -> bool:
        k = bisect.bisect_left(people, (at, -1))
        return k > 0 and people[k - 1][1] == g

    for quote in quotes:
        if not quote.speaker:
            continue
        key = normalise(quote.speaker)[0]
        if key in by_name:
            g = by_name[key]
        else:
            g = by_name[key] = _group_for_name(groups, quote.speaker, names)
        if g is None:
            s, e = quote.speaker_start, quote.speaker_end
            if s is None or e is None or occupied.overlaps(s, e):
                continue
            g = _new_speaker_group(groups, quote, text)
            if g is None:
                continue
            names.add(g, [groups[g].head.key], groups[g].head.words)
            by_name[key] = g
            occupied.add(s, e)
        group = groups[g]
        if quote.speaker_role and not group.role and good_role(quote.speaker_role):
            group.role = quote.speaker_role
        if quote.speaker_start is not None and quote.speaker_end is not None:
            s, e = quote.speaker_start, quote.speaker_end
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


def _group_for_name(groups: list[_Group], name: str, index: ClusterNames) -> int | None:
    """Return the index of the cluster a speaker name belongs to, by rules 1-3 (`index`: ClusterNames.of(groups))."""
    key, words = normalise(name)
    if key in index.by_key:
        return index.by_key[key]
    probe = _Candidate(0, 0, name, "PERSON", key, words)
    for i in index.names.within(words):
        if groups[i].members and groups[i].label() == "PERSON" and _absorbs(probe, groups[i].name_candidate()):
            return i
    for i in index.names.extending(words):
        if groups[i].label() == "PERSON" and _absorbs(groups[i].name_candidate(), probe):
            return i
    return None


def _new_speaker_group(groups: list[_Group], quote: Quote, text: str) -> int | None:
    """Return a new cluster for a speaker spaCy did not tag, built from the speaker mention."""
    s, e = quote.speaker_start, quote.speaker_end
    if s is None or e is None or not quote.speaker:
        return None
    mention = text[s:e]
    if mention.casefold() in _SPEAKER_PRONOUNS:
        return None  # a pronoun alone cannot name a cluster
    if _is_description(quote.speaker):
        return None  # "a spokeswoman for the agency" says who spoke, but is no person to list
    key, words = normalise(quote.speaker)
    cand = _Candidate(s, e, mention, "PERSON", key, words)
    groups.append(_Group(head=cand, members=[cand]))
    return len(groups) - 1


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
        head = head_word(g.name_candidate().words).casefold()
        if head not in _GENERIC_HEADS:
            heads.setdefault(head, []).append(i)
    if not heads:
        return
    taken = {span for g in groups for span in _group_spans(g)}
    starts = {g: sorted(s for s, _e in _group_spans(groups[g])) for gs in heads.values() for g in gs}
    name_words = {g: {w.casefold() for w in groups[g].name_candidate().words} for g in starts}
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
    groups: list[_Group], plain: list[Entity], quotes: Sequence[Quote], text: str
) -> tuple[list[Entity], list[Cluster]]:
    """Return entities and clusters with ids "c1", "c2", ... in order of first mention."""
    groups = sorted(groups, key=lambda g: g.first)
    speakers: dict[str, str] = {}
    for q in quotes:
        if q.speaker:
            key = normalise(q.speaker)[0]
            if len(q.speaker) > len(speakers.get(key, "")):
                speakers[key] = q.speaker
    entities = list(plain)
    clusters: list[Cluster] = []
    for n, group in enumerate(groups, 1):
        cid = f"c{n}"
        label = group.label()
        named = group.name_candidate()
        name = " ".join(named.text.split())
        name = display_name(name)
        role = None
        if label == "PERSON":  # roles and titles belong to people
            roles = [c.role for c in group.members if c.role and good_role(c.role)]
            role = roles[0] if roles else group.role
        speaker = speakers.get(named.key)  # the attribution engine's canonical name wins when longer
        if speaker and len(speaker) > len(name):
            name = speaker
        spans = sorted(set(_group_spans(group)))
        clusters.append(Cluster(cid, name, label, role, [Mention(s, e) for s, e in spans]))
        for c in group.members:  # one colour per real-world thing: mentions take the cluster's label
            entities.append(Entity(c.start, c.end, c.text, label, cid))
        for s, e, t in group.extra:
            entities.append(Entity(s, e, t, label, cid))
    entities.sort(key=lambda e: (e.start, e.end))
    return entities, clusters
