""" "Ruiz said the council would act and called the plan “…”": a past-tense verb the parse joined to a
modal clause goes with the speech verb reporting that clause (analysis/conjunct_tense.py)."""

from __future__ import annotations

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

HOUSING = (
    "The mayor's office stepped up its campaign for the housing levy on Tuesday.\n\n"
    "In a statement, deputy mayor Lucia Ferreira said the mayor was {Q}certain{E} the Council {VERBS} "
    "the old zoning code {Q}a relic of another century.{E}"
)


def test_past_conjunct_of_a_modal_clause_is_the_reporters(nlp):
    text = HOUSING.format(Q=Q, E=E, VERBS="would act and called")
    quote = quote_starting(nlp, text, "a relic of another century")
    assert quote.speaker == "Lucia Ferreira"


def test_a_conjunct_of_the_same_form_keeps_the_parse_reading(nlp):
    text = HOUSING.format(Q=Q, E=E, VERBS="would act and would call")
    quote = quote_starting(nlp, text, "a relic of another century")
    assert quote.speaker != "Lucia Ferreira"
