"""A fifth held-out newsroom set, written blind: twelve articles. Six in the styles of US political
news (a Politico-style campaign-trail story with a speech over several paragraphs, a Hill-style
Senate hearing with two women and two men and descriptions standing for them, a Washington Post-style
governor's debate between two women, an NYT-archive news analysis with ''doubled apostrophes'' as
quotation marks and many partial quotes, a USA Today-style press briefing, a HuffPost-style partisan
story built around a written statement quoted over several paragraphs and a spokesperson); six from
elsewhere (a Reuters wire story with straight quotation marks and a dateline, an Irish planning story
in single quotation marks with Mr/Ms and Cllr, a college football report, an English court report with
"Prosecuting, ..." cues and a victim statement, a results story with a company statement and
analysts, a long feature with cue-less quotation paragraphs and nested quotations). Written, and the
speakers fixed, without reading analysis/ and BEFORE quotemark was run on them. Fictional people,
places and companies; same format as the first set. Expected speakers are what a careful journalist
would write: the full name as first given, an organisation's name for its statement, and a
description only where the article names no one.

First run (`python bench/newsroom.py --set f`, branch setf = main at 51878ad plus this set, before
anything was changed for it): 160 quotations expected, 157 found (3 missed), 138 with the right
speaker (0.879 of found, 0.863 of all expected), 19 wrong; 117 marked sure (coverage 0.745 of
found), 112 of them right (sure precision 0.957); 2 extra quotations (second sentences of two
quotations in the ferry feature that the expected list leaves out, as written).
"""

from __future__ import annotations

from tests.fixtures_newsroom_f2 import ARTICLES_F2

ARTICLES_F: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "politics-campaign-trail",
        "DUNMORE, Iowa \u2014 Marcus Ellery had been on stage for less than a minute when he found the "
        "line he would repeat five times before lunch.\n\n"
        "\u201cThey told you this state was a flyover. I\u2019m here to tell you it\u2019s the runway,\u201d the Ohio "
        "governor said to roughly 300 people packed into the Cedar Lanes bowling alley on Saturday "
        "morning, drawing the loudest cheer of his three-day swing through eastern Iowa.\n\n"
        "Ellery, 58, who is running third in most polls of the Republican primary, has staked his "
        "campaign on outworking rivals in the early states. He has held 41 events in Iowa since "
        "Labor Day, according to his campaign, more than any other candidate.\n\n"
        "\u201cWe don\u2019t do tele-town halls,\u201d said Ellery\u2019s campaign manager, Tessa Marchetti. \u201cWe do "
        "bowling alleys.\u201d\n\n"
        "The approach has its skeptics. A senior adviser to a rival campaign, who spoke on condition "
        "of anonymity to discuss internal polling, said Ellery\u2019s numbers had \u201cnot moved an inch\u201d "
        "since September.\n\n"
        "Ellery brushed that aside when a reporter asked about it. \u201cPolls in November are a weather "
        "report for a day in February,\u201d he said. \u201cNobody dresses for that.\u201d\n\n"
        "He spent much of his 25-minute speech on farm policy, promising to scrap what he called "
        "\u201cthe ethanol shell game\u201d and to cut the estate tax for family farms. Then, his voice "
        "rising, he turned to the front-runner, Sen. Ruth Calloway of Texas, without naming her:\n\n"
        "\u201cSome people in this race have discovered Iowa in the last six weeks. They fly in, they eat "
        "a pork chop on a stick, and they fly out.\n\n"
        "\u201cI\u2019ve been coming here since I had hair. I know the difference between a county fair and a "
        "photo op.\n\n"
        "\u201cAnd so do you.\u201d\n\n"
        "Calloway\u2019s campaign responded within the hour. \u201cGovernor Ellery is entitled to his jokes, "
        "but Iowans are looking for a plan, and Ruth Calloway is the only candidate in this race who "
        "has one,\u201d spokesman Dale Nu\u00f1ez said in an email.\n\n"
        "In the crowd, opinions were mixed. Gary Lindqvist, a 64-year-old corn and soybean farmer "
        "from nearby Alder Grove, said he had come in leaning toward Calloway and was leaving "
        "undecided.\n\n"
        "\u201cHe talks like somebody who\u2019s actually been in a barn,\u201d Lindqvist said. \u201cThat counts for "
        "something around here.\u201d\n\n"
        "A woman near the back, who would not give her name, was less impressed: \u201cSame speech as "
        "last time. Word for word.\u201d\n\n"
        "Ellery will hold four more events in the state on Sunday before flying to New Hampshire.",
        [
            ("They told you this state", "Marcus Ellery"),
            ("We don\u2019t do tele-town halls", "Tessa Marchetti"),
            ("We do bowling alleys", "Tessa Marchetti"),
            ("not moved an inch", "a senior adviser"),
            ("Polls in November", "Marcus Ellery"),
            ("Nobody dresses for that", "Marcus Ellery"),
            ("the ethanol shell game", "Marcus Ellery"),
            ("Some people in this race", "Marcus Ellery"),
            ("I\u2019ve been coming here", "Marcus Ellery"),
            ("And so do you", "Marcus Ellery"),
            ("Governor Ellery is entitled", "Dale Nu\u00f1ez"),
            ("He talks like somebody", "Gary Lindqvist"),
            ("That counts for something", "Gary Lindqvist"),
            ("Same speech as last time", "a woman"),
        ],
    ),
    (
        "politics-hearing-breach",
        "Lawmakers from both parties tore into the head of the Federal Benefits Processing Agency on "
        "Wednesday over a data breach that exposed the Social Security numbers of nearly 4 million "
        "veterans, with one senator calling for her resignation.\n\n"
        "Administrator Linda Okafor told the Senate Homeland Security and Governmental Affairs "
        "Committee that the agency had \u201cfailed in its most basic duty\u201d and that she took full "
        "responsibility.\n\n"
        "\u201cI will not sit here and tell you this was somebody else\u2019s fault,\u201d Okafor said in her "
        "opening statement. \u201cIt happened on my watch, and I own it.\u201d\n\n"
        "She said investigators had traced the intrusion to a contractor\u2019s stolen password and that "
        "no evidence had yet surfaced of the data being sold online.\n\n"
        "Committee Chairwoman Dana Pryce (D-Ore.) said that was cold comfort to veterans who had "
        "spent weeks on hold with the agency\u2019s help line. She read from a letter sent by a "
        "constituent in Medford, a Navy veteran whose tax refund had been stolen, before turning to "
        "the witness table.\n\n"
        "\u201cYour agency had one job with this man\u2019s data,\u201d she said. \u201cOne.\u201d\n\n"
        "The ranking Republican, Sen. Harold Brandvold of Montana, went further. The senator held up "
        "a printed copy of a 2021 inspector general report that he said had warned of the exact "
        "weakness the hackers used.\n\n"
        "\u201cYour own watchdog told you. In writing. Three years ago,\u201d Brandvold said. \u201cI think it is "
        "time for new leadership at this agency, and I say that with no pleasure.\u201d\n\n"
        "Okafor said the agency had carried out most of the report\u2019s recommendations but had lacked "
        "the money to replace a mainframe system that dates to 1987. \u201cWe asked for that funding in "
        "four straight budgets,\u201d she said. \u201cWe got it in none of them.\u201d\n\n"
        "The agency\u2019s inspector general, Thomas Reale, who testified on a second panel, disputed "
        "that account. The 62-year-old former federal prosecutor said the agency had never told his "
        "office that money was the obstacle.\n\n"
        "\u201cFunding was not the issue we identified. Discipline was,\u201d Reale said. He told senators his "
        "office had found passwords stored in plain-text spreadsheets as recently as last spring.\n\n"
        "Asked by Brandvold whether the agency had been candid with his office, Reale paused. \u201cNot "
        "always,\u201d he said.\n\n"
        "The agency said in a statement after the hearing that it \u201crespectfully disagrees\u201d with the "
        "inspector general\u2019s characterization and would \u201ccontinue to work with Congress on "
        "modernization.\u201d\n\n"
        "Pryce said she would introduce legislation next month requiring benefit agencies to report "
        "breaches to Congress within 72 hours.",
        [
            ("failed in its most basic duty", "Linda Okafor"),
            ("I will not sit here", "Linda Okafor"),
            ("It happened on my watch", "Linda Okafor"),
            ("Your agency had one job", "Dana Pryce"),
            ("One.", "Dana Pryce"),
            ("Your own watchdog told you", "Harold Brandvold"),
            ("I think it is time", "Harold Brandvold"),
            ("We asked for that funding", "Linda Okafor"),
            ("We got it in none", "Linda Okafor"),
            ("Funding was not the issue", "Thomas Reale"),
            ("Not always", "Thomas Reale"),
            ("respectfully disagrees", "Federal Benefits Processing Agency"),
            ("continue to work with Congress", "Federal Benefits Processing Agency"),
        ],
    ),
    (
        "politics-governor-debate",
        "MADISON, Wis. \u2014 The two women vying to become Wisconsin\u2019s next governor clashed over "
        "abortion, school funding and each other\u2019s records Thursday night in their only televised "
        "debate, a testy hour that did little to shake up a race that polls show is within the "
        "margin of error.\n\n"
        "Attorney General Renata Solis, the Democratic nominee, repeatedly sought to tie her "
        "opponent to the state\u2019s 1849 abortion ban, which a court struck down last year.\n\n"
        "\u201cMy opponent has said she would sign that ban back into law. She said it on tape, and she "
        "can\u2019t take it back,\u201d Solis said.\n\n"
        "Karen Dufresne, a former trucking executive and the Republican nominee, said Solis was "
        "distorting her position. \u201cI have said from day one that I support exceptions for rape, "
        "incest and the life of the mother,\u201d she said. \u201cThe attorney general knows that.\u201d\n\n"
        "Dufresne, 54, went on offense over crime, accusing Solis of having \u201csat on her hands\u201d while "
        "carjackings in Milwaukee doubled. The attorney general, she said, had held \u201cmore press "
        "conferences than prosecutions.\u201d\n\n"
        "Solis, 49, shot back that the claim was \u201cflat wrong\u201d and that her office had won "
        "convictions in 93 percent of the violent-crime cases it had tried. \u201cIf Ms. Dufresne wants "
        "to talk about my record, she should read it first,\u201d the attorney general said.\n\n"
        "The sharpest exchange came over school funding. Dufresne has proposed a statewide voucher "
        "program that would cost an estimated $800 million over two years, according to the "
        "Legislative Fiscal Bureau.\n\n"
        "\u201cParents should decide where their kids go to school, not bureaucrats in Madison,\u201d the "
        "Republican nominee said.\n\n"
        "Solis called the plan \u201ca blank check for private academies\u201d and said it would force rural "
        "districts to close schools. \u201cIn places like Price County, there is no private academy. "
        "There\u2019s the public school, and that\u2019s it,\u201d she said.\n\n"
        "Moderator Janelle Wu of WKLM-TV pressed both candidates on whether they would accept the "
        "result in November. Solis said yes without hesitation. Dufresne said she would, \u201cas long as "
        "every legal vote is counted and only legal votes are counted.\u201d\n\n"
        "Analysts said neither candidate landed a decisive blow. \u201cBoth of them did what they needed "
        "to do with their base, and nothing more,\u201d said Paul Ostrowski, a political scientist at "
        "Lakeshore College. \u201cThe undecided voter in Green Bay didn\u2019t learn much tonight.\u201d",
        [
            ("My opponent has said", "Renata Solis"),
            ("I have said from day one", "Karen Dufresne"),
            ("The attorney general knows that", "Karen Dufresne"),
            ("sat on her hands", "Karen Dufresne"),
            ("more press conferences", "Karen Dufresne"),
            ("flat wrong", "Renata Solis"),
            ("If Ms. Dufresne wants", "Renata Solis"),
            ("Parents should decide", "Karen Dufresne"),
            ("a blank check", "Renata Solis"),
            ("In places like Price County", "Renata Solis"),
            ("as long as every legal vote", "Karen Dufresne"),
            ("Both of them did", "Paul Ostrowski"),
            ("The undecided voter", "Paul Ostrowski"),
        ],
    ),
    (
        "politics-analysis-water-bill",
        "WASHINGTON -- When Senator Warren Aldous unveiled his $1.2 trillion water and power plan "
        "last week, he described it as ''the most important thing this chamber will do in a "
        "generation.'' His critics have described it in other terms.\n\n"
        "Senator Joan Whitcomb of Ohio, the plan's most prominent Republican opponent, has called it "
        "''reckless,'' ''a wish list dressed up as a bill'' and, in a floor speech on Tuesday, ''the "
        "single largest transfer of federal money to consultants in American history.''\n\n"
        "The Congressional Budget Office, which scored the bill on Monday, was more measured, "
        "estimating that it would add $340 billion to deficits over a decade and describing its "
        "financing provisions as ''subject to considerable uncertainty.''\n\n"
        "For Mr. Aldous, a Minnesota Democrat, the fight is about more than money. In an interview "
        "in his Capitol office, he said the country's water systems were ''held together with duct "
        "tape and prayer.''\n\n"
        "''We have towns in my state where you can't drink from the tap, and they've been told to "
        "wait 10 years,'' he said. ''I'm done telling them to wait.''\n\n"
        "His allies argue that the politics favor them. Representative Luis Carrera of New Mexico, "
        "who is sponsoring the House version, said Republicans would find it ''very hard to "
        "explain'' a vote against clean water in an election year.\n\n"
        "''Go home and tell your voters you were against fixing their pipes,'' Mr. Carrera said. "
        "''I'd like to see that ad.''\n\n"
        "But several moderate Democrats have privately expressed unease, according to three aides "
        "familiar with the discussions. One moderate Democrat, who spoke on the condition of "
        "anonymity because the talks were private, said the bill's price tag was ''a nonstarter'' in "
        "its current form.\n\n"
        "Ms. Whitcomb, for her part, insists that her objection is not to the goal. ''Nobody in this "
        "building is against clean water,'' she said in a brief interview. ''What I'm against is a "
        "bill that nobody has read, written by people nobody elected.''\n\n"
        "Asked whom she meant, she said: ''Ask Senator Aldous who drafted Title IV. I'd love to "
        "know.''\n\n"
        "Mr. Aldous's office said the bill had been drafted by committee staff ''in the ordinary "
        "way.''",
        [
            ("the most important thing", "Warren Aldous"),
            ("reckless", "Joan Whitcomb"),
            ("a wish list dressed up", "Joan Whitcomb"),
            ("the single largest transfer", "Joan Whitcomb"),
            ("subject to considerable uncertainty", "Congressional Budget Office"),
            ("held together with duct tape", "Warren Aldous"),
            ("We have towns in my state", "Warren Aldous"),
            ("I'm done telling them", "Warren Aldous"),
            ("very hard to explain", "Luis Carrera"),
            ("Go home and tell your voters", "Luis Carrera"),
            ("I'd like to see that ad", "Luis Carrera"),
            ("a nonstarter", "a moderate Democrat"),
            ("Nobody in this building", "Joan Whitcomb"),
            ("What I'm against", "Joan Whitcomb"),
            ("Ask Senator Aldous", "Joan Whitcomb"),
            ("in the ordinary way", "Mr. Aldous's office"),
        ],
    ),
    (
        "politics-briefing-hurricane",
        "WASHINGTON \u2013 White House press secretary Camille Ortega on Monday defended the president\u2019s "
        "decision to delay a planned trip to the Pacific, saying the administration needed to \u201ckeep "
        "our eyes on the storm\u201d as Hurricane Delphine bore down on the Gulf Coast.\n\n"
        "\u201cThe president is not going to be on the other side of the world while Americans are in the "
        "path of a Category 4 hurricane. It\u2019s that simple,\u201d Ortega told reporters at the daily "
        "briefing.\n\n"
        "The trip, which would have taken President Howard Lindell to three countries over six days, "
        "had been planned for months. Asked whether the leaders who were to host him had been told, "
        "Ortega said they had been informed \u201cat the highest levels\u201d on Sunday night.\n\n"
        "Reporters pressed her on whether the delay was also linked to a stalled trade deal with one "
        "of the host nations. \u201cNo,\u201d she said flatly. \u201cI\u2019d push back on that. This is about the "
        "storm.\u201d\n\n"
        "The Federal Emergency Management Agency said in a statement that it had pre-positioned 1.2 "
        "million liters of water and 800,000 meals in Alabama and Mississippi. \u201cWe are ready, and we "
        "urge residents in the warning area to follow the instructions of local officials,\u201d the "
        "agency said.\n\n"
        "Ortega was joined at the podium by Homeland Security adviser Martin Gaskell, who said the "
        "storm\u2019s track had shifted east overnight. \u201cThe models are converging on a landfall "
        "somewhere between Mobile and Pensacola,\u201d Gaskell said. \u201cThat could change. These storms do "
        "what they want.\u201d\n\n"
        "He warned that storm surge, not wind, was the biggest threat. \u201cMost people who die in "
        "hurricanes die in water,\u201d he said. \u201cIf you\u2019re told to leave, leave.\u201d\n\n"
        "Later in the briefing, Ortega sparred with a reporter over the president\u2019s comments over "
        "the weekend about a Republican governor. Lindell had told donors at a fundraiser in Chicago "
        "that the governor was \u201cplaying politics with people\u2019s lives,\u201d according to a pool report.\n\n"
        "\u201cThe president stands by what he said,\u201d Ortega said. \u201cThe governor can take the federal "
        "help or not. The offer\u2019s there.\u201d\n\n"
        "She declined to say when the trip would be rescheduled. \u201cWhen we have something on that, "
        "you\u2019ll be the first to know,\u201d the press secretary said, before adding with a smile: \u201cWell, "
        "maybe the second.\u201d",
        [
            ("keep our eyes on the storm", "Camille Ortega"),
            ("The president is not going", "Camille Ortega"),
            ("at the highest levels", "Camille Ortega"),
            ("No,\u201d she said flatly", "Camille Ortega"),
            ("I\u2019d push back on that", "Camille Ortega"),
            ("We are ready", "Federal Emergency Management Agency"),
            ("The models are converging", "Martin Gaskell"),
            ("That could change", "Martin Gaskell"),
            ("Most people who die", "Martin Gaskell"),
            ("If you\u2019re told to leave", "Martin Gaskell"),
            ("playing politics with", "Howard Lindell"),
            ("The president stands by", "Camille Ortega"),
            ("The governor can take", "Camille Ortega"),
            ("When we have something", "Camille Ortega"),
            ("Well, maybe the second", "Camille Ortega"),
        ],
    ),
    (
        "politics-statement-spokesperson",
        "Rep. Dwayne Kittredge (R-Fla.) is refusing to step down after a watchdog group revealed "
        "that his campaign paid more than $180,000 to a consulting firm owned by his brother-in-law "
        "\u2014 and his explanation is, to put it mildly, a stretch.\n\n"
        "In a written statement released late Friday, the three-term congressman called the report "
        "\u201ca partisan hit job\u201d and insisted every payment was \u201clegal, disclosed and fully above "
        "board.\u201d\n\n"
        "The statement went on:\n\n"
        "\u201cFor six years I have served the people of Florida\u2019s 29th District with honesty and "
        "integrity. I have never taken a dime that I was not entitled to, and I never will.\n\n"
        "\u201cThe firm in question provided real services to my campaign: polling, mail and digital "
        "advertising. The fact that a family member owns it does not make that work any less real.\n\n"
        "\u201cI will not be bullied out of office by a group funded by coastal billionaires who have "
        "never set foot in Collier County.\u201d\n\n"
        "The report, published Thursday by the nonpartisan Campaign Integrity Project, found that "
        "Bayview Strategies LLC had no other clients, no website and no employees listed on state "
        "filings apart from Kittredge\u2019s brother-in-law, Travis Mabry.\n\n"
        "\u201cWe looked for evidence that this firm did anything at all, and we couldn\u2019t find it,\u201d the "
        "group\u2019s executive director, Alana Whitfield, told HuffPost. \u201cIf there\u2019s polling, show us "
        "the poll.\u201d\n\n"
        "Kittredge\u2019s office did not answer when asked whether it would release any of that work. His "
        "spokesperson, Brent Yoakum, instead sent a one-line reply: \u201cThe congressman\u2019s statement "
        "speaks for itself.\u201d\n\n"
        "Yoakum later added in a follow-up email that the office \u201cwill not be litigating this in the "
        "press.\u201d\n\n"
        "Mabry could not be reached for comment. A woman who answered the phone at a number listed "
        "for Bayview Strategies said, \u201cYou have the wrong number,\u201d and hung up.\n\n"
        "House Democrats were quick to pounce. \u201cIf this were a Democrat, Republicans would be "
        "calling for a special prosecutor by lunchtime,\u201d Rep. Nia Castellanos (D-Calif.) wrote on "
        "X.\n\n"
        "The Office of Congressional Conduct said in a statement that it \u201cdoes not comment on "
        "whether a matter is or is not under review.\u201d",
        [
            ("a partisan hit job", "Dwayne Kittredge"),
            ("legal, disclosed", "Dwayne Kittredge"),
            ("For six years I have served", "Dwayne Kittredge"),
            ("The firm in question", "Dwayne Kittredge"),
            ("I will not be bullied", "Dwayne Kittredge"),
            ("We looked for evidence", "Alana Whitfield"),
            ("If there\u2019s polling", "Alana Whitfield"),
            ("The congressman\u2019s statement speaks", "Brent Yoakum"),
            ("will not be litigating", "Brent Yoakum"),
            ("You have the wrong number", "a woman"),
            ("If this were a Democrat", "Nia Castellanos"),
            ("does not comment", "Office of Congressional Conduct"),
        ],
    ),
] + ARTICLES_F2
