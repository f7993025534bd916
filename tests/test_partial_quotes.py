"""A short partial quotation inside a sentence belongs to the subject of the clause that governs it
(issue 11), never to another noun of its sentence; each rule shown on a short article written for it."""

from __future__ import annotations

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze
from tests.written_articles import quote_starting

_quote = quote_starting


def test_a_verb_listed_after_a_comma_is_not_a_clause_of_the_noun_before_it(nlp):
    # the parse hangs "called" on "Party" as if it described the party: it is the second thing Harlow did
    text = (
        "Police arrested Dean Harlow on Monday after a call to the office of Senator Ruth Abara.\n\n"
        "On the call, Harlow complained about the Green Valley Party, called Abara a “traitor” and hung up."
    )
    assert _quote(nlp, text, "traitor").speaker == "Dean Harlow"


def test_a_speech_verb_in_a_clause_of_time_does_not_report_the_quotation(nlp):
    # "before the ministry would agree" hangs from the quoted verb, but the words are what Brandt told them
    text = "Oskar Brandt told visiting buyers they would need to “deliver” before the ministry would agree to a deal."
    quote = _quote(nlp, text, "deliver")
    assert quote.speaker == "Oskar Brandt"
    assert quote.cue == "told"


def test_a_coordinated_clause_with_its_own_subject_reports_something_else(nlp):
    # the quotation is the ministry's judgement; "two aid workers told reporters" is another statement
    text = (
        "The Ministry of Defence rejected the report as “pure fiction,” and two aid workers told "
        "reporters the camp was calm."
    )
    assert _quote(nlp, text, "pure fiction").speaker == "Ministry of Defence"


def test_a_quotation_in_a_reported_complement_is_the_reporters(nlp):
    # Park is what Webb remembers; the quoted description is Webb's
    text = "Marcus Webb remembered Ellen Park practising alone for hours and “playing until the lights went out.”"
    assert _quote(nlp, text, "playing until").speaker == "Marcus Webb"


def test_a_complement_reported_by_someone_unnamed_is_not_its_subjects(nlp):
    # "his “pattern of flight”" is the judge's phrase, not Lund's: no name rather than the wrong one
    text = "A judge ruled on Friday that Victor Lund must stay in custody because of his “pattern of flight.”"
    assert _quote(nlp, text, "pattern of flight").speaker != "Victor Lund"


def test_words_inside_what_a_speaker_said_are_the_speakers(nlp):
    # "said" shares Ortiz as its subject with "gave"; Polar Air is only what she talks about
    text = (
        "Lena Ortiz gave no date for the launch, but said Polar Air would test the engine “many times” "
        "before any flight."
    )
    assert _quote(nlp, text, "many times").speaker == "Lena Ortiz"


def test_an_outlet_that_obtained_a_statement_is_not_its_author(nlp):
    text = (
        "Harbor Freight Lines issued a statement on Monday. The statement, which was obtained by Reuters, "
        "said the board had “lost all confidence” in its chair.\n\n"
        "The memo, seen by Bloomberg News, said the plan was “not viable.”\n\n"
        '"Shares are cheap," said a report from Kotak Institutional Equities.'
    )
    assert _quote(nlp, text, "lost all confidence").speaker != "Reuters"
    assert _quote(nlp, text, "not viable").speaker != "Bloomberg News"
    # a report "from" someone is still theirs
    assert _quote(nlp, text, "Shares are cheap").speaker == "Kotak Institutional Equities"


def test_a_complement_with_a_speech_verb_of_its_own_is_not_the_reporters(nlp):
    # what the public would scream is not what Reyes believes: no speaker rather than Reyes
    text = (
        "Reyes believes that the more noise he makes, the more the public will cover its ears and scream, "
        "“Make it stop.”"
    )
    assert _quote(nlp, text, "Make it stop").speaker != "Reyes"


def test_a_possessive_owner_or_a_relative_clause_elsewhere_is_not_the_speaker(nlp):
    # "Dorsey’s “improper” conduct" is the councillor's phrase inside her claims; "that Dorsey
    # described" describes another noun of the sentence and reports nothing of hers
    text = (
        "Councillor Maria Santos spoke to reporters on Tuesday. Her repeated claims of no knowledge of "
        "Dorsey’s “improper” conduct were set against the account of a dinner that Dorsey described in court."
    )
    assert _quote(nlp, text, "improper").speaker == "Maria Santos"


def test_a_quotation_hanging_from_a_speech_verb_is_not_the_reporters(nlp):
    # the parse gives "scream" no subject and hangs the quotation from it: what the residents would
    # scream is not what the mayor believes
    text = (
        "Critics say the council is out of touch. Mayor Hollis believes that the more work he orders, the more "
        "the weary residents will sink into a deep gloom, shut their windows, and scream, “Finish the job at last.” "
        "That may be wishful."
    )
    assert _quote(nlp, text, "Finish the job").speaker != "Hollis"
    # the same with the quotation hung from a verb with no subject, reached without a cue
    text = (
        "Voters are tired. Hollis believes that the more chaos he creates, the more the entire town will fall "
        "into a fetal position, cover its ears, and scream, “Make the council just go away.” The reverse is likelier."
    )
    assert _quote(nlp, text, "Make the council").speaker != "Hollis"


def test_a_speech_verb_coordinated_with_a_passive_reported_clause_is_the_reporters(nlp):
    # "the illnesses were caused by tainted water and called on ...": the parse joins "called" to the
    # reported clause; water calls on no one, the board does
    text = "The Regional Health Board said the illnesses were caused by tainted water and called on the “caretaker” council to act at once."
    assert _quote(nlp, text, "caretaker").speaker == "Regional Health Board"


def test_a_participle_hung_on_the_reported_clause_is_the_main_subjects(nlp):
    # "saying" hangs from "was distant" in the parse; it is what Lydia and Omar did, not Victor
    text = (
        "Over the course of the hearing, Lydia and Omar disputed that Victor was distant from them or his "
        "parents, saying instead he was “shy by nature.”"
    )
    assert _quote(nlp, text, "shy by nature").speaker == "Lydia"


def test_a_spokesperson_for_a_company_is_not_the_company_named_in_the_phrase(nlp):
    # the parse leaves "said" without a subject; the name right before it closes the phrase
    # "a spokesperson for Apex Studios", whose head is the one speaking (Variety is the audience)
    text = "In a statement to Variety, a spokesperson for Apex Studios said the film was “on schedule.”"
    quote = _quote(nlp, text, "on schedule")
    assert quote.speaker not in ("Apex Studios", "Variety")
    assert "spokesperson" in (quote.speaker or "")


def test_a_long_title_set_beside_a_work_is_not_speech(nlp):
    # too long to look like a title by its capitals alone, but apposed to "book": a title, not
    # words the author of the sentence's verb said
    text = (
        "The planner Rosa Hale says most savers start too late. In her book “Slow Money: A Patient Guide to "
        "Everything You Will Ever Need to Retire,” Hale shares the method she used to estimate her “magic number.”"
    )
    analysis = analyze(Article(text=text), nlp)
    book = next(q for q in analysis.quotes if q.text.startswith("Slow Money"))
    assert book.kind == "scare"
    assert book.speaker is None


def test_a_state_posting_a_surplus_says_nothing(nlp):
    # "post" reports speech only with a message ("posted a video"): here the words are Reyes's
    text = "Analysts expect the state to post a “modest” surplus, Reyes said."
    quote = _quote(nlp, text, "modest")
    assert quote.speaker == "Reyes"
    assert quote.cue == "said"


def test_the_owner_of_a_label_is_who_gave_it(nlp):
    # the word is Cole's (her label), not Marsh's, the subject who dismissed it
    text = (
        "Union leader Anne Cole said the cuts were harsh.\n\n"
        "Governor Lena Marsh dismissed Cole’s “brutal” label as politics."
    )
    assert _quote(nlp, text, "brutal").speaker == "Anne Cole"


def test_a_name_apposed_to_a_role_speaks_even_when_the_recogniser_missed_it(nlp):
    # the recogniser does not tag "Ana Ruiz" as a person: the spokeswoman's name is still hers
    text = (
        "Mayor Tom Kerr faced the council on Monday.\n\nThe mayor’s spokeswoman, Ana Ruiz, said he was “disappointed.”"
    )
    quote = _quote(nlp, text, "disappointed")
    assert quote.speaker == "Ana Ruiz"


def test_what_someone_is_accused_of_in_a_short_quotation_is_the_accusers_words(nlp):
    # the object of "of" after a speech verb is its content, not a term set in the clause
    text = (
        "Brazil accused the mine’s owner, Carl Voss, of “criminal neglect.” President Luiz Costa said the "
        "fines would rise."
    )
    quote = _quote(nlp, text, "criminal neglect")
    assert quote.speaker == "Brazil"


def test_a_relative_who_reporting_a_complement_stands_for_its_antecedent(nlp):
    # "who remembered ..." reports the complement: the words are Cole's, read through "who"
    text = "The club hired Tim Cole, who remembered his players practising late and “running until they dropped.”"
    assert _quote(nlp, text, "running until").speaker == "Tim Cole"
