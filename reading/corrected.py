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
from quotemark.store.correction_records import correction_of, corrections_of

__all__ = ["body_of", "correct", "correction_of", "corrections_of"]

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
