"""The article's entity mentions read once from spaCy's entities: the plain ones (dates, numbers,
money) as they are, the named ones (CLUSTER_LABELS) cleaned of model junk for analysis/identities.py
to tell who is who.

What is kept: every entity spaCy finds, of any label, with a trailing possessive ("North Korea's")
trimmed; dropped: page furniture (photo credits, "READ MORE:"), a dateline in capitals, a lone
lower-case name ("congress" as ORG) and fragments of an ISO date ("2026-02" cut out of "2026-02-26").
A hover card's run-together name ("Ilhan OmarIlhan Omar") keeps the one name it repeats.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.entity_mentions import clean_span, is_junk, normalise, role_of
from quotemark.analysis.model import CLUSTER_LABELS, Entity
from quotemark.analysis.name_parts import is_headline
from quotemark.analysis.offsets import doc_ents
from quotemark.analysis.speaker_furniture import collapse, dateline_end, is_furniture, run_together

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph

_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@dataclass
class NamedMention:
    """One mention of a real-world thing: its span, label, comparison key and words, and the
    offset of the spaCy entity it was read from (which ties it to the name the speaker index read)."""

    start: int
    end: int
    text: str
    label: str
    key: str
    words: tuple[str, ...]
    ent_at: int  # article offset of the spaCy entity's first character
    role: str | None = None  # the title written before or beside a person's name
    headline: bool = False  # read from a headline, where "Obama Says" is no name


def read_mentions(paragraphs: Sequence[Paragraph], text: str) -> tuple[list[Entity], list[NamedMention]]:
    """Return the article's plain entity mentions and its named mentions, in text order."""
    iso_spans = [(m.start(), m.end()) for m in _ISO_DATE.finditer(text)]
    plain: list[Entity] = []
    named: list[NamedMention] = []
    for para in paragraphs:
        if is_furniture(para.doc.text):
            continue  # photo credits, "READ MORE:" links, a hover card's glued names
        dateline = dateline_end(para.doc.text)
        headline = is_headline(para.doc.text)
        for ent in doc_ents(para.doc):
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
            if label not in CLUSTER_LABELS:
                plain.append(Entity(start, end, mention, label))
                continue
            key, words = normalise(mention)
            if not words:
                continue
            role = role_of(ent, para.start, text) if label == "PERSON" else None
            named.append(
                NamedMention(start, end, mention, label, key, words, para.start + ent.start_char, role, headline)
            )
    return plain, named
