"""A held-out newsroom set: fifteen news articles written for quotemark in many house styles
(wire, British, broadcast, sports, courts, business, science, politics, Q&A, speech, op-ed, local
news, group speakers, partial quotes). The people, places and companies are fictional; nothing is
taken from any article or dataset.

Written, with the expected speakers, BEFORE quotemark was run on them, so that they measure how the
rules carry over to text they were never developed on. `bench/newsroom.py` scores them.

Each article: (name, text, [(start of the quotation's words, expected speaker or None)]), the
quotations in the order they appear. The start is the text right after the opening quotation mark
(an inner quotation in a nested one is listed too, with the speaker of its words). The speaker is
the name a reader would write down; None when the text gives no speaker.
"""

from __future__ import annotations

from tests.fixtures_newsroom_a2 import ARTICLES_A2

ARTICLES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "wire-ap-wildfire",
        "PINE HOLLOW, Ore. (AP) — A wind-driven wildfire forced the evacuation of about 4,000 people in "
        "southern Oregon on Tuesday, as crews struggled to hold a line along a state highway and officials "
        "warned that the worst might still be ahead.\n\n"
        "The Cedar Ridge Fire had burned more than 18 square miles by late afternoon, according to the "
        "Oregon Department of Forestry. No deaths had been reported, but at least a dozen homes were "
        "destroyed near the community of Pine Hollow.\n\n"
        '"We are asking people not to wait for a knock on the door," said Marcy Delgado, a spokeswoman '
        'for the Josephine County Sheriff\'s Office. "If you feel unsafe, leave now."\n\n'
        "Gusts of up to 45 mph pushed the flames across two ridgelines overnight. Fire behavior analyst "
        "Owen Fitch said the humidity had fallen into the single digits.\n\n"
        '"That is the kind of air that turns a spot fire into a run of several miles," Fitch said. '
        '"We saw exactly that at 3 a.m."\n\n'
        "Gov. Helen Marsh declared a state of emergency, freeing state money for firefighting. In a "
        "statement, Marsh said she had spoken with the county's commissioners and promised \"every "
        'resource we have."\n\n'
        "Residents streamed into a Red Cross shelter at a high school gym in Grants Pass. Luis Arroyo, "
        "67, said he had left with his dog, his medication and little else.\n\n"
        '"I looked back and the whole hill was orange," Arroyo said. "I don\'t know if I have a house."\n\n'
        "A retired couple from the same road, Pat and Dennis Greer, said they had been through two "
        "evacuations in five years.\n\n"
        '"You never get used to it," said Pat Greer.\n\n'
        "The fire's cause was under investigation. Officials said a downed power line was among the "
        "possibilities but cautioned against speculation.\n\n"
        '"We have not ruled anything in or out," said Capt. Ray Oduya of the Oregon State Police.\n\n'
        "The utility Pacific Crest Power said in a statement that it had shut off electricity to some "
        '11,000 customers as a precaution and that it was "cooperating fully" with investigators.\n\n'
        "Forecasters expected winds to ease by Thursday. Until then, Delgado said, the message remained "
        "simple.\n\n"
        '"Pack the car, know your route and go when we tell you," she said.',
        [
            ("We are asking people", "Marcy Delgado"),
            ("If you feel unsafe", "Marcy Delgado"),
            ("That is the kind of air", "Owen Fitch"),
            ("We saw exactly that", "Owen Fitch"),
            ("every resource we have", "Helen Marsh"),
            ("I looked back", "Luis Arroyo"),
            ("I don't know if", "Luis Arroyo"),
            ("You never get used", "Pat Greer"),
            ("We have not ruled", "Ray Oduya"),
            ("cooperating fully", "Pacific Crest Power"),
            ("Pack the car", "Marcy Delgado"),
        ],
    ),
    (
        "reuters-earnings",
        "Nov 4 (Reuters) - Halvorsen Foods reported a smaller-than-expected quarterly profit on Tuesday and "
        "cut its full-year forecast, blaming higher cocoa and packaging costs, sending its shares down 7% "
        "in early trading.\n\n"
        "The Minneapolis-based maker of snack bars and breakfast cereals said net income fell to $212 "
        "million, or 94 cents per share, in the third quarter, from $260 million a year earlier, according "
        "to a statement.\n\n"
        "Chief Executive Officer Dana Whitfield told analysts on a conference call that the company had "
        "underestimated how quickly shoppers would switch to cheaper store brands.\n\n"
        "\u201cWe were too slow to respond on price, and we own that,\u201d Whitfield said. \u201cThe fourth "
        "quarter will be about winning back the value-conscious shopper.\u201d\n\n"
        "Whitfield said the company would spend an additional $40 million on promotions before the end of "
        "the year.\n\n"
        "Chief Financial Officer Raj Mehta said input costs would remain \u201cstubbornly high\u201d through "
        "the first half of next year. He added that Halvorsen had locked in about 60% of its cocoa needs "
        "for 2027.\n\n"
        "\u201cWe are not assuming any relief on commodities in our guidance,\u201d Mehta said.\n\n"
        "The company now expects full-year adjusted earnings of $3.70 to $3.80 per share, down from its "
        "earlier forecast of $4.05 to $4.15.\n\n"
        "Analysts were not convinced. \u201cThe promotional spending buys volume, but it does so at the "
        "expense of margins that were already under pressure,\u201d wrote Priya Anand, an analyst at "
        "Lockwood Securities, in a note to clients.\n\n"
        "\u201cThis is a company that is playing defence,\u201d said Marcus Bell, a portfolio manager at "
        "Greyfield Asset Management, which holds Halvorsen shares. \u201cI would want to see volumes "
        "stabilise before adding.\u201d\n\n"
        "Halvorsen also said it would close a plant in Dayton, Ohio, affecting about 300 workers. The "
        "Bakery and Confectionery Workers Union, which represents the workers, said in a statement that "
        "the decision was \u201ca betrayal of people who kept the lines running through the pandemic.\u201d\n\n"
        "The company said affected employees would be offered jobs at other sites.\n\n"
        "Shares of Halvorsen were down 7.2% at $61.15 in morning trading, on track for their biggest "
        "one-day drop since March.",
        [
            ("We were too slow", "Dana Whitfield"),
            ("The fourth quarter", "Dana Whitfield"),
            ("stubbornly high", "Raj Mehta"),
            ("We are not assuming", "Raj Mehta"),
            ("The promotional spending", "Priya Anand"),
            ("This is a company", "Marcus Bell"),
            ("I would want to see", "Marcus Bell"),
            ("a betrayal of people", "Bakery and Confectionery Workers Union"),
        ],
    ),
    (
        "bbc-libraries",
        "Plans to close three libraries in Northfield have been paused after more than 6,000 people signed "
        "a petition against them.\n\n"
        "Northfield Borough Council had proposed shutting the branches in Ashby, Colton and Marsh Lane to "
        "save \u00a31.2m a year.\n\n"
        "Council leader Gareth Pryce said the authority had \u2018listened carefully\u2019 to residents.\n\n"
        "\u2018We have heard very clearly how much these buildings mean to people, particularly older "
        "residents and young families,\u2019 Mr Pryce said.\n\n"
        "\u2018But I won\u2019t pretend the money problem has gone away. We still have to find savings "
        "somewhere.\u2019\n\n"
        "The petition was started by Ashby resident Joan Whitley, 74, who has used the branch for more "
        "than 40 years.\n\n"
        "She told the BBC: \u2018It\u2019s not just books. It\u2019s the only warm place some people have to "
        "go during the day.\u2019\n\n"
        "Mrs Whitley said she was \u2018delighted but cautious\u2019 about the pause.\n\n"
        "The opposition Liberal Democrat group said the plans should be scrapped altogether. Its leader, "
        "Cllr Fiona Mackay, said: \u2018A pause is not a promise. Residents deserve certainty, not a stay "
        "of execution.\u2019\n\n"
        "Unison, which represents library staff, said members had been \u2018living with uncertainty for "
        "months\u2019.\n\n"
        "A final decision is expected in March.\n\n"
        "Library campaigner Dr Alan Rusk, who chairs the Friends of Colton Library, said the group would "
        "keep fighting.\n\n"
        "\u2018We\u2019ll be at every meeting,\u2019 he said. \u2018They haven\u2019t seen the last of us.\u2019",
        [
            ("listened carefully", "Gareth Pryce"),
            ("We have heard very clearly", "Gareth Pryce"),
            ("But I won", "Gareth Pryce"),
            ("It\u2019s not just books", "Joan Whitley"),
            ("delighted but cautious", "Joan Whitley"),
            ("A pause is not a promise", "Fiona Mackay"),
            ("living with uncertainty", "Unison"),
            ("We\u2019ll be at every meeting", "Alan Rusk"),
            ("They haven\u2019t seen", "Alan Rusk"),
        ],
    ),
    (
        "broadcast-sunday-shows",
        "Washington (CNN) \u2014 Senate Majority Whip Carol Brandt said Sunday that she expects the chamber "
        "to pass a stopgap spending bill before the end of the week, despite objections from members of "
        "her own party.\n\n"
        "\u201cI think we get it done, and I think we get it done with votes from both sides,\u201d Brandt "
        "told CNN\u2019s Ellen Marsh on \u201cState of the Union.\u201d\n\n"
        "Asked whether she could guarantee that the government would not shut down, Brandt said: "
        "\u201cNobody can guarantee anything in this town. But I would be very surprised.\u201d\n\n"
        "Rep. Tom\u00e1s Quiroga, a Texas Democrat, appeared later on the same program and said that his "
        "caucus had not yet seen the text of the bill.\n\n"
        "\u201cYou can\u2019t ask people to vote for something they haven\u2019t read,\u201d Quiroga said. "
        "\u201cThat\u2019s not how this is supposed to work.\u201d\n\n"
        "Meanwhile on NBC\u2019s \u201cMeet the Press,\u201d White House budget director Leon Hartley said "
        "the administration \u201cwould prefer a full-year deal\u201d but would sign a short-term measure.\n\n"
        "\u201cThe president is not going to let the government close over a calendar,\u201d Hartley said.\n\n"
        "Hartley also pushed back on a claim by Sen. Mark Devlin, a Republican from Idaho, who said last "
        "week that the White House had \u201cwalked away from the table.\u201d\n\n"
        "\u201cThat is simply not true,\u201d Hartley said. \u201cWe have been at the table every single "
        "day.\u201d\n\n"
        "The current funding expires at midnight Friday.\n\n"
        "CNN\u2019s Ellen Marsh and Sam Okoro contributed to this report.",
        [
            ("I think we get it done", "Carol Brandt"),
            ("Nobody can guarantee", "Carol Brandt"),
            ("You can\u2019t ask people", "Tom\u00e1s Quiroga"),
            ("That\u2019s not how", "Tom\u00e1s Quiroga"),
            ("would prefer a full-year deal", "Leon Hartley"),
            ("The president is not going", "Leon Hartley"),
            ("walked away from the table", "Mark Devlin"),
            ("That is simply not true", "Leon Hartley"),
            ("We have been at the table", "Leon Hartley"),
        ],
    ),
    (
        "sports-game-story",
        "MILLBROOK \u2014 Jalen Carter scored 27 points and Devin Oakes added 19 as the Millbrook Hawks beat "
        "the Riverton Otters 88-81 on Saturday night, snapping a three-game losing streak.\n\n"
        "Carter hit four 3-pointers in the third quarter, when Millbrook turned a six-point deficit into a "
        "10-point lead.\n\n"
        "\u201cI just felt it tonight,\u201d Carter said. \u201cThe guys kept finding me and I kept "
        "shooting.\u201d\n\n"
        "Hawks coach Terry Voss said the difference was defense.\n\n"
        "\u201cWe talked all week about getting stops, and in the third quarter we finally did it,\u201d "
        "Voss said. \u201cThat\u2019s the team I know we can be.\u201d\n\n"
        "Oakes, a freshman, had a career high in rebounds with 12.\n\n"
        "\u201cCoach told me to go get the ball, so I went and got it,\u201d Oakes said.\n\n"
        "Riverton (9-7) was led by Marcus Lyle with 24 points. The Otters shot 38% in the second half.\n\n"
        "\u201cWe stopped moving the ball,\u201d Riverton coach Bill Hagan said. \u201cWhen you do that "
        "against a team like this, they make you pay.\u201d\n\n"
        "Hagan said his team would need to regroup quickly with a road game at Fairview on Tuesday.\n\n"
        "Lyle was blunter.\n\n"
        "\u201cWe got outworked,\u201d he said. \u201cSimple as that.\u201d\n\n"
        "Millbrook (11-5) plays host to Westgate on Friday.\n\n"
        "\u201cEvery game matters now,\u201d Voss said. \u201cWe can\u2019t afford another stretch like the "
        "last week.\u201d",
        [
            ("I just felt it tonight", "Jalen Carter"),
            ("The guys kept finding me", "Jalen Carter"),
            ("We talked all week", "Terry Voss"),
            ("That\u2019s the team", "Terry Voss"),
            ("Coach told me", "Devin Oakes"),
            ("We stopped moving", "Bill Hagan"),
            ("When you do that", "Bill Hagan"),
            ("We got outworked", "Marcus Lyle"),
            ("Simple as that", "Marcus Lyle"),
            ("Every game matters now", "Terry Voss"),
            ("We can\u2019t afford", "Terry Voss"),
        ],
    ),
    (
        "court-sentencing",
        "A federal judge on Thursday sentenced a former Harlow County treasurer to six years in prison for "
        "stealing more than $2 million in public funds, calling the crime \u201ca betrayal of the very "
        "people she swore to serve.\u201d\n\n"
        "Deborah Kline, 58, pleaded guilty in June to wire fraud and money laundering. Prosecutors said she "
        "moved county money into accounts she controlled over nearly a decade and spent it on property, "
        "jewellery and a lake house.\n\n"
        "U.S. District Judge Anthony Ruiz said Kline had shown remorse but that the scale of the theft "
        "demanded a substantial sentence.\n\n"
        "\u201cThis was not a single lapse of judgment. It was a plan, carried out month after month,\u201d "
        "Ruiz said from the bench.\n\n"
        "Assistant U.S. Attorney Naomi Fischer had asked for eight years. In court, she told the judge that "
        "Kline had lied to auditors \u201cagain and again\u201d and had blamed a subordinate when questions "
        "were first raised.\n\n"
        "\u201cThe defendant did not stop because she had a change of heart,\u201d Fischer said. \u201cShe "
        "stopped because she was caught.\u201d\n\n"
        "Kline\u2019s lawyer, Martin Sokol, argued for a sentence of three years, pointing to her age, her "
        "lack of a criminal record and her care for an ailing husband.\n\n"
        "\u201cShe has lost everything: her career, her reputation, her home,\u201d Sokol said. \u201cPrison "
        "for three years is not a lenient outcome for a woman in her position.\u201d\n\n"
        "Kline, speaking briefly before the sentence was announced, apologized to the county\u2019s "
        "residents.\n\n"
        "\u201cI am ashamed of what I did, and I will spend the rest of my life trying to repay it,\u201d she "
        "said, her voice breaking.\n\n"
        "Outside the courthouse, County Commissioner Walter Higgs said the county had recovered about "
        "$600,000 so far.\n\n"
        "\u201cWe are going to chase every last dollar,\u201d Higgs said.\n\n"
        "Sokol said after the hearing that his client would not appeal.",
        [
            ("a betrayal of the very people", "Anthony Ruiz"),
            ("This was not a single lapse", "Anthony Ruiz"),
            ("again and again", "Naomi Fischer"),
            ("The defendant did not stop", "Naomi Fischer"),
            ("She stopped because", "Naomi Fischer"),
            ("She has lost everything", "Martin Sokol"),
            ("Prison for three years", "Martin Sokol"),
            ("I am ashamed", "Deborah Kline"),
            ("We are going to chase", "Walter Higgs"),
        ],
    ),
    (
        "science-study",
        "A common blood-pressure drug may slow memory loss in older adults with early signs of dementia, "
        "according to a study published on Wednesday in the journal Neurology Today, though researchers "
        "cautioned that the results need to be confirmed in larger trials.\n\n"
        "The study followed 1,240 people aged 65 and over in Denmark and Sweden for four years. Those who "
        "took the drug, telmasartan, declined about 20% more slowly on standard memory tests than those who "
        "took a placebo.\n\n"
        "\u201cIt is a modest effect, but it is a real one, and it comes from a cheap medicine that millions "
        "of people already take,\u201d said Dr. Ingrid Holm, a neurologist at Aarhus University Hospital and "
        "the study\u2019s lead author.\n\n"
        "Holm said the team had not expected to see a difference so early.\n\n"
        "\u201cHonestly, we designed the trial thinking we would need five or six years to see anything,"
        "\u201d she said.\n\n"
        "The researchers believe the drug may improve blood flow to small vessels in the brain. But they "
        "said it was too early to recommend it for people who do not already need it for their blood "
        "pressure.\n\n"
        "Scientists not involved in the research welcomed the findings but urged caution.\n\n"
        "\u201cThe numbers are encouraging, but a 20% slowing on a memory test is not the same thing as "
        "keeping someone out of a care home,\u201d said Professor Samuel Achebe of the University of "
        "Edinburgh, who studies ageing.\n\n"
        "Achebe noted that participants in the trial were mostly white and well educated, which could limit "
        "how widely the results apply. A spokeswoman for Dementia Action UK said the study was \u201can "
        "important step\u201d but \u201cfar from a cure.\u201d\n\n"
        "The study was funded by the Danish Dementia Research Foundation. One of its co-authors, Erik Lund, "
        "has received consulting fees from a company that makes a generic version of the drug, the journal "
        "said.\n\n"
        "Holm said a larger trial, involving 5,000 people in six countries, was being planned.\n\n"
        "\u201cIf it holds up there,\u201d she added, \u201cthen we can start talking about changing "
        "practice.\u201d",
        [
            ("It is a modest effect", "Ingrid Holm"),
            ("Honestly, we designed", "Ingrid Holm"),
            ("The numbers are encouraging", "Samuel Achebe"),
            ("an important step", "Dementia Action UK"),
            ("far from a cure", "Dementia Action UK"),
            ("If it holds up there", "Ingrid Holm"),
            ("then we can start talking", "Ingrid Holm"),
        ],
    ),
    (
        "politics-debate-rivals",
        "Two candidates for governor traded insults at a debate on Tuesday night, with state Sen. Victoria "
        "Hale accusing her Republican rival of \u201crunning from his own record\u201d and former Lt. Gov. "
        "Brian Ashford calling her \u201ca career politician with nothing to show for it.\u201d\n\n"
        "The hourlong debate in Cedar Falls was the only one scheduled before the Nov. 5 election.\n\n"
        "Hale opened by attacking Ashford over a comment he made at a rally last month. \u201cMy opponent "
        "stood in front of a crowd and said I had \u2018never worked a day in my life,\u2019\u201d Hale said. "
        "\u201cI was a nurse for eleven years. I worked nights.\u201d\n\n"
        "Ashford did not back down. \u201cI said she had never run a business, and that\u2019s true,\u201d he "
        "said. \u201cSenator Hale likes to hear what she wants to hear.\u201d\n\n"
        "Later, Ashford said Hale had called him \u201ca fraud\u201d in a fundraising email, and he held up a "
        "printout. \u201cShe called me \u2018a fraud who should be ashamed.\u2019 Then she asked people for "
        "money,\u201d he said.\n\n"
        "Hale said the email had been sent by her campaign staff, not by her, but that she stood by its "
        "substance.\n\n"
        "On taxes, Ashford promised to cut the state income tax rate to 4%. Hale said the plan would "
        "\u201cblow a hole in the school budget.\u201d\n\n"
        "Political scientist Monica Reyes of Midland State University said neither candidate was likely to "
        "have changed many minds.\n\n"
        "\u201cThese were two people performing for their own supporters,\u201d Reyes said. \u201cThe "
        "undecided voter got very little tonight.\u201d",
        [
            ("running from his own record", "Victoria Hale"),
            ("a career politician", "Brian Ashford"),
            ("My opponent stood", "Victoria Hale"),
            ("never worked a day", "Brian Ashford"),
            ("I was a nurse", "Victoria Hale"),
            ("I said she had never", "Brian Ashford"),
            ("Senator Hale likes", "Brian Ashford"),
            ("a fraud", "Victoria Hale"),
            ("She called me", "Brian Ashford"),
            ("a fraud who should be ashamed", "Victoria Hale"),
            ("blow a hole", "Victoria Hale"),
            ("These were two people", "Monica Reyes"),
            ("The undecided voter", "Monica Reyes"),
        ],
    ),
] + ARTICLES_A2
