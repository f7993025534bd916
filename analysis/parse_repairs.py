"""Who a cue's subject is when the parse attached a clause to the wrong word: facts of English
syntax that hold whatever the outlet, used where the dependency tree alone reads them wrongly."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Entity labels that never say anything: "who" never stands for them.
_PLACES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_NAME_LABELS = frozenset({"", "PERSON", "ORG"})


def who_antecedent(head: Token) -> Token:
    """Return the noun a relative "who" stands for, given the noun the parse hung its clause on.

    A relative clause set off by a comma after an apposition describes the person the apposition
    is about: in "Lisa Grant, a nurse from Dayton, who said ..." the parse may hang the clause on
    "Dayton", but the one who said it is Lisa Grant. And "who" never stands for a place: in "the
    mayor of Springfield, who said" it is the mayor.
    """
    t = head
    for _ in range(6):
        if t.dep_ in ("pobj", "prep") and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "appos" and t.head.i != t.i:
            return t.head
        else:
            break
    if head.ent_type_ in _PLACES and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in _PLACES:
        return t
    return head


def apposed_name_before(tok: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the name set off by commas right before a verb the parse left without a subject.

    "something the council's consultant, Rebecca Stone, told the meeting: …": a noun phrase and
    its apposed name, both before the verb, are its subject; the name is the one to read.
    """
    doc = tok.doc
    j = tok.i - 1
    if j < 1 or doc[j].text != ",":
        return None
    name = doc[j - 1]
    if (quoted and quoted[name.i] >= 0) or name.dep_ != "appos" or name.pos_ != "PROPN":
        return None
    if name.ent_type_ not in _NAME_LABELS or name.head.i >= name.i:
        return None
    return name


def participle_subject(tok: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the main clause's subject for a participle after a comma that the parse left without one.

    "Ferreira defended a plan to cut service, calling the criticism “overblown” and insisting
    that …": an -ing clause set off by a comma at the end of a sentence describes what the main
    clause's subject did, even when the parse attaches it to the infinitive or the object.
    """
    first = tok
    while first.dep_ == "conj" and first.head.i < first.i and first.head.tag_ == "VBG":
        first = first.head
    if first.tag_ != "VBG" or first.dep_ not in ("advcl", "acl", "conj") or first.i == 0:
        return None
    if first.doc[first.i - 1].text != ",":
        return None
    root = first.sent.root
    if root.i > first.i or root.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or (quoted and quoted[subj.i] >= 0):
        return None
    return subj


def complement_participle_subject(tok: Token, subject: Token, quoted: Sequence[int] = ()) -> Token:
    """Return the main clause's subject for a participle the parse hung on the clause that main clause reports.

    "Dale and Martha disputed that Mike was estranged from them, saying instead he was “…”": the
    -ing clause after the comma says what Dale and Martha did, not what Mike did, though the parse
    attaches it to "was estranged", whose subject it would otherwise read.
    """
    main = participle_subject(tok, quoted)
    if main is None or main.i == subject.i:
        return subject
    if _through_thing_relative(tok, subject):
        return main
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.i != main.head.i or subject.i < verb.head.i:
        return subject
    return main


def _through_thing_relative(tok: Token, subject: Token) -> bool:
    """Return True when the parse hung a participle on a "that"/"which" clause describing `subject`.

    "Gov. Ames vetoed a bill that would have raised the wage, calling it “a job killer”": the
    -ing clause after the comma says what the governor did; the bill the relative clause is
    about says nothing.
    """
    t = tok
    while t.head.i != t.i:
        if t.dep_ == "relcl":
            return t.head.i == subject.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("that", "which") for c in t.children
            )
        t = t.head
    return False


def quoted_label(first: Token, cue: Token) -> bool:
    """Return True when a quotation right after a naming verb's object is the label it gives the object.

    "calling the criticism “overblown”": the quoted word is what the subject called it (the
    subject's words), even when the parse reads it as a modifier of the object.
    """
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or first.i <= obj.i or first.head.i not in (obj.i, cue.i):
        return False
    return all(t.is_punct for t in first.doc[obj.i + 1 : first.i])


def inverted_subject(tok: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the noun a speech verb was hung from as a modifier when that noun opens the words
    right after a closing quotation mark: "“…,” the patient described in the case report" is the
    said-inversion, and the patient is who speaks (the parse read "described" as "the patient
    [who was] described")."""
    noun = tok.head
    if tok.dep_ not in ("acl", "relcl") or noun.i >= tok.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    first = noun.left_edge.i
    while first < noun.i and noun.doc[first].is_punct:
        first += 1  # the parse may hang the closing mark itself on the noun
    before = first - 1
    if before < 0 or not noun.doc[before].is_quote or not quoted or quoted[before] < 0:
        return None
    return noun if quoted[noun.i] < 0 else None


# Complements only an active verb takes: a participle modifying a noun has none of them.
_ACTIVE_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "dative"})


def coordinated_predicate_subject(verb: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the subject of a finite verb the parse hung on the object of the verb before it.

    "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said
    ...": "called" is the second of a list of things he did, read by the parse as a clause modifying
    "Brotherhood"; a verb in the past tense after a comma, with an object of its own, is not a
    participle describing that noun, and its subject is the one of the verb whose object the noun is.
    """
    doc = verb.doc
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    complements = [c for c in verb.children if c.dep_ in _ACTIVE_COMPLEMENTS or c.dep_ == "oprd"]
    if not any(c.dep_ in _ACTIVE_COMPLEMENTS for c in complements) and len(complements) < 2:
        return None  # "the program, called “Fresh Start”": one complement, a passive naming
    t = verb_above(verb.head, ("pobj", "prep", "dobj", "conj", "appos"), 4)
    if t is None:
        return None
    while t.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in t.children) and t.head.i != t.i:
        t = t.head
    subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or (quoted and quoted[subj.i] >= 0):
        return None
    return subj


def verb_above(
    tok: Token, deps: Collection[str], steps: int, blocked: Callable[[Token], bool] = lambda _t: False
) -> Token | None:
    """Return the first verb reached climbing from `tok` to its heads through `deps`, in at most
    `steps` steps and never onto a `blocked` head, else None."""
    t = tok
    for _ in range(steps):
        if t.dep_ not in deps or t.head.i == t.i or blocked(t.head):
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def hyphenated_title_subject(verb: Token, first: Token, inside: Callable[[Token], bool]) -> Token | None:
    """Return the name a hyphenated title stands before when the parse took the title's first part
    for the subject: in "said co-author Dr Rhys Pemberton" the tokeniser splits "co-author" and the
    parse makes "co" and "-" subjects of "said" beside "Pemberton"; the person named is who speaks."""
    doc = verb.doc
    j = first.i + 1
    if j >= len(doc) or doc[j].text not in _HYPHENS or first.whitespace_ or first.pos_ == "PROPN":
        return None
    for c in verb.children:
        if c.dep_ != "nsubj" or c.i <= j or c.pos_ != "PROPN" or inside(c):
            continue
        if any(t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "ADP") for t in doc[j + 1 : c.i]):
            return None  # another phrase between: "co-chair and Senator Smith" is not one person
        return c
    return None
