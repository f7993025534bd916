"""Page furniture left in the text analysis reads: photo credits, "READ MORE:" and "WATCH:" links,
hover-card name repetitions ("Ilhan OmarIlhan Omar"), datelines in capitals. None of it is ever a
speaker, a claim source or a row in People. (analysis/page_furniture.py removes furniture from saved
web pages before analysis; text pasted or read from elsewhere still carries it, so it is spotted
here too, with the same line rules plus credits and glued names.)"""

from __future__ import annotations

import re

from quotemark.analysis.page_furniture import is_furniture_line

_FURNITURE_LINE = re.compile(
    r"^\s*(?:READ MORE|READ ALSO|Read more|WATCH|Watch|SEE MORE|SEE ALSO|See more|See also|RELATED|Related|"
    r"MORE|PHOTO|Photo|Photograph|IMAGE|Image|CREDIT|Credit|Caption|VIDEO|Video|LISTEN|Listen)\s*(?::|\||>|—|–|-)",
)
# "Karen Wills / City Press Agency", "Photo by Jane Roe/Reuters": a name, a slash, an agency
_CREDIT_LINE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*/\s*[A-Z][\w&.'’ -]{1,60}\s*$")
# Where a lower-case letter runs into a capital: "Omar|Ilhan" (a lookaround, so a long word costs
# one pass, never a backtracking search)
_JOINED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
# Longer words are not names (and are not searched).
_MAX_NAME_WORD = 40
_NAME_PREFIXES = ("mac", "van", "von", "del", "della", "san", "st")
# "BUFFALO —", "WASHINGTON (AP) —": a dateline at the start of a paragraph
_DATELINE = re.compile(r"^[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w. ]{1,30})?\s*(?:\([A-Za-z ]{1,20}\)\s*)?(?:—|–|--|-)\s")


def is_furniture(paragraph: str) -> bool:
    """Return True for a paragraph that is page furniture (a link label, a photo credit, a lone run-together name)."""
    text = paragraph.strip()
    if not text or "\n" in text:
        return False
    if _FURNITURE_LINE.match(text) or (len(text) <= 80 and _CREDIT_LINE.match(text)) or is_furniture_line(text):
        return True
    return len(text.split()) <= 8 and run_together(text)


def run_together(name: str) -> bool:
    """Return True for a name glued to another name, as hover cards and bylines leave them:
    "Ilhan OmarIlhan Omar", "Alexandria Ocasio-CortezSanders"."""
    words = name.split()
    bare = {x.strip(".,;:") for w in words for x in re.split(r"[-]", w)}
    for w in words:
        if len(w) > _MAX_NAME_WORD:
            continue
        for m in _JOINED.finditer(w):
            left, right = w[: m.start()], w[m.start() :]
            if left.lower() in _NAME_PREFIXES or not left[-3:].isalpha() or not left[-3:].islower():
                continue
            # one of the glued halves is written again on its own: a repetition, not a
            # CamelCase brand ("BlackRock", "LinkedIn")
            if right.split("-")[0] in bare or left.split("-")[-1] in bare or collapse(name):
                return True
    return False


def collapse(name: str) -> str | None:
    """Return the single name a doubled one repeats ("Ilhan OmarIlhan Omar" -> "Ilhan Omar"), else None."""
    n = len(name)
    if n % 2 == 0 and name[: n // 2] == name[n // 2 :]:
        return name[: n // 2]
    return None


def dateline_end(paragraph: str) -> int:
    """Return how many characters a dateline in capitals takes at the start of the paragraph (0 when none)."""
    m = _DATELINE.match(paragraph)
    if m is None or not any(c.isalpha() for c in m.group(0)):
        return 0
    return m.end()
