"""Outcomes of a PolNeAR run saved to a JSON-lines file and read back, so that the calibration can be
refitted and cross-fitted (`bench/attribution.py --outcomes FILE`) without running the pipeline again.

The file holds no article text: per quotation, what the attribution rested on and whether its
speaker was right. It is evaluation output; keep it outside the repository.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from bench.calibration_fit import Outcome
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.support import Support


def outcome_row(o: Outcome) -> dict[str, object]:
    """Return one outcome as a JSON-ready dict."""
    ev = o.evidence
    return {
        "confidence": o.confidence,
        "sure": o.sure,
        "right": o.right,
        "doc": o.doc,
        "group": o.group,
        "evidence": None
        if ev is None
        else {
            "route": ev.route.value,
            "kind": ev.kind.value,
            "rival": ev.rival,
            "doubts": sorted(d.value for d in ev.doubts),
            "support": ev.support.value if ev.support is not None else None,
        },
    }


def outcome_of(row: dict[str, object]) -> Outcome:
    """Return the outcome a dict of `outcome_row` describes."""
    raw = row["evidence"]
    ev = None
    if isinstance(raw, dict):
        ev = Evidence(
            Route(raw["route"]),
            SpeakerKind(raw["kind"]),
            bool(raw["rival"]),
            frozenset(Doubt(d) for d in raw["doubts"]),
            Support(raw["support"]) if raw["support"] is not None else None,
        )
    return Outcome(
        float(row["confidence"]),  # type: ignore[arg-type]
        bool(row["sure"]),
        ev,
        bool(row["right"]),
        int(row["doc"]),  # type: ignore[call-overload]
        str(row.get("group", "")),
    )


def save_outcomes(path: Path, outcomes: Iterable[Outcome]) -> None:
    """Write the outcomes to `path`, one JSON line each."""
    with path.open("w", encoding="utf-8") as fh:
        for o in outcomes:
            fh.write(json.dumps(outcome_row(o)) + "\n")


def load_outcomes(path: Path) -> list[Outcome]:
    """Return the outcomes saved in `path`."""
    with path.open(encoding="utf-8") as fh:
        return [outcome_of(json.loads(line)) for line in fh if line.strip()]
