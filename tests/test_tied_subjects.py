"""Two women (or two men) who are equally the subject of the sentence before a "she said" ("Ana Ruiz
and Maria Lopez argued") leave the pronoun's speaker a guess to review; one of them the main
clause's subject and the other a subordinate's is the clear case still (analysis/salience.py)."""

from __future__ import annotations

from typing import Any

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"


def test_a_she_after_two_women_who_are_both_the_subject_is_held_for_review(nlp: Any) -> None:
    text = (
        "The harbour board met on Thursday. Rosa Quintero and Elena Vargas clashed over the dredging budget.\n\n"
        f"{Q}We cannot dredge on promises,{E} she said."
    )
    quote = quote_starting(nlp, text, "We cannot dredge")
    assert quote.speaker in ("Rosa Quintero", "Elena Vargas")
    assert quote.needs_review


def test_a_she_after_a_main_clause_subject_and_a_subordinate_one_is_the_main_subjects(nlp: Any) -> None:
    text = (
        "The harbour board met on Thursday. Rosa Quintero took the chair after Elena Vargas resigned.\n\n"
        f"{Q}We cannot dredge on promises,{E} she said."
    )
    quote = quote_starting(nlp, text, "We cannot dredge")
    assert quote.speaker == "Rosa Quintero"
    assert not quote.needs_review
