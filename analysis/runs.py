"""Who speaks next in a run of quotations: the sentence before a quotation with no cue of its own
says whose words go on when its main verb is a speech verb, however the parse placed that verb."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotemark.analysis.cues import Cue


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
