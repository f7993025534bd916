"""The name a quotation is signed with after its closing mark, with no speech verb: a vox pop, a
pull quote or an epigraph ("…” ― Carla Sanchez", or "…,”" then a line holding only "Carla Sanchez,
farmer")."""

from __future__ import annotations

import re

_NAME = r"((?:[A-Z][\w.'’-]*)(?:[ \t\u00a0]+(?:[A-Z][\w.'’-]*|de|la|van|von|del)){0,4})"
# ”― Carla Sanchez. (vox-pop and epigraph style)
_DASH = re.compile(r"[ \t\u00a0]*(?:―|—|–|--)[ \t\u00a0]*" + _NAME + r"[ \t\u00a0]*(?:[.,]|$)", re.MULTILINE)
# ”\nCarla Sanchez, farmer\n: a line that is only a name (and a role after a comma), no verb
_LINE = re.compile(
    r"[ \t\u00a0]*\n[ \t\u00a0]*" + _NAME + r"[ \t\u00a0]*(?:,[ \t\u00a0]*[\w .'’-]{1,60})?[ \t\u00a0]*$", re.MULTILINE
)


def byline_after(text: str, close_end: int, opens_line: bool) -> tuple[str, int] | None:
    """Return the name signing the quotation that closes at `close_end`, and where it starts, or None.

    A name on the next line counts only when the quotation opened its own line and ends its line:
    a pull quote, not a sentence running on.
    """
    m = _DASH.match(text, close_end)
    if m is None and opens_line:
        m = _LINE.match(text, close_end)
        if m is not None and len(m.group(1).split()) < 2:
            m = None  # one capitalised word on a line is a heading or a place as often as a person
    if m is None:
        return None
    return m.group(1).rstrip("."), m.start(1)
