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
