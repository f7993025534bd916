"""How a saved "editing" annotation encodes a reader's correction: read back as a typed `Correction`.

It lives in the store because it is the record format; reading/corrected.py (the screen, exports)
and the library index (corrected speakers across articles) both read corrections through it.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotemark.analysis.corrections import Correction
from quotemark.store.annotation import EDITING, Annotation


def correction_of(annotation: Annotation) -> Correction | None:
    """Return the correction an "editing" annotation holds, or None when it is not one or has no span."""
    target = annotation.target
    if annotation.motivation != EDITING or target is None or target.start is None or target.end is None:
        return None
    body = annotation.body
    value = body.get("value")
    return Correction(
        target.start,
        target.end,
        str(body.get("type", "")),
        None if value is None else str(value),
        _int(body.get("new_start")),
        _int(body.get("new_end")),
    )


def corrections_of(annotations: Iterable[Annotation]) -> list[Correction]:
    """Return the reader's corrections, oldest first."""
    ordered = sorted((a for a in annotations if a.motivation == EDITING), key=lambda a: a.created)
    return [c for a in ordered if (c := correction_of(a)) is not None]


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
