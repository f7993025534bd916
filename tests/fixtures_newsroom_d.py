"""A fourth held-out newsroom set, written blind: ten articles in house styles and countries the
other sets lack (a UK council story in single quotes with Mr/Ms, an Indian results story, an
Australian football report, a Canadian court story, a US wire story with said-first inversions, a
science story quoting a study and two researchers, a long feature with alternating speakers and
cue-less continuation paragraphs, a tornado report with officials and unnamed residents, a
political story with one politician quoting another, a tech story with a company statement, a
spokesperson and posts on X). Written, and the speakers fixed, without reading analysis/ and
BEFORE quotemark was run on them. Fictional people, places and companies; same format as the
first set. Expected speakers are what a careful journalist would write: the full name, and a
description only where the article names no one.
"""

from __future__ import annotations

ARTICLES_D: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "uk-council-libraries",
        "Plans to close two libraries in Ashworth have been paused after a packed public meeting on "
        "Tuesday night, the borough council has confirmed.\n\n"
        "The council\u2019s cabinet had proposed shutting the branches in Fenby and Millgate to save "
        "\u00a3420,000 a year.\n\n"
        "Councillor Judith Pemberton, the cabinet member for communities, said the decision had not "
        "been taken lightly. \u2018Nobody goes into local government to close libraries,\u2019 she said. \u2018But "
        "we have a legal duty to balance the books.\u2019\n\n"
        "Campaigner Rosalind Keyes, who gathered 6,000 signatures against the closures, told the "
        "meeting that a volunteer-run service had failed in a neighbouring borough. \u2018You cannot run a "
        "library on goodwill and a rota,\u2019 said Mrs Keyes, a retired primary school teacher.\n\n"
        "She said children in Millgate had nowhere else to do their homework. \u2018For some of these "
        "kids, the library is the only warm, quiet room they\u2019ve got,\u2019 she said.\n\n"
        "Ms Pemberton, who has represented Fenby ward since 2014, said she had met Mrs Keyes twice. "
        "\u2018I respect what she has done. I just don\u2019t have the money,\u2019 she said.\n\n"
        "The councillor later told the Ashworth Gazette she had \u2018heard the strength of feeling\u2019 in "
        "the room and would bring revised proposals to cabinet in March.\n\n"
        "Graham Tully, leader of the opposition group, said the pause was \u2018a welcome U-turn\u2019. \u2018They "
        "should never have put these branches on the list in the first place, and they know it,\u2019 Mr "
        "Tully said.",
        [
            ("Nobody goes into local government", "Judith Pemberton"),
            ("But we have a legal duty", "Judith Pemberton"),
            ("You cannot run a library", "Rosalind Keyes"),
            ("For some of these kids", "Rosalind Keyes"),
            ("I respect what she has done", "Judith Pemberton"),
            ("heard the strength of feeling", "Judith Pemberton"),
            ("a welcome U-turn", "Graham Tully"),
            ("They should never have put", "Graham Tully"),
        ],
    ),
    (
        "india-textiles-results",
        "MUMBAI: Shares of Kaveri Textiles Ltd rose 6.2 per cent on Tuesday after the "
        "Coimbatore-based company reported a 38 per cent jump in net profit for the quarter ended "
        "September, helped by strong export orders from Europe.\n\n"
        "Net profit rose to Rs 214 crore from Rs 155 crore a year earlier, the company said in a "
        "regulatory filing. Revenue from operations grew 19 per cent to Rs 2,310 crore.\n\n"
        "\u201cOur investments in technical textiles are beginning to pay off, and the order book for the "
        "second half is the strongest we have seen,\u201d the company said in a statement.\n\n"
        "Managing director Suresh Venkataraman told analysts on an earnings call that cotton prices "
        "remained a worry. \u201cIf cotton stays above Rs 60,000 a candy, we will have to pass some of it "
        "on to customers,\u201d he said.\n\n"
        "Margins, he said, were \u201cunder some pressure\u201d but would recover by the fourth quarter as new "
        "capacity at the Tiruppur plant came on stream.\n\n"
        "Analysts were broadly positive. \u201cThe export story is real, but the stock has run up a lot,\u201d "
        "said Neha Kulkarni, textiles analyst at Dalal Street Securities. \u201cWe would wait for a "
        "dip.\u201d\n\n"
        "Kulkarni said the company\u2019s debt of Rs 890 crore was manageable, though rising interest "
        "rates could weigh on earnings next year.\n\n"
        "Mr Venkataraman said the board had approved capital expenditure of Rs 450 crore for the next "
        "financial year, most of it for weaving capacity. \u201cWe are not going to chase volumes at the "
        "cost of margins,\u201d the 56-year-old said.\n\n"
        "The stock closed at Rs 1,184 on the National Stock Exchange, its highest level in two years.",
        [
            ("Our investments in technical textiles", "Kaveri Textiles"),
            ("If cotton stays above", "Suresh Venkataraman"),
            ("under some pressure", "Suresh Venkataraman"),
            ("The export story is real", "Neha Kulkarni"),
            ("We would wait for a dip", "Neha Kulkarni"),
            ("We are not going to chase", "Suresh Venkataraman"),
        ],
    ),
    (
        "australia-football-hawks",
        "The Kellerton Hawks have kept their finals hopes alive with a gritty 14-point win over the "
        "Port Denison Sharks at Marsh Oval on Saturday, with veteran ruckman Brodie McAlister kicking "
        "three goals in his 250th game.\n\n"
        "McAlister, who was chaired off by teammates after the siren, said he had not expected to "
        "play at all this season after a knee reconstruction in February.\n\n"
        "\u201cI honestly thought I was done,\u201d the 34-year-old said. \u201cThe physios got me back on the park "
        "and I owe them a beer, or 10.\u201d\n\n"
        "Hawks coach Darren Pruitt praised his skipper, Lachlan Hoare, who gathered 31 disposals and "
        "kicked the sealing goal. \u201cLachie was enormous. He just willed us over the line in that last "
        "quarter,\u201d Pruitt said.\n\n"
        "He said the side would be without midfielder Jayden Kwan for at least a month after he hurt "
        "his hamstring in the second term. \u201cIt\u2019s a blow, no doubt, but we\u2019ve got depth,\u201d he said.\n\n"
        "Sharks coach Matt Ferris was blunt about his side\u2019s effort, which leaves them two games "
        "outside the eight with three rounds to play.\n\n"
        "\u201cWe were second to the ball all day. That\u2019s not good enough at this level, and the players "
        "know it,\u201d Ferris said.\n\n"
        "Asked about a string of free kicks against his side in the final term, the Sharks mentor was "
        "not drawn. \u201cI\u2019m not going there. We lost it well before that,\u201d he said.\n\n"
        "The Hawks travel to Brennan Park next week to face the ladder-leading Southport Rays.",
        [
            ("I honestly thought I was done", "Brodie McAlister"),
            ("The physios got me back", "Brodie McAlister"),
            ("Lachie was enormous", "Darren Pruitt"),
            ("It\u2019s a blow", "Darren Pruitt"),
            ("We were second to the ball", "Matt Ferris"),
            ("I\u2019m not going there", "Matt Ferris"),
        ],
    ),
    (
        "canada-court-fraud",
        "A Winnipeg man who ran a fake renovation business that took more than $300,000 from elderly "
        "homeowners has been sentenced to four years in prison.\n\n"
        "Court of King\u2019s Bench Justice Marianne Leclerc said Derek Halvorsen, 47, had chosen his "
        "victims \u201cprecisely because they were trusting.\u201d\n\n"
        "\u201cThe offender did not simply take money. He took from his victims their sense of safety in "
        "their own homes,\u201d Leclerc wrote in her decision, released Thursday.\n\n"
        "Halvorsen pleaded guilty last spring to 14 counts of fraud over $5,000. Court heard he "
        "collected deposits for roofing and basement work from seniors in St. Vital and Transcona, "
        "then stopped answering his phone.\n\n"
        "Crown attorney Nadia Szabo had asked for five years. Outside court, she said the sentence "
        "still sent a clear message. \u201cFraud against seniors is not a victimless crime, and the court "
        "has recognized that,\u201d Szabo said.\n\n"
        "Halvorsen\u2019s lawyer, Kevin Brandt, said his client was remorseful and had begun repaying some "
        "of the money. \u201cHe is not the monster he has been portrayed as,\u201d Brandt said. He said no "
        "decision had been made on an appeal.\n\n"
        "One of the victims, an 81-year-old widow from St. Vital, read a victim impact statement in "
        "court last month. \u201cI used to answer the door to anyone. Now I don\u2019t answer it at all,\u201d she "
        "said.\n\n"
        "The judge said Halvorsen\u2019s guilty plea had spared the victims a trial, which she called \u201ca "
        "meaningful mitigating factor,\u201d but said it could not outweigh the harm done.",
        [
            ("precisely because they were trusting", "Marianne Leclerc"),
            ("The offender did not simply", "Marianne Leclerc"),
            ("Fraud against seniors", "Nadia Szabo"),
            ("He is not the monster", "Kevin Brandt"),
            ("I used to answer the door", "an 81-year-old widow"),
            ("a meaningful mitigating factor", "Marianne Leclerc"),
        ],
    ),
    (
        "us-wire-ticket-fees",
        "COLUMBUS, Ohio (AP) -- Ohio lawmakers on Wednesday passed a bill that would require ticket "
        "sellers to show the full price of concert and sports tickets up front, including fees, "
        "sending the measure to the governor's desk.\n\n"
        "\"People are tired of clicking 'buy' on a $60 ticket and ending up paying $95,\" said state "
        "Rep. Danielle Ortiz, a Cleveland Democrat who sponsored the bill.\n\n"
        "The House vote was 88-7. The Senate passed the measure last month with little debate.\n\n"
        '"This is a consumer protection issue, plain and simple," said Sen. Curtis Wendell, '
        'R-Mansfield, the bill\'s Senate sponsor. "Nobody likes a surprise at checkout."\n\n'
        "The bill drew opposition from ticket resale platforms, which argued it would push buyers "
        'toward unregulated sellers. "Mandates like this end up hurting the very fans they are meant '
        'to protect," said Marcus Feld, a spokesman for the Fair Ticketing Alliance, an industry '
        "group.\n\n"
        'Republican Gov. Ellen Marsh has not said whether she will sign it. "The governor will review '
        'the bill carefully when it reaches her desk," said her spokeswoman, Tara Nguyen.\n\n'
        'Ortiz said she first heard about the problem from her teenage daughter. "She saved for '
        'months for a concert and the fees ate a third of it," Ortiz said. "That\'s when I started '
        'reading the fine print."\n\n'
        "If signed, the law would take effect in July. Similar laws have passed in at least a dozen "
        "states.",
        [
            ("People are tired of clicking", "Danielle Ortiz"),
            ("This is a consumer protection", "Curtis Wendell"),
            ("Nobody likes a surprise", "Curtis Wendell"),
            ("Mandates like this", "Marcus Feld"),
            ("The governor will review", "Tara Nguyen"),
            ("She saved for months", "Danielle Ortiz"),
            ("That's when I started", "Danielle Ortiz"),
        ],
    ),
    (
        "science-bees-fungicide",
        "Honeybees exposed to low doses of a widely used fungicide are far more likely to get lost on "
        "the way back to their hives, according to a study published on Wednesday in the Journal of "
        "Pollinator Ecology.\n\n"
        "Researchers fitted 1,200 bees with tiny radio tags and released them a kilometre from their "
        "colonies. Bees that had been fed sugar water containing the fungicide, sold as Veltrane, "
        "were 23 per cent less likely to make it home.\n\n"
        "\u201cOur results suggest that fungicides, which are generally considered safe for bees, may "
        "impair their navigation at doses found in the field,\u201d the authors wrote.\n\n"
        "\u201cThe bees weren\u2019t dying. They were getting lost, which in the end is just as fatal for the "
        "colony,\u201d said Dr Ingrid Solberg, an ecologist at the University of Bergen and the study\u2019s "
        "lead author.\n\n"
        "Dr Rachel Oyelaran, a bee biologist at the University of Leeds who was not involved in the "
        "research, said the findings were \u201cconvincing but limited.\u201d\n\n"
        "She noted that the experiment had been carried out in a single summer in one country. \u201cI\u2019d "
        "want to see it repeated somewhere hotter, where bees are already under stress,\u201d she said.\n\n"
        "Solberg said her team was now testing whether the effect wears off once exposure stops. \u201cWe "
        "are not saying farmers should stop spraying. We are saying the safety tests need to look at "
        "behaviour, not just at death,\u201d she said.\n\n"
        "Agrolux, which makes Veltrane, said in an emailed statement that the product \u201chas been "
        "thoroughly tested and approved for use in more than 40 countries.\u201d",
        [
            ("Our results suggest", "the authors"),
            ("The bees weren\u2019t dying", "Ingrid Solberg"),
            ("convincing but limited", "Rachel Oyelaran"),
            ("I\u2019d want to see it repeated", "Rachel Oyelaran"),
            ("We are not saying farmers", "Ingrid Solberg"),
            ("has been thoroughly tested", "Agrolux"),
        ],
    ),
    (
        "feature-island-ferry",
        "At ten past seven every morning, the Saoirse noses out of Carrigmore harbour with mail, "
        "bread and, most days, a handful of passengers bound for Inishcorr, an island of 140 people "
        "three miles off the coast. From next spring the council-run service will pass to a private "
        "operator, and the crew who have run it for two decades do not know whether they will be kept "
        "on.\n\n"
        "Captain Aoife Brennan has been at the wheel since 2004. She took over from her father, who "
        "ran the boat for 30 years before her.\n\n"
        "\u201cPeople think it\u2019s a bus on water. It isn\u2019t. When the weather turns, you\u2019re the only link "
        "they have,\u201d she said, easing the boat past the harbour wall.\n\n"
        "\u201cI\u2019ve brought over a coffin and a wedding cake on the same trip. You don\u2019t forget days like "
        "that.\u201d\n\n"
        "Her deckhand, Declan Moran, 61, has worked alongside her for 17 years. He coils rope while "
        "he talks and rarely looks up.\n\n"
        "\u201cAoife is the best skipper on this coast, and I\u2019d say that even if she wasn\u2019t listening,\u201d he "
        "said.\n\n"
        "\u201cShe is listening,\u201d Brennan called from the wheelhouse.\n\n"
        "Below deck, engineer Siobh\u00e1n Kelleher keeps the 40-year-old engine going with parts she "
        "sometimes has to make herself. \u201cThey don\u2019t make half of these any more. I have a drawer at "
        "home full of bits off scrapped boats,\u201d she said.\n\n"
        "\u201cA new boat would be lovely,\u201d she added. \u201cBut a new boat with a crew that doesn\u2019t know the "
        "sandbar at low tide is another thing altogether.\u201d\n\n"
        "Kerrigan County Council said in a statement that the tender \u201cincludes protections for "
        "existing staff.\u201d\n\n"
        "On the pier at Inishcorr, M\u00e1irt\u00edn \u00d3 Flaithearta, 78, waits for his newspaper. He has lived "
        "on the island all his life. \u201cWhen my wife took ill, it was Aoife brought her across at two "
        "in the morning. You can\u2019t put that in a contract,\u201d he said.\n\n"
        "Back in the wheelhouse, the captain is philosophical.\n\n"
        "\u201cMaybe they\u2019ll keep us on. Maybe they won\u2019t. The sea doesn\u2019t care either way,\u201d she said.\n\n"
        "\u201cBut I\u2019d like to be asked.\u201d\n\n"
        "Moran has already made up his mind. \u201cIf they don\u2019t want me, I\u2019ll fish. I\u2019m too old to learn "
        "a new boat,\u201d he said.\n\n"
        "\u201cMind you, I said that about the last one too,\u201d he added.",
        [
            ("People think it\u2019s a bus", "Aoife Brennan"),
            ("I\u2019ve brought over a coffin", "Aoife Brennan"),
            ("Aoife is the best skipper", "Declan Moran"),
            ("She is listening", "Aoife Brennan"),
            ("They don\u2019t make half", "Siobh\u00e1n Kelleher"),
            ("A new boat would be lovely", "Siobh\u00e1n Kelleher"),
            ("But a new boat with a crew", "Siobh\u00e1n Kelleher"),
            ("includes protections for existing staff", "Kerrigan County Council"),
            ("When my wife took ill", "M\u00e1irt\u00edn \u00d3 Flaithearta"),
            ("Maybe they\u2019ll keep us on", "Aoife Brennan"),
            ("But I\u2019d like to be asked", "Aoife Brennan"),
            ("If they don\u2019t want me", "Declan Moran"),
            ("Mind you, I said that", "Declan Moran"),
        ],
    ),
    (
        "tornado-residents-officials",
        "BELMONT, Neb. \u2014 At least four people were killed and more than 30 injured when a tornado cut "
        "a mile-long path through this town of 2,000 late Sunday, flattening homes, a grain elevator "
        "and the only grocery store, officials said.\n\n"
        "\u201cIt\u2019s just gone. Whole blocks are gone,\u201d said Fire Chief Ray Dunleavy, who has led the "
        "volunteer department for 22 years. \u201cWe\u2019re still going door to door.\u201d\n\n"
        "\u201cPreliminary findings point to an EF-3 tornado with winds of up to 160 mph,\u201d the National "
        "Weather Service said in a statement on Monday.\n\n"
        "Sheila Marquez, the county\u2019s emergency management director, said shelters had been opened at "
        "the high school and at a church in nearby Kent. \u201cIf you need a place to sleep tonight, we "
        "have a cot for you,\u201d she said. \u201cPlease stay off the roads so the crews can work.\u201d\n\n"
        "A woman who gave her name only as Donna sat on the front steps of what had been her house. "
        "\u201cForty years I lived here,\u201d she said. \u201cI heard the sirens, I got in the basement, and when I "
        "came up there was sky where the roof should be.\u201d\n\n"
        "One resident, a man in his 60s who did not want to be named, said he had ridden out the "
        "storm in his pickup truck behind the feed store. \u201cI\u2019m not proud of it, but I didn\u2019t have "
        "time to get anywhere else,\u201d he said.\n\n"
        "Gov. Patricia Lund toured the damage Monday morning and declared a state of emergency for "
        "the county. \u201cThis community is going to rebuild, and the state will be with them every step "
        "of the way,\u201d the governor said.\n\n"
        "Dunleavy said two of the dead were found in a mobile home park on the east side of town. "
        "\u201cSome of those homes had no basements. There was nowhere to go,\u201d the chief said.",
        [
            ("It\u2019s just gone", "Ray Dunleavy"),
            ("We\u2019re still going door to door", "Ray Dunleavy"),
            ("Preliminary findings point", "National Weather Service"),
            ("If you need a place", "Sheila Marquez"),
            ("Please stay off the roads", "Sheila Marquez"),
            ("Forty years I lived here", "Donna"),
            ("I heard the sirens", "Donna"),
            ("I\u2019m not proud of it", "a resident"),
            ("This community is going", "Patricia Lund"),
            ("Some of those homes", "Ray Dunleavy"),
        ],
    ),
    (
        "politics-nested-rail",
        "WELLINGTON \u2014 Opposition leader Claire Whitford accused Prime Minister Andrew Keane on "
        "Tuesday of breaking a promise on rail funding, reading his own words back to him in "
        "Parliament.\n\n"
        "\u201cTwo years ago the prime minister stood in this House and said, \u2018Not one dollar will be cut "
        "from regional rail.\u2019 Well, today his budget cuts 140 million of them,\u201d Whitford said.\n\n"
        "Keane said the money had been \u201creprioritised, not cut\u201d and accused Whitford of \u201cplaying "
        "games with numbers.\u201d\n\n"
        "\u201cWhen she was transport minister, she closed two lines herself. I don\u2019t remember her quoting "
        "that,\u201d Keane told reporters after question time.\n\n"
        "Green Party co-leader Mereana Hollis said both of them were missing the point. \u201cWhile they "
        "argue about who said what two years ago, people in Gisborne still can\u2019t catch a train to "
        "Napier,\u201d she said.\n\n"
        "Transport Minister Julia Prentice, who was in the chamber for the exchange, later defended "
        "the changes. She said Whitford had \u201cconveniently forgotten\u201d the state of the lines that were "
        "closed. \u201cThose lines were carrying four passengers a day,\u201d she said.\n\n"
        "Treasury figures released later in the day showed rail spending would rise again in the 2027 "
        "financial year. \u201cThe numbers speak for themselves,\u201d a government spokesman said.\n\n"
        "The budget is expected to pass its final reading next week.",
        [
            ("Two years ago the prime minister", "Claire Whitford"),
            ("Not one dollar will be cut", "Andrew Keane"),
            ("reprioritised, not cut", "Andrew Keane"),
            ("playing games with numbers", "Andrew Keane"),
            ("When she was transport minister", "Andrew Keane"),
            ("While they argue", "Mereana Hollis"),
            ("conveniently forgotten", "Julia Prentice"),
            ("Those lines were carrying", "Julia Prentice"),
            ("The numbers speak for themselves", "a government spokesman"),
        ],
    ),
    (
        "tech-doorbell-flaw",
        "Lumora, a maker of smart doorbells, said on Thursday that it had fixed a flaw that let "
        "strangers watch live video from some customers\u2019 cameras, a day after a security researcher "
        "published details of the bug.\n\n"
        "\u201cWe take the security of our customers extremely seriously. The issue was fixed within 48 "
        "hours of being reported to us, and we have found no evidence that it was exploited,\u201d the "
        "company said in a statement.\n\n"
        "The researcher, Oskar Lindqvist, said he had reported the flaw to Lumora in March and heard "
        "nothing for two months. \u201cI sent four emails. The first reply I got came after I told them I "
        "would publish,\u201d he said.\n\n"
        "Lindqvist posted a screenshot of one of those emails on X on Wednesday, writing: \u201cDay 61. "
        "Still waiting. Your customers\u2019 front doors are on the internet.\u201d\n\n"
        "The flaw, Lindqvist said, affected \u201cevery camera running firmware older than version 4.2,\u201d "
        "which he estimated at several hundred thousand devices.\n\n"
        "A Lumora spokesperson, Hannah Cole, disputed his account of the timeline. \u201cOur records show "
        "a reply to Mr Lindqvist within nine days,\u201d Cole said. She declined to say how many cameras "
        "had been affected.\n\n"
        "He said the company had since offered him a bug bounty of $500, which he called \u201can insult, "
        "frankly.\u201d\n\n"
        "Some customers were less interested in the dispute than in their own front doors. \u201cJust "
        "unplugged my doorbell. Thanks for nothing, @Lumora,\u201d one, Priya Raman, wrote on X.",
        [
            ("We take the security", "Lumora"),
            ("I sent four emails", "Oskar Lindqvist"),
            ("Day 61", "Oskar Lindqvist"),
            ("every camera running firmware", "Oskar Lindqvist"),
            ("Our records show", "Hannah Cole"),
            ("an insult, frankly", "Oskar Lindqvist"),
            ("Just unplugged my doorbell", "Priya Raman"),
        ],
    ),
]
