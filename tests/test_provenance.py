"""Provenance matching: the same quotation survives small copy edits; a different claim does not."""

from __future__ import annotations

import pytest

from quotemark.analysis.provenance import Occurrence, normalise, quote_keys, same_quotation

ORIGINAL = "We will never give up our nuclear deterrent, and we will build more warheads before the end of this year."


def test_normalise_folds_marks_dashes_case_and_accents() -> None:
    assert normalise("“Café—NOW,” she’s said") == ["cafe", "now", "she's", "said"]


def test_ellipsis_and_brackets_become_one_gap() -> None:
    assert normalise("we will [the party] … win ... again") == ["we", "will", "\x00", "win", "\x00", "again"]


@pytest.mark.parametrize(
    "copy",
    [
        ORIGINAL,
        f"“{ORIGINAL}”",
        ORIGINAL.upper(),
        ORIGINAL.replace(",", " —"),
        "We will never give up our nuclear deterrent … before the end of this year.",
        "We will never give up our nuclear deterrent. . . and we will build more warheads",
        "[North Korea] will never give up our nuclear deterrent, and we will build more warheads "
        "before the end of this year.",
        "We will never give up [the country's] nuclear deterrent, and we will build more warheads "
        "before the end of this year.",
        ORIGINAL.replace("build", "make"),
        ORIGINAL.replace("more ", ""),
        ORIGINAL.replace("build more", "build many more"),
        "We will never give up our nuclear deterrent",
        "and we will build more warheads before the end of this year",
        "  We   will never give up our\nnuclear deterrent,\tand we will build more warheads",
    ],
)
def test_small_edits_are_the_same_quotation(copy: str) -> None:
    assert same_quotation(ORIGINAL, copy)
    assert same_quotation(copy, ORIGINAL)
    assert quote_keys(ORIGINAL) & quote_keys(copy)


@pytest.mark.parametrize(
    "other",
    [
        "We will always give up our nuclear deterrent, and we will build more warheads before the end of this year.",
        "We will never give up our nuclear deterrent, and we will build 50 warheads before the end of this year.",
        "Our nuclear deterrent is not for sale, and the warheads we build are for defence only.",
        "They will give up their nuclear programme before the end of this year, officials said.",
        "We will build more schools and hospitals before the end of this year.",
    ],
)
def test_unrelated_similar_sentences_differ(other: str) -> None:
    assert not same_quotation(ORIGINAL, other)
    assert not same_quotation(other, ORIGINAL)


@pytest.mark.parametrize("short", ["We'll see.", "No comment.", "I think that is a very good question."])
def test_short_generic_quotes_never_link(short: str) -> None:
    assert not same_quotation(short, short)
    assert quote_keys(short) == frozenset()


def test_a_changed_word_still_shares_a_key_in_a_six_word_quote() -> None:
    base = "Pyongyang rejected every American proposal yesterday"
    for i, word in enumerate(base.split()):
        edited = base.replace(word, "zzz")
        assert quote_keys(base) & quote_keys(edited), i


def test_keys_are_case_and_mark_blind() -> None:
    assert quote_keys(ORIGINAL) == quote_keys(f"“{ORIGINAL.upper()}”")


def test_occurrence_is_a_frozen_value() -> None:
    occ = Occurrence("a1", "Title", "kcna", "2026-02-26", 3, 10, "quoted")
    with pytest.raises(AttributeError):
        occ.title = "other"  # type: ignore[misc]
