"""Quotations whose words recur: a pull quote, a bulleted highlight or a heading that repeats words
quoted, with their speaker, elsewhere in the article ("- “My fears have been realized”" over
"Morrison told the committee, “I feared ... My fears have been realized.”")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quotemark.analysis.calibration import calibrated
from quotemark.analysis.evidence import Evidence, Route

if TYPE_CHECKING:
    from quotemark.analysis.cue_path import Piece

# A quotation shorter than this (in words) is too common a phrase to say whose it is.
MIN_WORDS = 3
_NON_WORD = re.compile(r"[\W_]+")


def _words(text: str) -> str:
    """Return the text as its lower-case words joined by single spaces, padded for whole-word search."""
    return f" {_NON_WORD.sub(' ', text.casefold()).strip()} "


def repeated_speakers(pieces: list[Piece]) -> None:
    """Give a quotation with no speaker (not a scare quote) the speaker of the quotations that hold
    its words, when they all have one and the same; a guess to review (its route has no record of its own)."""
    said = [(_words(pc.quote.text), pc) for pc in pieces if pc.quote.speaker is not None and pc.evidence is not None]
    for pc in pieces:
        q = pc.quote
        if q.speaker is not None or q.kind == "scare":
            continue  # a term echoed in scare quotes ("called “feather duvet lung”") is no one's speech
        words = _words(q.text)
        if len(words.split()) < MIN_WORDS:
            continue
        sources = [other for text, other in said if other is not pc and words in text]
        if not sources or len({o.quote.speaker for o in sources}) != 1:
            continue
        best = max(sources, key=lambda o: o.quote.confidence)
        if best.evidence is None:
            continue
        q.speaker, q.speaker_start, q.speaker_end = best.quote.speaker, best.quote.speaker_start, best.quote.speaker_end
        q.speaker_role = best.quote.speaker_role
        q.kind = "direct"
        pc.evidence = Evidence(Route.REPEATED, best.evidence.kind, best.evidence.rival, best.evidence.doubts)
        q.confidence = calibrated(pc.evidence)
