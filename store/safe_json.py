"""JSON parsing with bounds: a file that nests too deep, or holds a number no record needs, is damaged, not a crash.

Python's parser recurses once per level (a few hundred `[` raise RecursionError, or overflow a
thread's stack), turns a 5000-digit integer into a ValueError unrelated to JSON, and accepts NaN,
Infinity and 1e999, which can then never be written back. The depth is checked on the raw bytes at C
speed before the parse, the rest during it, so every caller sees one kind of error (UnsafeJSON).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_DEPTH = 48  # the deepest record quotemark writes is about 8 levels

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")


class UnsafeJSON(ValueError):
    """JSON that is not valid, or valid but outside the bounds quotemark reads; str() says why."""


def _deeper_than(brackets: bytes, depth: int) -> bool:
    """Return True when the balanced part of a bracket-only byte string nests deeper than `depth`."""
    for _ in range(depth):  # each pass removes the innermost level
        shorter = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if shorter == brackets:
            return False  # empty, or unbalanced: the parser then reports where
        brackets = shorter
    return brackets.replace(b"[]", b"").replace(b"{}", b"") != brackets


def check_bounds(raw: bytes) -> None:
    """Return when `raw` nests at most MAX_DEPTH deep; raise UnsafeJSON otherwise.

    The fast pass counts brackets inside strings too; only a file it finds deep is checked again
    with its strings removed (brackets in a note are text). A file whose strings hide its depth
    from the fast pass still cannot crash the parser (RecursionError is caught in `loads`), and
    annotation records allow no nested values beyond their declared fields (records.py).
    """
    if _deeper_than(raw.translate(None, _NOT_BRACKETS), MAX_DEPTH):
        if _deeper_than(_STRING.sub(b'""', raw).translate(None, _NOT_BRACKETS), MAX_DEPTH):
            raise UnsafeJSON(f"nested deeper than {MAX_DEPTH} levels")


def _no_constant(name: str) -> Any:
    raise UnsafeJSON(f"{name} is not a number JSON can hold")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise UnsafeJSON(f"{text} is not a finite number")
    return value


def loads(raw: bytes | str) -> Any:
    """Return the parsed JSON document; raise UnsafeJSON when it is invalid, too deep, or holds NaN, infinity or a huge integer.

    A leading UTF-8 byte order mark is ignored (editors on some systems add one).
    """
    data = raw.encode("utf-8", "surrogatepass") if isinstance(raw, str) else raw
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    check_bounds(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsafeJSON(f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except UnsafeJSON:
        raise
    except json.JSONDecodeError as exc:
        raise UnsafeJSON(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:
        raise UnsafeJSON(f"not valid JSON ({exc.__class__.__name__}: {str(exc)[:80]})") from None
