""" "The Republican nominee said" is never the person whose role says "the Democratic nominee",
however recently she was named (analysis/role_match.py)."""

from __future__ import annotations

from typing import Any

from tests.written_articles import quote_starting

Q, E = "\u201c", "\u201d"

DEBATE = (
    "DES MOINES, Iowa \u2014 The two candidates for governor met Tuesday night in their only debate.\n\n"
    "State Treasurer Maria Lind, the {PARTY} nominee, accused her rival of ducking the issue of farm debt.\n\n"
    "Ellen Voss, a former hospital administrator, said Lind had voted for every tax rise in a decade. "
    "Voss has promised to cut the state income tax by a third over four years.\n\n"
    "{Q}Families here know how to run a budget, even if Des Moines does not,{E} the Republican nominee said."
)


def test_the_republican_nominee_is_not_the_democratic_one(nlp: Any) -> None:
    quote = quote_starting(nlp, DEBATE.format(Q=Q, E=E, PARTY="Democratic"), "Families here know")
    assert quote.speaker != "Maria Lind"


def test_the_republican_nominee_is_the_one_whose_role_says_so(nlp: Any) -> None:
    quote = quote_starting(nlp, DEBATE.format(Q=Q, E=E, PARTY="Republican"), "Families here know")
    assert quote.speaker == "Maria Lind"


CONJOINED = (
    "DES MOINES, Iowa \u2014 The two candidates for governor met Tuesday night in their only debate.\n\n"
    "State Treasurer Maria Lind, the Democratic nominee, accused her rival of ducking the issue of farm debt.\n\n"
    "Ellen Voss, a former hospital administrator and the Republican nominee, said Lind had voted for every "
    "tax rise in a decade. Lind called that a distortion.\n\n"
    "{Q}Families here know how to run a budget, even if Des Moines does not,{E} the Republican nominee said."
)


def test_a_role_joined_to_an_apposition_by_and_is_the_persons_role_too(nlp: Any) -> None:
    quote = quote_starting(nlp, CONJOINED.format(Q=Q, E=E), "Families here know")
    assert quote.speaker == "Ellen Voss"


def test_the_republican_nominee_is_not_the_passages_democratic_subject_either(nlp: Any) -> None:
    # with no Republican named, the description is left as written rather than read as the subject
    text = (
        "DES MOINES, Iowa \u2014 Ann Roy, the Democratic nominee, spoke to farmers in Ames on Tuesday.\n\n"
        "Roy promised to cut the state income tax by a third over four years.\n\n"
        f"{Q}Families here know how to run a budget,{E} the Republican nominee said."
    )
    quote = quote_starting(nlp, text, "Families here know")
    assert quote.speaker != "Ann Roy"
    assert quote.needs_review
