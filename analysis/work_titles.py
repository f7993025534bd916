"""Names the recogniser gives a person's or an organisation's label that are neither: a social
platform ("his initial Instagram announcement" tagged a PERSON) and the title of a show, film or
book in quotation marks modifying a noun of the trade ("the former “Dawson's Creek” star" tagged
an ORG). Both are relabelled in the parse, so no People or Organisations row is made of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Platforms are companies (ORG), never people, whatever the recogniser says.
PLATFORMS = frozenset(
    """instagram facebook twitter tiktok youtube snapchat whatsapp linkedin reddit pinterest twitch
    tumblr threads""".split()
)
# Nouns a work's title modifies: its people and its parts ("“Succession” creator", "“Friends” alum").
_WORK_NOUNS = frozenset(
    """star stars actor actress actors cast creator creators showrunner host hosts writer writers
    director producer producers alum alumna alumnus alums episode episodes season seasons finale
    premiere reboot sequel prequel spinoff spin-off franchise character characters contestant
    contestants author singer hitmaker""".split()
)
_OPENING = frozenset("\u201c\"'\u2018")
_CLOSING = frozenset("\u201d\"'\u2019")


def relabelled(doc: Doc, ent: Span) -> Span | None:
    """Return `ent` with the label it should have when it is a platform tagged a person (ORG) or a
    quoted title of a work tagged a person or an organisation (WORK_OF_ART), else None."""
    from spacy.tokens import Span as _Span

    if ent.label_ == "PERSON" and len(ent) == 1 and ent.text.lower() in PLATFORMS:
        return _Span(doc, ent.start, ent.end, label="ORG")
    if ent.label_ not in ("PERSON", "ORG") or ent.start == 0 or ent.end + 1 >= len(doc):
        return None
    if doc[ent.start - 1].text not in _OPENING or doc[ent.end].text not in _CLOSING:
        return None
    after = doc[ent.end + 1]
    if after.lower_ not in _WORK_NOUNS or after.pos_ != "NOUN" or ent.root.head.i != after.i:
        return None
    return _Span(doc, ent.start, ent.end, label="WORK_OF_ART")
