"""A sixth held-out newsroom set, h, written blind: twelve articles, 175 direct quotations. Eight in the
styles of the US political news of 2015-2017 that PolNeAR is drawn from (an AP Senate whip-count story
with a nominal White House source and a senior administration official, a Politico story of a
campaign manager's firing with a campaign statement, aides and a rally speech over two paragraphs, an
NYT-style story with Mr./Ms., aides, an anonymous official over two paragraphs and partial quotes from
posts, a Fox town hall where "the Vermont independent" and "the 70-year-old" stand for the speakers, a
Breitbart exclusive with a sheriff's quotation over two paragraphs and a department spokesman, an AP
state-capitol budget standoff between a woman governor and two legislative leaders of both genders,
a Hill story of a House spending fight with an aide and a White House statement, a WaPo-style
confirmation hearing with an anonymous official and "according to"); four from elsewhere (a business
story in straight quotation marks with a pilots' union statement, a Canadian appeal ruling with a
majority and a dissent that "wrote" and a family statement, a local school board meeting in straight
quotation marks, an Australian AAP story with Ms/Mr and the full stop outside a closing quote).
Written, and the speakers fixed, without reading analysis/ and BEFORE quotemark was run on them.
Fictional people, companies and institutions; same format as the first set. Expected speakers are
what a careful journalist would write: the full name as first given, an organisation's name for its
statement, and a description only where the article names no one.

First run (`python bench/newsroom.py --set h`, branch seth = main at ed66de0 plus this set, before
anything was changed for it): 174 quotations expected, 174 found, 164 with the right speaker (0.943),
10 wrong; 146 marked sure (coverage 0.839 of found), 142 of them right (sure precision 0.973, 4 sure
and wrong); 1 extra quotation. The extra was the writer's omission, not quotemark's: the partial
quotation "thousands of dollars a year" in the town hall story had been left out of the expected list.
With it added (Walter Brisbane, the speaker it was written for; nothing else in the gold changed) the
same run scores 175 expected, 175 found, 164 right, 11 wrong, 146 sure (0.834), 142 right (0.973).
"""

from __future__ import annotations

from tests.fixtures_newsroom_h2 import ARTICLES_H2

ARTICLES_H: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "ap-senate-health-showdown",
        "WASHINGTON (AP) \u2014 Senate Republicans pushed their health care bill toward a showdown vote on "
        "Thursday, even as two GOP senators said they remained undecided and a third said flatly that she "
        "would vote no.\n\n"
        "\u201cWe are going to have this vote, and we are going to have it this week,\u201d Senate Majority "
        "Leader Carl Whitacre, R-Tenn., told reporters outside his office. \u201cThe American people have "
        "waited long enough.\u201d\n\n"
        "Whitacre can lose only two Republican votes and still pass the measure with Vice President Glenn "
        "Hartsell breaking a tie.\n\n"
        "Sen. Joan Pelletier of Maine said Wednesday night that she could not support the bill in its "
        "current form, citing projections that it would leave millions more people without insurance.\n\n"
        "\u201cI have read every page of this bill, and I have talked to the hospitals in my state,\u201d "
        "Pelletier said. \u201cThey tell me it would be devastating for rural Maine, and I believe "
        "them.\u201d\n\n"
        "Her announcement left Whitacre with almost no room for error. Two other Republicans, Sens. Dale "
        "Ruckert of Nevada and Ben Aldana of Arizona, said they were still studying changes the leader "
        "unveiled on Monday.\n\n"
        "Ruckert said he had spoken twice with President Ray Holbrook since the weekend. \u201cHe made his "
        "case, and I made mine,\u201d the Nevada Republican said. \u201cI told him I\u2019m not there "
        "yet.\u201d\n\n"
        "Aldana, a first-term senator who faces re-election next year, was more guarded. Asked whether he "
        "would back the bill, he said only, \u201cI\u2019m going to read it.\u201d\n\n"
        "The White House kept up the pressure. In a statement, press secretary Melissa Tarrant said the "
        "president was \u201cconfident\u201d the Senate would act and called the current law \u201ca "
        "disaster for working families.\u201d\n\n"
        "A senior administration official, speaking on condition of anonymity to discuss private "
        "conversations, said Holbrook had called more than a dozen senators this week. \u201cHe\u2019s all "
        "in,\u201d the official said. \u201cHe wants a signing ceremony before the Fourth.\u201d\n\n"
        "Democrats, who are united against the bill, sought to raise doubts among wavering Republicans. "
        "Senate Minority Leader Patricia Oyelaran, D-N.Y., said the changes amounted to \u201clipstick on a "
        "very sick pig.\u201d\n\n"
        "\u201cYou can move the money around all you want,\u201d she said on the Senate floor. \u201cAt the "
        "end of the day, 19 million people lose their coverage, and every senator who votes yes will own "
        "that.\u201d\n\n"
        "Whitacre, 69, dismissed the criticism. He said Democrats had \u201cwalked away from the "
        "table\u201d months ago and had offered no plan of their own.\n\n"
        "\u201cThey had their chance. They had eight years,\u201d he said.\n\n"
        "Outside the Capitol, several dozen protesters, some in wheelchairs, chanted as senators arrived "
        "for votes. Linda Marsh, 58, of Alexandria, Virginia, said she had come because her daughter has "
        "cystic fibrosis.\n\n"
        "\u201cMy daughter is not a line in a budget,\u201d Marsh said. \u201cShe\u2019s a person, and "
        "she\u2019s scared.\u201d\n\n"
        "The Congressional Budget Office is expected to release its analysis of the revised bill as early "
        "as Friday.",
        [
            ("We are going to have this vote", "Carl Whitacre"),
            ("The American people have waited", "Carl Whitacre"),
            ("I have read every page", "Joan Pelletier"),
            ("They tell me it would be", "Joan Pelletier"),
            ("He made his case", "Dale Ruckert"),
            ("I told him I\u2019m not there yet", "Dale Ruckert"),
            ("I\u2019m going to read it", "Ben Aldana"),
            ("confident", "Melissa Tarrant"),
            ("a disaster for working families", "Melissa Tarrant"),
            ("He\u2019s all in", "a senior administration official"),
            ("He wants a signing ceremony", "a senior administration official"),
            ("lipstick on a very sick pig", "Patricia Oyelaran"),
            ("You can move the money", "Patricia Oyelaran"),
            ("At the end of the day", "Patricia Oyelaran"),
            ("walked away from the table", "Carl Whitacre"),
            ("They had their chance", "Carl Whitacre"),
            ("My daughter is not a line", "Linda Marsh"),
            ("She\u2019s a person", "Linda Marsh"),
        ],
    ),
    (
        "politico-campaign-manager-ousted",
        "Preston Vail fired his campaign manager on Monday, ending weeks of infighting that had split the "
        "billionaire\u2019s inner circle and alarmed Republican leaders who want him to pivot to the "
        "general election.\n\n"
        "Kendra Sosa, who had run the campaign since its first day in a borrowed conference room, was "
        "escorted out of Vail\u2019s Manhattan headquarters shortly after 9 a.m., according to two people "
        "who witnessed it. By noon she was on cable television.\n\n"
        "\u201cI have no regrets. None,\u201d Sosa said in an interview on CNN. \u201cI\u2019d do it all "
        "again tomorrow, and I wish Mr. Vail nothing but the best.\u201d\n\n"
        "She declined to say whether she had been given a reason. Asked whether Vail\u2019s adult children "
        "had pushed for her ouster, Sosa paused before answering. \u201cYou\u2019d have to ask them,\u201d "
        "she said.\n\n"
        "\u201cThe campaign is grateful to Kendra for her hard work and dedication,\u201d the campaign said "
        "in a three-sentence statement released shortly before noon. \u201cWe wish her well.\u201d\n\n"
        "Vail himself offered a blunter account at a rally that evening in Scranton, Pennsylvania, where he "
        "spoke for more than an hour to a crowd the fire marshal put at 6,000.\n\n"
        "\u201cKendra\u2019s a good person, a tough person, but we\u2019re going into a different "
        "phase,\u201d the 69-year-old told the crowd. \u201cDifferent phase, different people. That\u2019s "
        "how it works in business, believe me.\n\n"
        "\u201cAnd let me tell you, the people who are going to be most upset about this are the people in "
        "the media, because they loved the fighting. They loved it. Well, the fighting is over.\u201d\n\n"
        "Several Vail aides, speaking on condition of anonymity because they were not authorized to discuss "
        "internal matters, said tensions had been building for weeks between Sosa and Russ Adair, a veteran "
        "GOP operative hired in March to manage the delegate fight. One aide described the relationship as "
        "\u201cpoisonous.\u201d Another said the two had not spoken in nine days.\n\n"
        "Adair, who will now effectively run the campaign, struck a conciliatory note. \u201cKendra built "
        "something remarkable with almost nothing,\u201d he said in a brief phone interview. \u201cMy job "
        "is to take it to the next level.\u201d\n\n"
        "He said the campaign would hire at least 40 staffers in battleground states by the end of the "
        "month and would begin running television ads in Florida and Ohio. Asked how the campaign would pay "
        "for them, Adair laughed. \u201cThe candidate has been pretty clear that money isn\u2019t the "
        "problem,\u201d he said.\n\n"
        "Republicans on Capitol Hill greeted the news with relief. Rep. Tom Hagerty of Ohio, who endorsed "
        "Vail last month, said the shake-up was \u201coverdue\u201d and a sign that the billionaire was "
        "\u201cgetting serious.\u201d\n\n"
        "Democrats seized on the turmoil. \u201cIf he can\u2019t run a campaign, how is he going to run the "
        "country?\u201d said Marisol Ventura, a spokeswoman for Helen Ashby, the likely Democratic nominee. "
        "Ashby herself, speaking to reporters in Cleveland, declined to comment on the firing but said "
        "voters were \u201cseeing the real Preston Vail.\u201d\n\n"
        "Vail\u2019s daughter, Avery, who is among his closest advisers, defended her father on Twitter. "
        "\u201cMy father listens to everyone and then makes his own decisions. Always has,\u201d she wrote.",
        [
            ("I have no regrets", "Kendra Sosa"),
            ("I\u2019d do it all again", "Kendra Sosa"),
            ("You\u2019d have to ask them", "Kendra Sosa"),
            ("The campaign is grateful", "the campaign"),
            ("We wish her well", "the campaign"),
            ("Kendra\u2019s a good person", "Preston Vail"),
            ("Different phase, different people", "Preston Vail"),
            ("And let me tell you", "Preston Vail"),
            ("poisonous", "one aide"),
            ("Kendra built something", "Russ Adair"),
            ("My job is to take it", "Russ Adair"),
            ("The candidate has been pretty clear", "Russ Adair"),
            ("overdue", "Tom Hagerty"),
            ("getting serious", "Tom Hagerty"),
            ("If he can\u2019t run a campaign", "Marisol Ventura"),
            ("seeing the real Preston Vail", "Helen Ashby"),
            ("My father listens", "Avery Vail"),
        ],
    ),
    (
        "nyt-oval-office-leaks",
        "WASHINGTON \u2014 President Ray Holbrook erupted at his national security adviser in the Oval "
        "Office on Tuesday after reading news reports about a classified briefing, according to three "
        "officials with knowledge of the episode, and demanded that the people responsible be found and "
        "prosecuted.\n\n"
        "Mr. Holbrook told the adviser, Lt. Gen. Martin Esterhaus, that the leaks were \u201can act of war "
        "against this administration\u201d and that he wanted \u201cnames, not excuses,\u201d the officials "
        "said. They spoke on the condition of anonymity to describe a private meeting.\n\n"
        "Aides said Mr. Holbrook had been \u201cstewing\u201d over the reports for days, calling friends "
        "late at night to complain that his own government was working against him.\n\n"
        "At the White House briefing on Wednesday, the press secretary, Melissa Tarrant, did not dispute "
        "the account but said the president had every right to be angry.\n\n"
        "\u201cThe president is rightly outraged that people who were entrusted with sensitive information "
        "would betray that trust,\u201d Ms. Tarrant said. \u201cAnybody would be.\u201d\n\n"
        "Pressed on whether the White House had asked the Justice Department to open an investigation, she "
        "said, \u201cI\u2019m not going to get ahead of any process.\u201d\n\n"
        "General Esterhaus, a decorated Army officer who took the job in February, has kept a low profile. "
        "A spokesman for the National Security Council, Brent Oduya, said in an email that the general "
        "\u201cdoes not comment on private conversations with the president.\u201d\n\n"
        "Some in the West Wing see the leaks as the work of holdovers from the previous administration. "
        "Others point to rival factions within Mr. Holbrook\u2019s own staff. One senior administration "
        "official said the atmosphere had become \u201ctoxic,\u201d with aides suspecting one another.\n\n"
        "\u201cPeople are afraid to put anything in writing,\u201d the official said. \u201cThat is not a "
        "healthy way to run a government.\u201d\n\n"
        "On Capitol Hill, the reaction split largely along party lines. Senator Ruth Ferrante, Republican "
        "of Indiana and a member of the Intelligence Committee, said leaks of classified material were "
        "\u201ca crime, full stop,\u201d and should be investigated no matter whom they embarrassed.\n\n"
        "But Representative Alan Kosky, Democrat of California, said the president was more concerned with "
        "his image than with national security. \u201cWhat he\u2019s really angry about,\u201d Mr. Kosky "
        "said, \u201cis that the public found out.\u201d\n\n"
        "Mr. Holbrook, 70, weighed in himself early Wednesday on Twitter, writing that the \u201cfake news "
        "media\u201d was \u201cworking hand in hand with the leakers\u201d and that \u201cthe people will "
        "not stand for it!\u201d\n\n"
        "Gail Ostrowski, a former director of the C.I.A. who served under presidents of both parties, said "
        "in an interview that the problem was not new but that the president\u2019s public reaction was. "
        "\u201cEvery president has hated leaks,\u201d she said. \u201cNot every president has announced it "
        "to the world at 6 in the morning.\u201d\n\n"
        "She added that morale at the intelligence agencies was already \u201cas low as I have ever seen "
        "it.\u201d",
        [
            ("an act of war", "Ray Holbrook"),
            ("names, not excuses", "Ray Holbrook"),
            ("stewing", "aides"),
            ("The president is rightly outraged", "Melissa Tarrant"),
            ("Anybody would be", "Melissa Tarrant"),
            ("I\u2019m not going to get ahead", "Melissa Tarrant"),
            ("does not comment on private", "Brent Oduya"),
            ("toxic", "one senior administration official"),
            ("People are afraid", "one senior administration official"),
            ("That is not a healthy way", "one senior administration official"),
            ("a crime, full stop", "Ruth Ferrante"),
            ("What he\u2019s really angry about", "Alan Kosky"),
            ("is that the public found out", "Alan Kosky"),
            ("fake news media", "Ray Holbrook"),
            ("working hand in hand", "Ray Holbrook"),
            ("the people will not stand", "Ray Holbrook"),
            ("Every president has hated leaks", "Gail Ostrowski"),
            ("Not every president", "Gail Ostrowski"),
            ("as low as I have ever seen it", "Gail Ostrowski"),
        ],
    ),
    (
        "fox-town-hall-single-payer",
        "Sen. Walter Brisbane faced a skeptical crowd at a town hall in rural Pennsylvania on Monday night, "
        "where the Vermont independent was pressed again and again on how he would pay for his "
        "\u201cMedicare for everybody\u201d plan.\n\n"
        "\u201cNobody in this room should go bankrupt because they got sick,\u201d Brisbane told an "
        "audience of about 500 in a high school gym in Bloomsburg. \u201cThat is not a radical idea. Every "
        "other major country on earth has figured it out.\u201d\n\n"
        "But several questioners were not convinced. Karen Yoder, a small-business owner who said she "
        "employs 14 people, told the senator her taxes were already \u201cthrough the roof.\u201d\n\n"
        "\u201cYou keep saying the rich will pay for it,\u201d Yoder said. \u201cI\u2019m not rich. I run a "
        "flower shop. Who do you think is going to pay?\u201d\n\n"
        "Brisbane, 75, responded that most families would save money because they would no longer pay "
        "premiums or deductibles. He cited a study by economists at a Massachusetts university that found "
        "the typical family would come out ahead by \u201cthousands of dollars a year.\u201d\n\n"
        "That study has been disputed. An analysis by the nonpartisan Center for Fiscal Accountability "
        "estimated that the plan would cost $32 trillion over a decade.\n\n"
        "\u201cThere is no version of the math where this is paid for by taxing the top 1 percent,\u201d "
        "Douglas Threlkeld, the center\u2019s president, told Fox News. \u201cNone.\u201d\n\n"
        "A retired coal miner who gave his name only as Earl drew sustained applause when he stood up near "
        "the bleachers and asked why Democrats had stopped coming to towns like his.\n\n"
        "\u201cWe used to vote for your party around here,\u201d the 70-year-old said. \u201cMy dad did, I "
        "did. Then you all stopped showing up.\u201d\n\n"
        "Brisbane said he agreed. \u201cYou\u2019re right, and I\u2019ve been saying it for years,\u201d "
        "the Vermont independent replied. \u201cThe Democratic Party turned its back on working people, and "
        "it paid the price.\u201d\n\n"
        "At one point, moderator Dana Whitcomb asked for a show of hands. \u201cRaise your hand if you "
        "would give up your private insurance tomorrow,\u201d she said. Only a handful went up.\n\n"
        "Brisbane called it \u201ca fair question\u201d but said people were attached to their doctors, not "
        "their insurance companies. \u201cNobody loves their insurance company,\u201d he said. \u201cThey "
        "love their doctor.\u201d\n\n"
        "Republicans were quick to respond. The Republican National Committee called the event \u201ca "
        "sales pitch for a government takeover of one-sixth of the economy.\u201d\n\n"
        "\u201cIt would take away the health insurance of 150 million Americans who like what they "
        "have,\u201d RNC spokeswoman Brooke Landry said in a statement.",
        [
            ("Medicare for everybody", "Walter Brisbane"),
            ("Nobody in this room", "Walter Brisbane"),
            ("That is not a radical idea", "Walter Brisbane"),
            ("through the roof", "Karen Yoder"),
            ("You keep saying the rich", "Karen Yoder"),
            ("I\u2019m not rich", "Karen Yoder"),
            ("thousands of dollars a year", "Walter Brisbane"),
            ("There is no version of the math", "Douglas Threlkeld"),
            ("None.", "Douglas Threlkeld"),
            ("We used to vote for your party", "Earl"),
            ("My dad did", "Earl"),
            ("You\u2019re right, and I\u2019ve been", "Walter Brisbane"),
            ("The Democratic Party turned", "Walter Brisbane"),
            ("Raise your hand", "Dana Whitcomb"),
            ("a fair question", "Walter Brisbane"),
            ("Nobody loves their insurance company", "Walter Brisbane"),
            ("They love their doctor", "Walter Brisbane"),
            ("a sales pitch for a government", "the Republican National Committee"),
            ("It would take away", "Brooke Landry"),
        ],
    ),
    (
        "breitbart-border-wall-sheriff",
        "Rep. Clint Dorsey (R-TX) told Breitbart News on Tuesday that Congress must fund a border wall "
        "\u201cthis year, not next year, not after the midterms,\u201d warning that Republicans will pay a "
        "price at the polls if they fail to deliver on President Ray Holbrook\u2019s signature campaign "
        "promise.\n\n"
        "\u201cThe American people gave us the House, the Senate, and the White House. There are no more "
        "excuses,\u201d Dorsey said in an exclusive interview. \u201cIf we go home in November without a "
        "wall, we deserve to lose.\u201d\n\n"
        "The Texas Republican, whose district includes more than 200 miles of the U.S.-Mexico border, said "
        "he had walked sections of the border with Border Patrol agents who told him that \u201cthe cartels "
        "run the show\u201d in some areas.\n\n"
        "Dorsey\u2019s comments came as House leaders weighed a short-term spending bill that includes no "
        "new money for the wall. Ashley Tovar, a spokeswoman for House Speaker Grant Mulvane (R-WI), said "
        "the speaker \u201cremains committed to securing the border\u201d and that negotiations were "
        "ongoing.\n\n"
        "Sheriff Arnulfo Reyes of Cuervo County, Texas, a Democrat who has held the office for 22 years, "
        "told Breitbart News that his deputies are stretched dangerously thin.\n\n"
        "\u201cI\u2019ve got eleven deputies to cover 3,200 square miles. Eleven,\u201d Reyes said. "
        "\u201cWhen the smugglers come through, they know exactly where we are and where we aren\u2019t.\n\n"
        "\u201cPeople in Washington like to say the border is more secure than ever. Come down here and "
        "spend one night with my guys. Then tell me that.\u201d\n\n"
        "Chris Valdez, president of Local 2366 of the National Border Patrol Council, said agents had "
        "apprehended more than 1,100 people in the sector in the past month alone. He said morale was "
        "\u201cat rock bottom.\u201d\n\n"
        "\u201cOur agents are doing processing and babysitting instead of patrolling,\u201d Valdez said. "
        "\u201cEvery agent stuck behind a desk is an agent who is not on the line.\u201d\n\n"
        "Democrats have called the wall a waste of money. Rep. Luisa Carranza (D-CA) said in a statement "
        "last week that the wall would be \u201ca monument to fear\u201d and that the money would be better "
        "spent on technology and immigration judges.\n\n"
        "A Department of Homeland Security spokesman said the department was \u201cusing every tool "
        "available\u201d to secure the border, and pointed to a 40 percent drop in illegal crossings since "
        "January.\n\n"
        "Dorsey dismissed the Democrats\u2019 criticism. \u201cThey said the same thing about the fence in "
        "2006, and the fence works,\u201d he said. \u201cAsk anybody who lives next to it.\u201d",
        [
            ("this year, not next year", "Clint Dorsey"),
            ("The American people gave us", "Clint Dorsey"),
            ("If we go home in November", "Clint Dorsey"),
            ("the cartels run the show", "Border Patrol agents"),
            ("remains committed to securing", "Ashley Tovar"),
            ("I\u2019ve got eleven deputies", "Arnulfo Reyes"),
            ("When the smugglers come through", "Arnulfo Reyes"),
            ("People in Washington like to say", "Arnulfo Reyes"),
            ("at rock bottom", "Chris Valdez"),
            ("Our agents are doing processing", "Chris Valdez"),
            ("Every agent stuck behind a desk", "Chris Valdez"),
            ("a monument to fear", "Luisa Carranza"),
            ("using every tool available", "a Department of Homeland Security spokesman"),
            ("They said the same thing", "Clint Dorsey"),
            ("Ask anybody who lives", "Clint Dorsey"),
        ],
    ),
    (
        "ap-state-budget-standoff",
        "HARRISBURG, Pa. (AP) \u2014 Pennsylvania\u2019s budget standoff entered its third month on Tuesday "
        "with no end in sight, as Democratic Gov. Margaret Ellwood and Republican legislative leaders "
        "traded blame over a stalled deal that has left schools and social service agencies borrowing to "
        "stay open.\n\n"
        "Ellwood, speaking at an elementary school in Reading that has taken out a $4 million loan to make "
        "payroll, said the Legislature\u2019s leaders had \u201cwalked away from a deal we shook hands "
        "on.\u201d\n\n"
        "\u201cI\u2019m not going to sign a budget that balances the books on the backs of kids,\u201d the "
        "governor said. \u201cI\u2019ve been clear about that since January, and I\u2019m not going to "
        "change now.\u201d\n\n"
        "House Speaker Dwight Krause, R-Lancaster, said the governor was the one who had changed. He said "
        "Republicans had agreed in July to a framework that included more money for schools but no "
        "broad-based tax increase, and that Ellwood had then \u201cmoved the goalposts.\u201d\n\n"
        "\u201cShe wants a sales tax hike, she wants an income tax hike, and she wants us to pretend it "
        "isn\u2019t a tax hike,\u201d Krause told reporters in the Capitol. \u201cWe\u2019re not going to "
        "do that.\u201d\n\n"
        "Senate Majority Leader Tina Rowe, R-Centre, who is seen as more open to compromise than Krause, "
        "said talks had resumed quietly over the weekend.\n\n"
        "\u201cWe\u2019re talking. That\u2019s more than we could say a week ago,\u201d she said. She "
        "declined to say what was on the table.\n\n"
        "Rowe\u2019s spokesman, Kyle Brenner, said later that she was \u201ccautiously optimistic\u201d but "
        "that no meeting with the governor had been scheduled.\n\n"
        "Meanwhile, the impasse is being felt across the state. At a domestic violence shelter in Berks "
        "County, executive director Ann Marie Fogle said she had laid off four of her 22 employees.\n\n"
        "\u201cWe have women calling our hotline at 2 in the morning,\u201d Fogle said. \u201cI can\u2019t "
        "tell them to call back when the budget passes.\u201d\n\n"
        "Ellwood\u2019s budget secretary, Randall Okoye, told a Senate committee last week that the "
        "state\u2019s structural deficit stood at roughly $2 billion. \u201cThat hole doesn\u2019t go away "
        "because we don\u2019t like looking at it,\u201d he said.\n\n"
        "Republicans dispute that figure. Krause\u2019s spokesman, Neil Gaffney, said in an email that the "
        "administration\u2019s numbers were \u201cbuilt to justify a tax increase.\u201d\n\n"
        "The Democrat, a former businesswoman in her first term, said she would keep traveling the state to "
        "make her case. Asked whether she would accept a stopgap budget to get money flowing to schools, "
        "she shook her head.\n\n"
        "\u201cA stopgap just kicks the can,\u201d she said. \u201cWe\u2019ve been kicking this can for "
        "eight years.\u201d",
        [
            ("walked away from a deal", "Margaret Ellwood"),
            ("I\u2019m not going to sign a budget", "Margaret Ellwood"),
            ("I\u2019ve been clear about that", "Margaret Ellwood"),
            ("moved the goalposts", "Dwight Krause"),
            ("She wants a sales tax hike", "Dwight Krause"),
            ("We\u2019re not going to do that", "Dwight Krause"),
            ("We\u2019re talking", "Tina Rowe"),
            ("cautiously optimistic", "Kyle Brenner"),
            ("We have women calling", "Ann Marie Fogle"),
            ("I can\u2019t tell them", "Ann Marie Fogle"),
            ("That hole doesn\u2019t go away", "Randall Okoye"),
            ("built to justify a tax increase", "Neil Gaffney"),
            ("A stopgap just kicks the can", "Margaret Ellwood"),
            ("We\u2019ve been kicking this can", "Margaret Ellwood"),
        ],
    ),
] + ARTICLES_H2
