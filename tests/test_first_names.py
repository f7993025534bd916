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


def test_a_known_first_name_left_outside_the_persons_span_is_part_of_the_name(nlp):
    # the recogniser tags "Pell" alone; "Ana" is her first name, not her role
    text = (
        f"Ana Pell, a lawyer, said the filing was late. {Q}We will appeal,{E} Pell said.\n\n"
        f"{Q}The court erred,{E} she added."
    )
    assert quote_starting(nlp, text, "We will appeal").speaker == "Ana Pell"
    assert quote_starting(nlp, text, "The court erred").speaker == "Ana Pell"


def _parsed(nlp, words, pos, deps, heads, person):
    """Return a Doc of the given parse whose only entity is the PERSON span `person` (start, end)."""
    from spacy.tokens import Doc, Span

    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads)
    doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


def test_a_word_before_a_surname_joins_the_name_only_when_it_is_a_first_name_the_parse_reads_as_one(nlp):
    from quotemark.analysis.ner_repair import repair_person_ents

    words = ["Ana", "Pell", "said", "it", "."]
    deps = ["compound", "nsubj", "ROOT", "dobj", "punct"]
    heads = [1, 2, 2, 2, 2]
    named = _parsed(nlp, words, ["PROPN", "PROPN", "VERB", "PRON", "PUNCT"], deps, heads, (1, 2))
    assert repair_person_ents(named) and [e.text for e in named.ents] == ["Ana Pell"]
    # "Mark" read as a verb opening the sentence is no first name; nor is a title, nor a word on the line before
    verb = _parsed(
        nlp,
        ["Mark", "Pell", "down", "."],
        ["VERB", "PROPN", "ADP", "PUNCT"],
        ["ROOT", "dobj", "prt", "punct"],
        [0, 0, 0, 0],
        (1, 2),
    )
    titled = _parsed(
        nlp, ["Dr", "Pell", "said", "it", "."], ["PROPN", "PROPN", "VERB", "PRON", "PUNCT"], deps, heads, (1, 2)
    )
    for doc in (verb, titled):
        repair_person_ents(doc)
        assert [e.text for e in doc.ents] == ["Pell"]


def test_an_untagged_surname_votes_for_the_person_of_its_whole_name():
    import spacy
    from spacy.tokens import Doc

    from quotemark.analysis.genders import _untagged_name

    nlp = spacy.blank("en")
    words = ["Hugo", "A.", "Hendricks", "said", "he", "would", "vote", "."]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["PROPN", "NOUN", "PROPN", "VERB", "PRON", "AUX", "VERB", "PUNCT"],
        deps=["compound", "compound", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "punct"],
        heads=[2, 2, 3, 3, 6, 6, 3, 3],
    )
    # "Hendricks" alone would stand for whichever Hendricks the article mentions most
    assert _untagged_name(doc[2]) == ["Hugo", "A.", "Hendricks"]
    assert _untagged_name(doc[4]) == ["he"]
