"""The second half of newsroom set g (tests/fixtures_newsroom_g.py), kept apart so that no file passes
500 lines; written and committed with the first half: a Canadian crime story (a police constable and
staff sergeant, the accused's lawyer, the victim's sister, a witness, the bar's statement, the
mayor's post); a South African bail judgment (judge, state advocate, defence advocate, a prosecuting
authority spokesperson, a resident, a municipal statement); a Reuters wire story from Singapore
(straight quotation marks, Chinese and Malay names, an unnamed source, analysts, a reporting
credit line); a UK science story in single quotation marks (study authors, a Dame, outside experts,
a department); an interview feature with cue-less paragraphs, questions in the reporter's voice and
a mother's words nested in the actress's; and an ABC cricket report with a question at a press
conference and a post."""

from __future__ import annotations

ARTICLES_G2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "canada-crime-bar-stabbing",
        "A 24-year-old man has been charged with second-degree murder after a stabbing outside a "
        "Halifax bar early Sunday, police say.\n\n"
        "Halifax Regional Police were called to the 1500 block of Argyle Street around 2:15 a.m. for "
        "reports of a fight. Officers found a 31-year-old man with stab wounds. He was taken to "
        "hospital, where he died.\n\n"
        "\u201cThis was a senseless act of violence on a busy street, in front of dozens of people,\u201d "
        "Const. Nicole Thibodeau, a police spokesperson, said at a news conference Sunday afternoon.\n\n"
        "She said the two men did not know each other and that the altercation appeared to have begun "
        "inside the bar. \u201cWe believe there was a verbal dispute that moved outside and escalated very "
        "quickly,\u201d Thibodeau said.\n\n"
        "Police identified the victim as Jared MacIsaac of Dartmouth. The accused, Evan "
        "Lockhart-Singh of Halifax, is scheduled to appear in Halifax provincial court Monday.\n\n"
        "Lockhart-Singh\u2019s lawyer, Priya Venkataraman, said her client would plead not guilty. "
        "\u201cThere\u2019s a lot more to this than what people saw in a few seconds of phone video,\u201d she told "
        "reporters.\n\n"
        "MacIsaac\u2019s sister, Courtney, told CBC News her brother had been out celebrating a friend\u2019s "
        "birthday.\n\n"
        "\u201cHe was the guy who\u2019d walk you home so you got there safe,\u201d she said, her voice breaking. "
        "\u201cThat\u2019s who he was. He didn\u2019t go looking for trouble.\u201d\n\n"
        "A witness who was waiting for a taxi nearby said the fight lasted less than a minute.\n\n"
        "\u201cOne second they were shouting, the next second the guy was on the ground,\u201d said Tariq "
        "Hassan, 27. \u201cPeople were screaming. Someone was holding a jacket on him to stop the "
        "bleeding.\u201d\n\n"
        "Staff Sgt. Jean-Marc Doucet, who heads the major crime unit, asked anyone with video of the "
        "incident to come forward. \u201cWe know a lot of people were filming. Even a few seconds of video "
        "can make a difference,\u201d he said.\n\n"
        "The bar\u2019s owner, Melissa Graves, said in a statement that staff had called 911 \u201cwithin "
        "moments\u201d and were co-operating fully with police. \u201cOur hearts are with Jared\u2019s family "
        "tonight,\u201d the statement said.\n\n"
        "Halifax Mayor Andrew Purcell said the downtown was safe but that the city would review "
        "late-night policing. \u201cOne death is one too many,\u201d Purcell wrote on social media. \u201cI\u2019ve asked "
        "staff to look at what more we can do.\u201d",
        [
            ("This was a senseless", "Nicole Thibodeau"),
            ("We believe there was", "Nicole Thibodeau"),
            ("There\u2019s a lot more to this", "Priya Venkataraman"),
            ("He was the guy", "Courtney MacIsaac"),
            ("That\u2019s who he was", "Courtney MacIsaac"),
            ("One second they were", "Tariq Hassan"),
            ("People were screaming", "Tariq Hassan"),
            ("We know a lot of people", "Jean-Marc Doucet"),
            ("within moments", "Melissa Graves"),
            ("Our hearts are with", "Melissa Graves"),
            ("One death is one too many", "Andrew Purcell"),
            ("I\u2019ve asked staff", "Andrew Purcell"),
        ],
    ),
    (
        "southafrica-court-bail-tender",
        "Former Umgeni Valley municipal manager Sipho Dlamini-Ncube will remain behind bars after the "
        "Mthatha High Court on Tuesday refused to release him on bail, finding that he was likely to "
        "interfere with witnesses.\n\n"
        "Dlamini-Ncube, 52, faces charges of fraud, corruption and money laundering linked to a "
        "R340-million tender for water tankers awarded in 2022.\n\n"
        "Delivering judgment, Judge Nomvula Khumalo said the State had presented \u201ccompelling "
        "evidence\u201d that the accused had contacted at least two witnesses since his arrest in August.\n\n"
        "\u201cThe court cannot ignore the WhatsApp messages placed before it. They speak for themselves,\u201d "
        "Khumalo said. \u201cAn accused who reaches out to witnesses in this manner cannot expect the "
        "court to trust him with his freedom.\u201d\n\n"
        "The messages, read into the record earlier in the hearing, included one in which "
        "Dlamini-Ncube allegedly told a former supply chain official to \u201cremember who looked after "
        "you\u201d.\n\n"
        "State advocate Zanele Mokoena had told the court that the former manager still wielded "
        "enormous influence in the municipality. \u201cThis is a man who controlled the entire procurement "
        "system for six years,\u201d Mokoena argued during the hearing. \u201cHis reach does not end at the "
        "prison gate.\u201d\n\n"
        "Defence advocate Pieter van der Merwe SC had argued that the messages were \u201cinnocent "
        "greetings between old colleagues\u201d and that his client had strong ties to the community and "
        "had surrendered his passport.\n\n"
        "Speaking after the ruling, Van der Merwe said his client was \u201cdisappointed but not "
        "surprised\u201d. \u201cWe will study the judgment and consider an appeal. Mr Dlamini-Ncube maintains "
        "his innocence on every count,\u201d he said.\n\n"
        "National Prosecuting Authority regional spokesperson Lwazi Mtolo welcomed the decision.\n\n"
        "\u201cThis sends a clear message that those who loot public funds meant for the poorest "
        "communities will not be treated with kid gloves,\u201d Mtolo said. He said the State was ready to "
        "proceed to trial and that three co-accused, including the director of the company, were "
        "expected to appear in February.\n\n"
        "Outside court, about 40 residents from villages that went without water for months sang and "
        "waved placards.\n\n"
        "\u201cWe were drinking from the river while he was driving a Mercedes,\u201d said Nokuthula Mabaso, "
        "63, from Ngqeleni. \u201cToday I feel like somebody is finally listening.\u201d\n\n"
        "The municipality\u2019s acting manager, Thandeka Ntuli, said in a statement that the council had "
        "laid additional charges. \u201cThe municipality will do everything in its power to recover every "
        "cent,\u201d the statement read.\n\n"
        "The case was postponed to February 14.",
        [
            ("compelling evidence", "Nomvula Khumalo"),
            ("The court cannot ignore", "Nomvula Khumalo"),
            ("An accused who reaches", "Nomvula Khumalo"),
            ("remember who looked after you", "Sipho Dlamini-Ncube"),
            ("This is a man who controlled", "Zanele Mokoena"),
            ("His reach does not end", "Zanele Mokoena"),
            ("innocent greetings", "Pieter van der Merwe"),
            ("disappointed but not surprised", "Pieter van der Merwe"),
            ("We will study", "Pieter van der Merwe"),
            ("This sends a clear message", "Lwazi Mtolo"),
            ("We were drinking from the river", "Nokuthula Mabaso"),
            ("Today I feel", "Nokuthula Mabaso"),
            ("The municipality will do", "Thandeka Ntuli"),
        ],
    ),
    (
        "wire-singapore-port-deal",
        "SINGAPORE, Nov 18 (Reuters) - Singapore-based shipping group Meridian Straits Holdings said "
        "on Monday it would buy Malaysian port operator Tanjung Harta for $1.3 billion, as it seeks "
        "to expand its container terminal business in Southeast Asia.\n\n"
        "Meridian will pay 4.20 ringgit per share in cash, a 27% premium to Tanjung Harta's last "
        "closing price, it said in a statement to the Singapore Exchange.\n\n"
        '"This acquisition gives us a foothold on the other side of the Strait and positions us for '
        'the shift in supply chains we are seeing across the region," Meridian Chief Executive Lim '
        "Boon Keat said in the statement.\n\n"
        "Tanjung Harta's board has recommended the offer, the companies said. Its largest "
        "shareholder, Malaysian state investment fund Permodalan Harta, has agreed to sell its 38% "
        "stake.\n\n"
        'Tanjung Harta chairman Ismail Yusof said the offer "recognises the value we have built over '
        'three decades". "Our employees and customers will be part of a larger, stronger group," he '
        "said in a separate statement.\n\n"
        "The deal is subject to approval by Malaysia's competition regulator, and two sources "
        "familiar with the matter said the review could take up to nine months.\n\n"
        '"The regulator will want to see commitments on tariffs and on local jobs," said one of the '
        "sources, who declined to be identified because the discussions were confidential.\n\n"
        "Speaking to reporters on a conference call, Lim said Meridian had no plans to cut jobs at "
        'Tanjung Harta. "We are buying this business because of its people and its location. We are '
        'not here to shrink it," he said.\n\n'
        'Asked whether Meridian would consider further acquisitions in Indonesia, Lim said: "Never '
        'say never. But our hands will be full for a while."\n\n'
        "Meridian's shares rose as much as 5.1% in early trade before paring gains to close 2.3% "
        "higher.\n\n"
        'Analysts were broadly positive. "The price is full but not outrageous, and the strategic fit '
        'is obvious," said Kelvin Ong, a transport analyst at Harbourline Securities. "Our main '
        'question is how much they will need to spend to upgrade the terminals."\n\n'
        "Another analyst, Sarah Ibrahim of Straits Capital Research, said Meridian's net debt would "
        'rise to about 3.5 times earnings after the deal. "That is manageable, but it leaves them '
        'with much less room for another big acquisition in the next two years," she told Reuters.\n\n'
        "Malaysia's transport minister, Azlan Rahman, told reporters in Kuala Lumpur the government "
        'would "study the deal carefully" to make sure it served the national interest.\n\n'
        '"Ports are strategic assets. Ownership matters," Azlan said, without saying whether he '
        "supported the sale.\n\n"
        'A spokesperson for Permodalan Harta said the fund had "achieved a fair value" for its stake '
        "and would put the proceeds into domestic infrastructure.\n\n"
        "(Reporting by Chen Yi in Singapore and Nurul Aziz in Kuala Lumpur; Editing by Martin Pryce)",
        [
            ("This acquisition gives us", "Lim Boon Keat"),
            ("recognises the value", "Ismail Yusof"),
            ("Our employees and customers", "Ismail Yusof"),
            ("The regulator will want", "one of the sources"),
            ("We are buying this business", "Lim Boon Keat"),
            ("Never say never", "Lim Boon Keat"),
            ("The price is full", "Kelvin Ong"),
            ("Our main question", "Kelvin Ong"),
            ("That is manageable", "Sarah Ibrahim"),
            ("study the deal carefully", "Azlan Rahman"),
            ("Ports are strategic assets", "Azlan Rahman"),
            ("achieved a fair value", "a spokesperson for Permodalan Harta"),
        ],
    ),
    (
        "uk-science-school-walking",
        "Children who walk or cycle to school concentrate better in lessons for up to four hours "
        "afterwards, according to a study of more than 9,000 pupils in England and Scotland.\n\n"
        "Researchers at the University of Northbridge tracked pupils aged nine to 14 at 48 schools "
        "over two academic years, using attention tests carried out in the first and third lessons of "
        "the day.\n\n"
        "Those who arrived by \u2018active travel\u2019 scored on average 11% higher than classmates who came "
        "by car or bus, even after the researchers took into account family income, sleep and "
        "breakfast.\n\n"
        "Prof Adaeze Nwosu, the study\u2019s lead author, said the size of the effect had surprised the "
        "team.\n\n"
        "\u2018We expected a small bump in the first lesson that would wear off by mid-morning,\u2019 she said. "
        "\u2018What we found was a benefit that was still there at lunchtime. For a 20-minute walk, that "
        "is a remarkable return.\u2019\n\n"
        "The findings, published in the journal BMJ Paediatrics Open, are observational, and the "
        "authors caution that they cannot prove that walking causes better concentration.\n\n"
        "\u2018Families who walk to school may differ in ways we couldn\u2019t measure,\u2019 said co-author Dr Rhys "
        "Pemberton. \u2018But the pattern held up in every subgroup we looked at, which makes us more "
        "confident it\u2019s real.\u2019\n\n"
        "Dame Harriet Cole, a former government adviser on children\u2019s health who was not involved in "
        "the research, called the study \u2018important and timely\u2019.\n\n"
        "\u2018We have spent a generation designing children\u2019s lives around the back seat of a car,\u2019 she "
        "said. \u2018This is yet more evidence that it is costing them.\u2019\n\n"
        "Others were more sceptical. Dr Tom\u00e1s Ferreira, a statistician at the University of "
        "Eastleigh, said: \u2018The effect is plausible, but I\u2019d want to see a randomised trial before "
        "anyone starts telling parents they are harming their children by driving them.\u2019\n\n"
        "He added that children who lived further from school were less likely to walk and might also "
        "differ in other ways.\n\n"
        "Paul Whitcombe, general secretary of the School Leaders\u2019 Union, said: \u2018Schools can encourage "
        "walking, but they can\u2019t build pavements.\u2019\n\n"
        "The Department for Education said it was \u2018committed to supporting active travel\u2019 and pointed "
        "to \u00a340m of funding for safer routes to school.\n\n"
        "Parents at one of the schools in the study, in Harrowfield, said the message was hard to act "
        "on. Kerry Adebayo, who has two children at the school, said: \u2018I\u2019d love them to walk. But "
        "there\u2019s no pavement for half a mile and the lorries come through at 50mph. Give us a "
        "crossing and I\u2019ll get them walking tomorrow.\u2019\n\n"
        "Nwosu said the team now hoped to run a trial in which some schools introduce \u2018walking "
        "buses\u2019, with volunteers accompanying groups of children.\n\n"
        "\u2018If it works, it costs almost nothing,\u2019 she said.",
        [
            ("We expected a small bump", "Adaeze Nwosu"),
            ("What we found", "Adaeze Nwosu"),
            ("Families who walk", "Rhys Pemberton"),
            ("But the pattern held up", "Rhys Pemberton"),
            ("important and timely", "Harriet Cole"),
            ("We have spent a generation", "Harriet Cole"),
            ("This is yet more evidence", "Harriet Cole"),
            ("The effect is plausible", "Tom\u00e1s Ferreira"),
            ("Schools can encourage walking", "Paul Whitcombe"),
            ("committed to supporting active travel", "Department for Education"),
            ("I\u2019d love them to walk", "Kerry Adebayo"),
            ("If it works", "Adaeze Nwosu"),
        ],
    ),
    (
        "culture-interview-lady-macbeth",
        "Marguerite Oyelaran-Finch is sitting in the corner of a cafe in Peckham, stirring a cup of "
        "tea she has no intention of drinking. The 46-year-old actress, who won a Bafta last year for "
        "her role as a disgraced surgeon in the BBC drama Incision, is about to play Lady Macbeth in "
        "the West End, and she is not sure she should have said yes.\n\n"
        "\u201cI said no three times,\u201d she says. \u201cI thought, everybody has done her, what on earth am I "
        "going to add? And then the director rang me at midnight and talked for an hour and a half, "
        "and by the end I\u2019d said yes just so I could go to sleep.\u201d\n\n"
        "The director in question is Tobias Hartigan, who has a reputation for unusual casting. When "
        "I speak to him later by phone, he is unrepentant.\n\n"
        "\u201cMarguerite has this quality of stillness that terrifies people,\u201d he says. \u201cLady Macbeth is "
        "usually played as a firework. I wanted somebody who was a slow burn.\u201d\n\n"
        "Oyelaran-Finch grew up in Lewisham, the youngest of five children of a Nigerian nurse and an "
        "Irish bus driver. Acting, she says, was not considered a real job.\n\n"
        "\u201cMy mother used to say, \u2018You can act in the evenings, after you\u2019ve become a pharmacist.\u2019 She "
        "meant it kindly. She\u2019d seen what the world did to girls who looked like me.\u201d\n\n"
        "She did become a pharmacist, briefly, before a friend dared her to audition for drama school "
        "at 27.\n\n"
        "\u201cI was the oldest person in my year by about eight years. I felt like a fraud for the whole "
        "first term.\u201d\n\n"
        "Does she still?\n\n"
        "\u201cEvery first day of rehearsal. Every single one.\u201d She laughs. \u201cI think the day I stop "
        "feeling like that is the day I should give up.\u201d\n\n"
        "Her co-star, the Scottish actor Callum Drysdale, who plays Macbeth, says she is the most "
        "prepared actor he has worked with.\n\n"
        "\u201cShe turns up on day one knowing everyone\u2019s lines, not just her own,\u201d he says. \u201cIt\u2019s "
        "slightly frightening, to be honest. You can\u2019t hide anything from her.\u201d\n\n"
        "When I put this to her, she rolls her eyes. \u201cCallum\u2019s being generous. I learn everyone\u2019s "
        "lines because I\u2019m terrified of drying.\u201d\n\n"
        "What about the rumours that she was approached to play a Bond villain?\n\n"
        "\u201cI can neither confirm nor deny,\u201d she says, grinning. \u201cBut I look very good in a roll-neck.\u201d\n\n"
        "Her mother, now 79, will be in the audience on opening night. Has she come round to the idea "
        "of an acting career?\n\n"
        "\u201cShe still asks me when I\u2019m going to get a proper job,\u201d Oyelaran-Finch says. \u201cLast week she "
        "told my sister, \u2018At least the theatre has a pension.\u2019 It doesn\u2019t, by the way.\u201d\n\n"
        "Macbeth is at the Aldwych Playhouse from 12 February.",
        [
            ("I said no three times", "Marguerite Oyelaran-Finch"),
            ("I thought, everybody", "Marguerite Oyelaran-Finch"),
            ("Marguerite has this quality", "Tobias Hartigan"),
            ("Lady Macbeth is usually", "Tobias Hartigan"),
            ("My mother used to say", "Marguerite Oyelaran-Finch"),
            ("You can act in the evenings", "her mother"),
            ("I was the oldest person", "Marguerite Oyelaran-Finch"),
            ("Every first day of rehearsal", "Marguerite Oyelaran-Finch"),
            ("I think the day I stop", "Marguerite Oyelaran-Finch"),
            ("She turns up on day one", "Callum Drysdale"),
            ("It\u2019s slightly frightening", "Callum Drysdale"),
            ("Callum\u2019s being generous", "Marguerite Oyelaran-Finch"),
            ("I can neither confirm", "Marguerite Oyelaran-Finch"),
            ("But I look very good", "Marguerite Oyelaran-Finch"),
            ("She still asks me", "Marguerite Oyelaran-Finch"),
            ("Last week she told my sister", "Marguerite Oyelaran-Finch"),
            ("At least the theatre", "her mother"),
        ],
    ),
    (
        "australia-sport-test-collapse",
        "Australia captain Josh Hendry says his team \u201cgot exactly what we deserved\u201d after a final-day "
        "collapse handed Sri Lanka a famous 74-run victory in the third Test in Perth.\n\n"
        "Chasing 289 for a series win, Australia lost their last eight wickets for 61 runs as "
        "leg-spinner Dilshan Wickramaratne took 6-48.\n\n"
        "\u201cWe were in a great position at lunch and we let it slip. That\u2019s on us, that\u2019s on me as "
        "captain,\u201d Hendry told reporters.\n\n"
        "\u201cI thought we got a bit frantic. We stopped trusting our defence and started trying to hit "
        "our way out of it, and against a bloke bowling like that, you\u2019re not going to win that "
        "contest.\u201d\n\n"
        "The 31-year-old, whose own dismissal for 42 \u2014 stumped charging down the wicket \u2014 triggered "
        "the collapse, was asked if he regretted the shot.\n\n"
        "\u201cOf course I do. If I had my time again I\u2019d block it. But I\u2019ve played that shot a hundred "
        "times and got away with it.\u201d\n\n"
        "Wickramaratne, 23, was playing only his fourth Test. Speaking through an interpreter, he "
        "said he had dreamed of bowling in Perth since he was a boy watching on television in Galle.\n\n"
        "\u201cMy father stayed up all night watching. I think he is the happiest man in Sri Lanka right "
        "now,\u201d Wickramaratne said.\n\n"
        "Sri Lanka coach Marlon Fernando, a former West Indies opener, said the win was the best of "
        "his coaching career.\n\n"
        "\u201cPeople wrote us off before we got on the plane. Nobody gave us a chance,\u201d Fernando said. "
        "\u201cThese boys have shown the world what they\u2019re made of.\u201d\n\n"
        "He singled out captain Kusal Abeysekera, whose second-innings century set up the victory. "
        "\u201cKusal batted for seven hours on a pitch that was doing all sorts. That\u2019s the innings that "
        "won us the series.\u201d\n\n"
        "Former Australian captain turned commentator Mark Tulloch was scathing on ABC Sport\u2019s radio "
        "coverage.\n\n"
        "\u201cThat\u2019s as poor a session as I\u2019ve seen from an Australian side at home in 20 years,\u201d he "
        "said. \u201cThere was no plan. It was every man for himself.\u201d\n\n"
        "Cricket Australia said in a statement that it would \u201creview the summer as a whole\u201d and that "
        "there were no plans to change the leadership.\n\n"
        "Hendry, asked directly whether his captaincy was under threat, was blunt.\n\n"
        "\u201cAre you the right man to lead this team?\u201d one reporter asked.\n\n"
        "\u201cI think so, yeah,\u201d Hendry replied. \u201cBut that\u2019s not my call.\u201d\n\n"
        "Fast bowler Riley Cartwright, who missed the Test with a hamstring injury, posted on "
        "Instagram: \u201cGutted for the boys. We\u2019ll be back.\u201d\n\n"
        "The two sides meet in the first of three one-day internationals in Adelaide on Friday.",
        [
            ("got exactly what we deserved", "Josh Hendry"),
            ("We were in a great position", "Josh Hendry"),
            ("I thought we got a bit frantic", "Josh Hendry"),
            ("Of course I do", "Josh Hendry"),
            ("My father stayed up", "Dilshan Wickramaratne"),
            ("People wrote us off", "Marlon Fernando"),
            ("These boys have shown", "Marlon Fernando"),
            ("Kusal batted for seven hours", "Marlon Fernando"),
            ("That\u2019s as poor a session", "Mark Tulloch"),
            ("There was no plan", "Mark Tulloch"),
            ("review the summer as a whole", "Cricket Australia"),
            ("Are you the right man", "one reporter"),
            ("I think so, yeah", "Josh Hendry"),
            ("But that\u2019s not my call", "Josh Hendry"),
            ("Gutted for the boys", "Riley Cartwright"),
        ],
    ),
]
