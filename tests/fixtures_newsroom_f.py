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
    (
        "wire-copper-strike",
        "SANTA INES, Chile, March 4 (Reuters) - Workers at the Cerro Blanco copper mine in northern "
        "Chile began an indefinite strike on Tuesday after wage talks with operator Andes Cobre SA "
        "collapsed, threatening output at a mine that produces about 3% of the country's copper.\n\n"
        "The union, Sindicato de Trabajadores Cerro Blanco, which represents some 2,100 workers, "
        'said the company\'s final offer of a 2.5% raise fell "far short" of inflation, which ran at '
        "4.1% last year.\n\n"
        '"We have been patient for four months. The company has treated that patience as weakness," '
        "said union president Ignacio Fuentealba, speaking to reporters outside the mine's main "
        "gate.\n\n"
        "Andes Cobre, which is majority-owned by Canadian miner Northgate Resources, said in a "
        "statement that it regretted the union's decision and that contingency plans would keep the "
        'mine running "at reduced capacity."\n\n'
        '"The offer on the table is fair, competitive and among the best in the industry," the '
        "statement said.\n\n"
        "A company spokeswoman, Daniela Roa, declined to say how much production would be lost. "
        '"It\'s too early to put a number on it," she told Reuters by phone. She added that talks '
        'could resume "at any time the union is ready."\n\n'
        "The strike comes as copper prices trade near record highs. Benchmark copper on the London "
        "Metal Exchange rose 1.4% to $10,420 a tonne on Tuesday, with traders citing supply worries "
        "in Chile.\n\n"
        "\"Any disruption at a mine this size is going to get the market's attention, especially with "
        'inventories as low as they are," said Mark Havelock, an analyst at Brightwater Commodities '
        "in London.\n\n"
        "Chile's labour minister, Patricia Oyarzun, urged both sides to return to the table, "
        'according to a ministry statement. "Dialogue is the only road out of this," she said, '
        "adding that the government was ready to mediate.\n\n"
        'Fuentealba said the union would consider any new proposal but would not accept "crumbs."\n\n'
        '"If they want copper, they know where to find us," he said.\n\n'
        "(Reporting by Tomas Ibarra in Santiago; Additional reporting by Clare Whitby in London; "
        "Editing by Peter Lindholm)",
        [
            ("far short", "Sindicato de Trabajadores Cerro Blanco"),
            ("We have been patient", "Ignacio Fuentealba"),
            ("at reduced capacity", "Andes Cobre"),
            ("The offer on the table", "Andes Cobre"),
            ("It's too early", "Daniela Roa"),
            ("at any time the union", "Daniela Roa"),
            ("Any disruption at a mine", "Mark Havelock"),
            ("Dialogue is the only road", "Patricia Oyarzun"),
            ("crumbs", "Ignacio Fuentealba"),
            ("If they want copper", "Ignacio Fuentealba"),
        ],
    ),
    (
        "ireland-wind-farm",
        "A community group in north Co Roscommon has vowed to mount a High Court challenge against "
        "plans for a 14-turbine wind farm, after An Bord Plean\u00e1la granted permission for the project "
        "on Monday.\n\n"
        "The Carrowmore Wind Farm, proposed by Dublin-based developer Greenfield Renewables, would "
        "be one of the largest in Connacht, with turbines up to 185 metres tall.\n\n"
        "Siobh\u00e1n Geraghty, chairwoman of the Carrowmore and District Residents\u2019 Association, said "
        "the group was \u2018devastated but not defeated\u2019.\n\n"
        "\u2018We have 400 households within two kilometres of these turbines,\u2019 Ms Geraghty said. \u2018Nobody "
        "from the company has ever knocked on one of their doors.\u2019\n\n"
        "She said the association had raised almost \u20ac60,000 towards legal costs and had engaged a "
        "senior counsel. \u2018We\u2019ll see them in the Four Courts,\u2019 she said.\n\n"
        "Local farmer P\u00e1draig Kilbane, whose land adjoins the site, said he was not against wind "
        "energy \u2018in the right place\u2019.\n\n"
        "\u2018This is not the right place. There\u2019s a bog here that\u2019s been there since the Ice Age, and "
        "they want to pour concrete into it,\u2019 Mr Kilbane said.\n\n"
        "Greenfield Renewables said in a statement that it welcomed the decision, which followed \u2018an "
        "extensive and rigorous planning process\u2019.\n\n"
        "\u2018The Carrowmore project will power more than 60,000 homes and bring significant investment "
        "to the region, including a community benefit fund of \u20ac450,000 a year,\u2019 the statement said.\n\n"
        "The company\u2019s chief executive, Declan Moran, told RT\u00c9\u2019s Morning Ireland that it had held "
        "\u2018more than a dozen\u2019 public information evenings. \u2018We have listened, and we have changed the "
        "design twice as a result,\u2019 Mr Moran said. \u2018I\u2019d ask people to look at what\u2019s actually being "
        "proposed.\u2019\n\n"
        "Fine Gael councillor \u00dana Brophy said she understood the frustration of residents but that "
        "the decision had to be respected. \u2018Ireland has legally binding climate targets, and we "
        "can\u2019t meet them if every project ends up in the courts,\u2019 said Cllr Brophy.\n\n"
        "Sinn F\u00e9in TD Martin Costigan said the planning process had \u2018left communities feeling like "
        "bystanders\u2019 and called for a statutory share of profits for neighbouring households.",
        [
            ("devastated but not defeated", "Siobh\u00e1n Geraghty"),
            ("We have 400 households", "Siobh\u00e1n Geraghty"),
            ("Nobody from the company", "Siobh\u00e1n Geraghty"),
            ("We\u2019ll see them", "Siobh\u00e1n Geraghty"),
            ("in the right place", "P\u00e1draig Kilbane"),
            ("This is not the right place", "P\u00e1draig Kilbane"),
            ("an extensive and rigorous", "Greenfield Renewables"),
            ("The Carrowmore project will", "Greenfield Renewables"),
            ("more than a dozen", "Declan Moran"),
            ("We have listened", "Declan Moran"),
            ("I\u2019d ask people", "Declan Moran"),
            ("Ireland has legally binding", "\u00dana Brophy"),
            ("left communities feeling", "Martin Costigan"),
        ],
    ),
    (
        "sports-college-football",
        "ELMWOOD, Ohio \u2014 For three quarters on Saturday, nothing Northfield State tried seemed to "
        "work. Then Devin Ashby found his rhythm.\n\n"
        "The redshirt freshman quarterback threw two fourth-quarter touchdown passes, including a "
        "41-yarder to Marcus Fells with 38 seconds left, as the Huskies rallied past Ridgeway 27-24 "
        "before 54,000 at Corrigan Stadium.\n\n"
        "\u201cI told the guys in the huddle, \u2018We\u2019ve been here before. Just do your job,\u2019\u201d Ashby said. "
        "\u201cMarcus made a ridiculous catch. I just threw it up.\u201d\n\n"
        "Fells, a senior, had eight catches for 133 yards. He said he lost the ball in the lights "
        "for a split second on the winning play. \u201cHonestly, I was just praying it came down in my "
        "hands,\u201d he said.\n\n"
        "Northfield State coach Terry Vukovich had little to say about the first three quarters, in "
        "which his team committed three turnovers and managed 87 yards of offense.\n\n"
        "\u201cWe were bad. There\u2019s no other way to say it,\u201d Vukovich said. \u201cBut these kids don\u2019t quit, "
        "and I\u2019m proud of that.\u201d\n\n"
        "Asked whether he had considered replacing Ashby at halftime, the 61-year-old coach shook "
        "his head. \u201cNot for a second,\u201d he said. \u201cHe\u2019s our guy.\u201d\n\n"
        "Ridgeway had led 24-13 after a 68-yard interception return by linebacker Jalen Price early "
        "in the fourth quarter. Price, who finished with 11 tackles, sat at his locker long after "
        "the game.\n\n"
        "\u201cWe had them. We had them and we let them off the hook,\u201d Price said. \u201cThat one\u2019s going to "
        "sting for a while.\u201d\n\n"
        "Ridgeway coach Anthony DeSalvo blamed himself for a conservative game plan in the final "
        "minutes: \u201cI got cautious. That\u2019s on me, not the players.\u201d\n\n"
        "Said Vukovich of his counterpart: \u201cAnthony\u2019s a great coach. Today the ball bounced our "
        "way.\u201d\n\n"
        "Northfield State (6-2) plays at Lakeshore next Saturday.",
        [
            ("I told the guys in the huddle", "Devin Ashby"),
            ("We\u2019ve been here before", "Devin Ashby"),
            ("Marcus made a ridiculous catch", "Devin Ashby"),
            ("Honestly, I was just praying", "Marcus Fells"),
            ("We were bad", "Terry Vukovich"),
            ("But these kids don\u2019t quit", "Terry Vukovich"),
            ("Not for a second", "Terry Vukovich"),
            ("He\u2019s our guy", "Terry Vukovich"),
            ("We had them", "Jalen Price"),
            ("That one\u2019s going to sting", "Jalen Price"),
            ("I got cautious", "Anthony DeSalvo"),
            ("Anthony\u2019s a great coach", "Terry Vukovich"),
        ],
    ),
    (
        "court-phone-driver",
        "A delivery driver who killed a cyclist while reading messages on his phone has been jailed "
        "for six years.\n\n"
        "Liam Prosser, 29, of Hartwell Road, Denbury, admitted causing death by dangerous driving at "
        "an earlier hearing and was sentenced at Kingsbridge Crown Court on Friday.\n\n"
        "Ruth Alder, 52, a midwife, was struck from behind on the A418 near Stoke Halton in April "
        "last year and died at the scene.\n\n"
        "Prosecuting, Jonathan Reeve told the court Prosser had sent or read 17 messages in the 10 "
        "minutes before the crash. \u201cFor the last 400 metres, the defendant was, in effect, driving "
        "blind,\u201d Mr Reeve said.\n\n"
        "Dashcam footage showed the van drifting towards the verge moments before the impact, the "
        "court heard.\n\n"
        "In a statement read to the court by a police family liaison officer, Mrs Alder\u2019s husband, "
        "Colin, said his life had \u201cstopped\u201d on the day she died.\n\n"
        "\u201cRuth spent 30 years bringing other people\u2019s children into the world. She never got to meet "
        "our first grandchild, who was born in June,\u201d he wrote.\n\n"
        "\u201cI don\u2019t sleep. I don\u2019t go out on my bike any more. I used to love that road.\u201d\n\n"
        "Defending, Priya Nandakumar said her client was \u201cgenuinely and profoundly remorseful\u201d and "
        "had written a letter to the family.\n\n"
        "\u201cHe does not ask for forgiveness, because he does not believe he deserves it,\u201d she said. "
        "\u201cHe knows that he will carry this for the rest of his life.\u201d\n\n"
        "Sentencing, Judge Caroline Weatherby said the case was \u201ca stark illustration\u201d of the "
        "dangers of using a mobile phone at the wheel.\n\n"
        "\u201cA text message can always wait. Mrs Alder\u2019s life was worth more than anything on that "
        "screen,\u201d she told Prosser.\n\n"
        "The judge said she had taken into account his guilty plea and previous good character. \u201cBut "
        "nothing I do today can reflect the loss that this family has suffered,\u201d she added.\n\n"
        "Prosser was also banned from driving for eight years. Speaking after the hearing, Sgt Kevin "
        "Doyle of Kingsbridgeshire Police said: \u201cWe hope this sentence sends a clear message to "
        "every driver who thinks a quick glance is harmless.\u201d",
        [
            ("For the last 400 metres", "Jonathan Reeve"),
            ("stopped", "Colin Alder"),
            ("Ruth spent 30 years", "Colin Alder"),
            ("I don\u2019t sleep", "Colin Alder"),
            ("genuinely and profoundly remorseful", "Priya Nandakumar"),
            ("He does not ask for forgiveness", "Priya Nandakumar"),
            ("He knows that he will carry", "Priya Nandakumar"),
            ("a stark illustration", "Caroline Weatherby"),
            ("A text message can always wait", "Caroline Weatherby"),
            ("But nothing I do today", "Caroline Weatherby"),
            ("We hope this sentence", "Kevin Doyle"),
        ],
    ),
    (
        "business-snack-maker-results",
        "Shares of Norland Foods fell 9% in early trading on Wednesday after the packaged-food maker "
        "cut its full-year profit forecast, blaming higher cocoa and packaging costs and weaker "
        "demand for its premium snack brands.\n\n"
        "The Minneapolis-based company now expects adjusted earnings of $2.10 to $2.20 a share for "
        "the year, down from an earlier range of $2.45 to $2.55. Analysts polled by FactSet had "
        "expected $2.48.\n\n"
        '"While we are disappointed with the quarter, we remain confident in the long-term strength '
        'of our brands and the actions we are taking to restore margin," Norland said in a '
        "statement.\n\n"
        'Chief executive Elaine Marsh told analysts on a conference call that shoppers were "trading '
        'down" to cheaper store brands, particularly in the snack aisle.\n\n'
        '"Consumers are stretched. We see it in the data every week," Marsh said. "They\'re still '
        "buying our products, but they're buying fewer of them and they're waiting for promotions.\"\n\n"
        "Chief financial officer Robert Ames said cocoa costs alone would reduce gross margin by "
        "about 150 basis points this year. The company has hedged about 60% of its needs for next "
        'year, he said, "at prices well below where the market is today."\n\n'
        "Ames said Norland would cut about 400 jobs, mostly in administrative roles, as part of a "
        'cost program expected to save $120 million a year by 2026. "These are difficult decisions, '
        "and we don't take them lightly,\" he said.\n\n"
        'Analysts were skeptical that the savings would be enough. "The cost cuts are real, but '
        "they're defensive. What we haven't heard is how Norland gets volume growing again,\" said "
        "Priyanka Deshmukh, an analyst at Carrow & Lyle.\n\n"
        "Another analyst, Steven Whitlock of Meridian Research, wrote in a note to clients that the "
        'guidance cut was "bigger than feared" and lowered his price target to $48 from $56.\n\n'
        "Marsh pushed back on the idea that the company's premium strategy had run its course. "
        '"Premium isn\'t dead. It\'s resting," she said, drawing laughter from some on the call. "When '
        "the consumer comes back, we'll be there.\"\n\n"
        "The company's shares were down $4.86 at $49.30 in midday trading.",
        [
            ("While we are disappointed", "Norland Foods"),
            ("trading down", "Elaine Marsh"),
            ("Consumers are stretched", "Elaine Marsh"),
            ("They're still buying", "Elaine Marsh"),
            ("at prices well below", "Robert Ames"),
            ("These are difficult decisions", "Robert Ames"),
            ("The cost cuts are real", "Priyanka Deshmukh"),
            ("bigger than feared", "Steven Whitlock"),
            ("Premium isn't dead", "Elaine Marsh"),
            ("When the consumer comes back", "Elaine Marsh"),
        ],
    ),
    (
        "feature-island-ferryman",
        "KETTLE REACH, Maine \u2014 At 5:40 on a February morning, with the harbor skinned with ice, Walt "
        "Pellerin is already aboard the Margaret B., coaxing her diesel to life with a screwdriver "
        "and a few words his mother would not have approved of.\n\n"
        "\u201cShe doesn\u2019t like the cold any more than I do,\u201d he says, wiping his hands on a rag. \u201cBut "
        "she\u2019s never let me down. Not once in 31 years.\u201d\n\n"
        "Pellerin, 68, runs the only ferry between Kettle Reach and Gannet Island, a two-mile "
        "crossing that carries mail, groceries, schoolchildren and, on one memorable occasion, a "
        "piano. The island has 140 year-round residents. For most of them, he is the only way off.\n\n"
        "\u201cPeople think it\u2019s a romantic job,\u201d he says. \u201cIt\u2019s a job. You show up.\u201d\n\n"
        "He took over the run in 1993 from Amos Tibbetts, who had skippered it for four decades. The "
        "old man left him one piece of advice.\n\n"
        "\u201cHe told me, \u2018The sea doesn\u2019t care how you feel this morning, so don\u2019t bother telling it.\u2019 "
        "I\u2019ve thought about that most days since.\u201d\n\n"
        "The island\u2019s school principal, Martha Quist, has ridden the Margaret B. twice a week for 19 "
        "years. She describes Pellerin as \u201cpart captain, part postman, part social worker.\u201d\n\n"
        "\u201cIf somebody on the island is sick, or their furnace is out, Walt knows before the town "
        "does,\u201d Quist says. \u201cHe\u2019ll have the part on the boat before you\u2019ve finished asking.\u201d\n\n"
        "\u201cHe brought my daughter across in a nor\u2019easter when she went into labor. The Coast Guard "
        "couldn\u2019t get there in time. He did.\u201d\n\n"
        "Not everyone on the island is sentimental. Selectman Roy Dunning, who has sparred with "
        "Pellerin over the ferry\u2019s schedule for years, says the town needs to plan for the day he "
        "retires.\n\n"
        "\u201cWalt\u2019s a legend, and legends don\u2019t last forever,\u201d Dunning says. \u201cWe can\u2019t have the whole "
        "island depending on one man and one boat.\u201d\n\n"
        "Dunning has pushed for the state to take over the crossing, as it has with larger island "
        "ferries. Pellerin bristles at the idea. \u201cThe state would run it from Augusta,\u201d he says. "
        "\u201cThey\u2019d cancel it every time the wind blew.\u201d\n\n"
        "Told that Dunning calls the current arrangement \u201ca single point of failure,\u201d he laughs.\n\n"
        "\u201cRoy\u2019s been saying that since Clinton was president. I\u2019m still here.\u201d\n\n"
        "Still, he admits the question keeps him up some nights. His son lives in Portland and has "
        "no interest in the water, and his knees are going. His doctor, Samuel Okwu, gave him the "
        "news last spring.\n\n"
        "\u201cHe said, \u2018Walt, your knees have done 31 years on that deck. They\u2019d like a pension,\u2019\u201d "
        "Pellerin says. \u201cI told him to get in line.\u201d\n\n"
        "At 6:15, the first passengers arrive: two teenagers bound for the high school on the "
        "mainland, and a lobsterman with a crate of bait. Pellerin greets each by name.\n\n"
        "\u201cMorning, Walt,\u201d says one of the teenagers, Kayla Rinehart, 16. \u201cIs it going to be rough?\u201d\n\n"
        "He looks at the water for a long moment.\n\n"
        "\u201cRough enough,\u201d he says. \u201cHold on to something.\u201d",
        [
            ("She doesn\u2019t like the cold", "Walt Pellerin"),
            ("But she\u2019s never let me down", "Walt Pellerin"),
            ("People think it\u2019s a romantic job", "Walt Pellerin"),
            ("It\u2019s a job", "Walt Pellerin"),
            ("He told me", "Walt Pellerin"),
            ("The sea doesn\u2019t care", "Amos Tibbetts"),
            ("part captain, part postman", "Martha Quist"),
            ("If somebody on the island", "Martha Quist"),
            ("He\u2019ll have the part", "Martha Quist"),
            ("He brought my daughter", "Martha Quist"),
            ("Walt\u2019s a legend", "Roy Dunning"),
            ("We can\u2019t have the whole island", "Roy Dunning"),
            ("The state would run it", "Walt Pellerin"),
            ("They\u2019d cancel it", "Walt Pellerin"),
            ("a single point of failure", "Roy Dunning"),
            ("Roy\u2019s been saying that", "Walt Pellerin"),
            ("He said, \u2018Walt", "Walt Pellerin"),
            ("Walt, your knees", "Samuel Okwu"),
            ("I told him to get in line", "Walt Pellerin"),
            ("Morning, Walt", "Kayla Rinehart"),
            ("Rough enough", "Walt Pellerin"),
        ],
    ),
]
