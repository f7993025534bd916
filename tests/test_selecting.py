"""Pure helpers behind visual selection and search."""

from __future__ import annotations

from quotemark.reading.selection import (
    find_all,
    sentence_end_after,
    sentence_end_before,
    word_end_after,
    word_end_before,
)

TEXT = 'He said: "We stay." Then he left. Nobody asked why.'


def test_words() -> None:
    assert TEXT[: word_end_after(TEXT, 0)] == "He"
    assert TEXT[: word_end_after(TEXT, 2)] == "He said"
    assert word_end_before(TEXT, 7, 1) == 2


def test_sentences() -> None:
    assert TEXT[: sentence_end_after(TEXT, 0)] == 'He said: "We stay."'
    end = sentence_end_after(TEXT, len('He said: "We stay."'))
    assert TEXT[:end].endswith("Then he left.")
    assert sentence_end_before(TEXT, end, 1) == len('He said: "We stay."')
    assert sentence_end_before(TEXT, 5, 1) == 1  # none inside: the floor


def test_find_all_is_case_insensitive_and_literal() -> None:
    assert find_all("A.b a.B ab", "a.b") == [(0, 3), (4, 7)]
    assert find_all("x", "") == []
