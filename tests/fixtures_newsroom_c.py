"""A third held-out newsroom set: seven articles written to hold the harder constructions of real
news (sources that asked not to be named, two people of the same sex in one paragraph, ages and
party labels after names, relatives introduced by role, a quotation answered a paragraph later,
statements from "the family", posts on social media), written BEFORE quotemark was run on them.
Fictional people, places and companies; same format as the first set.
"""

from __future__ import annotations

ARTICLES_C: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "two-women-one-paragraph",
        "Two city council candidates clashed on Wednesday over a plan to build 300 apartments on the old "
        "rail yard.\n\n"
        "Incumbent Karen Doyle, 58, has backed the project since it was proposed. Her challenger, Megan "
        "Tran, 34, says it was approved without enough public input.\n\n"
        "\u201cWe held eleven public meetings,\u201d Doyle said. \u201cEleven. I was at every one of "
        "them.\u201d\n\n"
        "Tran said the meetings were held during working hours. \u201cIf you schedule a meeting at 2 in "
        "the afternoon, you have decided who gets to come,\u201d she said.\n\n"
        "Doyle dismissed the criticism. \u201cThat is a talking point, not a fact,\u201d she said.\n\n"
        "The election is on Nov. 4.",
        [
            ("We held eleven", "Karen Doyle"),
            ("Eleven. I was", "Karen Doyle"),
            ("If you schedule", "Megan Tran"),
            ("That is a talking point", "Karen Doyle"),
        ],
    ),
    (
        "anonymous-sources",
        "WASHINGTON \u2014 The White House is preparing to name a new ambassador to Canada as early as "
        "next week, according to two people familiar with the matter.\n\n"
        "\u201cThe paperwork is done. It is a question of timing,\u201d said one of the people, who spoke "
        "on condition of anonymity because the decision had not been announced.\n\n"
        "A White House spokesperson declined to comment. \u201cWe don\u2019t get ahead of personnel "
        "announcements,\u201d the spokesperson said.\n\n"
        "The post has been vacant since March, when Ambassador Richard Coles retired. Coles said at the "
        "time that he was leaving \u201cwith a full heart.\u201d\n\n"
        "Sen. Joan Pike (D-Vt.) urged the administration to move quickly. \u201cOur largest trading "
        "partner should not be waiting on us,\u201d Pike said in a statement.",
        [
            ("The paperwork is done", None),
            ("We don\u2019t get ahead", None),
            ("with a full heart", "Richard Coles"),
            ("Our largest trading partner", "Joan Pike"),
        ],
    ),
    (
        "family-statement-crash",
        "A 19-year-old college student was killed early Saturday when the car she was riding in struck a "
        "tree on County Road 12, the sheriff\u2019s office said.\n\n"
        "The student was identified as Leah Morrison of Brookhaven, a sophomore at Lakeland State "
        "University.\n\n"
        "\u201cLeah lit up every room she walked into,\u201d her family said in a statement on Sunday. "
        "\u201cWe ask for privacy as we grieve.\u201d\n\n"
        "The driver, a 20-year-old man, was taken to a hospital with serious injuries. Sheriff Dan "
        "Whitcomb said investigators believed speed was a factor.\n\n"
        "\u201cThis is every parent\u2019s worst phone call,\u201d the sheriff said. \u201cPlease slow "
        "down on these roads.\u201d\n\n"
        "Lakeland State President Andrea Fox said counselors would be available to students. "
        "\u201cOur whole community is hurting today,\u201d Fox wrote in an email to students.",
        [
            ("Leah lit up every room", "family"),
            ("We ask for privacy", "family"),
            ("This is every parent", "Dan Whitcomb"),
            ("Please slow down", "Dan Whitcomb"),
            ("Our whole community", "Andrea Fox"),
        ],
    ),
    (
        "social-media-posts",
        "The actor Jordan Blake apologised on Monday for comments about the city of Harlow that drew "
        "criticism from residents and its mayor.\n\n"
        "\u201cI was trying to be funny and I was not,\u201d Blake wrote on Instagram. \u201cHarlow "
        "deserved better from me.\u201d\n\n"
        "In a podcast interview released last week, Blake had described the town as \u201cthe most "
        "boring place on Earth.\u201d\n\n"
        "Mayor Sandra Okafor posted a video in response inviting him to visit. \u201cCome for a day. We "
        "will change your mind,\u201d she said in the video.\n\n"
        "Blake replied on X, formerly Twitter: \u201cChallenge accepted.\u201d",
        [
            ("I was trying to be funny", "Jordan Blake"),
            ("Harlow deserved better", "Jordan Blake"),
            ("the most boring place", "Jordan Blake"),
            ("Come for a day", "Sandra Okafor"),
            ("Challenge accepted", "Jordan Blake"),
        ],
    ),
    (
        "relatives-by-role",
        "For 30 years, the Castillo family has run the only hardware store in Pinecrest. On Friday, it "
        "closed for good.\n\n"
        "Roberto Castillo, 72, opened the store in 1994 with his wife, Elena. Their son, Miguel, took over "
        "the day-to-day running in 2015.\n\n"
        "\u201cMy father built this with his hands,\u201d Miguel Castillo said. \u201cClosing it was the "
        "hardest decision of my life.\u201d\n\n"
        "His mother said the family had no regrets. \u201cWe raised three children behind that counter,"
        "\u201d Elena Castillo said.\n\n"
        "Longtime customer Bill Harper, 80, stopped by to say goodbye. \u201cWhere am I going to buy one "
        "screw now?\u201d he asked.",
        [
            ("My father built this", "Miguel Castillo"),
            ("Closing it was", "Miguel Castillo"),
            ("We raised three children", "Elena Castillo"),
            ("Where am I going", "Bill Harper"),
        ],
    ),
    (
        "quote-then-name-next-sentence",
        "\u201cWe are not a charity. We are a business that happens to do good.\u201d\n\n"
        "That is how Amara Singh describes GreenCrate, the food-delivery company she founded in a "
        "borrowed garage four years ago. It now delivers surplus produce from farms to 40,000 homes.\n\n"
        "Singh, 31, said investors were sceptical at first.\n\n"
        "\u201cEvery meeting, someone asked me where the catch was,\u201d she said. \u201cThere is no "
        "catch. Farmers throw away food that people would buy.\u201d\n\n"
        "Her co-founder, Theo Mbeki, handles the logistics. \u201cAmara sells the dream. I make sure the "
        "lorries turn up,\u201d he said.",
        [
            ("We are not a charity", "Amara Singh"),
            ("Every meeting, someone asked", "Amara Singh"),
            ("There is no catch", "Amara Singh"),
            ("Amara sells the dream", "Theo Mbeki"),
        ],
    ),
    (
        "union-vote-groups",
        "Nurses at St. Catherine\u2019s Hospital voted overwhelmingly on Thursday to authorise a strike, "
        "their union said, escalating a months-long dispute over staffing.\n\n"
        "The Riverside Nurses Association said 94% of members who voted backed the move. "
        "\u201cNurses do not want to strike. We want to be able to care for our patients safely,\u201d "
        "the association said.\n\n"
        "Hospital management said in a statement that it was \u201cdisappointed\u201d and that talks "
        "would continue.\n\n"
        "Several nurses said they were working double shifts. \u201cI have not had a full lunch break "
        "since January,\u201d said Grace Adeyemi, an intensive care nurse.\n\n"
        "Patients\u2019 groups urged both sides to settle. They said a strike would fall hardest on the "
        "elderly. \u201cNobody wins if the wards close,\u201d they said.",
        [
            ("Nurses do not want to strike", "Riverside Nurses Association"),
            ("disappointed", "Hospital management"),
            ("I have not had a full lunch", "Grace Adeyemi"),
            ("Nobody wins if the wards", "Patients\u2019 groups"),
        ],
    ),
]
