"""Provenance matching: the same quotation survives small copy edits; a different claim does not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotemark.analysis.provenance import BRACKET, ELLIPSIS, Occurrence, normalise, quote_keys, same_quotation

ORIGINAL = "We will never give up our nuclear deterrent, and we will build more warheads before the end of this year."


def test_normalise_folds_marks_dashes_case_and_accents() -> None:
    assert normalise("“Café—NOW,” she’s said") == ["cafe", "now", "she's", "said"]


def test_ellipsis_and_brackets_become_gap_tokens() -> None:
    assert normalise("we will [the party] … win ... again") == [
        "we",
        "will",
        BRACKET,
        ELLIPSIS,
        "win",
        ELLIPSIS,
        "again",
    ]


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


WORDS = st.text(alphabet="bcdfghjklmprstvwz", min_size=5, max_size=9)


def _edits(words: list[str], i: int, new: str) -> list[list[str]]:
    return [
        [*words[:i], new, *words[i + 1 :]],  # changed
        [*words[:i], new, *words[i:]],  # added
        [*words[:i], *words[i + 1 :]],  # dropped
    ]


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, min_size=9, max_size=30, unique=True), st.data())
def test_one_word_edit_still_shares_a_key(words: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    new = data.draw(WORDS.filter(lambda w: w not in words))
    base = " ".join(words)
    for edited in _edits(words, i, new):
        assert quote_keys(base) & quote_keys(" ".join(edited))


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, min_size=10, max_size=30, unique=True), st.data())
def test_one_word_edit_is_the_same_quotation(words: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    new = data.draw(WORDS.filter(lambda w: w not in words))
    for edited in _edits(words, i, new):
        assert same_quotation(" ".join(words), " ".join(edited))


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, min_size=10, max_size=30, unique=True), st.data())
def test_a_long_enough_piece_is_the_same_quotation(words: list[str], data: st.DataObject) -> None:
    size = data.draw(st.integers(8, len(words)))
    start = data.draw(st.integers(0, len(words) - size))
    piece = " ".join(words[start : start + size])
    assert same_quotation(" ".join(words), piece)
    assert same_quotation(" ".join(words), f"... {piece} ...")


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, min_size=10, max_size=20, unique=True), st.lists(WORDS, min_size=10, max_size=20, unique=True))
def test_different_words_are_different_quotations(a: list[str], b: list[str]) -> None:
    if len(set(a) & set(b)) <= 2:
        assert not same_quotation(" ".join(a), " ".join(b))


def test_a_mid_quote_negation_or_number_is_a_different_claim() -> None:
    base = "The ministry will approve the northern pipeline before the regional elections next spring"
    assert not same_quotation(base, base.replace("will", "will not"))
    assert not same_quotation(base, base.replace("will approve", "will never approve"))
    assert not same_quotation(base, base.replace("next spring", "in 2027"))
    assert same_quotation(base, base.replace("will", "would"))


def test_an_ellipsis_with_nothing_said_on_either_side_links_nothing() -> None:
    original = "My office can close the neglected nuclear programme by the end of next year, and the first results are already visible"
    other = (
        "My office must review the customs union whatever the auditors say, and the first results are already visible"
    )
    fragment = "My office can ... and the first results are already visible"
    assert same_quotation(
        original, "My office can close the neglected nuclear programme ... the first results are already visible"
    )
    assert not same_quotation(other, fragment)


def test_a_bracket_stands_for_a_few_words_only() -> None:
    original = "We will never abandon the fishermen of the northern coast, whatever Brussels decides this winter"
    assert same_quotation(
        original, "[The government] will never abandon the fishermen of the northern coast, whatever Brussels decides"
    )
    assert same_quotation(
        original, "We will never abandon the fishermen [of Galway] of the northern coast, whatever Brussels decides"
    )
    assert not same_quotation(
        original, "We will [always] abandon the fishermen of the northern coast, whatever Brussels decides"
    )


def test_keys_are_case_and_mark_blind() -> None:
    assert quote_keys(ORIGINAL) == quote_keys(f"“{ORIGINAL.upper()}”")


def test_occurrence_is_a_frozen_value() -> None:
    occ = Occurrence("a1", "Title", "kcna", "2026-02-26", 3, 10, "quoted")
    with pytest.raises(AttributeError):
        occ.title = "other"  # type: ignore[misc]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
def test_any_text_is_handled_and_the_answer_is_symmetric(a: str, b: str) -> None:
    assert same_quotation(a, b) == same_quotation(b, a)
    assert isinstance(quote_keys(a), frozenset)


@settings(max_examples=30, deadline=None)
@given(st.lists(WORDS, min_size=10, max_size=20, unique=True), st.data())
def test_equal_length_edits_are_symmetric(words: list[str], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(words) - 1))
    new = data.draw(WORDS.filter(lambda w: w not in words))
    a, b = " ".join(words), " ".join([*words[:i], new, *words[i + 1 :]])
    assert same_quotation(a, b) == same_quotation(b, a) is True
