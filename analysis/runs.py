"""Who speaks next in a run of quotations: the sentence before a quotation with no cue of its own
says whose words go on when its main verb is a speech verb, however the parse placed that verb."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from quotemark.analysis.cues import is_cue
from quotemark.analysis.evidence import SpeakerKind
from quotemark.analysis.speakers import Speaker, SpeakerIndex, gender_of_pronoun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quotemark.analysis.cues import Cue
    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph

_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")
# A relation spoken of in the first person: "my son", "our daughter".
_MINE = re.compile(r"\b(?:my|our)\s+(\w+)", re.IGNORECASE)
_OWNING = frozenset({"his", "her", "their"})
# Verbs by which someone is said to have kept silent: "declined to comment", "refused to say".
_REFUSING = frozenset({"decline", "refuse"})


def kept_silent(verb: Token) -> bool:
    """Return True for a sentence's main verb saying its subject did not speak: "Reddy did not
    respond to a request for comment", "declined to comment", "would not say". A quotation after it
    is not that person's words: the reporter asked them and got none."""
    if verb.lemma_.lower() in _REFUSING:
        return True
    return any(c.dep_ == "neg" for c in verb.children) and is_cue(verb)


def speaking_sentence(sent: Span) -> Span:
    """Return `sent`, or the sentence before it in its paragraph when `sent` only says someone kept
    silent ("She said the search would begin at once. Reddy did not respond to a request for comment."):
    the quotation after them goes on in the voice of the sentence before."""
    if sent.start > 0 and kept_silent(sent.root):
        return sent.doc[sent.start - 1].sent
    return sent


def main_cue(found: Sequence[Cue], start: int, is_inside: Callable[[int], bool]) -> Cue | None:
    """Return the cue with a subject that carries its sentence, among `found` (cues of one sentence
    of a paragraph starting at offset `start`), or None.

    That is the sentence's root ("Cooke said."), an aside on the root ("At current rates,
    Bridenstine said, there will be three rockets", "..., according to Jones", "as Jones put it"),
    or a verb the parse hung from the quoted words
    ("“…,” Graham said.", with the quotation taken for the main clause): in each, the sentence
    reports what its subject said, and a quotation standing after it goes on in that voice.
    """
    with_subject = [c for c in found if c.subject is not None]
    root = next((c for c in with_subject if c.token.dep_ == "ROOT"), None)
    if root is not None:
        return root
    for c in with_subject:
        tok = c.token
        if tok.head.dep_ == "ROOT" and (
            tok.dep_ == "parataxis"
            or (tok.dep_ == "prep" and tok.lower_ == "according")
            or (tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in tok.children))
        ):
            return c
        if is_inside(start + tok.head.idx) and not is_inside(start + tok.idx):
            return c
    return None


def _kin_of_speaker(entity: Identity, said: str) -> bool:
    """Return True when the person was introduced as someone's relation ("Reed's son, Michael", "his
    wife, Laura") and the quotation speaks of that relation in the first person ("I love my son"):
    the words are the possessor's, not the relation's."""
    role = (entity.role or "").casefold()
    if not role or not ("'s " in role or "’s " in role or role.split()[0] in _OWNING):
        return False
    return bool(entity.role_heads & {m.casefold() for m in _MINE.findall(said)})


def not_named_inside(speaker: Speaker, subject: Token, said: str, index: SpeakerIndex, p: Paragraph) -> Speaker:
    """Return the speaker of a he/she cue once more, past the person first chosen, when the
    quotation names that person in the third person: "“I cannot believe Martha would not want his
    books back in print,” she said" is not Martha's, or speaks in the first person of the relation
    they were introduced as ("Reed's son, Michael ... “I love my son,” he said"). The second choice
    is a guess, to review."""
    entity = speaker.entity
    if entity is None or speaker.kind not in (SpeakerKind.PRONOUN_SUBJECT, SpeakerKind.PRONOUN_OTHER):
        return speaker
    words = set(_CAPITALISED.findall(said))
    if not any(w.capitalize() in words for w in entity.tokens if len(w) > 2) and not _kin_of_speaker(entity, said):
        return speaker
    off = p.start + subject.idx
    other, _clear = index.resolve_pronoun(off, gender_of_pronoun(subject.lower_), skip=(entity,))
    if other is None:
        return Speaker(subject.text, off, off + len(subject.text), None, "PERSON", 0.3, kind=SpeakerKind.UNRESOLVED)
    index.settle(off, other)  # the quotation after this one, going on in this voice, is theirs too
    return index.speaker(other, 0.85, kind=SpeakerKind.PRONOUN_OTHER)


def introduces(sent: Span, start: int, speaker: Speaker) -> bool:
    """Return True when `sent` (of a paragraph starting at offset `start`) names `speaker` for the
    first time: "Her assistant, Paul Ng, defended the decision." A paragraph that quotes someone and
    ends by introducing someone new hands the next cue-less quotation to the newcomer."""
    entity = speaker.entity
    if entity is None or not entity.mentions:
        return False
    return start + sent.start_char <= min(entity.mentions) < start + sent.end_char
