"""A person's first name tells their gender for he/she (analysis/first_names.py), and a she that
passes over a nearer person of unknown gender for a woman named further back is a guess to review."""

from __future__ import annotations

from quotemark.analysis.names import first_name_gender
from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

COURT = (
    "A driver who killed a cyclist while reading messages has been jailed for six years.\n\n"
    "Defending, Priya Nandakumar said her client was {Q}genuinely remorseful{E}.\n\n"
    "{Q}He does not ask for forgiveness,{E} she said. {Q}He knows what he has done.{E}\n\n"
    "Sentencing, Judge {JUDGE} Weatherby said the case was {Q}a stark illustration{E} of the danger.\n\n"
    "{Q}A text message can always wait,{E} she told the defendant."
)


def test_common_first_names_tell_the_gender():
    assert first_name_gender(["Caroline", "Weatherby"]) == "f"
    assert first_name_gender(["Allison", "Marsh"]) == "f"
    assert first_name_gender(["Bridget", "Halloran"]) == "f"
    assert first_name_gender(["Declan", "Walsh"]) == "m"
    assert first_name_gender(["Thorsten", "Weber"]) == "m"
    # names borne by both, or as often surnames and places, tell nothing
    for given in ("Casey", "Taylor", "Morgan", "Dana", "Warren", "Georgia", "Will"):
        assert first_name_gender([given, "Smith"]) == "", given


def test_the_judge_named_last_is_the_she_after_her(nlp):
    text = COURT.format(Q=Q, E=E, JUDGE="Caroline")
    quote = quote_starting(nlp, text, "A text message")
    assert quote.speaker == "Caroline Weatherby"


def test_a_she_passing_a_nearer_person_of_unknown_gender_is_held_for_review(nlp):
    # "Xanthe" is in no list: the she may be hers or the lawyer's; whichever is chosen, not sure
    text = COURT.format(Q=Q, E=E, JUDGE="Xanthe")
    quote = quote_starting(nlp, text, "A text message")
    assert quote.needs_review
