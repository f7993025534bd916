"""Short fictional news articles whose he/she speakers and cue-less quotation paragraphs have a
trap (issue 11, patterns 1 and 5): a second person of the same gender named in passing, a person
named as an object or in a prepositional phrase, a possessor, a person named inside a quotation, a
new paragraph whose subject is someone new, a long run where the passage keeps its topic while
other names pass by. Written, with the speaker a careful journalist would give each quotation,
BEFORE quotemark was run on them. Same format as the newsroom sets: (name, text, [(first words of
a quotation, expected speaker)]).
"""

from __future__ import annotations

ARTICLES_PRONOUNS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "sports-coach-after-defeat",
        "Lakeside United slipped to a 3-1 defeat at Marlow Town on Saturday, their third loss in a row.\n\n"
        "Coach Dana Reyes did not hide her frustration. Her side conceded twice in six minutes after the "
        "break against a Marlow team assembled by Gina Holt over the summer. \u201cWe switched off, and at "
        "this level you get punished,\u201d she said.\n\n"
        "Reyes said she would speak to the players on Monday. \u201cNobody is guaranteed a place on "
        "Saturday,\u201d she added.\n\n"
        "\u201cWe have to be better than this,\u201d Reyes said. Her assistant, Paul Ng, defended the decision "
        "to rest three starters for the cup tie on Wednesday.\n\n"
        "\u201cWe needed fresh legs, and I stand by that.\u201d\n\n"
        "Holt, who was sacked by Lakeside two years ago, declined to gloat. \u201cDana is a friend and "
        "she will turn this around,\u201d Holt said.",
        [
            ("We switched off", "Dana Reyes"),
            ("Nobody is guaranteed", "Dana Reyes"),
            ("We have to be better", "Dana Reyes"),
            ("We needed fresh legs", "Paul Ng"),
            ("Dana is a friend", "Gina Holt"),
        ],
    ),
    (
        "us-senator-spending-bill",
        "WASHINGTON \u2014 Sen. Maria Delgado, a Democrat from New Mexico, said Tuesday she would vote "
        "against the Senate's $1.2 trillion spending package, dealing a blow to party leaders who had "
        "hoped to pass it by Friday.\n\n"
        "Delgado said Majority Leader Karen Whitfield had called her twice over the weekend to ask for "
        "her vote. \u201cI told her I respect the work that went into it, but this bill shortchanges rural "
        "hospitals,\u201d she said.\n\n"
        "Whitfield's office did not respond to a request for comment.\n\n"
        "Delgado met with Health Secretary Joan Kimura at the White House last month to press for more "
        "money for rural clinics. \u201cShe listened, which is more than I can say for some people in this "
        "building,\u201d Delgado told reporters.\n\n"
        "She said she had not spoken to President Robert Hale since the package was unveiled. \u201cI'm not "
        "waiting for a phone call,\u201d she said.\n\n"
        "Sen. Tom Barrow, a Republican from Kansas, said he shared some of Delgado's concerns. \u201cThe "
        "hospital money is a real problem for states like mine,\u201d he said. \u201cBut I'll probably hold my "
        "nose and vote yes.\u201d",
        [
            ("I told her I respect", "Maria Delgado"),
            ("She listened", "Maria Delgado"),
            ("I'm not waiting", "Maria Delgado"),
            ("The hospital money", "Tom Barrow"),
            ("But I'll probably", "Tom Barrow"),
        ],
    ),
    (
        "uk-headteacher-retires",
        "After 27 years at Hollins Lane Primary, Margaret Ashby will ring the school bell for the last "
        "time on Friday.\n\n"
        "Mrs Ashby, 64, joined the school as a newly qualified teacher in 1997, when the head was a "
        "formidable Scot named Fiona Grant. 'She terrified me, and she taught me everything,' she said.\n\n"
        "She took over as head in 2009 after Mrs Grant retired to Inverness. Ofsted inspectors rated the "
        "school outstanding three years later, and the then education secretary, Michael Gove, sent a "
        "letter of congratulation. 'I still have it in a drawer somewhere,' she said.\n\n"
        "Her deputy, Sarah Okoye, will succeed her in September. Mrs Ashby said Ms Okoye had been 'the "
        "real engine of the place' for a decade.\n\n"
        "'She knows every child's name, and most of their grandparents' names too,' she said.\n\n"
        "Parents have organised a leaving party on the school field. Claire Whitmore, whose three "
        "children all went to Hollins Lane, said the turnout would be enormous. 'Half the village will "
        "be there,' she said.",
        [
            ("She terrified me", "Margaret Ashby"),
            ("I still have it", "Margaret Ashby"),
            ("She knows every child", "Margaret Ashby"),
            ("Half the village", "Claire Whitmore"),
        ],
    ),
    (
        "court-charity-fraud",
        "A Brampton woman who ran a fake charity for flood victims was jailed for four years on "
        "Thursday.\n\n"
        "Justice Helen Morrow told Carla Denning, 41, that she had exploited the generosity of strangers "
        "at a time of crisis. Denning's lawyer, Nadia Fox, had asked for a conditional sentence, arguing "
        "her client was the sole carer for two children.\n\n"
        "\u201cThe victims of this fraud were themselves, in many cases, victims of the flood,\u201d Morrow "
        "said. \u201cA conditional sentence would not reflect the gravity of what she did.\u201d\n\n"
        "Fox said outside court that her client would consider an appeal. \u201cShe accepts responsibility, "
        "but four years is excessive,\u201d she said.\n\n"
        "Denning's sister, Lisa Denning, wept in the public gallery as the sentence was read. The Crown "
        "prosecutor, Amir Haddad, said the case should serve as a warning. \u201cPeople who give to charity "
        "deserve to know where their money goes,\u201d he said.\n\n"
        "Morrow also ordered Denning to repay $212,000. She said the court had received letters from 37 "
        "donors. \u201cMany of them wrote that they will never give to a charity again,\u201d she said.",
        [
            ("The victims of this fraud", "Helen Morrow"),
            ("A conditional sentence", "Helen Morrow"),
            ("She accepts responsibility", "Nadia Fox"),
            ("People who give", "Amir Haddad"),
            ("Many of them wrote", "Helen Morrow"),
        ],
    ),
    (
        "us-wire-governor-tax-deal",
        "DES MOINES, Iowa (AP) \u2014 Gov. Richard Lyle said Wednesday he will sign a bill capping property "
        "tax increases, ending a months-long standoff with legislative leaders.\n\n"
        "Lyle announced the decision after meeting with House Speaker Dan Pruitt and Senate President "
        "Carl Voss at the Capitol. \u201cWe didn't get everything we wanted, but Iowa homeowners are going "
        "to get real relief,\u201d he said.\n\n"
        "Pruitt, a Republican from Ames, had pushed for a tighter cap.\n\n"
        "\u201cGov. Lyle deserves credit for coming to the table,\u201d Voss said in a statement. \u201cDan "
        "Pruitt and I will keep pushing for more.\u201d\n\n"
        "Lyle spent much of the morning on the phone with county assessors. He met on Tuesday night with "
        "former Gov. Terry Banks, who vetoed a similar cap in 2015. \u201cTerry told me to hold firm, and "
        "I'm glad I didn't listen,\u201d he said.",
        [
            ("We didn't get everything", "Richard Lyle"),
            ("Gov. Lyle deserves", "Carl Voss"),
            ("Dan Pruitt and I", "Carl Voss"),
            ("Terry told me", "Richard Lyle"),
        ],
    ),
    (
        "feature-baker-mill-street",
        "Eleanor Voss has baked bread on Mill Street for 31 years, and she has no plans to stop.\n\n"
        "She took the shop over from her father in 1993. Her mother, Ruth, kept the books until she "
        "died in 2010. \u201cMum could find a missing penny in a week's takings,\u201d Voss said.\n\n"
        "Most mornings she is at the ovens by 4 a.m. Her niece, Anna Kovac, joined the business last "
        "year and now runs the caf\u00e9 next door.\n\n"
        "\u201cAnna has better ideas than I ever did,\u201d she said. \u201cThe sourdough was hers.\u201d\n\n"
        "A supermarket opened on the edge of town in 2019, and trade fell by a third. Town councillor "
        "Brenda Hale, a regular customer, started a campaign urging residents to shop local.\n\n"
        "\u201cPeople forget that a high street is a habit,\u201d Hale said. \u201cIf you stop going, it dies.\u201d\n\n"
        "Voss credits the campaign with saving the shop. Asked whether she would ever retire, she "
        "laughed.\n\n"
        "\u201cThey'll carry me out of here.\u201d",
        [
            ("Mum could find", "Eleanor Voss"),
            ("Anna has better ideas", "Eleanor Voss"),
            ("The sourdough was hers", "Eleanor Voss"),
            ("People forget", "Brenda Hale"),
            ("If you stop going", "Brenda Hale"),
            ("They'll carry me out", "Eleanor Voss"),
        ],
    ),
    (
        "uk-home-secretary-asylum-centre",
        "The Home Secretary, Priya Natarajan, has rejected calls from her own backbenchers to scrap the "
        "asylum processing centre at Harwick.\n\n"
        "Speaking in the Commons on Tuesday, Ms Natarajan said the centre had cut waiting times by half. "
        "Conservative MP Louise Carter, whose constituency includes Harwick, had urged her to close it "
        "within a year. 'I will not make promises I cannot keep,' she told MPs.\n\n"
        "Mrs Carter said the decision was a betrayal. 'My constituents were promised a temporary site. "
        "Four years on, it is still there,' she said.\n\n"
        "Labour's shadow home secretary, Ian Royce, said the government had lost control of the system. "
        "He said he had written to the Prime Minister, Anne Whitfield, asking for an independent review. "
        "'The Home Secretary is not listening to her own side, let alone to us,' he said.\n\n"
        "Ms Natarajan later told the BBC she had great respect for Mrs Carter. 'She is a tireless "
        "advocate for her constituents, and we will keep talking,' she said.",
        [
            ("I will not make promises", "Priya Natarajan"),
            ("My constituents were promised", "Louise Carter"),
            ("The Home Secretary is not", "Ian Royce"),
            ("She is a tireless", "Priya Natarajan"),
        ],
    ),
    (
        "business-software-forecast",
        "Shares in Corvane Systems fell 12 per cent on Thursday after the software maker cut its "
        "forecast for the year.\n\n"
        "Chief executive Laura Mendes said customers were delaying purchases. \u201cWe are seeing deals "
        "slip from one quarter to the next, not disappear,\u201d she said on a call with analysts.\n\n"
        "Mendes, who replaced the company's founder, Victor Aldane, in 2021, said the cut was not related "
        "to the loss of the company's largest client.\n\n"
        "\u201cThat contract was always going to end this year. It is in our numbers.\u201d\n\n"
        "Analyst Greg Tomlin of Harbour Securities said the forecast was worse than expected. \u201cThe "
        "market was already nervous about growth here, and this confirms it,\u201d he said.\n\n"
        "Mendes also announced that finance chief Omar Reddy would leave in March. Reddy's departure had "
        "been expected since a board reshuffle in the spring.\n\n"
        "\u201cOmar has been a great partner and we wish him well,\u201d Mendes said.\n\n"
        "She said the search for his replacement would begin immediately. Reddy did not respond to a "
        "request for comment.\n\n"
        "\u201cWe want someone in place by the summer.\u201d",
        [
            ("We are seeing deals", "Laura Mendes"),
            ("That contract was always", "Laura Mendes"),
            ("The market was already", "Greg Tomlin"),
            ("Omar has been", "Laura Mendes"),
            ("We want someone", "Laura Mendes"),
        ],
    ),
]

# Written after the rules of analysis/salience.py and before quotemark was run on them: whether the
# rules carry over to traps they were not developed on.
ARTICLES_PRONOUNS_2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "uk-football-manager-sacked",
        "Harbridge Athletic have sacked manager Colin Pryor after a run of eight games without a win.\n\n"
        "Pryor, 52, took charge in 2021 and led the club to promotion in his first season. Chairman "
        "Geoff Lomas said the decision had been the hardest of his time at the club. 'Colin gave us "
        "the best days we have had in twenty years,' he said.\n\n"
        "Lomas said first-team coach Danny Reeve would take charge for Saturday's trip to Exeter.\n\n"
        "'Danny knows the players and the players trust him. That matters in a week like this.'\n\n"
        "Pryor thanked the supporters in a statement released by the League Managers Association. "
        "'I gave this club everything I had,' he said. 'I hope the fans remember the good times.'\n\n"
        "Reeve, who played 300 games for the club, did not speak to reporters on Thursday.",
        [
            ("Colin gave us", "Geoff Lomas"),
            ("Danny knows the players", "Geoff Lomas"),
            ("I gave this club", "Colin Pryor"),
            ("I hope the fans", "Colin Pryor"),
        ],
    ),
    (
        "us-mayor-budget-feud",
        "CHICAGO \u2014 Mayor Denise Okafor accused the city council's budget chair of \u201cplaying games with "
        "people's pensions\u201d on Wednesday, escalating a feud that has stalled the city's spending plan.\n\n"
        "Okafor spoke at a news conference hours after Alderman Teresa Munoz, who chairs the budget "
        "committee, postponed a vote for the second time. Munoz has said the plan relies on revenue "
        "that does not exist.\n\n"
        "\u201cI have offered to meet her any day, any hour,\u201d Okafor said. \u201cShe has not taken me up on "
        "it.\u201d\n\n"
        "Munoz called the mayor's remarks unfortunate. She said her committee had asked the budget "
        "office for revenue figures three times. \u201cWe are still waiting for an answer,\u201d she said.\n\n"
        "Okafor's chief of staff, Lena Brandt, said the figures had been sent on Monday.\n\n"
        "\u201cThey have had them for two days.\u201d",
        [
            ("I have offered to meet her", "Denise Okafor"),
            ("She has not taken me up", "Denise Okafor"),
            ("We are still waiting", "Teresa Munoz"),
            ("They have had them", "Lena Brandt"),
        ],
    ),
    (
        "court-landlord-fined",
        "A landlord who let a family live with a broken boiler for four months has been fined "
        "\u00a318,000.\n\n"
        "District Judge Amanda Shore told Graham Pike, 58, that he had shown \u201ccallous disregard\u201d for "
        "his tenants. Pike's barrister, Ruth Adeyemi, said her client had been in hospital for much of "
        "the period.\n\n"
        "The tenant, Sophie Marsh, told the court her two children had slept in their coats. \u201cI rang "
        "him every week. He never once called back,\u201d she said.\n\n"
        "Judge Shore said she accepted Pike had been unwell but that he had an agent who could have "
        "acted. \u201cIllness does not explain four months of silence,\u201d she said.\n\n"
        "Outside court, Ms Marsh said she had moved to a council flat. \u201cThe kids finally have a warm "
        "bedroom,\u201d she said.",
        [
            ("I rang him every week", "Sophie Marsh"),
            ("Illness does not explain", "Amanda Shore"),
            ("The kids finally", "Sophie Marsh"),
        ],
    ),
    (
        "feature-lighthouse-keeper",
        "For 41 years, Walter Finch kept the light at Skerry Point burning.\n\n"
        "He arrived in 1979, a year after his predecessor, Angus Bell, was lost at sea in a storm. "
        "Bell's widow, Mary, still lives in the village. \u201cShe brought me soup on my first night, "
        "and every Friday after that,\u201d he said.\n\n"
        "The light was automated in 2020. Finch stayed on as a caretaker, and the Northern Lighthouse "
        "Board gave him a medal last spring.\n\n"
        "\u201cI never thought of it as a job. It was a promise.\u201d\n\n"
        "His daughter, Claire Finch, a marine biologist, says he still climbs the tower every morning. "
        "\u201cHe says it keeps his knees honest,\u201d she said.",
        [
            ("She brought me soup", "Walter Finch"),
            ("I never thought of it", "Walter Finch"),
            ("He says it keeps", "Claire Finch"),
        ],
    ),
]
