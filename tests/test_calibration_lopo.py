"""The calibration's fitting logic on small synthetic outcomes: the Wilson bound, the cross-fit
that leaves one publisher out, and the review threshold it chooses."""

from __future__ import annotations

from pathlib import Path

from bench.calibration_fit import Outcome, fit_tables
from bench.calibration_lopo import (
    GROUPINGS,
    Setting,
    choose_threshold,
    cross_fitted_by,
    fitted_tables,
    lopo_report,
    sure_set,
)
from bench.outcome_file import load_outcomes, save_outcomes
from quotemark.analysis.calibration import lower_bound, smoothed
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind

NAMED = Evidence(Route.SYNTAX, SpeakerKind.NAME)
RARE = Evidence(Route.SYNTAX, SpeakerKind.NAME_UNINDEXED)
OWNER = Evidence(Route.OWNER, SpeakerKind.NAME)
PUBLISHERS = ("alpha", "beta", "gamma")


def _outcomes() -> list[Outcome]:
    """Three publishers: each 40 plain named speakers (one wrong), 3 rare ones all right; only
    gamma uses the owner route, and gets it wrong half the time."""
    out: list[Outcome] = []
    for doc, group in enumerate(PUBLISHERS):
        out += [Outcome(0.0, False, NAMED, n != 0, doc, group) for n in range(40)]
        out += [Outcome(0.0, False, RARE, True, doc, group) for _ in range(3)]
    out += [Outcome(0.0, False, OWNER, n % 2 == 0, 2, "gamma") for n in range(20)]
    return out


def test_lower_bound_is_below_the_share_and_tightens_with_more_quotations() -> None:
    assert lower_bound(0.97, 20, 0.0) == 0.97
    few, many = lower_bound(0.97, 20, 1.0), lower_bound(0.97, 2000, 1.0)
    assert few < many < 0.97
    assert lower_bound(0.97, 20, 1.64) < few
    assert 0.0 <= lower_bound(1.0, 1, 2.0) < 1.0


def test_the_bound_lowers_a_class_seen_a_few_times_more_than_a_plentiful_one() -> None:
    outcomes = _outcomes()
    plain = fitted_tables(outcomes, Setting(weight=16.0, z=0.0))
    bounded = fitted_tables(outcomes, Setting(weight=16.0, z=1.0))
    key_rare, key_named = (Route.SYNTAX, SpeakerKind.NAME_UNINDEXED), (Route.SYNTAX, SpeakerKind.NAME)
    assert bounded[1][key_rare] < plain[1][key_rare]
    assert plain[1][key_named] - bounded[1][key_named] < plain[1][key_rare] - bounded[1][key_rare]
    # the means are unchanged by the bound: a finer class is still smoothed toward its parent's mean
    assert plain[0][Route.SYNTAX] == smoothed(126, 129, 0.90, 16.0)


def test_fit_tables_prints_the_bounded_shares() -> None:
    lines = fit_tables(_outcomes())
    row = next(line for line in lines if line.strip().startswith("(Route.SYNTAX, SpeakerKind.NAME_UNINDEXED):"))
    assert row.rstrip().endswith("# 9/9")
    value = float(row.split(":")[1].split(",")[0])
    assert 0.5 < value < 1.0


def test_a_route_only_one_publisher_uses_is_read_from_the_prior_when_that_publisher_is_held_out() -> None:
    setting = Setting(weight=16.0, z=0.0, root=0.90, ceiling=0.97)
    held = cross_fitted_by(_outcomes(), GROUPINGS["publisher"], setting)
    assert len(held) == len(_outcomes())
    owner = {o.confidence for o in held if o.evidence is OWNER}
    assert owner == {0.9}  # the other publishers never saw the route: its prior, not gamma's 10 of 20
    fitted_on_all = fitted_tables(_outcomes(), setting)
    assert fitted_on_all[0][Route.OWNER] < 0.9


def test_sure_set_counts_coverage_and_precision() -> None:
    outcomes = [Outcome(0.95, False, NAMED, True), Outcome(0.95, False, NAMED, False), Outcome(0.5, False, NAMED, True)]
    s = sure_set(outcomes, 0.9)
    assert (s.total, s.sure, s.wrong) == (3, 2, 1)
    assert abs(s.coverage - 2 / 3) < 1e-9 and s.precision == 0.5
    assert sure_set(outcomes, 0.99).precision == 1.0


def test_the_threshold_is_the_widest_that_keeps_every_held_out_publisher_right() -> None:
    by = GROUPINGS["publisher"]
    good = [Outcome(0.97, False, NAMED, True, 0, g) for g in PUBLISHERS for _ in range(50)]
    # a middle band right overall but wrong on one publisher: the floor keeps it to review
    middle = [Outcome(0.92, False, NAMED, True, 0, g) for g in ("alpha", "beta") for _ in range(30)]
    middle += [Outcome(0.92, False, NAMED, n % 3 == 0, 0, "gamma") for n in range(9)]
    low = [Outcome(0.86, False, NAMED, False, 0, "alpha") for _ in range(20)]
    held = good + middle + low
    assert choose_threshold(held, by, target=0.95, floor=0.5, thresholds=(0.85, 0.9, 0.95)) == 0.9
    assert choose_threshold(held, by, target=0.95, floor=0.9, thresholds=(0.85, 0.9, 0.95)) == 0.95
    assert choose_threshold(held, by, target=0.999, floor=0.9, thresholds=(0.85, 0.9, 0.95)) == 0.95
    assert choose_threshold(middle + low, by, target=0.999, floor=0.9, thresholds=(0.85, 0.9)) is None
    # same coverage at two thresholds: the higher one, which leaves a class between them to review
    assert choose_threshold(good, by, target=0.95, floor=0.9, thresholds=(0.9, 0.95)) == 0.95


def test_report_names_every_held_out_publisher() -> None:
    lines = lopo_report(_outcomes(), "publisher")
    last = "\n".join(lines[-3:])
    assert all(p in last for p in PUBLISHERS)
    assert any("chosen" in line for line in lines)


def test_outcomes_survive_a_round_trip_through_a_file(tmp_path: Path) -> None:
    doubted = Evidence(Route.REPORTED, SpeakerKind.PRONOUN_OTHER, True, frozenset({Doubt.SWITCH, Doubt.IT}))
    outcomes = [Outcome(0.93, True, doubted, False, 4, "nyt"), Outcome(0.0, False, None, True, 5, "politico")]
    path = tmp_path / "outcomes.jsonl"
    save_outcomes(path, outcomes)
    assert load_outcomes(path) == outcomes
