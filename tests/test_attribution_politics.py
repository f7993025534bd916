"""Attribution patterns of US political news that newsroom set e (tests/fixtures_newsroom_e.py)
showed, each on a short fictional article written for the test (not set e's text)."""

from __future__ import annotations

import pytest

from quotemark.analysis.pipeline import load_nlp
from tests.written_articles import quote_starting


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


_quote = quote_starting


def test_a_capitalised_title_standing_alone_is_the_person_who_holds_it(nlp):
    # older New York Times style writes "the Governor", "the Mayor" with a capital: the person the
    # article named with that title, never a speaker called "Governor"
    text = (
        "TRENTON, May 2 \u2014 Gov. Helen Marsh today signed a bill closing three state prisons, over "
        "the objections of the Senate President, Carl Ostrowski.\n\n"
        "''This is the end of an era of waste,'' the Governor told reporters at the State House. "
        "''We will spend the money on schools.''\n\n"
        "Mr. Ostrowski said he would hold hearings."
    )
    first = _quote(nlp, text, "This is the end")
    assert first.speaker == "Helen Marsh"
    assert _quote(nlp, text, "We will spend").speaker == "Helen Marsh"


def test_a_capitalised_party_member_is_a_description_not_a_name(nlp):
    # "the Ohio Democrat" describes someone; "Democrat" is not who spoke, and a guess is flagged
    text = (
        "Two senators clashed over the farm bill on Tuesday.\n\n"
        '"This bill is a giveaway to agribusiness," the Ohio Democrat told reporters.'
    )
    quote = _quote(nlp, text, "This bill is")
    assert quote.speaker != "Democrat"
    assert quote.needs_review


def test_a_title_with_a_name_is_still_the_name(nlp):
    # the rule is for a title standing alone: a title before a name, or a name set off after it,
    # is the name as before
    text = (
        "''We have the votes,'' Governor Ames said on Monday.\n\n"
        "''The bill is dead,'' the Speaker, Ruth Calloway, said."
    )
    assert _quote(nlp, text, "We have the votes").speaker == "Ames"
    assert _quote(nlp, text, "The bill is dead").speaker == "Ruth Calloway"
