"""The general rules added after the newsroom set (tests/fixtures_newsroom.py), each on a new short
article written for it that fails without the rule. The newsroom articles themselves are checked
in tests/test_newsroom.py."""

from __future__ import annotations

import pytest

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze

# (name, text, [(start of the quotation's words, expected speaker or None, expected sure or None for either)])
RULES: list[tuple[str, str, list[tuple[str, str | None, bool | None]]]] = [
    (
        "who-after-apposition",
        "The mayor answered a complaint from Lisa Grant, a nurse from Dayton, who said the clinic had "
        "\u201csimply stopped answering the phone.\u201d",
        [("simply stopped", "Lisa Grant", None)],
    ),
    (
        "apposed-name-before-subjectless-verb",
        "She repeated something the town\u2019s engineer, Paul Ortiz, told the council: \u201cThe bridge "
        "will not last another winter.\u201d",
        [("The bridge will not", "Paul Ortiz", None)],
    ),
    (
        "participle-after-comma-takes-main-subject",
        "Minister Colin Ferreira defended a plan to cut rail service, calling the criticism "
        "\u201coverblown\u201d and insisting that rural lines would be \u201cprotected, not cut.\u201d",
        [("overblown", "Colin Ferreira", None), ("protected, not cut", "Colin Ferreira", None)],
    ),
    (
        "they-opening-a-paragraph",
        "Storms knocked out power across the county on Monday, and in Ridgeford, where emergency managers "
        "said they had opened two shelters, roads were closed.\n\n"
        "They said on Tuesday that crews were working through the night. \u201cMost homes should have power "
        "by Thursday,\u201d they added.",
        [("Most homes should", "emergency managers", False)],
    ),
    (
        "you-in-an-interview-question",
        "Maria Lopez has run the Lakeside Theatre for ten years. She spoke to us before the new season. "
        "Lopez chose the plays herself, and Lopez still sells tickets at the door.\n\n"
        "Q: You once called the theatre \u201ca living room for the whole town.\u201d Why?\n\n"
        "A: Because that is what it was for me as a child.",
        [("a living room", "Maria Lopez", False)],
    ),
    (
        "you-outside-an-interview-is-no-one",
        "The letter was blunt. You told the board that the pool was \u201cperfectly safe\u201d last year.",
        [("perfectly safe", None, False)],
    ),
    (
        "indefinite-description-in-the-lead-named-later",
        "A federal judge on Friday blocked the state's new voting rules, saying they would \u201cshut "
        "thousands of eligible people out of the polls.\u201d\n\n"
        "The rules were passed in March.\n\n"
        "U.S. District Judge Karen Whitlow wrote that the state had offered no evidence of fraud.",
        [("shut thousands", "Karen Whitlow", False)],
    ),
    (
        "place-inside-a-group-is-not-the-speaker",
        "Residents in the village of Marston said the river had never risen so fast. \u201cWe lost "
        "everything on the ground floor,\u201d they said.",
        [("We lost everything", "Residents in the village of Marston", False)],
    ),
    (
        "possessive-of-a-relational-noun-is-someone-else",
        "Amara Mills founded the company in 2020. Her co-founder, Theo Mbeki, handles the logistics. "
        "\u201cWe make sure the lorries turn up,\u201d he said.",
        [("We make sure", "Theo Mbeki", None)],
    ),
    (
        "a-name-with-an-age-is-a-person",
        "The start-up now delivers to 40,000 homes. Singh, 31, said investors were sceptical at first.\n\n"
        "\u201cEvery meeting, someone asked me where the catch was,\u201d she said.",
        [("Every meeting", "Singh", None)],
    ),
    (
        "a-quotation-named-in-the-next-sentence",
        "\u201cThe river does not care about your plans.\u201d\n\n"
        "So says Tom Reilly, who has guided rafts on the Salmon River for thirty years.",
        [("The river does not care", "Tom Reilly", False)],
    ),
    (
        "that-is-how-x-describes-it",
        "\u201cWe are not a charity. We are a business that happens to do good.\u201d\n\n"
        "That is how Amara Reyes describes her food-delivery company.",
        [("We are not a charity", "Amara Reyes", False)],
    ),
]


@pytest.mark.parametrize("name,text,expected", RULES, ids=[r[0] for r in RULES])
def test_rule(nlp, name, text, expected):
    analysis = analyze(Article(text=text), nlp)
    for start, speaker, sure in expected:
        quote = next(q for q in analysis.quotes if q.text.startswith(start))
        assert quote.kind != "scare", (name, start)
        assert quote.speaker == speaker, (name, start, quote.speaker)
        if sure is not None:
            assert quote.needs_review is (not sure), (name, start, quote.confidence)
