"""Who speaks through a verb that has no subject of its own: the controller of a non-finite speech
verb under a passive ("Ramos was known for telling colleagues ..."), and the author of a document
that "says" something ("the company issued a statement saying ..."). Facts of English syntax,
read where the parse leaves the speech verb without a subject."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.parse_repairs import verb_above, who_antecedent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Documents whose author is the one who "says" what they say.
DOCUMENT_NOUNS = frozenset(
    """report study statement survey analysis memo letter paper poll review filing release audit assessment
    complaint lawsuit suit petition motion affidavit""".split()
)
# Verbs that put out a document: their subject, or their "by" object, is its author ("X issued a
# statement saying", "a report published by X"); not "a memo obtained by" a newspaper.
ISSUING_VERBS = frozenset(
    "issue release send publish post write sign put file circulate email author prepare compile produce conduct".split()
)
# Arcs by which a non-finite clause hangs from the verb whose subject controls it.
_CONTROL_DEPS = frozenset({"xcomp", "pcomp", "prep", "advcl"})


def _quoted(tok: Token, quoted: Sequence[int]) -> bool:
    return bool(quoted) and quoted[tok.i] >= 0


def passive_controller(cue: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the passive subject that a non-finite speech verb below it takes as its own.

    "Ramos was known for telling colleagues “…”", "she was heard saying “…”", "he was asked to
    comment": the -ing or to-verb has no subject, and the one who does it is the subject of the
    passive verb it hangs from (when the passive names no agent; "by X" is read elsewhere).
    """
    if cue.tag_ not in ("VBG", "VB") or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    t = verb_above(cue, _CONTROL_DEPS, 3, lambda head: _quoted(head, quoted))
    if t is None or t.tag_ != "VBN" or any(c.dep_ == "agent" for c in t.children):
        return None
    subj = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
    if subj is None or _quoted(subj, quoted) or not any(ch.isalnum() for ch in subj.text):
        return None
    if subj.lower_ in ("who", "that") and t.dep_ == "relcl":
        return who_antecedent(t.head)
    return subj


def document_issuer(noun: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return the subject of the verb that put out a document a participle describes.

    "The company issued a statement saying “…”", "the union sent a letter to management
    stating that …": the statement says it, and its author is the one who issued it.
    """
    if noun.lemma_.lower() not in DOCUMENT_NOUNS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in ISSUING_VERBS or _quoted(verb, quoted):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or _quoted(subj, quoted):
        return None
    if subj.lower_ == "who" and verb.dep_ == "relcl":
        return who_antecedent(verb.head)
    return subj
