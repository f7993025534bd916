"""He/she speakers and cue-less quotation paragraphs go to the person the passage is about (issue 11,
patterns 1 and 5), on short articles written for the test (tests/fixtures_pronoun_topics.py, written
before quotemark was run on them), and each rule does not fire where it should not."""

from __future__ import annotations

import pytest

from bench.attribution import same_speaker
from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze
from quotemark.analysis.salience import misread_subject
from tests.fixtures_pronoun_topics import ARTICLES_PRONOUNS, ARTICLES_PRONOUNS_2
from tests.written_articles import quote_starting

# Two women in play, the nearer one the subject ("Carter ... had urged her to close it. '…,' she told
# MPs"): the topic of the paragraph is the other one, which only the quotation's content tells.
# Still given to the nearer subject; it must be held for review.
_HELD = {("uk-home-secretary-asylum-centre", "I will not make promises")}

# Set q's "Alderman Teresa Munoz", read as a person "Alderman" and a place "Munoz", is no longer a
# miss: a title tagged apart from the name is the role (analysis/titled_names.py).
_KNOWN_MISSES: set[tuple[str, str]] = set()
_ALL = ARTICLES_PRONOUNS + ARTICLES_PRONOUNS_2
_CASES = [
    (name, text, words, speaker)
    for name, text, expected in _ALL
    for words, speaker in expected
    if (name, words) not in _HELD | _KNOWN_MISSES
]


@pytest.mark.parametrize(("name", "text", "words", "speaker"), _CASES, ids=[f"{c[0]}:{c[2]}" for c in _CASES])
def test_written_article_speaker(nlp, name, text, words, speaker):
    quote = quote_starting(nlp, text, words)
    assert same_speaker(quote.speaker, speaker), (quote.speaker, speaker)


def test_two_women_in_play_is_held_for_review(nlp):
    name, words = next(iter(_HELD))
    text = next(t for n, t, _ in ARTICLES_PRONOUNS if n == name)
    quote = quote_starting(nlp, text, words)
    assert quote.needs_review


def test_written_articles_sure_set_is_right(nlp):
    # every quotation left sure is right: a wrong one would be copied unchecked
    for name, text, expected in _ALL:
        analysis = analyze(Article(text=text), nlp)
        for words, speaker in expected:
            quote = next(q for q in analysis.quotes if q.text.startswith(words))
            if not quote.needs_review:
                assert same_speaker(quote.speaker, speaker), (name, words, quote.speaker)


def test_a_pronoun_chain_keeps_the_topic_past_a_name_in_passing(nlp):
    # the first "she" stands for Ashby; the woman named in a subordinate clause of that sentence
    # (Grant) and the man named in the next are not who the passage is about
    text = (
        "Margaret Ashby joined the school in 1997.\n\n"
        "She took over as head in 2009 after Mrs Grant retired. Inspectors rated the school outstanding "
        "three years later, and the minister, Michael Gove, sent a letter. 'I still have it,' she said."
    )
    quote = quote_starting(nlp, text, "I still have it")
    assert quote.speaker == "Margaret Ashby"


def test_a_new_subject_in_the_sentence_before_still_takes_the_pronoun(nlp):
    # the chain does not override a named subject nearer than it: Okafor, not Adler
    text = (
        "Mayor Ruth Adler opened the meeting on Tuesday. She thanked the volunteers. "
        "Councillor Jane Okafor then presented the budget. "
        "\u201cWe have cut nothing that matters,\u201d she said."
    )
    quote = quote_starting(nlp, text, "We have cut")
    assert quote.speaker == "Jane Okafor"


def test_the_main_clause_subject_outranks_a_subordinate_one(nlp):
    # "after Mrs Grant retired" comes first in the text but is a clause of "she took over"
    text = (
        "Margaret Ashby has taught at the school since 1997. After Mrs Helen Grant retired in 2009, "
        "Mrs Ashby took over as head. 'It was a big step,' she said."
    )
    quote = quote_starting(nlp, text, "It was a big step")
    assert quote.speaker == "Margaret Ashby"


def test_someone_who_declined_to_comment_is_not_the_next_quotations_speaker(nlp):
    text = (
        "Chief executive Laura Mendes said finance chief Omar Reddy would leave in March.\n\n"
        "She said the search for his replacement would begin immediately. Reddy declined to comment.\n\n"
        "\u201cWe want someone in place by the summer.\u201d"
    )
    quote = quote_starting(nlp, text, "We want someone")
    assert quote.speaker == "Laura Mendes"


def test_someone_who_spoke_in_the_sentence_before_is_the_next_quotations_speaker(nlp):
    # the same paragraph with a speech verb that is not negated: Reddy's words go on
    text = (
        "Chief executive Laura Mendes said finance chief Omar Reddy would leave in March.\n\n"
        "She said the search for his replacement would begin immediately. Reddy told analysts he was "
        "proud of the team.\n\n"
        "\u201cWe want someone in place by the summer.\u201d"
    )
    quote = quote_starting(nlp, text, "We want someone")
    assert quote.speaker == "Omar Reddy"


def test_a_quoting_paragraph_ending_on_someone_new_hands_them_the_next_quotation(nlp):
    text = (
        "\u201cWe have to be better than this,\u201d coach Dana Reyes said. Her assistant, Paul Ng, defended "
        "the decision to rest three starters.\n\n"
        "\u201cWe needed fresh legs, and I stand by that.\u201d"
    )
    quote = quote_starting(nlp, text, "We needed fresh legs")
    assert quote.speaker == "Paul Ng"
    assert quote.needs_review  # a cue-less quotation is a guess to review


def test_a_quoting_paragraph_ending_on_someone_named_before_does_not(nlp):
    # Ng was introduced earlier: the last sentence only mentions him again; Reyes goes on
    text = (
        "Coach Dana Reyes rested three starters on Saturday, a call her assistant, Paul Ng, had urged.\n\n"
        "\u201cWe have to be better than this,\u201d Reyes said. Ng watched from the bench.\n\n"
        "\u201cNobody is guaranteed a place next week.\u201d"
    )
    quote = quote_starting(nlp, text, "Nobody is guaranteed")
    assert quote.speaker == "Dana Reyes"


def test_a_surname_read_as_a_compound_of_its_verb_is_its_subject(nlp):
    assert misread_subject(nlp("Voss credits the campaign with saving the shop.")[0])
    doc = nlp("The Voss family credits the campaign with saving the shop.")
    assert not any(misread_subject(t) for t in doc)


def test_a_name_beside_a_subject_is_a_second_antecedent(nlp):
    # "the then minister, Jordan Blake, sent": Blake is that sentence's subject, of unknown gender;
    # the "she" goes past Blake to Ashby, a guess held for review
    text = (
        "Margaret Ashby became head of the school in 2009. Three years later the then minister, Jordan "
        "Blake, sent a letter of congratulation. 'I still have it in a drawer,' she said."
    )
    quote = quote_starting(nlp, text, "I still have it")
    assert quote.speaker == "Margaret Ashby"
    assert quote.needs_review


def test_a_name_beside_an_object_is_no_second_antecedent(nlp):
    # the same minister named beside the object of a preposition: not a subject, gender unknown,
    # so not in play for the "she", which is Ashby's and sure
    text = (
        "Margaret Ashby became head of the school in 2009. Three years later the school won an award "
        "from the then minister, Jordan Blake. 'I still have the certificate in a drawer,' she said."
    )
    quote = quote_starting(nlp, text, "I still have the certificate")
    assert quote.speaker == "Margaret Ashby"
    assert not quote.needs_review


def test_a_relation_spoken_of_in_the_first_person_is_not_the_speaker(nlp):
    # "Reed's son, Michael" is the subject before the "he", but "my son" is his father speaking
    text = (
        "Senator Paul Reed spoke to reporters on Monday. Reed's son, Michael, was arrested last week in "
        "Denver. \u201cI love my son, but he has to face this,\u201d he said."
    )
    quote = quote_starting(nlp, text, "I love my son")
    assert quote.speaker == "Paul Reed"
    assert quote.needs_review


def test_a_relation_speaking_of_another_relation_keeps_the_quotation(nlp):
    # the son speaking of his father: "my father" is not the relation he was introduced as
    text = (
        "Senator Paul Reed spoke to reporters on Monday. Reed's son, Michael, was arrested last week in "
        "Denver. \u201cI love my father, but I have to face this,\u201d he said."
    )
    # "Reed's son, Michael," is Michael Reed (analysis/family_names.py)
    assert quote_starting(nlp, text, "I love my father").speaker == "Michael Reed"


def test_a_sentence_fronted_on_a_new_person_hands_them_the_cueless_quotation(nlp):
    text = (
        "Coach Dana Reyes was furious. \u201cWe switched off,\u201d Reyes said.\n\n"
        "For midfielder Tom Baker, the problem was fitness. \u201cWe were dead on our feet.\u201d"
    )
    assert quote_starting(nlp, text, "We were dead").speaker == "Tom Baker"


def test_a_sentence_fronted_on_no_one_leaves_the_speaker_going_on(nlp):
    text = (
        "Coach Dana Reyes was furious. \u201cWe switched off,\u201d Reyes said.\n\n"
        "For now, the problem is fitness. \u201cWe were dead on our feet.\u201d"
    )
    assert quote_starting(nlp, text, "We were dead").speaker == "Dana Reyes"
