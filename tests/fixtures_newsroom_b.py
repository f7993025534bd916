"""A second held-out newsroom set, written after the rules that the first one
(tests/fixtures_newsroom.py) led to, and BEFORE quotemark was run on it: it measures whether
those rules carry over. Fictional people, places and companies; same format as the first set:
(name, text, [(start of the quotation's words, expected speaker or None)]), in text order.
"""

from __future__ import annotations

ARTICLES_B: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "guardian-nhs-waits",
        "Patients in the north-east are waiting almost twice as long for hip operations as those in "
        "London, according to figures released on Thursday.\n\n"
        "The health secretary, Rachel Osei-Bonsu, said the gap was \u2018unacceptable\u2019 and promised "
        "new money for surgical hubs.\n\n"
        "\u2018Where you live should not decide whether you can walk without pain,\u2019 she said. "
        "\u2018That is the test I will be judged on.\u2019\n\n"
        "Labour\u2019s shadow health secretary, Tom Keane, said ministers had been warned for years. "
        "\u2018This is not news to anyone who works in the NHS,\u2019 he said.\n\n"
        "Dr Priya Nair, an orthopaedic surgeon in Sunderland, told the Guardian that theatre time was "
        "the main problem. \u2018We have surgeons. We have patients. What we do not have is a room to "
        "operate in,\u2019 she said.\n\n"
        "The Royal College of Surgeons said in a statement that the figures were \u2018deeply "
        "worrying\u2019.\n\n"
        "Margaret Hale, 71, from Gateshead, has waited 14 months for a new hip.\n\n"
        "\u2018Some days I don\u2019t get out of the chair,\u2019 she said. \u2018My grandchildren have "
        "stopped asking me to come to the park.\u2019",
        [
            ("unacceptable", "Rachel Osei-Bonsu"),
            ("Where you live", "Rachel Osei-Bonsu"),
            ("That is the test", "Rachel Osei-Bonsu"),
            ("This is not news", "Tom Keane"),
            ("We have surgeons", "Priya Nair"),
            ("deeply worrying", "Royal College of Surgeons"),
            ("Some days I don", "Margaret Hale"),
            ("My grandchildren", "Margaret Hale"),
        ],
    ),
    (
        "markets-economists",
        "NEW YORK, June 12 (Reuters) - U.S. stocks fell on Wednesday after consumer prices rose more than "
        "expected in May, dimming hopes that the Federal Reserve would cut interest rates this summer.\n\n"
        "\u201cThis print takes a July cut off the table, in my view,\u201d said Helen Zhao, chief "
        "economist at Brightwater Capital. \u201cThe Fed needs two or three good months, and it just "
        "got a bad one.\u201d\n\n"
        "Consumer prices rose 0.4% last month, the Labor Department said.\n\n"
        "Not everyone was gloomy. Daniel Ortega, a strategist at Northfield Partners, said much of the "
        "rise came from car insurance and would fade. \u201cStrip that out and the picture is a lot "
        "calmer,\u201d he wrote in a note.\n\n"
        "Fed Chair Linda Carrow said last week that the central bank would be \u201cpatient\u201d and "
        "wanted \u201cgreater confidence\u201d that inflation was falling.\n\n"
        "The Dow Jones Industrial Average fell 1.1%, the S&P 500 lost 0.9% and the Nasdaq Composite "
        "dropped 0.8%.\n\n"
        "\u201cMarkets had priced in perfection,\u201d said Sam Whitaker, who manages $2 billion at "
        "Ridgeline Advisors. \u201cThey got reality instead.\u201d",
        [
            ("This print takes", "Helen Zhao"),
            ("The Fed needs two", "Helen Zhao"),
            ("Strip that out", "Daniel Ortega"),
            ("patient", "Linda Carrow"),
            ("greater confidence", "Linda Carrow"),
            ("Markets had priced", "Sam Whitaker"),
            ("They got reality", "Sam Whitaker"),
        ],
    ),
    (
        "police-local-crime",
        "SPRINGDALE \u2014 Police arrested two teenagers on Sunday in connection with a string of car "
        "break-ins on the city\u2019s east side, a department spokesman said.\n\n"
        "Sgt. Luis Ortiz said the pair, aged 16 and 17, were caught after a resident called 911 and "
        "described a car circling the block.\n\n"
        "\u201cThat call made all the difference,\u201d Ortiz said. \u201cWhen people see something "
        "odd, we want to hear about it.\u201d\n\n"
        "More than 40 cars had been broken into since March, police said.\n\n"
        "The resident who called, Janet Brooks, said she had been woken by the sound of glass "
        "breaking.\n\n"
        "\u201cI almost didn\u2019t call. I thought, it\u2019s probably nothing,\u201d Brooks said. "
        "\u201cI\u2019m glad I did.\u201d\n\n"
        "Councilman Ray Dubois, whose ward includes the area, said residents had been "
        "\u201cliving on edge\u201d for months.\n\n"
        "Asked whether more arrests were expected, Ortiz said: \u201cThe investigation is ongoing. "
        "I can\u2019t say more than that.\u201d",
        [
            ("That call made", "Luis Ortiz"),
            ("When people see", "Luis Ortiz"),
            ("I almost didn", "Janet Brooks"),
            ("I\u2019m glad I did", "Janet Brooks"),
            ("living on edge", "Ray Dubois"),
            ("The investigation is ongoing", "Luis Ortiz"),
        ],
    ),
    (
        "profile-present-tense",
        "On a cold Tuesday morning, Elena Vasquez is already in the bakery at 4 a.m., flour to her "
        "elbows.\n\n"
        "\u201cPeople think baking is about recipes,\u201d she says, shaping a loaf without looking at it. "
        "\u201cIt is about getting up.\u201d\n\n"
        "Vasquez, 52, opened Pan Dulce on Fifth Street in 2009 with a loan from her brother, Marco. "
        "He still does the books.\n\n"
        "\u201cShe would give the bread away if I let her,\u201d Marco Vasquez says. \u201cSomebody has "
        "to count.\u201d\n\n"
        "The bakery now employs 11 people. Its best-known customer may be the city\u2019s former mayor, "
        "Arthur Bell, who calls the conchas \u201cthe best thing in this town, including me.\u201d\n\n"
        "Too often, Vasquez says, small shops are told to grow or die.\n\n"
        "\u201cI don\u2019t want to be big,\u201d she says. \u201cI want to be here.\u201d",
        [
            ("People think baking", "Elena Vasquez"),
            ("It is about getting up", "Elena Vasquez"),
            ("She would give", "Marco Vasquez"),
            ("Somebody has to count", "Marco Vasquez"),
            ("the best thing in this town", "Arthur Bell"),
            ("I don\u2019t want to be big", "Elena Vasquez"),
            ("I want to be here", "Elena Vasquez"),
        ],
    ),
    (
        "soccer-post-match",
        "Westbury Town manager Gary Lowe said his side had \u2018thrown away\u2019 two points after "
        "conceding an injury-time equaliser in a 2-2 draw with Ashford United on Saturday.\n\n"
        "Striker Kofi Mensah scored twice for Westbury before Ashford\u2019s Liam Price headed in a "
        "corner in the 94th minute.\n\n"
        "\u2018We had the game won and we switched off,\u2019 Lowe told BBC Radio Kent. \u2018That is on "
        "me as much as anyone.\u2019\n\n"
        "Mensah, who has now scored nine goals this season, was more upbeat.\n\n"
        "\u2018A point away from home is not a disaster,\u2019 the 24-year-old said. \u2018We go again "
        "on Tuesday.\u2019\n\n"
        "Ashford boss Neil Carter praised his side\u2019s \u2018character\u2019.\n\n"
        "\u2018Plenty of teams would have folded at 2-0 down,\u2019 he said. \u2018Not this lot.\u2019",
        [
            ("thrown away", "Gary Lowe"),
            ("We had the game won", "Gary Lowe"),
            ("That is on me", "Gary Lowe"),
            ("A point away from home", "Kofi Mensah"),
            ("We go again", "Kofi Mensah"),
            ("character", "Neil Carter"),
            ("Plenty of teams", "Neil Carter"),
            ("Not this lot", "Neil Carter"),
        ],
    ),
    (
        "dw-protest-statements",
        "Thousands of people marched through the capital on Saturday to protest a proposed law that "
        "critics say would restrict the work of independent media.\n\n"
        "Organizers said more than 20,000 people took part; police put the figure at 8,000.\n\n"
        "\u201cWe are here because tomorrow it may be too late,\u201d student Irina Petrova told DW. "
        "\u201cIf this law passes, the only news we get will be the government\u2019s.\u201d\n\n"
        "The government has defended the bill. In a statement, the Justice Ministry said it was "
        "\u201cabout transparency, not control.\u201d\n\n"
        "The European Union\u2019s foreign policy spokesperson, Anna Lindqvist, said the bloc was "
        "following events \u201cwith great concern.\u201d\n\n"
        "Opposition leader Viktor Salo accused the ruling party of \u201ccopying the playbook of every "
        "strongman in the region.\u201d\n\n"
        "Parliament is due to vote on the bill next week. Government officials said they expected it to "
        "pass. They gave no further details.",
        [
            ("We are here because", "Irina Petrova"),
            ("If this law passes", "Irina Petrova"),
            ("about transparency", "Justice Ministry"),
            ("with great concern", "Anna Lindqvist"),
            ("copying the playbook", "Viktor Salo"),
        ],
    ),
    (
        "tech-earnings-call-qa",
        "Orbitel Inc shares jumped 9% in after-hours trading on Thursday after the cloud software maker "
        "reported revenue that beat Wall Street estimates.\n\n"
        "On a call with analysts, Chief Executive Priya Raman said demand from banks had been "
        "\u201cexceptionally strong.\u201d\n\n"
        "Asked by Morgan Bell of Keystone Research whether the company would raise prices, Raman said: "
        "\u201cWe are not going to chase short-term revenue at the cost of trust.\u201d\n\n"
        "Chief Financial Officer Mark Ellison said the company expected margins to improve in the second "
        "half. \u201cMost of the heavy spending is behind us,\u201d he said.\n\n"
        "\u201cThis was the cleanest quarter they have reported in two years,\u201d said Keystone\u2019s "
        "Bell in a note after the call.\n\n"
        "Orbitel said it would buy back up to $500 million of its shares.",
        [
            ("exceptionally strong", "Priya Raman"),
            ("We are not going to chase", "Priya Raman"),
            ("Most of the heavy spending", "Mark Ellison"),
            ("This was the cleanest", "Morgan Bell"),
        ],
    ),
    (
        "obituary-family",
        "Harold Jenkins, who taught mathematics at Eastfield High School for 38 years and coached its "
        "chess team to four state titles, died on Monday at his home in Millbrook. He was 89.\n\n"
        "His daughter, Susan Jenkins-Marsh, said the cause was heart failure.\n\n"
        "\u201cHe never stopped teaching, not even in the hospital,\u201d she said. \u201cHe was "
        "explaining probability to the nurses.\u201d\n\n"
        "Former students filled social media with tributes. One, Dr. Kevin Osei, now a physicist at "
        "Stanford, wrote that Jenkins had \u201cmade me believe I was good at something.\u201d\n\n"
        "Jenkins was born in 1937 in a small farming town in Iowa. He is survived by his daughter, a "
        "son, Paul, and five grandchildren.\n\n"
        "\u201cDad used to say a problem you can\u2019t solve is just a problem you haven\u2019t "
        "finished,\u201d Paul Jenkins said.",
        [
            ("He never stopped teaching", "Susan Jenkins-Marsh"),
            ("He was explaining", "Susan Jenkins-Marsh"),
            ("made me believe", "Kevin Osei"),
            ("Dad used to say", "Paul Jenkins"),
        ],
    ),
]
