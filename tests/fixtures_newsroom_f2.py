"""The second half of newsroom set f (tests/fixtures_newsroom_f.py), kept apart so that no file
passes 500 lines; written and committed with the first half."""

from __future__ import annotations

ARTICLES_F2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
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
