"""The second half of newsroom set h (tests/fixtures_newsroom_h.py), kept apart so that no file
passes 500 lines; written and committed with the first half."""

from __future__ import annotations

ARTICLES_H2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "hill-freedom-caucus-stopgap",
        "House conservatives on Wednesday threatened to sink a stopgap spending bill unless GOP leaders "
        "agree to strip federal funding for Planned Parenthood, raising the prospect of a government "
        "shutdown at the end of the month.\n\n"
        "Rep. Mark Hollis (R-Ohio), chairman of the House Freedom Caucus, said at least 30 of the "
        "group\u2019s members would oppose any bill that included the money.\n\n"
        "\u201cWe\u2019re not bluffing this time,\u201d Hollis told The Hill. \u201cLeadership knows where "
        "we are. They\u2019ve known for weeks.\u201d\n\n"
        "Speaker Grant Mulvane (R-Wis.) told reporters at his weekly press conference that he did not want "
        "a shutdown because \u201cnobody wins\u201d one.\n\n"
        "\u201cShutting down the government is not a strategy. It\u2019s a tantrum,\u201d Mulvane said, "
        "without naming the conservatives. \u201cWe\u2019ve been down that road, and we know where it "
        "ends.\u201d\n\n"
        "A GOP leadership aide said the Speaker was prepared to pass the bill with Democratic votes if "
        "necessary, a move that could further inflame tensions with the conference\u2019s right flank. "
        "\u201cThe math is the math,\u201d the aide said.\n\n"
        "That prospect alarmed some conservatives. Rep. Darla Pruett (R-Kan.), a member of the caucus, said "
        "Mulvane would be \u201cbreaking faith\u201d with the majority of his own members.\n\n"
        "\u201cIf he passes this on Lorraine Abato\u2019s votes, he\u2019s going to have a very hard time "
        "explaining that to the conference,\u201d Pruett said. She would not say whether she would support "
        "an effort to remove him.\n\n"
        "House Minority Leader Lorraine Abato (D-Calif.) said Democrats would not provide \u201ca single "
        "vote\u201d for a bill that defunded Planned Parenthood, but she signaled openness to a bill "
        "without conditions.\n\n"
        "\u201cGive us a clean bill and you\u2019ll have our votes,\u201d she said. \u201cIt really is that "
        "simple.\u201d\n\n"
        "Across the Capitol, Sen. Roy Tillman (R-Okla.), the majority whip, said the Senate would not pass "
        "a measure that cut off the group. \u201cWe don\u2019t have 60 votes for that, and everybody knows "
        "it,\u201d Tillman said. \u201cSome of my friends in the House need to do the arithmetic.\u201d\n\n"
        "The White House said in a statement that the president would veto any bill that \u201cholds the "
        "government hostage to an ideological agenda.\u201d\n\n"
        "Hollis shrugged off the veto threat. \u201cLet him veto it,\u201d he said. \u201cThen we\u2019ll "
        "have the debate the American people actually want us to have.\u201d",
        [
            ("We\u2019re not bluffing this time", "Mark Hollis"),
            ("Leadership knows where we are", "Mark Hollis"),
            ("nobody wins", "Grant Mulvane"),
            ("Shutting down the government", "Grant Mulvane"),
            ("We\u2019ve been down that road", "Grant Mulvane"),
            ("The math is the math", "a GOP leadership aide"),
            ("breaking faith", "Darla Pruett"),
            ("If he passes this", "Darla Pruett"),
            ("a single vote", "Lorraine Abato"),
            ("Give us a clean bill", "Lorraine Abato"),
            ("It really is that simple", "Lorraine Abato"),
            ("We don\u2019t have 60 votes", "Roy Tillman"),
            ("Some of my friends", "Roy Tillman"),
            ("holds the government hostage", "the White House"),
            ("Let him veto it", "Mark Hollis"),
            ("Then we\u2019ll have the debate", "Mark Hollis"),
        ],
    ),
    (
        "wapo-hhs-nominee-opioids",
        "Evelyn Marchbanks, President Ray Holbrook\u2019s nominee to lead the Department of Health and "
        "Human Services, told senators on Thursday that the opioid epidemic would be her \u201cfirst, "
        "second and third priority,\u201d but she declined to commit to preserving the Medicaid expansion "
        "that pays for treatment for hundreds of thousands of people.\n\n"
        "\u201cI have sat with mothers who found their children on the bathroom floor,\u201d Marchbanks, a "
        "former emergency physician from West Virginia, said in her opening statement to the Senate health "
        "committee. \u201cI did not go into medicine, and I did not accept this nomination, to manage that "
        "tragedy. I came to end it.\u201d\n\n"
        "The 56-year-old is expected to win the committee\u2019s approval next week with the support of all "
        "of its Republicans.\n\n"
        "Sen. Gwen Alcott (Wash.), the committee\u2019s top Democrat, pressed her repeatedly on Medicaid, "
        "which pays for about a third of medication-assisted treatment nationwide, according to an analysis "
        "by the Harmon Institute.\n\n"
        "\u201cYou can\u2019t say opioids are your top priority and then cut the program that pays for "
        "treatment,\u201d Alcott said. \u201cThose two things don\u2019t go together.\u201d\n\n"
        "Marchbanks replied that she would \u201clook at every option\u201d to make the program more "
        "efficient. When Alcott pressed again, the nominee said: \u201cSenator, I am not going to prejudge "
        "decisions that haven\u2019t been made.\u201d\n\n"
        "The committee\u2019s chairman, Sen. Ned Caswell (R-Tenn.), praised her as \u201cexactly the kind "
        "of person we need at HHS,\u201d and said her years in emergency rooms gave her \u201ca perspective "
        "Washington badly lacks.\u201d\n\n"
        "In the audience sat Teresa Gulley of Huntington, W.Va., whose son, Michael, died of an overdose in "
        "2015 at 24. She had driven six hours to attend the hearing.\n\n"
        "\u201cI wanted to hear her say the words \u2018Medicaid\u2019 and \u2018treatment\u2019 in the "
        "same sentence,\u201d Gulley said during a break. \u201cI didn\u2019t hear it.\u201d\n\n"
        "A senior HHS official, who spoke on the condition of anonymity because the nominee has not been "
        "confirmed, said the White House had asked Marchbanks not to make commitments on Medicaid before "
        "the administration releases its budget. \u201cHer hands are tied until the budget comes out,\u201d "
        "the official said.\n\n"
        "Sen. Boyd Hennessey (R-Ky.) questioned whether federal grants had worked at all. \u201cWe have "
        "spent billions of dollars, and more people are dying every year,\u201d he said. \u201cAt some "
        "point we have to ask whether Washington is the solution or part of the problem.\u201d\n\n"
        "Marchbanks agreed that some programs had \u201cnot delivered,\u201d and said she would order a "
        "review of every federal opioid grant within 90 days of taking office.",
        [
            ("first, second and third priority", "Evelyn Marchbanks"),
            ("I have sat with mothers", "Evelyn Marchbanks"),
            ("I did not go into medicine", "Evelyn Marchbanks"),
            ("You can\u2019t say opioids", "Gwen Alcott"),
            ("Those two things", "Gwen Alcott"),
            ("look at every option", "Evelyn Marchbanks"),
            ("Senator, I am not going", "Evelyn Marchbanks"),
            ("exactly the kind of person", "Ned Caswell"),
            ("a perspective Washington badly lacks", "Ned Caswell"),
            ("I wanted to hear her say", "Teresa Gulley"),
            ("I didn\u2019t hear it", "Teresa Gulley"),
            ("Her hands are tied", "a senior HHS official"),
            ("We have spent billions", "Boyd Hennessey"),
            ("At some point we have to ask", "Boyd Hennessey"),
            ("not delivered", "Evelyn Marchbanks"),
        ],
    ),
    (
        "business-airline-merger",
        "Skyward Airlines agreed to buy rival Coastal Air for $4.1 billion in cash and stock, a deal that "
        "would create the nation's fifth-largest carrier and that analysts said was certain to draw close "
        "scrutiny from antitrust regulators.\n\n"
        '"This is a combination of two airlines that fit together like puzzle pieces," Skyward Chief '
        'Executive Officer Dennis Harlow said on a call with analysts on Monday. "Our networks barely '
        "overlap, and where they do, we'll compete harder than ever.\"\n\n"
        "Coastal shareholders will receive $38.50 a share, a 27 percent premium over Friday's closing "
        "price. Coastal shares jumped 22 percent to $36.90 in New York trading, while Skyward fell 4.3 "
        "percent.\n\n"
        "Coastal CEO Renata Villalobos, who will become vice chair of the combined company, said the two "
        'boards had been talking since the spring. "We looked hard at staying independent," she said. '
        '"In the end, the math for our shareholders and our people pointed one way."\n\n'
        "Analysts were split. \"The strategic logic is fine, but they're paying full price, and the "
        'integration risk is real," said Hunter Bassett, an analyst at Pell Brothers in New York. '
        '"Airline mergers look great on a slide deck. They look a lot less great when you try to merge two '
        'seniority lists."\n\n'
        "The Air Line Pilots Association, which represents pilots at both carriers, said in a statement "
        'that it would "insist on a fair and expedited process" for combining the two pilot groups.\n\n'
        "The Justice Department declined to comment. Mara Kleist, who directs the travel program at the "
        "consumer group Fair Skies Project, said the deal would leave travelers in several Southeast cities "
        "with fewer choices.\n\n"
        '"Every time an airline disappears, fares go up on the routes where it used to compete," she '
        "said.\n\n"
        "Harlow, asked on the call whether he expected regulators to demand the sale of gates or takeoff "
        'slots, said the companies were "prepared for a thorough review."\n\n'
        '"We think the case for this deal is strong, and we\'re going to make it," he said.',
        [
            ("This is a combination", "Dennis Harlow"),
            ("Our networks barely overlap", "Dennis Harlow"),
            ("We looked hard at staying", "Renata Villalobos"),
            ("In the end, the math", "Renata Villalobos"),
            ("The strategic logic is fine", "Hunter Bassett"),
            ("Airline mergers look great", "Hunter Bassett"),
            ("insist on a fair and expedited", "the Air Line Pilots Association"),
            ("Every time an airline disappears", "Mara Kleist"),
            ("prepared for a thorough review", "Dennis Harlow"),
            ("We think the case", "Dennis Harlow"),
        ],
    ),
    (
        "canada-appeal-new-trial",
        "TORONTO \u2014 Ontario\u2019s highest court has ordered a new trial for a Mississauga man "
        "convicted of dangerous driving causing death in a 2019 highway crash, ruling that the trial judge "
        "failed to properly instruct the jury on the evidence of an accident reconstruction expert.\n\n"
        "In a 2-1 decision released Tuesday, the Court of Appeal for Ontario said the jury may have been "
        "left with the impression that it could ignore the defence expert\u2019s evidence about the speed "
        "of the other vehicle.\n\n"
        "Justice H\u00e9l\u00e8ne Bouchard, writing for the majority, said the judge\u2019s charge to the "
        "jury was \u201cconfusing at best and misleading at worst.\u201d\n\n"
        "\u201cA jury is entitled to clear direction on how to approach expert evidence that is central to "
        "the case,\u201d Bouchard wrote. \u201cIt did not receive it here.\u201d\n\n"
        "In dissent, Justice Graham Tolliver said the errors were minor and the conviction should stand. "
        "\u201cRead as a whole, the charge was adequate,\u201d he wrote. \u201cPerfection is not the "
        "standard.\u201d\n\n"
        "Daniel Mirza, 31, had been sentenced to four years in prison. His lawyer, Priya Raman, said her "
        "client was \u201crelieved and grateful.\u201d\n\n"
        "\u201cHe has always maintained that this was a terrible accident, not a crime,\u201d Raman said in "
        "an interview. \u201cHe looks forward to having that heard by a properly instructed jury.\u201d\n\n"
        "The family of the victim, 19-year-old Kayla Desrosiers of Brampton, said in a statement released "
        "through the Crown that they were \u201cdevastated\u201d at the prospect of another trial.\n\n"
        "\u201cWe have relived the worst day of our lives in a courtroom once already,\u201d the statement "
        "said. \u201cNow we are being asked to do it again.\u201d\n\n"
        "The Ministry of the Attorney General said it was reviewing the decision and would not comment "
        "further while the matter is before the courts.",
        [
            ("confusing at best", "H\u00e9l\u00e8ne Bouchard"),
            ("A jury is entitled", "H\u00e9l\u00e8ne Bouchard"),
            ("It did not receive it here", "H\u00e9l\u00e8ne Bouchard"),
            ("Read as a whole", "Graham Tolliver"),
            ("Perfection is not the standard", "Graham Tolliver"),
            ("relieved and grateful", "Priya Raman"),
            ("He has always maintained", "Priya Raman"),
            ("He looks forward", "Priya Raman"),
            ("devastated", "the family"),
            ("We have relived", "the family"),
            ("Now we are being asked", "the family"),
        ],
    ),
    (
        "local-school-board-closure",
        "More than 200 parents, teachers and students packed the Harlan Middle School auditorium Tuesday "
        "night as the Riverside Unified school board voted 4-3 to close Lincoln Elementary at the end of "
        "the school year.\n\n"
        "The vote came after nearly four hours of public comment, almost all of it against the closure.\n\n"
        '"You are taking the heart out of this neighborhood," said Monique Tate, whose two children '
        'attend Lincoln. "This school is where we vote, where we hold our block parties, where my kids '
        "learned to read. You can't put a price on that.\"\n\n"
        "Superintendent Gregory Lamb, who recommended the closure, said the district faces a $6.2 million "
        "shortfall and that Lincoln is operating at 48 percent of capacity.\n\n"
        '"Nobody up here wants to do this," Lamb said. "But I would be failing every other student in '
        'this district if I pretended we could keep every building open."\n\n'
        "Board member Sandra Velez, who cast one of the three votes against closing the school, said the "
        'district had not done enough to explore alternatives. She called the process "rushed" and said '
        "families had been given less than a month's notice.\n\n"
        '"We owe these families more than a PowerPoint," Velez said.\n\n'
        "Board President Tom Ackerly, who voted for the closure, said the board had been discussing falling "
        'enrollment for three years. "This did not come out of nowhere," he said.\n\n'
        "Some of the sharpest comments came from students. Jaylen Brooks, a fifth-grader, read from a "
        "handwritten note: \"Please don't close my school. My teacher says I'm the best reader in the whole "
        'class."\n\n'
        "Lincoln's principal, Carol Dunphy, did not speak at the meeting. In an email afterward, she said "
        'her staff would "do everything we can to make this transition as smooth as possible for our '
        'kids."\n\n'
        'Parents said they were weighing their options, and Tate said she was talking to a lawyer. "This '
        'isn\'t over," she said. "Not even close."',
        [
            ("You are taking the heart", "Monique Tate"),
            ("This school is where we vote", "Monique Tate"),
            ("Nobody up here wants to do this", "Gregory Lamb"),
            ("But I would be failing", "Gregory Lamb"),
            ("rushed", "Sandra Velez"),
            ("We owe these families", "Sandra Velez"),
            ("This did not come out of nowhere", "Tom Ackerly"),
            ("Please don't close my school", "Jaylen Brooks"),
            ("do everything we can", "Carol Dunphy"),
            ("This isn't over", "Monique Tate"),
            ("Not even close", "Monique Tate"),
        ],
    ),
    (
        "aap-stamp-duty-first-home",
        "New South Wales Premier Fiona Carmody has defended her government\u2019s decision to scrap stamp "
        "duty for first-home buyers, rejecting Labor claims the $1.2 billion policy will simply push up "
        "house prices.\n\n"
        "\u201cWe make no apology for helping young people into their first home,\u201d Ms Carmody told "
        "reporters in Sydney on Wednesday. \u201cFor too long the great Australian dream has been slipping "
        "away from an entire generation.\u201d\n\n"
        "Opposition Leader Brendan Haskins said the measure would hand more money to sellers, not buyers.\n\n"
        "\u201cEvery economist worth their salt will tell you that if you pump more money into demand "
        "without fixing supply, prices go up,\u201d Mr Haskins said. \u201cThis is a sugar hit ahead of an "
        "election, nothing more.\u201d\n\n"
        "Treasurer Aaron Whitfield said modelling by NSW Treasury showed the effect on prices would be "
        "\u201cnegligible\u201d.\n\n"
        "The Property Council\u2019s NSW executive director, Kate Lonergan, welcomed the announcement but "
        "said the government must also speed up planning approvals.\n\n"
        "\u201cStamp duty relief is welcome, but it\u2019s half the job,\u201d Ms Lonergan said.\n\n"
        "Sophie Tran, a 28-year-old nurse from Parramatta who attended the announcement, said she had been "
        "saving for a deposit for five years.\n\n"
        "\u201cEvery time I get close, prices jump again,\u201d Ms Tran said. \u201cThis might actually get "
        "me over the line.\u201d\n\n"
        "Greens MP Tamsin Rourke said the policy ignored renters, who make up a third of households in the "
        "state, calling it \u201ca gift to people who are already halfway there\u201d.\n\n"
        "The premier said her government would announce further housing measures before the March election. "
        "Asked whether those would include changes to negative gearing, a federal matter, she said: "
        "\u201cThat\u2019s a question for Canberra, not for me.\u201d",
        [
            ("We make no apology", "Fiona Carmody"),
            ("For too long the great Australian", "Fiona Carmody"),
            ("Every economist worth their salt", "Brendan Haskins"),
            ("This is a sugar hit", "Brendan Haskins"),
            ("negligible", "Aaron Whitfield"),
            ("Stamp duty relief is welcome", "Kate Lonergan"),
            ("Every time I get close", "Sophie Tran"),
            ("This might actually", "Sophie Tran"),
            ("a gift to people", "Tamsin Rourke"),
            ("That\u2019s a question for Canberra", "Fiona Carmody"),
        ],
    ),
]
