"""Attribution patterns of US political news that newsroom set e (tests/fixtures_newsroom_e.py)
showed, each on a short fictional article written for the test (not set e's text)."""

from __future__ import annotations

from tests.written_articles import quote_starting

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


def test_a_participle_after_a_that_clause_is_the_main_subjects(nlp):
    # "vetoed a bill that would have ..., calling it “…”": the -ing clause after the comma says what
    # the governor did, though the parse hangs it on the verb of the clause about the bill
    text = (
        "Mayor Tom Reyes rejected a plan that would have moved the city's bus depot to the "
        "waterfront, calling the idea \u201ca nonstarter for the neighborhood.\u201d\n\n"
        "Sen. Alma Ruiz blocked a nomination that would have filled the court's last vacancy, "
        "calling the nominee \u201cunqualified for the job.\u201d"
    )
    assert _quote(nlp, text, "a nonstarter").speaker == "Tom Reyes"
    assert _quote(nlp, text, "unqualified for").speaker == "Alma Ruiz"


def test_a_that_clause_with_its_own_speech_verb_keeps_its_subject(nlp):
    # no participle: the relative clause's own verb of speech is said by what the clause is about
    text = (
        "Critics pointed to a 2014 audit by the Harbor Institute that called the program "
        "\u201ca costly failure by any measure.\u201d"
    )
    assert _quote(nlp, text, "a costly failure").speaker == "Harbor Institute"


def test_a_relative_clause_with_its_own_speaker_is_not_the_asides(nlp):
    # "Her shift, they say, reflects ..., which Lyle described as “…”": the aside reports the main
    # clause; the relative clause names its own speaker, who is the one quoted
    text = (
        "The delay, his aides say, reflects concerns raised late in the review, particularly on water "
        "rights, which his chief of staff, Dana Kirk, described as \u201cthe whole ballgame for farmers.\u201d\n\n"
        "Her vote, her allies say, reflects changes made in the final draft, especially on overtime, "
        "which her campaign manager, Rita Soto, described as \u201cthe line she would not cross.\u201d"
    )
    assert _quote(nlp, text, "the whole ballgame").speaker == "Dana Kirk"
    assert _quote(nlp, text, "the line she would").speaker == "Rita Soto"


def test_an_aside_still_reports_the_clause_it_interrupts(nlp):
    # no relative clause between: the aside's speaker outranks the verb inside what it reports
    text = (
        "Senator Paula Lee spoke in Dayton on Monday.\n\n"
        "Most voters, Lee said, have come to believe \u201cthe system is rigged against people like them.\u201d"
    )
    assert _quote(nlp, text, "the system is rigged").speaker == "Paula Lee"


def test_a_gendered_role_noun_tells_the_persons_gender(nlp):
    # "The contractor's spokesman, Robin Hale": a spokesman is a man, so the "she" after his
    # quotation is not him but the woman the story is about
    text = (
        "State Sen. Kerry Pineda has asked the state auditor to review a $40 million highway contract.\n\n"
        "The contractor\u2019s spokesman, Robin Hale, called the request \u201ca fishing expedition.\u201d\n\n"
        "\u201cTaxpayers deserve to know where their money went,\u201d she said."
    )
    assert _quote(nlp, text, "Taxpayers deserve").speaker == "Kerry Pineda"


def test_a_role_that_tells_no_gender_leaves_the_pronoun_free(nlp):
    # a spokesperson may be a man or a woman: the "she" after the quotation is still Robin Hale
    text = (
        "The city council passed its budget on Monday.\n\n"
        "The union\u2019s spokesperson, Robin Hale, called it \u201ca broken promise.\u201d\n\n"
        "\u201cWe will be back at the table next week,\u201d she said."
    )
    assert _quote(nlp, text, "We will be back").speaker == "Robin Hale"


def test_a_surname_read_as_a_date_still_names_the_person(nlp):
    # the recogniser reads "Morrow" as a date; as the subject of "has said" it is Karen Morrow, the
    # she of the next quotation, not the woman quoted before her
    text = (
        "County Executive Karen Morrow and her challenger, Paula Ames, met for their only debate on Tuesday.\n\n"
        "Ames attacked the county\u2019s budget. \u201cThe books are a mess,\u201d she said.\n\n"
        "Morrow has said she inherited the deficit from her predecessor.\n\n"
        "\u201cI cut spending every single year I was in office,\u201d she said."
    )
    assert _quote(nlp, text, "I cut spending").speaker == "Karen Morrow"


def test_only_a_subject_or_owner_misread_as_a_date_is_taken_for_a_surname(nlp):
    # "in May" is a month wherever a Karen May is named; a subject read as a date may be a surname
    from quotemark.analysis.person_evidence import misread_surname

    doc = nlp("Morrow has said she will vote in May.")
    by_text = {t.text: t for t in doc}
    assert by_text["Morrow"].ent_type_ == "DATE" and misread_surname(by_text["Morrow"])
    assert not misread_surname(by_text["May"])
    assert not misread_surname(nlp("Ohio has approved the plan.")[0])  # a place that says nothing is a place


def test_a_surname_read_as_a_place_that_speaks_is_the_person(nlp):
    # the recogniser reads "Halloran" as a place; a place that "said" is the person of that surname,
    # the she the following sentences are about
    text = (
        "Bridget Halloran, 41, runs the food bank in Millbrook. She has not taken a day off since March.\n\n"
        "Her deputy, Carol Wynn, said the shelves were nearly empty. \u201cWe are one bad week from "
        "closing,\u201d Wynn said.\n\n"
        "Halloran said she had heard that warning before. She sent two volunteers to the county fair "
        "to collect cans.\n\n"
        "\u201cWe always find a way,\u201d she said."
    )
    assert _quote(nlp, text, "We always find").speaker == "Bridget Halloran"


def test_a_documents_author_is_never_the_dateline(nlp):
    # the lead sentence after a dateline names who released the report; when its subject cannot be
    # read, "the report" stays a description to review, never the dateline's city, sure
    text = (
        "DAYTON, Ohio \u2014 The Fair Housing Law Center released a report on Monday accusing a county "
        "judge of bias against tenants.\n\n"
        "The judge declined to comment.\n\n"
        "\u201cThe judge has ruled for the landlord in 212 of 214 contested cases,\u201d the report states."
    )
    quote = _quote(nlp, text, "The judge has ruled")
    assert quote.speaker != "DAYTON"
    assert quote.speaker == "Fair Housing Law Center" or quote.needs_review


def test_a_documents_author_named_in_the_lead_still_speaks_for_it(nlp):
    text = (
        "The Fair Housing Law Center released a report on Monday accusing a county judge of bias "
        "against tenants.\n\n"
        "The judge declined to comment.\n\n"
        "\u201cThe judge has ruled for the landlord in 212 of 214 contested cases,\u201d the report states."
    )
    assert _quote(nlp, text, "The judge has ruled").speaker == "Fair Housing Law Center"
