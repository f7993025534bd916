""" "Sen. Maria Quist of Oregon ... “…,” the Oregon Democrat said": a place-and-party description is
the one person named with "of" that place, or the passage's person; a guess to review
(analysis/place_people.py)."""

from __future__ import annotations

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

WATER = (
    "WASHINGTON \u2014 A bill to fund rural water systems stalled in the Senate on Wednesday.\n\n"
    "Two Democrats, Sens. Maria Quist of {PLACE_A} and Tom Beale of {PLACE_B}, said they had not decided "
    "how to vote.\n\n"
    "Quist said she had spoken with Agriculture Secretary Dennis Harlow about the bill. {Q}He listened, "
    "and I listened,{E} the Oregon Democrat said. {Q}We are not there yet.{E}"
)


def test_the_oregon_democrat_is_the_one_named_of_oregon(nlp):
    quote = quote_starting(nlp, WATER.format(Q=Q, E=E, PLACE_A="Oregon", PLACE_B="Idaho"), "He listened")
    assert quote.speaker == "Maria Quist"
    assert quote.needs_review


def test_two_people_of_the_place_leave_the_description(nlp):
    quote = quote_starting(nlp, WATER.format(Q=Q, E=E, PLACE_A="Oregon", PLACE_B="Oregon"), "He listened")
    assert quote.speaker not in ("Maria Quist", "Tom Beale", "Dennis Harlow")


TOWN_HALL = (
    "Sen. Ada Lindqvist held a town hall in rural Ohio on Monday, where the Vermont independent was pressed "
    "on her plan for free college.\n\n"
    "A farmer asked why the party had stopped visiting towns like his.\n\n"
    "Lindqvist said she agreed. {Q}You are right, and I have said so for years,{E} the Vermont independent "
    "replied."
)


def test_the_vermont_independent_is_the_passage_person(nlp):
    quote = quote_starting(nlp, TOWN_HALL.format(Q=Q, E=E), "You are right")
    assert quote.speaker == "Ada Lindqvist"
    assert quote.needs_review
