"""Calibration of attribution confidence: the table by confidence band, and fitting the tables on dev.

Used by bench/attribution.py (`--fit`, `--crossfit`); kept apart so each file reads as one job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quotemark.analysis.calibration import (
    BOUND_Z,
    CEILING,
    DOUBT_PRIOR,
    PRIOR_WEIGHT,
    ROUTE_PRIOR,
    lookup,
    lower_bound,
    smoothed,
)
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.review import REVIEW_THRESHOLD
from quotemark.analysis.support import Support

BANDS = (0.0, 0.5, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 1.01)


@dataclass
class Outcome:
    """One of our quotations matched to a scorable gold one: what we said and whether it was right."""

    confidence: float
    sure: bool
    evidence: Evidence | None
    right: bool
    doc: int = 0  # the document's line in the file read, for the cross-fit by halves
    group: str = ""  # the document's publisher (its id's first part), for the cross-fit by publisher


def calibration_report(outcomes: list[Outcome], nominal_named: int) -> list[str]:
    """Return the lines of the calibration table and the sure set's coverage and accuracy."""
    lines = [
        f"calibration (our quotations matched to a scorable gold quote; {nominal_named} where the gold keeps "
        f"a nominal and we gave a name left out):",
        f"{'confidence':>14}{'quotes':>8}{'mean conf':>11}{'right':>8}",
    ]
    for lo, hi in zip(BANDS, BANDS[1:]):
        band = [o for o in outcomes if lo <= o.confidence < hi]
        if band:
            mean = sum(o.confidence for o in band) / len(band)
            acc = sum(o.right for o in band) / len(band)
            lines.append(f"{f'[{lo:.2f}, {min(hi, 1.0):.2f})':>14}{len(band):>8}{mean:>11.3f}{acc:>8.3f}")
    sure = [o for o in outcomes if o.sure]
    n = len(outcomes)
    acc = sum(o.right for o in sure) / len(sure) if sure else 0.0
    cov = len(sure) / n if n else 0.0
    brier = sum((o.confidence - o.right) ** 2 for o in outcomes) / n if n else 0.0
    lines.append(
        f"sure set (needs_review False, threshold {REVIEW_THRESHOLD}): {len(sure)} of {n} quotations, "
        f"coverage {cov:.3f}, speaker right {acc:.3f}; Brier score {brier:.4f}"
    )
    lines.extend(doubt_report(outcomes))
    for t in (0.85, 0.9, 0.93, 0.95, 0.97):
        at = [o for o in outcomes if o.evidence is not None and o.confidence >= t]
        right = sum(o.right for o in at) / len(at) if at else 0.0
        lines.append(f"  at threshold {t:.2f}: coverage {len(at) / n if n else 0.0:.3f}, speaker right {right:.3f}")
    return lines


def doubt_report(outcomes: list[Outcome]) -> list[str]:
    """Return one line per doubt (analysis/doubts.py) and per support (analysis/support.py): quotations
    showing it, share right, how many sure."""
    lines = []
    for d in Doubt:
        os = [o for o in outcomes if o.evidence is not None and d in o.evidence.doubts]
        if os:
            right = sum(o.right for o in os)
            lines.append(
                f"  doubt {d.value:>16}: {len(os):>4} quotations, {right} right ({right / len(os):.3f}), "
                f"{sum(o.sure for o in os)} sure"
            )
    for sign in Support:
        os = [o for o in outcomes if o.evidence is not None and o.evidence.support is sign]
        if os:
            right = sum(o.right for o in os)
            lines.append(
                f"  support {sign.value:>14}: {len(os):>4} quotations, {right} right ({right / len(os):.3f}), "
                f"{sum(o.sure for o in os)} sure"
            )
    doubted = [o for o in outcomes if o.evidence is not None and o.evidence.doubts]
    if doubted:
        right = sum(o.right for o in doubted)
        lines.append(f"  any doubt: {len(doubted)} quotations, {right} right ({right / len(doubted):.3f})")
    return lines


def fit_levels(
    outcomes: list[Outcome], weight: float = PRIOR_WEIGHT, root: float = ROUTE_PRIOR, doubt_root: float = DOUBT_PRIOR
) -> tuple[float, list[dict[Any, list[Outcome]]], list[dict[Any, float]]]:
    """Return the overall share right, the outcomes per key at each level and the smoothed shares
    (routes smoothed toward `root`, each finer class toward its parent; the fourth level, per doubt,
    toward `doubt_root`; the fifth, per (route, kind, rival, support), toward its (route, kind, rival)
    class, kept only for classes where some quotation shows a support; the sixth, per (doubt, speaker
    kind), toward `doubt_root` too). A doubted quotation is never surer than its doubt's share with
    its speaker kind: a doubt can mean little for one kind of speaker and much for another."""
    counted = [o for o in outcomes if o.evidence is not None]
    overall = sum(o.right for o in counted) / len(counted) if counted else 0.9
    levels: list[dict[Any, list[Outcome]]] = [{}, {}, {}, {}, {}, {}]
    for o in counted:
        ev = o.evidence
        assert ev is not None
        for doubt in ev.doubts:
            levels[3].setdefault(doubt, []).append(o)
            levels[5].setdefault((doubt, ev.kind), []).append(o)
        for level, key in zip(levels, (ev.route, (ev.route, ev.kind), (ev.route, ev.kind, ev.rival))):
            level.setdefault(key, []).append(o)
        levels[4].setdefault((ev.route, ev.kind, ev.rival, ev.support), []).append(o)
    supported = {key[:3] for key in levels[4] if key[3] is not None}
    levels[4] = {key: os for key, os in levels[4].items() if key[:3] in supported}
    fitted: list[dict[Any, float]] = [{}, {}, {}, {}, {}, {}]
    for n, level in enumerate(levels):
        for key, os in level.items():
            if n == 0:
                prior = root
            elif n == 3:
                prior = doubt_root
            elif n == 4:
                prior = fitted[2][key[:3]]
            elif n == 5:
                # toward the doubt's root, not its share: that share was read from these same
                # quotations, and counting them twice made 10 of 10 look sure (0.943) where half of
                # dev alone could not confirm it
                prior = doubt_root
            else:
                prior = fitted[n - 1][key[:n] if n > 1 else key[0]]
            fitted[n][key] = smoothed(sum(o.right for o in os), len(os), prior, weight)
    return overall, levels, fitted


def cross_fitted(
    outcomes: list[Outcome], weight: float, ceiling: float, root: float = ROUTE_PRIOR, doubt_root: float = DOUBT_PRIOR
) -> list[Outcome]:
    """Return the outcomes with each confidence refitted on the other half of the documents (by line parity)."""
    out: list[Outcome] = []
    for parity in (0, 1):
        _overall, _levels, fitted = fit_levels([o for o in outcomes if o.doc % 2 != parity], weight, root, doubt_root)
        tables = (fitted[0], fitted[1], fitted[2])
        for o in outcomes:
            if o.doc % 2 == parity:
                conf = (
                    0.0
                    if o.evidence is None
                    else lookup(o.evidence, tables, root, ceiling, fitted[3], doubt_root, fitted[4], fitted[5])
                )
                out.append(
                    Outcome(conf, o.evidence is not None and conf >= REVIEW_THRESHOLD, o.evidence, o.right, o.doc)
                )
    return out


def crossfit_report(outcomes: list[Outcome]) -> list[str]:
    """Return lines comparing prior weights and route priors by cross-fitted Brier score and sure sets."""
    lines = [
        f"cross-fit (tables fitted on one half of the documents, confidence read on the other; ceiling {CEILING}):"
    ]
    for weight in (4.0, 8.0, 16.0, 32.0, 64.0):
        for root in (0.96, 0.93, 0.90, 0.85, 0.80):
            cf = cross_fitted(outcomes, weight, CEILING, root)
            n = len(cf)
            brier = sum((o.confidence - o.right) ** 2 for o in cf) / n if n else 0.0
            top = [o for o in cf if o.confidence >= 0.95]
            top_mean = sum(o.confidence for o in top) / len(top) if top else 0.0
            top_right = sum(o.right for o in top) / len(top) if top else 0.0
            sets = []
            for t in (0.9, 0.92, 0.93, 0.94, 0.95, 0.96):
                at = [o for o in cf if o.evidence is not None and o.confidence >= t]
                right = sum(o.right for o in at) / len(at) if at else 0.0
                sets.append(f"{t:.2f}: {len(at) / n if n else 0.0:.3f}/{right:.3f}")
            lines.append(
                f"  weight {weight:>4.0f} route prior {root:.2f}: Brier {brier:.4f}; >= 0.95 band {len(top)} "
                f"given {top_mean:.3f} right {top_right:.3f}; coverage/right at " + ", ".join(sets)
            )
    for doubt_root in (0.97, 0.95, 0.93, 0.90, 0.85):
        cf = cross_fitted(outcomes, PRIOR_WEIGHT, CEILING, ROUTE_PRIOR, doubt_root)
        n = len(cf)
        brier = sum((o.confidence - o.right) ** 2 for o in cf) / n if n else 0.0
        sets = []
        for t in (0.9, 0.92, 0.93, 0.94, 0.95, 0.96):
            at = [o for o in cf if o.evidence is not None and o.confidence >= t]
            right = sum(o.right for o in at) / len(at) if at else 0.0
            sets.append(f"{t:.2f}: {len(at) / n if n else 0.0:.3f}/{right:.3f}")
        lines.append(f"  doubt prior {doubt_root:.2f}: Brier {brier:.4f}; coverage/right at " + ", ".join(sets))
    lines.append(
        f"cross-fitted with this version's prior weight {PRIOR_WEIGHT:.0f}, route prior {ROUTE_PRIOR} "
        f"and ceiling {CEILING}:"
    )
    lines.extend(calibration_report(cross_fitted(outcomes, PRIOR_WEIGHT, CEILING), 0)[1:])
    return lines


def fit_tables(outcomes: list[Outcome]) -> list[str]:
    """Return Python source for analysis/calibration.py's fitted tables, from these outcomes: each
    class's smoothed share lowered to its Wilson bound (`BOUND_Z`) over its quotations and prior."""
    overall, levels, means = fit_levels(outcomes)
    fitted = [
        {key: lower_bound(share, len(level[key]) + PRIOR_WEIGHT, BOUND_Z) for key, share in table.items()}
        for level, table in zip(levels, means)
    ]

    def name(key: Any) -> str:
        parts = key if isinstance(key, tuple) else (key,)
        out = []
        for part in parts:
            out.append(
                f"Route.{part.name}"
                if isinstance(part, Route)
                else f"SpeakerKind.{part.name}"
                if isinstance(part, SpeakerKind)
                else f"Doubt.{part.name}"
                if isinstance(part, Doubt)
                else f"Support.{part.name}"
                if isinstance(part, Support)
                else repr(part)
            )
        return out[0] if len(out) == 1 else "(" + ", ".join(out) + ")"

    lines = [f"OVERALL = {overall:.3f}"]
    headers = (
        "BY_ROUTE: dict[Route, float] = {",
        "BY_KIND: dict[tuple[Route, SpeakerKind], float] = {",
        "BY_EVIDENCE: dict[tuple[Route, SpeakerKind, bool], float] = {",
        "BY_DOUBT: dict[Doubt, float] = {",
        "BY_SUPPORT: dict[tuple[Route, SpeakerKind, bool, Support | None], float] = {",
        "BY_DOUBT_KIND: dict[tuple[Doubt, SpeakerKind], float] = {",
    )
    for header, level, fit in zip(headers, levels, fitted):
        lines.append(header)
        for key in sorted(level, key=lambda k: name(k)):
            os = level[key]
            lines.append(f"    {name(key)}: {fit[key]:.3f},  # {sum(o.right for o in os)}/{len(os)}")
        lines.append("}")
    return lines
