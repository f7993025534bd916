"""Who "the company" is when the organisation named just before it only received what the company
put out: "In a statement to the NZX, the company said ..." is not the exchange speaking, nor is
"In a filing with the SEC, the firm said ..." the regulator. Business pages of every country front
the document and its recipient this way; the description stands for the organisation before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.controllers import DOCUMENT_NOUNS
from quotemark.analysis.offsets import doc_ents

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.identities import Identity
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import SpeakerIndex

# Prepositions that name who receives a document: "a statement to the NZX", "a filing with the SEC".
_TO = frozenset({"to", "with"})


def recipient_before(tok: Token, p: Paragraph, index: SpeakerIndex) -> tuple[Identity, int] | None:
    """Return the organisation, and where it is named, that receives a document named earlier in the
    sentence of the description `tok` ("In a statement to the NZX, the company said"), else None."""
    sent = tok.sent
    for ent in doc_ents(tok.doc):
        if ent.label_ != "ORG" or ent.start < sent.start or ent.end > tok.i:
            continue
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or prep.lower_ not in _TO or prep.head.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        entity = index.entity_named(ent.text, "ORG")
        if entity is not None:
            return entity.final(), p.start + ent.start_char
    return None


def org_before_description(tok: Token, p: Paragraph, index: SpeakerIndex, off: int) -> Identity | None:
    """Return the organisation named last before the description at `off`, passing over one that
    only received a document named in the description's own sentence."""
    last = index.last_org_before(off)
    found = recipient_before(tok, p, index)
    if last is None or found is None or last.final() is not found[0]:
        return last
    return index.last_org_before(found[1])
