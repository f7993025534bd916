"""Text the command line prints outside the app: nothing from a file or a file name may drive the terminal."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from typing import Any

# Bidi controls, zero-width and other format characters (Cf), line/paragraph separators, and
# surrogates: JSON allows them raw, a terminal or an editor then reorders or hides text.
_UNSAFE_IN_JSON = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def clean_line(line: str) -> str:
    """Return `line` with every control and invisible character shown as a \\x or \\u escape, on one line."""
    return "".join(
        ch
        if ch.isprintable() and unicodedata.category(ch) != "Cf"
        else f"\\x{ord(ch):02x}"
        if ord(ch) < 256
        else f"\\u{ord(ch):04x}"
        for ch in line
    )


def show_path(path: str | os.PathLike[str]) -> str:
    """Return a file name fit to print: undecodable bytes as \\x escapes, controls made visible."""
    return clean_line(os.fsdecode(path).encode("utf-8", "backslashreplace").decode("utf-8"))


def json_dumps(data: Any, indent: int | None = None) -> str:
    """Return JSON whose text is valid UTF-8 and carries no raw bidi, format, C1 or separator character (they are \\u escapes)."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", out)
