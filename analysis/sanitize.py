"""Make text safe to show in a terminal: every control, bidi or invisible character becomes one
visible placeholder, so an article can neither drive the terminal nor hide text, and every
character offset into the text stays valid.

What is replaced (each by exactly one character):
- C0 controls except "\\n" and "\\t" (ESC, BEL, NUL, CR, ...) and DEL: by their Unicode control
  picture ("␛", "␇", "␀", "␍", "␡"), so an escape sequence stays readable as text: "␛]52;c;...␇".
- C1 controls U+0080–U+009F (8-bit CSI U+009B, OSC U+009D, ...), every format character
  (category Cf: bidi marks, embeddings, overrides and isolates, zero-width space/joiners, word
  joiner, BOM inside text, soft hyphen, tag characters, interlinear annotations), private-use
  characters (Co), lone surrogates (Cs), noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF), Hangul
  fillers (letters that render blank) and the line/paragraph separators U+2028/U+2029 (which
  str.splitlines() splits on): by U+FFFD "�".

Not replaced: unassigned code points in general (Python 3.11's Unicode database predates recent
emoji, which would otherwise be hidden), variation selectors and combining marks (emoji and many
scripts need them).

Every replacement is reported as a `HiddenChar(offset, "U+202E", "RIGHT-TO-LEFT OVERRIDE",
"bidi")`; kind is one of control, c1, bidi, invisible, private, surrogate, noncharacter, separator.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from quotemark.analysis.model import HiddenChar

PLACEHOLDER = "\ufffd"
DEL_PICTURE = "\u2421"

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

_C0_NAMES = (
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "INFORMATION SEPARATOR FOUR",
    "INFORMATION SEPARATOR THREE",
    "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
)
_C1_NAMES = (
    "PADDING CHARACTER",
    "HIGH OCTET PRESET",
    "BREAK PERMITTED HERE",
    "NO BREAK HERE",
    "INDEX",
    "NEXT LINE",
    "START OF SELECTED AREA",
    "END OF SELECTED AREA",
    "CHARACTER TABULATION SET",
    "CHARACTER TABULATION WITH JUSTIFICATION",
    "LINE TABULATION SET",
    "PARTIAL LINE FORWARD",
    "PARTIAL LINE BACKWARD",
    "REVERSE LINE FEED",
    "SINGLE SHIFT TWO",
    "SINGLE SHIFT THREE",
    "DEVICE CONTROL STRING",
    "PRIVATE USE ONE",
    "PRIVATE USE TWO",
    "SET TRANSMIT STATE",
    "CANCEL CHARACTER",
    "MESSAGE WAITING",
    "START OF GUARDED AREA",
    "END OF GUARDED AREA",
    "START OF STRING",
    "SINGLE GRAPHIC CHARACTER INTRODUCER",
    "SINGLE CHARACTER INTRODUCER",
    "CONTROL SEQUENCE INTRODUCER",
    "STRING TERMINATOR",
    "OPERATING SYSTEM COMMAND",
    "PRIVACY MESSAGE",
    "APPLICATION PROGRAM COMMAND",
)


# The hidden set as regex class bodies, written out so importing costs nothing: C0 except tab and
# newline, DEL, C1, line/paragraph separators, surrogates, private use, format characters (Cf) as
# of Unicode 15 plus the reserved rest of U+2060–U+206F and of the tag block, Hangul fillers
# (they render as blank letters) and noncharacters. BMP and astral parts are kept apart because a
# class holding astral ranges makes `re` test every character range by range (10x slower).
_BMP_HIDDEN = (
    r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ue000-\uf8ff"
    r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    r"\u2060-\u206f\ufeff\ufff9-\ufffb\u115f\u1160\u3164\uffa0\ufdd0-\ufdef\ufffe\uffff"
)
_ASTRAL_HIDDEN = (
    r"\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    r"\U000e0000-\U000e007f\U000f0000-\U000ffffd\U00100000-\U0010fffd"
    + "".join(rf"\U{plane:08x}-\U{plane + 1:08x}" for plane in range(0x1FFFE, 0x110000, 0x10000))
)
_BLANK_LETTERS = "\u115f\u1160\u3164\uffa0"
_SCAN = re.compile(f"[{_BMP_HIDDEN}]|[\U00010000-\U0010ffff]")  # candidates; astral ones checked
_ASTRAL = re.compile(f"[{_ASTRAL_HIDDEN}]")


def iter_hidden(text: str) -> Iterator[int]:
    """Return an iterator over the offsets of the characters `sanitize` replaces in `text`."""
    for m in _SCAN.finditer(text):
        i = m.start()
        if ord(text[i]) < 0x10000 or _ASTRAL.match(text, i):
            yield i


def replace_hidden(text: str, repl: Callable[[str], str]) -> str:
    """Return `text` with every hidden character `ch` replaced by `repl(ch)`."""
    pieces: list[str] = []
    pos = 0
    for i in iter_hidden(text):
        pieces.append(text[pos:i])
        pieces.append(repl(text[i]))
        pos = i + 1
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def is_hidden(ch: str) -> bool:
    """Return True when `ch` is a character `sanitize` replaces."""
    return len(ch) == 1 and _SCAN.match(ch) is not None and (ord(ch) < 0x10000 or _ASTRAL.match(ch) is not None)


def placeholder_for(ch: str) -> str:
    """Return the one visible character that stands in for the hidden character `ch`."""
    cp = ord(ch)
    if cp < 0x20:
        return chr(0x2400 + cp)
    if cp == 0x7F:
        return DEL_PICTURE
    return PLACEHOLDER


def describe(ch: str) -> dict[str, Any]:
    """Return {"char": "U+XXXX", "name": ..., "kind": ...} for a hidden character (no offset)."""
    cp = ord(ch)
    if cp < 0x20:
        name, kind = _C0_NAMES[cp], "control"
    elif cp == 0x7F:
        name, kind = "DELETE", "control"
    elif 0x80 <= cp <= 0x9F:
        name, kind = _C1_NAMES[cp - 0x80], "c1"
    elif 0xD800 <= cp <= 0xDFFF:
        name, kind = "SURROGATE", "surrogate"
    elif cp in (0x2028, 0x2029):
        name, kind = unicodedata.name(ch), "separator"
    elif ch in _BIDI:
        name, kind = unicodedata.name(ch), "bidi"
    elif 0xFDD0 <= cp <= 0xFDEF or (cp & 0xFFFF) >= 0xFFFE:
        name, kind = "NONCHARACTER", "noncharacter"
    elif unicodedata.category(ch) == "Co":
        name, kind = "PRIVATE USE", "private"
    elif ch in _BLANK_LETTERS:
        name, kind = unicodedata.name(ch), "invisible"
    else:
        name, kind = unicodedata.name(ch, "FORMAT CHARACTER"), "invisible"
    return {"char": f"U+{cp:04X}", "name": name, "kind": kind}


def sanitize(text: str) -> tuple[str, list[HiddenChar]]:
    """Return (text with every hidden character replaced by one placeholder, the replacements).

    The result has the same length as `text`; each replacement's `offset` is the index of its placeholder.
    """
    hidden: list[HiddenChar] = []
    cache: dict[str, dict[str, Any]] = {}

    def replace(i: int) -> None:
        ch = text[i]
        info = cache.get(ch)
        if info is None:
            info = cache[ch] = describe(ch)
        hidden.append(HiddenChar(offset=i, **info))

    pieces: list[str] = []
    pos = 0
    for i in iter_hidden(text):
        replace(i)
        pieces.append(text[pos:i])
        pieces.append(placeholder_for(text[i]))
        pos = i + 1
    if not hidden:
        return text, []
    pieces.append(text[pos:])
    return "".join(pieces), hidden


def clean_line(s: str, *, keep_newlines: bool = False) -> str:
    """Return `s` safe to show: hidden characters replaced as `sanitize` does, tabs as spaces.

    For one-line strings (file names, tags, error messages) a newline becomes "␊" so the string
    stays on one line; with keep_newlines=True (notes, clipboard text) CRLF and CR become "\\n".
    """
    if keep_newlines:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = s.replace("\t", " ")
    if not keep_newlines:
        s = s.replace("\n", "\u240a")
    return replace_hidden(s, placeholder_for)
