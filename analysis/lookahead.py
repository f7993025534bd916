"""A quotation that opens a paragraph of its own and is named only after it: "“We are not a
charity.” / That is how Amara Singh describes GreenCrate ...". Feature writing puts the words
first and the speaker in the next sentence, which points back at them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.cues import is_cue, make_cue
from quotemark.analysis.resolve import resolve
from quotemark.analysis.speakers import ents_by_token

if TYPE_CHECKING:
    from quotemark.analysis.pipeline import Paragraph
    from quotemark.analysis.speakers import Speaker, SpeakerIndex

# Sentences that point back at what was just quoted: "That is how X describes it", "This is what
# X told the council", "So says X".
_POINTING_BACK = frozenset({"that", "this"})
_BACK_TO_WORDS = frozenset({"how", "what"})
_OPENERS = "\"“‘'«"
_CLOSERS = "\"”’'»"


def named_in_next(p: Paragraph, nxt: Paragraph | None, index: SpeakerIndex) -> Speaker | None:
    """Return who the next paragraph's first sentence says spoke a quotation that is all of `p`."""
    body = p.doc.text.strip()
    if nxt is None or len(body) < 2 or body[0] not in _OPENERS or body.rstrip(".")[-1] not in _CLOSERS:
        return None
    sent = next(iter(nxt.doc.sents), None)
    if sent is None or len(sent) < 3:
        return None
    words = [t.lower_ for t in sent[:3]]
    if words[0] == "so" and is_cue(sent[1]):
        cues = [sent[1]]  # "So says Tom Reilly, who ..."
    elif words[0] in _POINTING_BACK and sent[1].lemma_ == "be" and words[2] in _BACK_TO_WORDS:
        cues = list(sent[3:])  # "That is how Amara Singh describes ..."
    else:
        return None
    for tok in cues:
        if not is_cue(tok):
            continue
        subject = make_cue(tok).subject
        if subject is None or subject.pos_ != "PROPN":
            return None  # "That is how it works, he says": no one named
        return resolve(subject, index, ents_by_token(nxt.doc), nxt)
    return None
