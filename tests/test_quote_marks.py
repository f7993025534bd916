"""Quotation marks: which marks open and close a quotation, and which are apostrophes or nested quotes."""

from __future__ import annotations

from attribution_helpers import direct, run, spans


def test_straight_and_curly_quotes(nlp):
    text = 'Maria Lopez said, "The dam will hold."\n\nJohn Park said, \u201cThe river is rising.\u201d'
    quotes = direct(run(nlp, text)[0])
    assert [q.text for q in quotes] == ["The dam will hold.", "The river is rising."]
    assert [q.speaker for q in quotes] == ["Maria Lopez", "John Park"]


def test_nyt_doubled_apostrophes(nlp):
    text = "''We are not leaving,'' said Tom Baker, the union leader."
    quotes = direct(run(nlp, text)[0])
    assert [q.text for q in quotes] == ["We are not leaving,"]
    assert quotes[0].speaker == "Tom Baker"


def test_guillemets(nlp):
    text = "Pierre Dubois said: \u00abThe strike continues tomorrow.\u00bb"
    quotes = direct(run(nlp, text)[0])
    assert [q.text for q in quotes] == ["The strike continues tomorrow."]
    assert quotes[0].speaker == "Pierre Dubois"


def test_apostrophes_are_not_quotes():
    text = "The Workers' Party met at King's Cross, a venue popular in the '90s, and members didn't mind."
    assert spans(text) == []


def test_single_quotes_nested_inside_double():
    text = "\u201cHe told me \u2018we are done\u2019 and left,\u201d she said of the Workers' Party."
    assert spans(text) == ["He told me \u2018we are done\u2019 and left,"]


def test_british_single_quotes_with_apostrophes(nlp):
    text = "Sarah Jones, the King's adviser, said: 'The Workers' Party rose in the '90s.'"
    assert spans(text) == ["The Workers' Party rose in the '90s."]
    quotes = direct(run(nlp, text)[0])
    assert quotes[0].speaker == "Sarah Jones"


def test_unbalanced_mark_no_runaway(nlp):
    text = (
        'Ann Smith said the plan was "bold and costly.\n\n'
        "The council meets on Monday to vote on the budget.\n\n"
        'Later, Bob Green said, "It will pass."'
    )
    quotes = direct(run(nlp, text)[0])
    assert all("council" not in q.text for q in quotes)
    assert quotes[-1].text == "It will pass." and quotes[-1].speaker == "Bob Green"


def test_spaced_guillemets_are_quotation_marks():
    text = "Residents were angry. « On nous a abandonnés », said Jean Dupont, a baker."
    assert spans(text) == ["On nous a abandonnés"]


def test_single_quotes_beside_double_quotes(nlp):
    text = (
        'Mayor Ann Reid said "no". Coastguard commander Ian McLeod said his crews rescued 14 people. '
        "'It was the worst night I have seen in 20 years,' he said. 'The waves were higher than the lighthouse.'"
    )
    assert spans(text) == [
        "no",
        "It was the worst night I have seen in 20 years,",
        "The waves were higher than the lighthouse.",
    ]
    quotes, claims = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Ann Reid", "Ian McLeod", "Ian McLeod"]
    assert not any(c.text.startswith("It was the worst") and c.kind == "indirect" for c in claims)


def test_apostrophes_are_not_single_quotes_beside_double_quotes():
    text = (
        "The Workers' Party said \"no\". In the '90s the King's men sang 'em all, "
        "and the players' union said, \"We read 'Hamlet' twice.\" Headline: 'Be the voice.'"
    )
    assert spans(text) == ["no", "We read 'Hamlet' twice."]


def test_single_quotes_nested_in_double_quotes_stay_inside():
    text = "\"We read 'Hamlet' twice,\" she said. 'No,' said Tom Baird. 'Never,' he added."
    assert spans(text) == ["We read 'Hamlet' twice,", "No,", "Never,"]
