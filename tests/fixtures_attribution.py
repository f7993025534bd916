"""Short news-like articles written for these tests (not taken from any dataset), one or more of
issue 11's attribution error patterns each, with the speaker every quotation must get.

Each case: (name, text, [(start of the quotation's words, expected speaker or None)]).
None means the speaker must be left unknown (and so flagged for review), never guessed.
"""

from __future__ import annotations

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "pronoun-topical-antecedent",
        "Mayor Linda Okafor opened the rebuilt Eastgate library on Tuesday, two years after a fire "
        "closed it. The architect, Tomas Berg, walked the guests through the new reading rooms.\n\n"
        "\u201cThis building belongs to every child in the city,\u201d she said.\n\n"
        "Berg said the design kept the old brick facade. \u201cWe wanted people to recognise it,\u201d he said.",
        [("This building belongs", "Linda Okafor"), ("We wanted people", "Tomas Berg")],
    ),
    (
        "description-resolved",
        "HARBOURTON \u2014 Carla Benitez, the city's mayor, said on Monday that bus fares would stay frozen "
        "for a second year.\n\n"
        "\u201cWe will not ask riders to pay more while wages stand still,\u201d the mayor told reporters "
        "outside City Hall.\n\n"
        "The Ministry of Transport said it would review the city's funding request. "
        "\u201cNo decision has been taken,\u201d the ministry said in a statement.",
        [("We will not ask riders", "Carla Benitez"), ("No decision has been taken", "Ministry of Transport")],
    ),
    (
        "nominal-inside-reported-clause",
        "The city of Marlow asked the Fenwick campaign on Friday to withdraw a television advertisement "
        "that shows uniformed firefighters.\n\n"
        "City solicitor Agnes Morrow said in a letter that the advertisement \u201cfalsely and deliberately\u201d "
        "suggests that the fire service supports the campaign.",
        [("falsely and deliberately", "Agnes Morrow")],
    ),
    (
        "adverbial-clause-speaker",
        "Senator Ruth Calder held a rally in Brookfield on Saturday. Paul Dent, a retired teacher, stood "
        "near the stage.\n\n"
        "As Calder went on about \u201ca rigged system that forgets small towns,\u201d Dent said he nodded "
        "along for an hour.",
        [("a rigged system", "Ruth Calder")],
    ),
    (
        "mid-sentence-cue",
        "Daniel Reyes has coached junior football in the valley for thirty years.\n\n"
        "\u201cToo often,\u201d he says, \u201cthe clubs forget that the children are there to play.\u201d\n\n"
        "\u201cWinning comes later,\u201d Reyes added.",
        [("Too often", "Daniel Reyes"), ("the clubs forget", "Daniel Reyes"), ("Winning comes later", "Daniel Reyes")],
    ),
    (
        "cue-object-is-content",
        "Councillor Amy Park called the housing plan \u201ca gift to developers\u201d at Thursday's meeting.\n\n"
        "Senator James Hollis urged the police to \u201clook again at every piece of evidence\u201d in the case.",
        [("a gift to developers", "Amy Park"), ("look again at every piece", "James Hollis")],
    ),
    (
        "new-speaker-continues",
        "Finance Minister Robert Alden told parliament that the economy would grow by three percent "
        "next year. \u201cThe worst is behind us,\u201d Alden said.\n\n"
        "Economist Maria Lentz, who runs the Northfield Institute, disagreed with the forecast.\n\n"
        "\u201cGrowth will be closer to one percent, and only if exports recover.\u201d",
        [("The worst is behind us", "Robert Alden"), ("Growth will be closer", "Maria Lentz")],
    ),
    (
        "trailing-name-pull-quote",
        "Residents of the river towns described the summer drought.\n\n"
        "\u201cThe river has never been this low in my lifetime.\u201d \u2014 Hannah Cole\n\n"
        "\u201cWe are carrying water to the cattle by truck.\u201d \u2014 Samuel Okoro",
        [("The river has never", "Hannah Cole"), ("We are carrying water", "Samuel Okoro")],
    ),
    (
        "page-furniture",
        "Ilhan OmarIlhan Omar\n\n"
        "Photo: Karen Wills / City Press Agency\n\n"
        "READ MORE: Council votes on the new budget\n\n"
        "Representative Ilhan Omar defended the bill on Friday. \u201cThis is about fairness for "
        "working families,\u201d Omar said.\n\n"
        "\u201cIt is a good bill,\u201d they said.",
        [("This is about fairness", "Ilhan Omar"), ("It is a good bill", None)],
    ),
    (
        "multi-paragraph-speech",
        "The union's general secretary, Peter Walsh, addressed the rally in Market Square.\n\n"
        "\u201cFor ten years we have been told to wait. We waited through the closures and the cuts.\n\n"
        "\u201cWe are not waiting any longer. The strike begins on Monday,\u201d Walsh said.",
        [("For ten years", "Peter Walsh"), ("We are not waiting", "Peter Walsh")],
    ),
    (
        "short-name-to-full-name",
        "Zach Parise scored twice as the Wolves beat the Rangers 4-2 on Saturday.\n\n"
        "\u201cWe needed that one after the road trip,\u201d Parise said.",
        [("We needed that one", "Zach Parise")],
    ),
    (
        "two-women-one-quoted",
        "Rachel Dunmore, who chairs the planning committee, questioned the timetable after the "
        "developer's lawyer, Paul Ruiz, presented it.\n\n"
        "\u201cWe were given three days to read four hundred pages,\u201d she said.\n\n"
        "Ruiz said the documents had been available for a month.",
        [("We were given three days", "Rachel Dunmore")],
    ),
    (
        "short-sentence-introduces",
        "Opposition leader Raj Patel and Prime Minister Anne Colby clashed in parliament on Wednesday.\n\n"
        "\u201cThis budget fails the young,\u201d Patel said.\n\n"
        "Colby hit back. \u201cThe member opposite has no plan of his own.\u201d",
        [("This budget fails", "Raj Patel"), ("The member opposite", "Anne Colby")],
    ),
    (
        "document-author",
        "The report, published by the Centre for Cities, warned that \u201cmost towns will not recover "
        "before 2030.\u201d\n\n"
        "Northwind Energy cut 300 jobs on Monday. In a statement, the company said: \u201cThese decisions "
        "are never easy.\u201d",
        [("most towns will not", "Centre for Cities"), ("These decisions", "Northwind Energy")],
    ),
    (
        "pronoun-to-newcomer",
        "Mayor Tom Hale spoke first at the town meeting on Thursday. The loudest applause went to a "
        "question from Arthur Penn, a retired teacher who has lived in the town for fifty years.\n\n"
        "\u201cNobody asked us before they closed the library,\u201d he said.",
        [("Nobody asked us", "Arthur Penn")],
    ),
    (
        "colon-introduces-second-expert",
        "Dr. Ellen Park, an epidemiologist, and Dr. Sam Idris, a virologist, disagree about the risk.\n\n"
        "\u201cWe are past the worst,\u201d Park said. Idris was more cautious: \u201cI would not bet on that.\u201d",
        [("We are past the worst", "Ellen Park"), ("I would not bet", "Sam Idris")],
    ),
    (
        "occupation-title-and-age",
        "Striker Leon Marsh scored a hat-trick on his debut for Eastbridge on Saturday.\n\n"
        "\u201cI\u2019m still shaking,\u201d the 22-year-old said.\n\n"
        "Governor Amy Tran, a Democrat, vetoed the bill on Friday.\n\n"
        "\u201cThis law would hurt the people it claims to protect,\u201d the governor said in a statement.",
        [("I\u2019m still shaking", "Leon Marsh"), ("This law would hurt", "Amy Tran")],
    ),
    (
        "title-and-name-tagged-as-an-organisation",
        "Mayor Joe Lind responded to Councillor Eva Stone's claim that the budget was \u201ca fantasy\u201d "
        "by promising to publish every line of it.",
        [("a fantasy", "Eva Stone")],
    ),
    (
        "pronoun-to-a-subject-the-parse-made-the-root",
        "James Holt, the club's chairman, defended manager Eric Lunn after the defeat.\n\n"
        "\u201cEric has our full support,\u201d he said.",
        [("Eric has our full support", "James Holt")],
    ),
    (
        "cue-after-an-aside-between-dashes",
        "Union leader Maria Costa marched the nurses past City Hall - where Mayor Tom Reyes sat with the "
        "council - while shouting, \u201cWe will not go away.\u201d",
        [("We will not go away", "Maria Costa")],
    ),
    (
        "pull-quote-name-on-the-next-line",
        "\u201cWater is the only thing anyone talks about now.\u201d\nDeltaville\n\n"
        "Farmers along the Ebro waited for rain again this week, and the reservoirs kept falling.\n\n"
        "\u201cThe river has never been this low in living memory,\u201d\nMarta Velasquez, farmer\n\n"
        "\u201cWe pray for rain every night,\u201d\nJohn Obi, fisherman",
        [
            # one capitalised word alone on a line is a heading or a place as often as a person
            ("Water is the only thing", None),
            ("The river has never been", "Marta Velasquez"),
            ("We pray for rain", "John Obi"),
        ],
    ),
]

# Claims whose cue does not report speech: no claim may come from these sentences.
NON_SPEECH = (
    "A survey by the Northfield Institute found that four in ten renters had skipped a meal to pay rent.\n\n"
    "Many voters seem to think the election is already decided.\n\n"
    "Reporters asked the minister how the plan would be paid for."
)
