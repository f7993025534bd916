"""Who a cue's subject names: a full name, a resolved pronoun or description, a document's author,
or the noun phrase itself (see SpeakerIndex for the article's people and organisations)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from quotemark.analysis.aged_subject import determiner_before
from quotemark.analysis.capitalised_roles import is_capitalised_role
from quotemark.analysis.controllers import DOCUMENT_NOUNS, ISSUING_VERBS
from quotemark.analysis.demonyms import is_nationality_description
from quotemark.analysis.descriptions import (
    another_of,
    described_age,
    document_before_it,
    earlier_document,
    people_of_age,
    person_of_age,
)
from quotemark.analysis.evidence import SpeakerKind
from quotemark.analysis.group_apposition import KIN_GROUPS, apposed_speakers
from quotemark.analysis.names import TITLE_WORDS, norm
from quotemark.analysis.offsets import doc_ents, doc_text
from quotemark.analysis.org_descriptions import salient_organisation, untagged_organisation
from quotemark.analysis.org_recipients import org_before_description
from quotemark.analysis.place_people import described_person, passage_person
from quotemark.analysis.reference import (
    group_subject_before,
    in_lead,
    interviewee,
    is_question,
    named_later,
    plural_subject,
)
from quotemark.analysis.role_match import other_party
from quotemark.analysis.speaker_furniture import collapse, dateline_end, run_together
from quotemark.analysis.speakers import (
    GROUP_PRONOUNS,
    NAME_LABELS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    Speaker,
    SpeakerIndex,
    ents_by_token,
    gender_of_pronoun,
    name_bounds,
    name_span,
    title_gender,
    titles_before,
)
from quotemark.analysis.unnamed_people import introduced_unnamed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph

# Roles that say nothing of gender, whose holder a singular "they" may stand for.
_NEUTRAL_ROLES = frozenset({"spokesperson", "representative", "rep", "publicist"})
# A party and state or district after a name, "(D-Newport News)", "(R-Ohio)": never a name itself.
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z]")


def resolve(tok: Token | None, index: SpeakerIndex, ents: dict[int, Span], p: Paragraph) -> Speaker | None:
    """Return the speaker a subject token stands for: a full name, a resolved pronoun or nominal."""
    if tok is None:
        return None
    speaker = _resolve_subject(tok, index, ents, p)
    if speaker is not None and speaker.start is not None and tok.idx < 60:
        head = dateline_end(doc_text(tok.doc))
        if head and p.start <= speaker.start < p.start + head:
            return None  # "BUFFALO — ...": a dateline, not who says it
    return speaker


def _resolve_subject(tok: Token, index: SpeakerIndex, ents: dict[int, Span], p: Paragraph) -> Speaker | None:
    """Return the speaker a subject token names (see resolve)."""
    doc = tok.doc
    off = p.start + tok.idx
    low = tok.lower_
    if low in PERSON_PRONOUNS:
        if low in ("i", "me", "my"):
            return None
        entity, near = index.resolve_pronoun(off, gender_of_pronoun(low))
        someone = index.described_antecedent(off, gender_of_pronoun(low), entity)
        if someone is not None:  # "WIRED spoke to one mother, who ... “…,” she said"
            return Speaker(someone.phrase, someone.start, someone.end, None, "NOMINAL", 0.7, kind=SpeakerKind.NOMINAL)
        if entity is None:
            return Speaker(tok.text, off, off + len(tok.text), None, "PERSON", 0.3, kind=SpeakerKind.UNRESOLVED)
        return index.speaker(entity, 0.85, kind=SpeakerKind.PRONOUN_SUBJECT if near else SpeakerKind.PRONOUN_OTHER)
    if low in ("you", "your"):
        # the one addressed, never a name: in an interview's question, the person interviewed
        person = interviewee(index) if is_question(p) else None
        if person is None:
            return Speaker(tok.text, off, off + len(tok.text), None, "PERSON", 0.3, kind=SpeakerKind.UNRESOLVED)
        return index.speaker(person, 0.6, kind=SpeakerKind.PRONOUN_OTHER)
    if low in GROUP_PRONOUNS:
        if low == "it":
            author = _issuer_speaker(document_before_it(tok, index, p), index)
            if author is not None:
                # a pronoun read through the document it stands for: a guess to review, never sure
                return replace(author, kind=SpeakerKind.PRONOUN_OTHER)
        if low in ("it", "its"):
            entity = index.last_org_before(off)
            if entity is not None:
                return index.speaker(entity, 0.6, kind=SpeakerKind.IT)
        if low == "they":
            group = _group_antecedent(tok, index, ents, p)
            if group is not None:
                return group
        return Speaker(tok.text, off, off + len(tok.text), None, "GROUP", 0.3, kind=SpeakerKind.UNRESOLVED)
    ent = ents.get(tok.i)
    if ent is not None and ent.start <= tok.head.i < ent.end and tok.head.pos_ in ("VERB", "AUX"):
        ent = None  # a recogniser error running over the clause: "Trump accused Holt of being a"
    role: str | None = None
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        # the apposition may hang from the noun's own prepositional object:
        # "his former partner at Lenox, Lawrence B. Cummings, called ..."
        nearby = list(tok.children)
        if ent is None:
            nearby += [
                g for c in tok.rights if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj" for g in o.children
            ]
        for c in apposed_speakers(tok, nearby):
            if c.dep_ == "appos" and c.i in ents and ents[c.i].label_ in ("PERSON", "ORG"):
                # "the spokesman, John Hale" keeps its role; "WASHINGTON -- President Obama" is a dateline
                role = phrase(doc, tok) if ent is None else None
                ent = ents[c.i]
                break
        if ent is None and norm(tok.text) in TITLE_WORDS:
            ent = _titled_person(tok, ents)  # "chairman, CEO and president Craig Menear said"
    if role is None and (ent is None or ent.label_ not in ("ORG", "PERSON")) and is_capitalised_role(tok):
        # "the Governor told reporters" is a role, not a name; an office the recogniser read as an
        # institution ("the United Nations High Commissioner") keeps its name
        return _nominal(tok, index, p)
    if is_nationality_description(tok, ent):
        return _nominal(tok, index, p)  # "said the Portuguese": a person described, not a group
    if ent is not None and ent.label_ in NAME_LABELS:
        return named(doc, ent.start, ent.end, ent.label_, p, index, role)
    unlisted = _apposed_unlisted_name(tok) if ent is None else None
    if unlisted is not None:
        return named(doc, unlisted.start, unlisted.end, "PERSON", p, index, phrase(doc, tok))
    if tok.pos_ == "PROPN" and not tok.is_lower:  # "the French foreign ministry" tagged a name
        sp = name_span(tok)
        return named(doc, sp.start, sp.end, "PERSON", p, index, role)
    if tok.text[:1].isupper() and tok.is_alpha:
        # a surname the tagger read as a common noun ("Hendricks told parliament"): a capitalised
        # word inside a sentence that names a known person is that person
        entity = index.entity_named(tok.text)
        if entity is not None:
            return index.speaker(entity, 0.9, role)
    return _nominal(tok, index, p)


def _apposed_unlisted_name(tok: Token) -> Span | None:
    """Return a full name set off by commas after a common noun for a person, which the entity
    recogniser did not list: "The mayor’s spokeswoman, Ana Ruiz, said" is Ana Ruiz speaking."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in ORG_NOUNS:
        return None
    for c in apposed_speakers(tok, tok.rights):
        if c.dep_ == "appos" and c.pos_ == "PROPN" and not c.ent_type_ and c.text[:1].isupper():
            sp = name_span(c)
            if len(sp) >= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in sp):
                return sp
    return None


def _titled_person(tok: Token, ents: dict[int, Span]) -> Span | None:
    """Return the person a run of titles names: "chairman, CEO and president Craig Menear said"."""
    todo = [c for c in tok.children if c.dep_ in ("appos", "conj")]
    while todo:
        c = todo.pop(0)
        if c.i in ents and ents[c.i].label_ == "PERSON":
            return ents[c.i]
        if norm(c.text) in TITLE_WORDS:
            todo += [g for g in c.children if g.dep_ in ("appos", "conj")]
    return None


def _group_antecedent(tok: Token, index: SpeakerIndex, ents: dict[int, Span], p: Paragraph) -> Speaker | None:
    """Return who a "they" stands for: the nearest plural or organisation main-clause subject before
    it in its own or the previous sentence of the paragraph ("Officials said ... “…,” they said"), or None.

    The antecedent is a guess a reader should check, so it is given as a pronoun resolved to
    someone other than a subject of its own clause (reviewed, never sure).
    """
    doc = tok.doc
    sent = tok.sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for cand in reversed(doc[lo : tok.i]):
        if cand.dep_ not in ("nsubj", "nsubjpass") or cand.head.dep_ != "ROOT" or index.is_inside(p.start + cand.idx):
            continue  # main clauses only: "the bridge would close" is what officials said, not who
        if cand.lower_ == "they":
            return _group_antecedent(cand, index, ents, p)  # "They said ... “…,” they added": one group
        if cand.lower_ in GROUP_PRONOUNS:
            return None
        if not plural_subject(cand):
            # the nearest subject is someone else: "they" is not resolved past it; but a spokesperson
            # named there is the one a singular "they" stands for ("Kym Lino, a spokesperson for X, ...")
            found = _resolve_subject(cand, index, ents, p)
            entity = None if found is None else found.entity
            role = (
                set((entity.role or "").lower().split()) if entity is not None and entity.label == "PERSON" else set()
            )
            return _as_guess(found) if role & _NEUTRAL_ROLES else None
        return _as_guess(_resolve_subject(cand, index, ents, p))
    if lo == 0:
        earlier = group_subject_before(index, p)
        if earlier is not None:
            cand, prev = earlier
            return _as_guess(_resolve_subject(cand, index, ents_by_token(prev.doc), prev))
    return None


def _as_guess(found: Speaker | None) -> Speaker | None:
    """Return a resolved antecedent as a pronoun's guess (to review), or None when unresolved."""
    if found is None or found.kind is SpeakerKind.UNRESOLVED:
        return None
    return replace(found, kind=SpeakerKind.PRONOUN_OTHER)


def named(doc: Doc, a: int, b: int, label: str, p: Paragraph, index: SpeakerIndex, role: str | None) -> Speaker:
    while a < b - 1 and not doc[a].text[:1].isalnum():
        a += 1  # markup or punctuation the entity recogniser swallowed: ">Sanders
    words = [t.text for t in doc[a:b]]
    lo, hi = name_bounds(words, label)
    if label == "PERSON":
        lo = index.title_by_evidence(words, lo, hi)
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
    if _PARTY_STATE.match(name):
        return Speaker(name, start, end, None, label, 0.3, kind=SpeakerKind.UNRESOLVED)  # "(D-Newport News)"
    if run_together(name):
        # a hover card's name glued to itself or to another ("Ilhan OmarIlhan Omar"): the one name
        # it repeats, or no one
        single = collapse(name)
        entity = index.entity_named(single, label) if single else None
        if entity is not None:
            return index.speaker(entity, 0.9, role or title)
        return Speaker(name, start, end, None, label, 0.3, kind=SpeakerKind.UNRESOLVED)
    entity = index.entity_named(name, label, title_gender(before) if label == "PERSON" else "")
    if entity is not None:
        return index.speaker(entity, 1.0, role or title)
    return Speaker(name, start, end, role or title, label, 0.9, kind=SpeakerKind.NAME_UNINDEXED)


def _nominal(tok: Token, index: SpeakerIndex, p: Paragraph) -> Speaker:
    """Return the entity a definite nominal ("the agency") refers to, else the phrase itself."""
    off = p.start + tok.idx
    head = tok.lemma_.lower()
    age = described_age(tok)
    if age is not None:
        # "the 56-year-old said": the one person whose age the article gives as 56, never merely
        # the person named last (a club the recogniser took for a person, a rival)
        person = person_of_age(age, index)
        if person is not None:
            return index.speaker(person, 0.75, kind=SpeakerKind.DESCRIPTION)
    if head in DOCUMENT_NOUNS:
        author = _document_author(tok, index, p) or _earlier_author(tok, index, p)
        if author is not None:
            return author
    # "Russia's foreign ministry", "the French foreign ministry": an institution its own words name,
    # not the last organisation mentioned (a person's role, "the California congressman", still resolves)
    own_name = head in ORG_NOUNS and any(
        c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP", "ORG") for c in tok.children
    )
    definite = not own_name and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if head in ORG_NOUNS:
        # "The company that runs the awards, Dick Clark Productions, denies": the organisation named
        # in apposition inside the phrase, wherever the parse hung it
        doc = tok.doc
        lo, hi = tok.left_edge.i, tok.right_edge.i + 1
        ent = next(
            (
                e
                for e in doc_ents(doc)
                if lo <= e.start and e.end <= hi and e.label_ == "ORG" and e.root.dep_ == "appos"
            ),
            None,
        )
        if ent is not None:
            return named(doc, ent.start, ent.end, ent.label_, p, index, None)
    # "A senior executive at a rival ... said. “…,” the executive said": the one just introduced
    unnamed = definite and head not in ORG_NOUNS and introduced_unnamed(tok, index.is_inside, p.start)
    if definite:
        entity = (
            index.last_org_before(off, head)
            or (None if unnamed else index.entity_with_role_word(head, off, place_qualifiers(tok)))
            or _org_with_role(index, head, off)
        )
        if entity is None and head in ORG_NOUNS and head not in ("campaign", "government", "administration", "party"):
            salient = salient_organisation(index, p, off)
            if salient is not None and salient[0] is not index.last_org_before(off):
                # the organisation the passage is about, not the one named last: sure only when plainly so
                kind = SpeakerKind.DESCRIPTION if salient[1] else SpeakerKind.PRONOUN_OTHER
                return index.speaker(salient[0], 0.75, kind=kind)
            entity = org_before_description(tok, p, index, off)
        if entity is not None:
            return index.speaker(entity, 0.75, kind=SpeakerKind.DESCRIPTION)
    untagged = untagged_organisation(tok, index, p) if definite else None
    if untagged is not None:
        # "Real Sociedad have signed ... “…,” the club said", the name untagged: a guess to review
        name, where = untagged
        at = where.start + name.start_char
        return Speaker(name.text, at, at + len(name.text), None, "ORG", 0.6, kind=SpeakerKind.PRONOUN_OTHER)
    if (definite or age is not None) and (age is None or not people_of_age(age, index)):
        # an age given beside two names says it is one of them: no guess past that
        of_person = described_person(tok) and head not in ORG_NOUNS and not unnamed
        topic = passage_person(tok, index, off) if of_person else None
        if topic is not None and not other_party(place_qualifiers(tok), topic):
            # "Grady ... had led in every poll. “…,” the Republican nominee said": read like a pronoun, to review
            return index.speaker(topic, 0.75, kind=SpeakerKind.PRONOUN_OTHER)
    if in_lead(index, p) and tok.dep_ == "nsubj" and tok.head.dep_ == "ROOT":
        person = named_later(tok, index, off)
        if person is not None:
            # read across paragraphs, like a pronoun's antecedent: a guess to review, never sure
            return index.speaker(person, 0.75, kind=SpeakerKind.PRONOUN_OTHER)
    words = phrase(tok.doc, tok)
    the = determiner_before(tok) if age is not None and not words.lower().startswith("the ") else None
    lead = the.idx if the is not None else tok.left_edge.idx
    if the is not None:
        words = doc_text(tok.doc)[the.idx : tok.idx + len(tok.text)]  # "the 34-year-old", its "the" hung on the verb
    start = p.start + doc_text(tok.doc).find(words, lead) if words else off
    earlier = another_of(tok, index, p)
    if earlier is not None:
        # "one user on Weibo posted ... Another said": another of the same, not "Another"
        described = phrase(earlier.doc, earlier).split(maxsplit=1)
        words = f"{tok.text} {described[-1]}" if len(described) == 2 else words
        return Speaker(words, off, off + len(tok.text), None, "NOMINAL", 0.7, kind=SpeakerKind.NOMINAL)
    return Speaker(
        words or tok.text, start, start + len(words or tok.text), None, "NOMINAL", 0.7, kind=SpeakerKind.NOMINAL
    )


def _institution(tok: Token) -> bool:
    """Return True for a definite or place-qualified institution: "the US military", "the ministry", "the family"."""
    if tok.lemma_.lower() not in ORG_NOUNS | KIN_GROUPS:
        return False
    return any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ in ("compound", "amod") and c.ent_type_ in ("GPE", "NORP"))
        for c in tok.children
    )


def _org_with_role(index: SpeakerIndex, head: str, off: int) -> Identity | None:
    """Return the organisation last mentioned before `off` that the text described with `head`:
    "The group, Cleaners United, formed ..." makes a later "the group" Cleaners United."""
    best: Identity | None = None
    at = -1
    for e in index.entities:
        if e.label != "ORG" or head not in e.role_heads:
            continue
        last = max((m for m in e.mentions if m < off), default=-1)
        if last > at:
            best, at = e, last
    return best


def _earlier_author(tok: Token, index: SpeakerIndex, p: Paragraph) -> Speaker | None:
    """Return who issued the statement a definite "the statement" refers back to (descriptions.py)."""
    return _issuer_speaker(earlier_document(tok, index, p), index)


def _issuer_speaker(found: tuple[Token, Paragraph] | None, index: SpeakerIndex) -> Speaker | None:
    """Return the speaker who issued a document, named by a subject token in a paragraph (descriptions.py)."""
    if found is None:
        return None
    who, where = found
    # through resolve(): a lead sentence's subject read as its dateline ("DAYTON, Ohio — The ...
    # Center released a report") is no author
    author = resolve(who, index, ents_by_token(where.doc), where)
    if author is None or author.kind is SpeakerKind.UNRESOLVED or author.label == "GROUP":
        return None
    if author.kind is SpeakerKind.NOMINAL and not _institution(who):
        return None  # "a group of parents sent a letter ... / the letter reads": a description for a description gains nothing
    if author.kind in (SpeakerKind.NAME, SpeakerKind.NAME_UNINDEXED):
        author = replace(author, kind=SpeakerKind.DESCRIPTION)  # read through the document, as a description
    return author


def _document_author(tok: Token, index: SpeakerIndex, p: Paragraph) -> Speaker | None:
    """Return who wrote a document that "says" something: "a report by the Centre for Cities",
    "the IMF report", "a statement from Northwind Energy", "the agency's memo"."""
    doc = tok.doc
    for t in tok.subtree:
        if t.i == tok.i or t.ent_type_ not in ("ORG", "PERSON"):
            continue
        near = t.head.i == tok.i and t.dep_ in ("compound", "poss")
        by = (
            t.dep_ == "pobj"
            and t.head.lower_ in ("by", "from", "of")
            and (
                t.head.head.i == tok.i or (t.head.head.head.i == tok.i and t.head.head.lemma_.lower() in ISSUING_VERBS)
            )
        )
        if not (near or by):
            continue
        ent = next((e for e in doc_ents(doc) if e.start <= t.i < e.end), None)
        if ent is None:
            return None
        author = named(doc, ent.start, ent.end, ent.label_, p, index, None)
        author.kind = SpeakerKind.DESCRIPTION  # read through the document, calibrated as a description
        return author
    return None


def phrase(doc: Doc, tok: Token) -> str:
    """Return the noun phrase of a head token without relative clauses or appositions."""
    lo = tok.i
    for c in reversed(list(tok.lefts)):
        if c.dep_ in ("ccomp", "csubj", "parataxis", "advcl", "nsubj"):
            break  # "“…,” the patient described": the quotation the parse hung on the noun
        lo = c.left_edge.i
    ends = [t.i for t in doc[lo : tok.i] if t.is_quote and t.i > 0 and doc[t.i - 1].text in (",", ".", "!", "?")]
    if ends:
        # a quotation the parse hung on the noun is no part of it (a quoted title inside the
        # phrase is: the "Pose" actor)
        lo = ends[-1] + 1
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


def place_qualifiers(tok: Token) -> list[str]:
    """Return the places and names qualifying a description's head ("Utah" of "the Utah
    Republican", "California" of "the California congressman")."""
    return [
        c.text
        for c in tok.lefts
        if c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "LOC", "NORP") or c.pos_ == "PROPN")
    ]
