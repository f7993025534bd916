"""Doubts (analysis/doubts.py): signs that a speaker may be wrong put the quotation to review.

Every article here is written for the test; each shows one structure of English news.
"""

from __future__ import annotations

from typing import Any

from quotemark.analysis.attribution import attribute_with_evidence
from quotemark.analysis.calibration import BY_DOUBT, BY_DOUBT_KIND, DOUBT_PRIOR, calibrated
from quotemark.analysis.doubts import Doubt, described
from quotemark.analysis.evidence import Evidence, Route, SpeakerKind
from quotemark.analysis.model import Article, Quote
from quotemark.analysis.pipeline import parse
from quotemark.analysis.review import REVIEW_THRESHOLD, mark_review


def _read(nlp: Any, text: str) -> list[tuple[Quote, frozenset[Doubt]]]:
    """Return each quotation with the doubts its evidence shows (none when it has no speaker)."""
    article = Article(text=text)
    quotes, claims, evidence = attribute_with_evidence(list(parse(article, nlp)), article.text)
    mark_review(quotes, claims)
    return [(q, ev.doubts if ev is not None else frozenset()) for q, ev in zip(quotes, evidence)]


def _one(nlp: Any, text: str, words: str) -> tuple[Quote, frozenset[Doubt]]:
    found = [(q, d) for q, d in _read(nlp, text) if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q, _ in _read(nlp, text)]
    return found[0]


def test_a_plain_said_has_no_doubt_and_is_sure(nlp: Any) -> None:
    q, doubts = _one(
        nlp,
        'Mayor Ana Pell said on Monday that the budget was balanced. "We kept every promise," Pell said.',
        "We kept",
    )
    assert q.speaker == "Ana Pell"
    assert doubts == frozenset()
    assert not q.needs_review


def test_a_cue_inside_what_someone_else_said_is_nested(nlp: Any) -> None:
    # (with "had concluded", a judgement, the words are the reporter's: tests/test_attribution_news.py)
    text = 'Energy Secretary Dana Whitfield said Ottawa had warned the pipeline was "not, on its face, a danger to the river."'
    q, doubts = _one(nlp, text, "not, on its face")
    assert Doubt.NESTED in doubts
    assert q.needs_review


def test_a_subject_taken_from_the_reported_clause_is_borrowed(nlp: Any) -> None:
    text = 'Dana Early runs product at Lumen Games. Early still says Lumen are "believers" in cloud play.'
    q, doubts = _one(nlp, text, "believers")
    assert Doubt.BORROWED in doubts
    assert q.needs_review


def test_a_cueless_quotation_after_another_speakers_is_a_switch(nlp: Any) -> None:
    text = (
        '"The market is split in two," says Dana Early of Lumen Games. "Either you have a fast line at home or '
        'you have nothing at all." Max Rune said.'
    )
    # the sentence after says only who spoke, so the words are read as Rune's: a switch of voice
    # ("Max Rune says Lumen Games will never stop", a statement of his own, leaves them Early's)
    first, _ = _one(nlp, text, "The market")
    second, doubts = _one(nlp, text, "Either you")
    assert first.speaker != second.speaker
    assert Doubt.SWITCH in doubts
    assert second.needs_review and not first.needs_review


def test_she_with_two_women_in_the_window_has_two_antecedents(nlp: Any) -> None:
    text = (
        "Senator Rosa Quint met the mayor on Friday. Rosa Quint and Ana Pell wrote to the council in March. "
        'Quint asked for patience, saying she did not want a harsh ruling. She added, "We must teach the young man better." '
        '"Anger answers nothing."'
    )
    q, doubts = _one(nlp, text, "We must teach")
    assert Doubt.TWO_ANTECEDENTS in doubts
    # the doubt caps it at its share with that kind of speaker, which a handful of quotations on
    # dev cannot lift to sure
    assert q.confidence == min(BY_DOUBT_KIND.get((Doubt.TWO_ANTECEDENTS, SpeakerKind.PRONOUN_SUBJECT), 1.0), 0.97)
    assert q.needs_review
    assert q.confidence < calibrated(Evidence(Route.SYNTAX, SpeakerKind.PRONOUN_SUBJECT))
    after, inherited = _one(nlp, text, "Anger answers")
    assert after.speaker == q.speaker and Doubt.TWO_ANTECEDENTS in inherited  # the same doubted voice goes on


def test_a_surname_last_named_in_full_for_someone_else_is_shared(nlp: Any) -> None:
    text = (
        "The novelist Paul Brand wrote nine books. Paul Brand lived in Ohio. Paul Brand died in 2006. His brother "
        'Tom Brand spoke to us by email. Brand said the rumours were "the guesses of people who never met him."'
    )
    q, doubts = _one(nlp, text, "the guesses")
    assert q.speaker == "Paul Brand"
    assert Doubt.SHARED_SURNAME in doubts
    assert q.needs_review


def test_the_surname_of_the_person_last_named_is_not_shared(nlp: Any) -> None:
    text = (
        "The novelist Paul Brand died in 2006. His brother Tom Brand spoke to us by email. "
        'Brand said the rumours were "the guesses of people who never met him."'
    )
    q, doubts = _one(nlp, text, "the guesses")
    assert q.speaker == "Tom Brand"
    assert Doubt.SHARED_SURNAME not in doubts
    assert not q.needs_review


def test_it_read_as_the_last_organisation_is_doubted(nlp: Any) -> None:
    text = (
        "The label Northgate Records has denied blocking the concert. Its owner, Sam Keller, was not available. "
        '"We have agreed to license every recording for the broadcast," it says.'
    )
    q, doubts = _one(nlp, text, "We have agreed")
    assert Doubt.IT in doubts
    assert q.needs_review


def test_a_fragment_on_a_verb_that_reports_no_speech_is_doubted(nlp: Any) -> None:
    text = 'Minister Tom Hale warned that the plant would close unless Ana Pell would give it "room" before the vote.'
    q, doubts = _one(nlp, text, "room")
    assert {Doubt.NOT_SPEECH, Doubt.FRAGMENT} <= doubts
    assert q.needs_review


def test_a_fragment_a_speech_verb_of_its_own_attributes_is_not_doubted(nlp: Any) -> None:
    text = 'Minister Tom Hale said the workers would lose "everything" if the regulator Ana Pell acted.'
    q, doubts = _one(nlp, text, "everything")
    assert q.speaker == "Tom Hale"
    assert Doubt.FRAGMENT not in doubts


def test_a_doubt_caps_the_calibrated_confidence_at_its_share_for_the_speaker_kind() -> None:
    plain = Evidence(Route.SYNTAX, SpeakerKind.NAME)
    assert calibrated(plain) >= REVIEW_THRESHOLD
    for doubt in Doubt:
        cap = BY_DOUBT_KIND.get((doubt, SpeakerKind.NAME), BY_DOUBT.get(doubt, DOUBT_PRIOR))
        assert calibrated(Evidence(Route.SYNTAX, SpeakerKind.NAME, False, frozenset({doubt}))) <= cap
        # with a kind of speaker dev never showed it on, a doubt caps at its own share
        kind = next(k for k in SpeakerKind if k is not SpeakerKind.UNRESOLVED and (doubt, k) not in BY_DOUBT_KIND)
        unseen = Evidence(Route.SYNTAX, kind, False, frozenset({doubt}))
        assert calibrated(unseen) <= BY_DOUBT.get(doubt, DOUBT_PRIOR)
    assert DOUBT_PRIOR < REVIEW_THRESHOLD  # a doubt the data never saw is not sure either


def test_a_document_left_as_the_speaker_is_described_and_to_review(nlp: Any) -> None:
    text = (
        "The concert at the Northway hall was cancelled on Monday, three days before it was due.\n\n"
        '"At no point did we block the concert," the statement said. "We want the show to go ahead."'
    )
    for words in ("At no point", "We want the show"):
        q, doubts = _one(nlp, text, words)
        assert q.speaker == "the statement"
        assert Doubt.DESCRIBED in doubts
        assert q.needs_review


def test_someone_introduced_unnamed_is_not_described(nlp: Any) -> None:
    text = (
        '"The club is frustrated with the league," an insider told the paper on Monday.\n\n'
        '"This fight is not something the owners wanted," the insider added.'
    )
    for words, speaker in (("The club", "an insider"), ("This fight", "the insider")):
        q, doubts = _one(nlp, text, words)
        assert q.speaker == speaker
        assert Doubt.DESCRIBED not in doubts


def test_described_tells_definite_descriptions_from_unnamed_people() -> None:
    assert described("the actor", None, {}, 100)
    assert described("The 56-year-old", None, {}, 100)
    assert described("Swift's rep", None, {}, 100)
    assert described("his aunt", None, {}, 100)
    assert described("the statement", None, {"statement": 10}, 100)  # "in a statement ... the statement said"
    assert not described("an insider", None, {}, 100)
    assert not described("officers", None, {}, 100)
    assert not described("her family", None, {}, 100)  # a group, seldom named
    assert not described("the insider", None, {"insider": 10}, 100)
    assert described("the insider", None, {"insider": 200}, 100)  # introduced only after
