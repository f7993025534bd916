""" "Okafor said unions had agreed to a deal, and that Lind had then “torn it up”": a clause with its own
subject joined by "and" to a reported clause is a second thing the outer speaker said, not the inner
speech verb's words (analysis/coordinate_clauses.py)."""

from __future__ import annotations

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

STRIKE = (
    "LEEDS \u2014 The bus strike entered its second week on Monday with no talks scheduled.\n\n"
    "Regional transport chief Ruth Lind said the drivers' demands were unaffordable.\n\n"
    "Union secretary Samuel Okafor, who represents 900 drivers, said the company was to blame. He said "
    "Westgate Buses had agreed in May to a pay framework with no strike clause, {TAIL}{Q}torn it up.{E}"
)


def test_a_second_that_clause_is_the_outer_speakers(nlp):
    text = STRIKE.format(Q=Q, E=E, TAIL="and that Lind had then ")
    quote = quote_starting(nlp, text, "torn it up")
    assert quote.speaker == "Samuel Okafor"


def test_one_subject_for_both_verbs_keeps_the_inner_speech_verb(nlp):
    # "Westgate Buses had agreed ... and had then “torn it up”": the company's own act, no second clause
    text = STRIKE.format(Q=Q, E=E, TAIL="and had then ")
    quote = quote_starting(nlp, text, "torn it up")
    assert quote.speaker == "Westgate Buses"
