"""The one place where the reader's corrections meet the machine's analysis.

Saved "editing" annotations become typed `Correction` records and back; `correct` applies them.
Everything that shows or exports the analysis (screen, summary, exports, CLI) reads its result.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from quotemark.analysis.corrections import Corrected, Correction, apply_corrections
from quotemark.analysis.model import Analysis
from quotemark.store import Annotation

# The types whose body carries a value even when it is None ("speaker": nobody said it).
_VALUED = frozenset({"label", "speaker", "confirm", "add_entity", "add_quote", "merge"})


def body_of(correction: Correction) -> dict[str, Any]:
    """Return the annotation body that stores `correction` (its span is the annotation's target)."""
    body: dict[str, Any] = {"type": correction.type}
    if correction.type in _VALUED:
        body["value"] = correction.value
    if correction.type == "bounds":
        body["new_start"], body["new_end"] = correction.new_start, correction.new_end
    return body


def correction_of(annotation: Annotation) -> Correction | None:
    """Return the correction an "editing" annotation holds, or None when it is not one or has no span."""
    target = annotation.target
    if annotation.motivation != "editing" or target is None or target.start is None or target.end is None:
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
    ordered = sorted((a for a in annotations if a.motivation == "editing"), key=lambda a: a.created)
    return [c for a in ordered if (c := correction_of(a)) is not None]


def correct(machine: Analysis, text: str, annotations: Iterable[Annotation]) -> Corrected:
    """Return the machine's analysis with the reader's corrections applied, and the spans they touched."""
    return apply_corrections(machine, text, corrections_of(annotations))


class CorrectedMemo:
    """One article's corrected analysis, kept until the machine's analysis or the corrections change."""

    def __init__(self) -> None:
        self._machine: Analysis | None = None
        self._annotations: tuple[Annotation, ...] | None = None
        self._corrections: tuple[Correction, ...] = ()
        self._result: Corrected | None = None

    def of(self, machine: Analysis, text: str, annotations: tuple[Annotation, ...]) -> Corrected:
        """Return `machine` with the corrections among `annotations` applied (the last result when neither changed)."""
        # Compared by identity, not id(): a new analysis may reuse a freed one's address. The
        # annotator replaces its tuple on every change, so corrections are re-read only then, and
        # the analysis recomputed only when they differ (a tag changes no correction).
        if self._result is not None and self._machine is machine and self._annotations is annotations:
            return self._result
        corrections, self._annotations = tuple(corrections_of(annotations)), annotations
        if self._result is None or self._machine is not machine or self._corrections != corrections:
            self._result = apply_corrections(machine, text, corrections)
            self._machine, self._corrections = machine, corrections
        return self._result


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
