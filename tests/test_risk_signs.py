"""Risk signs (analysis/risk_signs.py): attributions whose route looks sure but whose speaker a
general sign puts in doubt go to review, and the same structures without the sign stay sure.

Every article here is written for the test; each shows one structure of English news.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from quotemark.analysis.attribution import attribute_with_evidence
from quotemark.analysis.calibration import calibrated
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence
from quotemark.analysis.model import Article, Quote
from quotemark.analysis.pipeline import analyze, parse
from quotemark.analysis.review import REVIEW_THRESHOLD, mark_review


def _one(nlp: Any, text: str, words: str) -> tuple[Quote, Evidence | None]:
    """Return the quotation starting with `words` and the evidence of its confidence."""
    article = Article(text=text)
    quotes, claims, evidence = attribute_with_evidence(list(parse(article, nlp)), article.text)
    mark_review(quotes, claims)
    found = [(q, ev) for q, ev in zip(quotes, evidence) if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


def _sure_but_for(ev: Evidence | None, doubt: Doubt) -> None:
    """Assert that the doubt is what sends the quotation to review: without it, it would be sure."""
    assert ev is not None and doubt in ev.doubts
    assert calibrated(replace(ev, doubts=ev.doubts - {doubt})) >= REVIEW_THRESHOLD


TWO_NOMINEES = (
    "Two men running for mayor of Port Ellis met on Tuesday night in a church hall.\n\n"
    "City Treasurer Owen Varga, the Green nominee, said the harbour plan would pay for itself.\n\n"
    "Bram Tolley, a retired ferry captain and the Labour nominee, said the plan was a fantasy. "
    "\u201cThe numbers were written by people who have never run a boat,\u201d he said.\n\n"
    "Varga said his figures came from the port authority.\n\n"
    "\u201cEvery ferry I ever ran paid its way, and this one won't,\u201d the Labour nominee said.\n\n"
    "\u201cThe harbour will pay for itself within ten years,\u201d the Green nominee said."
)


def test_a_description_whose_qualifier_the_person_lacks_goes_to_review(nlp: Any) -> None:
    q, ev = _one(nlp, TWO_NOMINEES, "Every ferry I ever ran")
    assert q.speaker == "Owen Varga"  # the last person with a nominee's role, not the Labour one
    _sure_but_for(ev, Doubt.UNBORNE)
    assert q.needs_review


def test_a_description_whose_qualifier_the_person_bears_is_not_doubted(nlp: Any) -> None:
    q, ev = _one(nlp, TWO_NOMINEES, "The harbour will pay")
    assert q.speaker == "Owen Varga"
    assert ev is not None and Doubt.UNBORNE not in ev.doubts


GROUP_LETTER = (
    "A group of volunteer nurses has offered to run a measles clinic at the Harlow Road shelter.\n\n"
    "\u201cThis is how outbreaks start,\u201d Dr. Petra Lindqvist, a member of the group, told the Gazette.\n\n"
    "Lindqvist, a family physician in Harlow, has volunteered at the shelter since it opened.\n\n"
    "The group wrote to the council last week. The council has not replied.\n\n"
    "\u201cAs nurses, we have seen what measles does to a child,\u201d the physicians wrote in the letter."
)


def test_a_plural_description_read_as_one_person_goes_to_review(nlp: Any) -> None:
    q, ev = _one(nlp, GROUP_LETTER, "As nurses")
    assert q.speaker == "Petra Lindqvist"  # the one physician named: a group's words given to one of them
    _sure_but_for(ev, Doubt.PLURAL)
    assert q.needs_review


def test_a_singular_description_of_the_named_doctor_is_not_plural(nlp: Any) -> None:
    text = GROUP_LETTER.replace("the physicians wrote in the letter", "the physician told the Gazette")
    q, ev = _one(nlp, text, "As nurses")
    assert q.speaker == "Petra Lindqvist"
    assert ev is not None and Doubt.PLURAL not in ev.doubts


ANSWERED = (
    "At dawn the quay at Gull Point is empty except for Ada Merrow, who has run the island's "
    "water taxi for 30 years.\n\n"
    "\u201cPeople think it's a holiday,\u201d she says. \u201cIt's a job.\u201d\n\n"
    "Councillor Nils Pruett wants the county to take the service over. \u201cWe can't hang an island "
    "on one woman and one boat,\u201d Pruett says.\n\n"
    "Told that Pruett calls the service \u201ca single point of failure,\u201d she laughs.\n\n"
    "\u201cNils has been saying that for ten years. I'm still here.\u201d"
)


def test_a_quotation_naming_the_speaker_it_is_given_to_goes_to_review(nlp: Any) -> None:
    q, ev = _one(nlp, ANSWERED, "Nils has been saying")
    assert q.speaker == "Nils Pruett"  # "she laughs" read as the one named in the clause before it
    _sure_but_for(ev, Doubt.SELF_NAMED)
    assert q.needs_review


def test_a_name_the_speaker_is_called_by_inside_a_quotation_is_not_self_naming(nlp: Any) -> None:
    text = (
        "Ada Merrow has run the island's water taxi for 30 years. Her doctor told her last spring to slow down.\n\n"
        "\u201cHe said, \u2018Ada, your back has done 30 years on that deck,\u2019\u201d Merrow says."
    )
    q, ev = _one(nlp, text, "He said")
    assert q.speaker == "Ada Merrow"
    assert ev is not None and Doubt.SELF_NAMED not in ev.doubts
    assert not q.needs_review


def test_a_transcript_label_is_not_self_naming(nlp: Any) -> None:
    text = (
        "A partial transcript of the interview follows.\n\n"
        '"MORLEY: Will the minister resign over the report?"\n\n'
        '"GRANT: No. The report clears the department."'
    )
    q, ev = _one(nlp, text, "MORLEY")
    assert q.speaker == "MORLEY"
    assert ev is not None and Doubt.SELF_NAMED not in ev.doubts


RELATIVE = (
    "A cyclist killed on the coast road last spring was remembered in court on Friday.\n\n"
    "Tessa Harrow, 47, a paramedic, died at the scene.\n\n"
    "In a statement read to the court, Mrs Harrow\u2019s husband, Gavin, said his life had \u201cended\u201d that day.\n\n"
    "\u201cTessa saved hundreds of lives. Nobody could save hers,\u201d he wrote."
)


def test_a_relative_named_by_a_given_name_alone_goes_to_review(nlp: Any) -> None:
    text = RELATIVE.replace("Mrs Harrow\u2019s husband, Gavin,", "her husband, Gavin,")
    q, ev = _one(nlp, text, "Tessa saved")
    assert q.speaker == "Gavin"
    _sure_but_for(ev, Doubt.GIVEN_NAME)
    assert q.needs_review


def test_a_relative_whose_family_the_article_names_takes_its_surname_and_is_sure(nlp: Any) -> None:
    # "Mrs Harrow's husband, Gavin" is Gavin Harrow (analysis/family_names.py): nothing is untold
    q, ev = _one(nlp, RELATIVE, "Tessa saved")
    assert ev is not None and Doubt.GIVEN_NAME not in ev.doubts
    quote = next(q for q in analyze(Article(text=RELATIVE), nlp).quotes if q.text.startswith("Tessa saved"))
    assert (quote.speaker, quote.needs_review) == ("Gavin Harrow", False)


def test_a_relative_named_in_full_is_not_doubted(nlp: Any) -> None:
    text = RELATIVE.replace("Mrs Harrow\u2019s husband, Gavin,", "Mrs Harrow\u2019s husband, Gavin Harrow,")
    q, ev = _one(nlp, text, "Tessa saved")
    assert q.speaker == "Gavin Harrow"
    assert ev is not None and Doubt.GIVEN_NAME not in ev.doubts
    assert not q.needs_review


def test_a_woman_named_only_as_an_object_is_not_a_second_antecedent(nlp: Any) -> None:
    # a he/she saying something stands for the passage's subject, not for someone it names as an object
    text = (
        "The Transport Secretary, Helen Marsh, defended the rail timetable on Monday.\n\n"
        "Nora Alvey, who chairs the passengers' panel, said the trains were still late.\n\n"
        "Ms Marsh later told the Courier she had great respect for Nora Alvey. "
        "\u201cShe has never once let us off lightly,\u201d she said."
    )
    q, ev = _one(nlp, text, "She has never")
    assert q.speaker == "Helen Marsh"
    assert ev is not None and Doubt.TWO_ANTECEDENTS not in ev.doubts
    assert not q.needs_review


def test_a_woman_who_is_a_subject_nearby_is_still_a_second_antecedent(nlp: Any) -> None:
    text = (
        "The Transport Secretary, Helen Marsh, defended the rail timetable on Monday.\n\n"
        "Ms Marsh said the new trains were on time. Nora Alvey, who chairs the passengers' panel, "
        "had asked her to resign. \u201cI will not go quietly,\u201d she said."
    )
    q, ev = _one(nlp, text, "I will not go")
    assert ev is not None and Doubt.TWO_ANTECEDENTS in ev.doubts
    assert q.needs_review


def test_a_short_form_of_the_same_first_name_is_not_a_namesake(nlp: Any) -> None:
    text = (
        "Wildfire smoke is getting worse, says Joshua Mbeki, an engineer at the Harlow air laboratory.\n\n"
        "Josh Mbeki grew up in the valley and has measured the smoke since 2015.\n\n"
        "\u201cIt is like pouring a whole lot of soot into a small room,\u201d Mbeki said."
    )
    q, ev = _one(nlp, text, "It is like pouring")
    assert q.speaker == "Joshua Mbeki"
    assert ev is not None and Doubt.SHARED_SURNAME not in ev.doubts
    assert not q.needs_review


def test_two_first_names_with_one_surname_are_still_namesakes(nlp: Any) -> None:
    text = (
        "Joshua Mbeki, an engineer at the Harlow air laboratory, has measured wildfire smoke for a decade.\n\n"
        "His sister, Thandi Mbeki, runs the clinic next door.\n\n"
        "\u201cIt is like pouring a whole lot of soot into a small room,\u201d Mbeki said."
    )
    q, ev = _one(nlp, text, "It is like pouring")
    assert ev is not None and Doubt.SHARED_SURNAME in ev.doubts
    assert q.needs_review


def test_a_speakers_name_used_as_a_modifier_is_not_self_naming(nlp: Any) -> None:
    text = 'Councillor Nils Pruett spoke after the vote. "We will bring back the Pruett plan," Pruett said.'
    q, ev = _one(nlp, text, "We will bring")
    assert q.speaker == "Nils Pruett"
    assert ev is not None and Doubt.SELF_NAMED not in ev.doubts
    assert not q.needs_review
