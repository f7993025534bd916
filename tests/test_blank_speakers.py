"""Speakers the text gives that were left blank, and descriptions that stand for a speaker the
article names in a way a reader can check (issue 11): each rule on a short article written for it
that fails without the rule, and the guards that keep a description when the link is not given."""

from __future__ import annotations

import pytest

from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import analyze

# (name, text, [(start of the quotation's words, expected speaker)]); names in SURE must also be sure
CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "an-order-is-speech",
        'Police forced open the door of the motel room. "Hands! Let me see your hands!" an officer '
        'ordered. "Step out."',
        [("Hands!", "an officer"), ("Step out", "an officer")],
    ),
    (
        "a-prayer-to-the-court-is-speech",
        "The senators refused to answer the summons. Instead, they are praying the court to direct the "
        "police to \u201cpay the applicants damages for the humiliation and the unlawful attempt to arrest "
        "them.\u201d",
        [("pay the applicants", "The senators")],
    ),
    (
        "reduced-to-lecturing",
        "When the committee's lawyers are reduced to lecturing the nation that \u201chearsay can be better "
        "evidence than direct testimony,\u201d the inquiry is over.",
        [("hearsay can be", "the committee's lawyers")],
    ),
    (
        "in-the-words-of",
        "The man returned to his doctor in December with worsening breathlessness.\n\nHere is how bad "
        "things got in the words of the patient: \u201cTwo months after the onset of the symptoms, I was "
        "unable to stand or walk for more than a few minutes at a time.\u201d",
        [("Two months after", "the patient")],
    ),
    (
        "as-x-related",
        "Dr Ana Costa treated the first patients in the valley. As Costa related, \u201cthe clinic ran out "
        "of oxygen on the second night and we had to choose who got it.\u201d",
        [("the clinic ran out", "Ana Costa")],
    ),
    (
        "passive-subject-controls-the-speech-verb",
        'The port director, Luis Ramos, was known for telling colleagues "the harbour runs on favours, '
        'not rules" long before the inquiry began.',
        [("the harbour runs", "Luis Ramos")],
    ),
    (
        "directives-from-x-to",
        "The leaked files show that the crackdown began with directives from Chen Wei to \u201cshow "
        "absolutely no mercy\u201d in the \u201cstruggle against smuggling, fraud and bribery\u201d.",
        [("show absolutely", "Chen Wei"), ("struggle against", "Chen Wei")],
    ),
    (
        # the parse reads the sentence as one noun phrase, "formed" and "sent" modifying "The group"
        "a-sentence-read-as-a-noun-phrase",
        "Hundreds of cleaners lost their jobs last week. The group, Cleaners United, formed in recent "
        "weeks and sent a letter to management earlier this month stating that they \u201cdo not want to "
        "be defined by the failures of the company\u2019s leadership.\u201d",
        [("do not want", "Cleaners United")],
    ),
    (
        # "“…,” the patient described in the report": the parse hangs the verb on the noun as a modifier
        "the-patient-described",
        "A man fell ill after switching to feather bedding, according to a new case report. His doctors "
        'were puzzled.\n\n"Going upstairs to bed was a 30-minute activity as I could only manage two '
        'stairs at a time and then needed to sit and rest," the patient described in the case report.',
        [("Going upstairs", "the patient")],
    ),
    (
        # a highlight repeating words quoted later is the speaker's, to review
        "a-highlight-repeats-a-quotation",
        "Tim Morrison, a former adviser, testified on Thursday. Here are some of the highlights:\n\n"
        '- "My fears have been realized"\n\n'
        'Morrison told the committee, "I feared at the time of the call how its disclosure would play in '
        'Washington. My fears have been realized."',
        [("My fears have", "Tim Morrison")],
    ),
    (
        "issued-a-statement-saying",
        "Northwind Energy issued a statement saying \u201cthe delay was caused by a supplier and "
        "will not affect prices.\u201d",
        [("the delay was caused", "Northwind Energy")],
    ),
    (
        "the-statement-is-its-issuers",
        "Two workers were injured in a fire at the depot, the Harbour Authority said in a statement on "
        'Wednesday.\n\n"The cause of the fire is under investigation and the depot will stay closed," '
        "the statement said.",
        [("The cause of the fire", "Harbour Authority")],
    ),
    (
        "the-statement-of-an-institution",
        "Two soldiers were killed in a helicopter crash in the north, the US military said in a statement "
        'on Wednesday.\n\n"The cause of the crash is under investigation," the statement said.',
        [("The cause of the crash", "the US military")],
    ),
    (
        # a newspaper that obtained a statement is not its author; the statement is the one issued before
        "obtained-by-is-not-the-author",
        "Northwind Energy issued a statement on Monday about the outage.\n\n"
        'The statement, which was obtained by Reuters, said the delay "was caused by a supplier and will '
        'not affect prices."',
        [("was caused by", "Northwind Energy")],
    ),
    (
        # "it" is the statement just put out, not the organisation named last
        "it-says-after-a-statement",
        "Harbour Records have twice denied blocking the singer's tour.\n\n"
        "On Monday the company put out another statement, addressed to the organisers of the Globe Music "
        'Awards.\n\n"We have agreed to license all of the recordings for the broadcast," it says.',
        [("We have agreed", "Harbour Records")],
    ),
    (
        "a-singular-they-for-a-spokesperson",
        "Kym Lino, a spokesperson for Photobook, confirmed that the company contacts users. \u201cWe use a "
        "model which predicts which accounts may benefit from business tools,\u201d they said in an email.",
        [("We use a model", "Kym Lino")],
    ),
    (
        # guard: a named person who is no spokesperson is not the "they" of the next sentence
        "they-is-not-the-mayor",
        "Mayor Tom Smith met the protesters outside city hall on Monday. \u201cWe will not go home until the "
        "plant closes,\u201d they said.",
        [("We will not go home", None)],
    ),
    (
        # the statement's issuer is the "it" itself: read as the ordinary "it", never round in a circle
        "an-it-that-issued-the-statement",
        "Northwind Energy bid for the contract. In a statement released on Tuesday, it said it had "
        'submitted a plan. "We are ready to build," it said.',
        [("We are ready", "Northwind Energy")],
    ),
    (
        # a description of the person the passage is about is them, read like a pronoun: to review,
        # and so are the words that go on in its voice
        "a-description-of-the-passages-person-is-to-review",
        'James Dorian has been voted off the dance show. "We lost the baby," Dorian said on Monday.\n\n'
        '"You never know why these things happen," said the actor. "It makes you more human."',
        [("You never know", "James Dorian"), ("It makes you", "James Dorian")],
    ),
    (
        # a description that could be either of two people is left unresolved, and is to review
        "an-unresolved-description-is-to-review",
        'James Dorian and Lena Ford have been voted off the dance show. "We lost the baby," Dorian said '
        "on Monday, and Ford wept.\n\n"
        '"You never know why these things happen," said the actor. "It makes you more human."',
        [("You never know", "the actor"), ("It makes you", "the actor")],
    ),
    (
        # guard: "an insider ... the insider" is someone unnamed, and the description may be sure
        "a-description-of-someone-unnamed-may-be-sure",
        'An insider spoke to the outlet on Monday. "Scooter is frustrated," the insider said. "He does '
        'not run the company."',
        [("He does not run", "the insider")],
    ),
    (
        # "Another" takes up the noun of the "one user" before it
        "another-of-the-same",
        "The public is beginning to panic over a possible outbreak.\n\nAccording to AFP, one user on Weibo, "
        "which is China\u2019s version of Twitter, posted: \u201cI just want to know how these two came to Beijing.\u201d\n\nAnother reportedly said: "
        "\u201cBird flu in the year of the rooster, swine fever in the year of the pig, and now the "
        "plague.\u201d",
        [("Bird flu", "Another user on Weibo")],
    ),
    (
        "the-n-year-old-whose-age-was-given",
        "Carla Ruiz, 44, took charge of Dynamo Kelso on Monday after two years out of work.\n\n"
        "She had been sacked by Martin Hale in 2018.\n\n"
        'The 44-year-old said after her appointment: "I am excited to be joining a club with such a '
        'great history."',
        [("I am excited", "Carla Ruiz")],
    ),
    (
        "the-n-year-old-whose-age-was-given-with-aged",
        "Carla Ruiz, aged 44, took charge of Dynamo Kelso on Monday after two years out of work.\n\n"
        "She had been sacked by Martin Hale in 2018.\n\n"
        'The 44-year-old said after her appointment: "I am excited to be joining a club with such a '
        'great history."',
        [("I am excited", "Carla Ruiz")],
    ),
    (
        # guard: no age given, so the person named last (the wrong one) is never taken for it
        "the-n-year-old-with-no-age-given-stays-a-description",
        "Carla Ruiz took charge of Dynamo Kelso on Monday after two years out of work.\n\n"
        "She had been sacked by Martin Hale in 2018.\n\n"
        'The 44-year-old said after her appointment: "I am excited to be joining a club with such a '
        'great history."',
        [("I am excited", "The 44-year-old")],
    ),
    (
        # guard: two people of that age, so no one is chosen
        "the-n-year-old-with-two-of-that-age-stays-a-description",
        "Carla Ruiz, 44, took charge of Dynamo Kelso on Monday after two years out of work.\n\n"
        "Her assistant, Tom Berry, 44, joins from Hearts.\n\n"
        'The 44-year-old said after her appointment: "I am excited to be joining a club with such a '
        'great history."',
        [("I am excited", "The 44-year-old")],
    ),
]


# the statement's own verb, not the clause it sits in, ties the quotation to its speaker
SURE = frozenset({"issued-a-statement-saying", "a-description-of-someone-unnamed-may-be-sure"})
REVIEW = frozenset(
    {
        "an-unresolved-description-is-to-review",
        "a-description-of-the-passages-person-is-to-review",
        "a-highlight-repeats-a-quotation",
    }
)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_speaker(nlp, name, text, expected):
    analysis = analyze(Article(text=text), nlp)
    for start, speaker in expected:
        quote = next(q for q in analysis.quotes if q.text.startswith(start))
        assert quote.kind != "scare" or speaker is None, (name, start)
        assert quote.speaker == speaker, (name, start, quote.speaker)
        if name in SURE:
            assert not quote.needs_review, (name, start, quote.confidence)
        if name in REVIEW:
            assert quote.needs_review, (name, start, quote.confidence)
