"""A person or an organisation by the vote of all its mentions (analysis/identity_labels.py), not by
the label the model gave the first one read. The articles are written for these tests, with the
model's mislabels written down (tests/test_identities.py's `_extract`) so that they do not depend on
the model's mood on the day.
"""

from __future__ import annotations

from quotemark.analysis.identities import Identities
from quotemark.analysis.quotemarks import quoted_regions
from tests.test_identities import _cluster, _extract, _paragraph


def test_an_actress_read_first_as_an_organisation_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # the longest mention, read first, is the model's ORG "the Maren Holloway"; so are her lone
    # surnames; her title, her son and her full name tagged PERSON say she is a person, so the
    # closing "she said" is hers, not the other woman's named in between
    text = (
        "Oscar-winning actress Maren Holloway wrote the closing song of the film, which Jessie Quinn sings. "
        "Holloway’s son remembers a hard year. “I could not focus on anything,” Holloway said. "
        "Fans now call that sound the Maren Holloway. Holloway rarely talks about it. "
        "Quinn learned the song in a week. When Holloway heard it, she cried. “It was perfect,” she said."
    )
    ents = [
        ("Maren Holloway", "PERSON", 0),
        ("Jessie Quinn", "PERSON", 0),
        ("Holloway", "ORG", 1),
        ("Holloway", "ORG", 2),
        ("the Maren Holloway", "ORG", 0),
        ("Holloway", "ORG", 4),
        ("Quinn", "PERSON", 1),
        ("Holloway", "ORG", 5),
    ]
    analysis = _extract(nlp, text, ents)
    rows = {c.name: c.label for c in analysis.clusters}
    assert rows["Maren Holloway"] == "PERSON"
    last = analysis.quotes[-1]
    assert last.text.startswith("It was perfect")
    assert last.speaker == "Maren Holloway" and _cluster(analysis, last).label == "PERSON"


def test_a_club_the_model_took_for_a_person_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    # a club has a manager, shares and "its" lawyers; as a person it took the manager's "he said"
    text = (
        "Rovers manager Rui Costa called the three-match ban unfair. “We will fight this all the way,” Costa said. "
        "Manchester Rovers said its lawyers would appeal on Tuesday. Manchester Rovers shares fell 3 per cent "
        "after the ruling. “We have strong grounds,” he said."
    )
    ents = [
        ("Rovers", "PERSON", 0),
        ("Rui Costa", "PERSON", 0),
        ("Costa", "PERSON", 1),
        ("Manchester Rovers", "PERSON", 0),
        ("Manchester Rovers", "PERSON", 1),
    ]
    analysis = _extract(nlp, text, ents)
    assert {c.name: c.label for c in analysis.clusters}["Manchester Rovers"] == "ORG"
    assert [q.speaker for q in analysis.quotes] == ["Rui Costa", "Rui Costa"]


def test_a_team_named_in_the_plural_is_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Harriers lost again on Sunday. Coach Dana Whitlow was blunt. The Harriers play next in Leeds."
    paragraphs = _paragraph(
        nlp, text, [("Harriers", "PERSON", 0), ("Dana Whitlow", "PERSON", 0), ("Harriers", "PERSON", 1)]
    )
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert sorted((i.name, i.label) for i in who.identities if i.label in ("PERSON", "ORG")) == [
        ("Dana Whitlow", "PERSON"),
        ("Harriers", "ORG"),
    ]


def test_organisations_stay_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    # a company named for a person, with a lone surname the model called a person, its chief
    # executive named after it, and a record label: none of them a person
    text = (
        "Charles Brandt Holdings said its profit rose. Charles Brandt Holdings chief executive Ana Ruiz "
        "was pleased. Brandt shares gained 4 per cent. Big Harbour Records, which signed her, declined to comment."
    )
    ents = [
        ("Charles Brandt Holdings", "ORG", 0),
        ("Charles Brandt Holdings", "ORG", 1),
        ("Ana Ruiz", "PERSON", 0),
        ("Brandt", "PERSON", 2),
        ("Big Harbour Records", "PERSON", 0),
    ]
    paragraphs = _paragraph(nlp, text, ents)
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    labels = {i.name: i.label for i in who.identities}
    assert labels["Charles Brandt Holdings"] == "ORG"
    assert labels["Big Harbour Records"] == "ORG"
    assert labels["Ana Ruiz"] == "PERSON"


def test_a_person_s_name_the_parse_made_a_root_is_the_subject_whatever_its_tag(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Quinn, who hadn't sung ..., worried" is parsed with "Quinn" as the sentence's root, and the
    # model tagged this "Quinn" ORG: she is still the subject the next "she said" goes back to
    text = (
        "Actress Maren Holloway wrote the song and singer Jessie Quinn recorded it. "
        "“It came to me in a dream,” Holloway said. Holloway has written songs ever since. "
        "Quinn, who hadn’t sung in a long time before the production, worried about doing justice to a song like that. "
        "“But the story of it really moved me,” she said."
    )
    ents = [
        ("Maren Holloway", "PERSON", 0),
        ("Jessie Quinn", "PERSON", 0),
        ("Holloway", "PERSON", 1),
        ("Holloway", "PERSON", 2),
        ("Quinn", "ORG", 1),
    ]
    analysis = _extract(nlp, text, ents)
    assert [q.speaker for q in analysis.quotes] == ["Maren Holloway", "Jessie Quinn"]


def test_a_surname_filed_as_a_product_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'Chief executive Craig Menear spoke to analysts. "We are on track," Menear continued.'
    paragraphs = _paragraph(nlp, text, [("Craig Menear", "PERSON", 0), ("Menear", "PRODUCT", 1)])
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert [(i.name, i.label, len(i.members)) for i in who.identities] == [("Craig Menear", "PERSON", 2)]


def test_a_relative_s_noun_before_a_lone_first_name_makes_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Van Horne said his wife Kimberly was expecting again. Kimberly has not commented. Kimberly posted a photo."
    ents = [("Van Horne", "PERSON", 0), ("Kimberly", "PERSON", 0), ("Kimberly", "ORG", 1), ("Kimberly", "ORG", 2)]
    paragraphs = _paragraph(nlp, text, ents)
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert {i.name: i.label for i in who.identities}["Kimberly"] == "PERSON"


def test_a_name_in_apposition_to_a_person_s_noun_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tariffs hurt farmers most, said Ravi Anand, a trade economist at Cornell University. "
        "“The damage will last for years,” he said."
    )
    analysis = _extract(nlp, text, [("Ravi Anand", "ORG", 0), ("Cornell University", "ORG", 0)])
    assert {c.name: c.label for c in analysis.clusters}["Ravi Anand"] == "PERSON"
    assert [q.speaker for q in analysis.quotes] == ["Ravi Anand"]


def test_a_company_named_after_a_kind_of_company_is_an_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model calls the one-word company a person each time; what it is written after says otherwise
    text = (
        "The newspaper chain Halvorsen bought six dailies this year. Halvorsen paid cash. "
        "Public companies such as Halvorsen have cut newsrooms. Halvorsen did not comment."
    )
    ents = [("Halvorsen", "PERSON", n) for n in range(4)]
    paragraphs = _paragraph(nlp, text, ents)
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert [(i.name, i.label) for i in who.identities] == [("Halvorsen", "ORG")]


def test_a_first_name_inside_a_name_and_his_own_testimony_make_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model read a country into his name ("... to Ukraine Brian Okafor"), and the whole as an organisation
    text = "Ukraine Brian Okafor changed his testimony on Tuesday. “I was wrong about the meeting,” Okafor said."
    ents = [("Ukraine Brian Okafor", "ORG", 0), ("Okafor", "ORG", 1)]
    paragraphs = _paragraph(nlp, text, ents)
    who = Identities(paragraphs, text, quoted_regions(paragraphs, text))
    assert [i.label for i in who.identities] == ["PERSON"]
