""" "The family of the victim, Jo Roe, said": a single name set off after a group noun and its "of"
phrase names the one the group is of, and the group speaks (analysis/group_apposition.py)."""

from __future__ import annotations

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

CRASH = (
    "HALIFAX \u2014 A 44-year-old driver was charged on Friday in a crash that killed a cyclist on "
    "the Bedford Highway in March, police said.\n\n"
    "{SUBJECT}, said in a statement that they were {Q}heartbroken{E} but relieved.\n\n"
    "{Q}Nothing will bring her back, but today is a start,{E} the statement said."
)


def test_the_family_speaks_not_the_victim_it_is_the_family_of(nlp):
    text = CRASH.format(Q=Q, E=E, SUBJECT="The family of the cyclist, 27-year-old Maren Solberg of Dartmouth")
    for start in ("heartbroken", "Nothing will bring her back"):
        quote = quote_starting(nlp, text, start)
        assert quote.speaker is not None and "Solberg" not in quote.speaker
        assert quote.speaker.lower().startswith("the family")


def test_relatives_of_a_man_are_not_the_man(nlp):
    text = CRASH.format(Q=Q, E=E, SUBJECT="Relatives of the cyclist, Tomas Berglund")
    quote = quote_starting(nlp, text, "heartbroken")
    assert quote.speaker is None or "Berglund" not in quote.speaker


def test_a_spokesman_for_the_family_is_the_name_apposed(nlp):
    text = CRASH.format(Q=Q, E=E, SUBJECT="A spokesman for the family, Peter Lindahl")
    quote = quote_starting(nlp, text, "heartbroken")
    assert quote.speaker == "Peter Lindahl"
