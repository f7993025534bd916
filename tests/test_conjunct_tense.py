""" "Ruiz said the council would act and called the plan “…”": a past-tense verb the parse joined to a
modal clause goes with the speech verb reporting that clause (analysis/conjunct_tense.py)."""

from __future__ import annotations

from quotemark.analysis.conjunct_tense import reporting_partner
from quotemark.analysis.cues import is_cue
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


def _partner(nlp, sentence: str) -> str | None:
    doc = nlp(sentence)
    called = next(t for t in doc if t.lower_ == "called")
    found = reporting_partner(called, is_cue)
    return None if found is None else found.text


def test_a_finite_verb_with_its_own_subject_between_is_not_skipped(nlp):
    # "said the Council wanted to act and called it": the Council may be the one who called it
    assert _partner(nlp, "Ferreira said the Council would act and called the code a relic.") == "said"
    assert _partner(nlp, "Ferreira said the Council wanted to act and called the code a relic.") is None
