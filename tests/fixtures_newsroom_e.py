"""A fifth held-out newsroom set, written blind: twelve articles in the styles of US political news
of 2015-2016 (Breitbart, The Huffington Post, The New York Times, Politico, USA Today, The Washington
Post, Western Journalism), the kind of text PolNeAR's test split holds: a campaign rally with
crowd voices, debate coverage with a fact-check, a Capitol Hill fight with an anonymous aide, a
Senate race, a news analysis full of partial quotations ("calling the deal \u201ca disaster\u201d",
"what they call \u201ca reset\u201d"), an op-ed with readers' letters, a watchdog complaint and an
inspector general's report, a press briefing with reporters' questions, a feud in tweets and TV
interviews, a profile with long she-runs and a second woman, a story where descriptions stand for
the named people ("the 70-year-old billionaire", "the senator", "the campaign") in straight
quotation marks, and an NYT-archive article whose quotation marks are doubled apostrophes.
Written, and every expected speaker fixed, without reading analysis/ and BEFORE quotemark was run
on them. Fictional people, places and organisations (real outlets and networks appear only as
the place a quotation was said). Expected speakers are what a careful journalist would write: the
full name, the organisation for a statement or a document, and a description only where the
article names no one.

First run (bench/newsroom.py --set e, on main at 51878ad, before any change): 160 quotations, 160
found, 143 with the right speaker (89.4%); 121 marked sure (75.6% of found), 115 of them right
(95.0%); one extra quotation (a scare-quoted phrase given to "critics").
"""

from __future__ import annotations

from tests.fixtures_newsroom_e2 import ARTICLES_E2

ARTICLES_E: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "breitbart-rally-fairgrounds",
        "DES MOINES, Iowa \u2014 Republican presidential frontrunner Dale Whitcomb drew a crowd of more "
        "than 8,000 to the Polk County fairgrounds Saturday night, where he blasted the \u201crigged, "
        "rotten\u201d trade deals of the past two decades and promised to bring manufacturing jobs back "
        "to the Midwest.\n\n"
        "\u201cWe are going to win so much in this state, you\u2019re going to get sick of me coming back,\u201d "
        "Whitcomb told the cheering crowd. \u201cAnd I\u2019ll keep coming back anyway.\u201d\n\n"
        "The 70-year-old billionaire spent nearly an hour on stage, much of it attacking his "
        "Democratic rival, former Secretary of State Eleanor Vance, whom he accused of \u201cselling out "
        "the American worker\u201d while she sat on the board of a Chicago investment firm.\n\n"
        "\u201cShe talks about the little guy. She\u2019s never met the little guy. The little guy doesn\u2019t get "
        "invited to her fundraisers,\u201d he said.\n\n"
        "Whitcomb also took aim at the press pen at the back of the hall, calling the assembled "
        "reporters \u201csome of the most dishonest people I\u2019ve ever met.\u201d The crowd turned around and "
        "booed.\n\n"
        "Vance\u2019s campaign hit back within the hour. \u201cDale Whitcomb has spent his entire career "
        "outsourcing jobs and stiffing contractors. Iowans can see right through him,\u201d spokeswoman "
        "Brianna Holt said in a statement emailed to reporters.\n\n"
        "Attendees who spoke to Breitbart News said they had driven from as far away as Omaha and "
        "Rochester, Minnesota, to see the candidate in person.\n\n"
        "\u201cI\u2019ve voted Democrat my whole life. My dad was union, I was union,\u201d said Gary Pettibone, "
        "58, a retired machinist from Ottumwa. \u201cBut they stopped caring about people like us a long "
        "time ago.\u201d\n\n"
        "Linda Sorensen, a nurse from Ankeny, said she had been undecided until the last debate. \u201cHe "
        "says what everybody\u2019s thinking. Maybe he says it a little rough, but at least he says it,\u201d "
        "she said.\n\n"
        "Iowa state Sen. Mark Lindahl, who introduced Whitcomb, told the crowd the party "
        "establishment had \u201cunderestimated this movement from day one.\u201d\n\n"
        "\u201cThey said he\u2019d be gone by Labor Day. Then they said Christmas. Well, here we are,\u201d Lindahl "
        "said.\n\n"
        "Later, on the rope line, Whitcomb was asked by a Breitbart News reporter whether he would "
        "campaign alongside the state\u2019s senior senator, who has yet to endorse him.\n\n"
        "\u201cI\u2019d love to have him. Great guy. But I don\u2019t need him,\u201d Whitcomb said. \u201cThe people are "
        "with me.\u201d\n\n"
        "The Iowa caucuses are scheduled for Feb. 1.",
        [
            ("rigged, rotten", "Dale Whitcomb"),
            ("We are going to win", "Dale Whitcomb"),
            ("And I\u2019ll keep coming back", "Dale Whitcomb"),
            ("selling out the American worker", "Dale Whitcomb"),
            ("She talks about the little guy", "Dale Whitcomb"),
            ("some of the most dishonest", "Dale Whitcomb"),
            ("Dale Whitcomb has spent", "Brianna Holt"),
            ("I\u2019ve voted Democrat", "Gary Pettibone"),
            ("But they stopped caring", "Gary Pettibone"),
            ("He says what everybody", "Linda Sorensen"),
            ("underestimated this movement", "Mark Lindahl"),
            ("They said he\u2019d be gone", "Mark Lindahl"),
            ("I\u2019d love to have him", "Dale Whitcomb"),
            ("The people are with me", "Dale Whitcomb"),
        ],
    ),
    (
        "huffpost-debate-factcheck",
        "LAS VEGAS \u2014 The gloves came off Tuesday night as Sen. Marian Castellanos (D-N.M.) and "
        "former Minnesota Gov. Peter Lindqvist clashed over Wall Street, guns and the Iraq war in "
        "the sharpest exchange yet of the Democratic primary.\n\n"
        "Lindqvist, who trails Castellanos by double digits in national polls, came out swinging in "
        "his opening statement.\n\n"
        "\u201cFor 20 years, Senator Castellanos has taken money from the same banks that crashed our "
        "economy,\u201d he said. \u201cYou cannot regulate the people who are paying your bills.\u201d\n\n"
        "Castellanos, standing two podiums away, shook her head. \u201cPeter, I have a record of taking "
        "on the banks that you, frankly, can only talk about,\u201d she shot back. \u201cI wrote the amendment "
        "that clawed back their bonuses in 2010. Where were you?\u201d\n\n"
        "The moderator, Dana Whitlock, pressed Lindqvist on his own record, noting that his "
        "campaigns for governor had accepted more than $400,000 from financial firms.\n\n"
        "\u201cGovernor, isn\u2019t that exactly what you\u2019re accusing her of?\u201d Whitlock asked.\n\n"
        "Lindqvist said the comparison was \u201capples and oranges,\u201d arguing that state races worked "
        "differently.\n\n"
        "FACT CHECK: Did Castellanos write the bonus clawback?\n\n"
        "Partly. Castellanos co-sponsored an amendment to the 2010 financial reform bill that would "
        "have allowed regulators to recover bonuses from executives at bailed-out banks, but the "
        "language was stripped out in conference committee and never became law. Her campaign "
        "pointed to a floor speech in which she called the provision \u201cthe least we owe the American "
        "taxpayer.\u201d\n\n"
        "\u201cThe senator fought for that amendment harder than anyone in the chamber,\u201d Castellanos "
        "spokesman Luis Ortega told The Huffington Post on Wednesday. \u201cThat it was gutted by "
        "Republicans is not a mark against her.\u201d\n\n"
        "Lindqvist\u2019s claim that Castellanos had taken money from banks \u201cfor 20 years\u201d is also a "
        "stretch: she has been in the Senate for 12 years, and before that served six years in the "
        "House.\n\n"
        "On guns, the two candidates found more common ground. Both said they would support "
        "universal background checks, though Castellanos called Lindqvist\u2019s record as governor "
        "\u201cinconsistent at best,\u201d citing his 2011 veto of a state background check bill.\n\n"
        "\u201cI vetoed a bad bill. I\u2019d veto it again,\u201d Lindqvist said. \u201cThat doesn\u2019t mean I don\u2019t want "
        "to keep guns away from criminals.\u201d\n\n"
        "Political analysts said the evening was unlikely to change the shape of the race.\n\n"
        "\u201cLindqvist needed a moment, and he got a couple of good lines in, but nothing that will "
        "move the numbers,\u201d said Rachel Odum, a professor of political science at the University of "
        "Nevada, Reno. \u201cShe was steady. Steady is enough when you\u2019re up by 15.\u201d\n\n"
        "Lindqvist\u2019s campaign manager, Tom Rourke, disagreed. \u201cTonight, Democrats saw a real choice "
        "between the past and the future,\u201d he said in a statement after the debate.",
        [
            ("For 20 years, Senator", "Peter Lindqvist"),
            ("You cannot regulate", "Peter Lindqvist"),
            ("Peter, I have a record", "Marian Castellanos"),
            ("I wrote the amendment", "Marian Castellanos"),
            ("Governor, isn\u2019t that", "Dana Whitlock"),
            ("apples and oranges", "Peter Lindqvist"),
            ("the least we owe", "Marian Castellanos"),
            ("The senator fought", "Luis Ortega"),
            ("That it was gutted", "Luis Ortega"),
            ("for 20 years", "Peter Lindqvist"),
            ("inconsistent at best", "Marian Castellanos"),
            ("I vetoed a bad bill", "Peter Lindqvist"),
            ("That doesn\u2019t mean", "Peter Lindqvist"),
            ("Lindqvist needed a moment", "Rachel Odum"),
            ("She was steady", "Rachel Odum"),
            ("Tonight, Democrats saw", "Tom Rourke"),
        ],
    ),
    (
        "politico-hill-shutdown",
        "House Speaker Roy Abernathy\u2019s plan to avert a government shutdown ran into a wall of "
        "conservative opposition on Wednesday, as members of the House Liberty Caucus vowed to sink "
        "any stopgap spending bill that funds the administration\u2019s refugee program.\n\n"
        "\u201cWe\u2019re not going to be bullied into voting for the same garbage we\u2019ve been voting for since "
        "2011,\u201d Rep. Tim Kessler (R-Ohio), the caucus\u2019s chairman, told reporters outside a "
        "closed-door GOP conference meeting. \u201cThe speaker knows where we are.\u201d\n\n"
        "Abernathy (R-Ga.) projected confidence, telling reporters he had \u201cthe votes to keep the "
        "government open\u201d and that he was \u201cnot going to negotiate in the press.\u201d\n\n"
        "But privately, leadership aides acknowledged the math was grim. With Democrats united "
        "against the measure, Abernathy can afford to lose no more than 28 Republicans. At least 35 "
        "have signaled they will vote no.\n\n"
        "\u201cIt\u2019s a mess. Nobody in that room knows how this ends,\u201d said one senior GOP aide, who "
        "requested anonymity to discuss internal deliberations.\n\n"
        "House Minority Leader Denise Okafor (D-Calif.) said Democrats would not bail out the "
        "speaker unless he dropped the refugee provisions, which she called \u201ccruel, cynical and "
        "un-American.\u201d\n\n"
        "\u201cIf Speaker Abernathy wants our votes, he knows what the price is. It\u2019s not a high price. "
        "It\u2019s basic decency,\u201d Okafor said at her weekly press conference.\n\n"
        "Asked whether Democrats would accept a short-term bill that punted the fight to December, "
        "Okafor declined to rule it out. \u201cWe\u2019ll look at whatever they send us,\u201d she said. \u201cBut I "
        "wouldn\u2019t hold my breath.\u201d\n\n"
        "On the Senate side, Majority Leader Walt Hensley (R-Ky.) urged House conservatives to \u201ctake "
        "yes for an answer\u201d and pass a clean bill.\n\n"
        "\u201cShutting down the government is not a strategy. It\u2019s a tantrum,\u201d Hensley said on the "
        "Senate floor. \u201cWe tried it in 2013, and we all know how that movie ends.\u201d\n\n"
        "Kessler was unmoved. In a brief interview in the Capitol basement, the third-term "
        "congressman said Hensley had \u201cspent too much time in Washington.\u201d\n\n"
        "\u201cWalt\u2019s a good man. But he\u2019s been here 30 years. He thinks the way you win is by losing "
        "slowly,\u201d Kessler said.\n\n"
        "The White House weighed in late Wednesday. Press secretary Josh Ellery said the president "
        "would veto any bill that \u201csingles out refugees fleeing terror for punishment.\u201d\n\n"
        "Government funding expires at midnight on Sept. 30.",
        [
            ("We\u2019re not going to be bullied", "Tim Kessler"),
            ("The speaker knows", "Tim Kessler"),
            ("the votes to keep", "Roy Abernathy"),
            ("not going to negotiate", "Roy Abernathy"),
            ("It\u2019s a mess", "a senior GOP aide"),
            ("cruel, cynical", "Denise Okafor"),
            ("If Speaker Abernathy wants", "Denise Okafor"),
            ("We\u2019ll look at whatever", "Denise Okafor"),
            ("But I wouldn\u2019t hold", "Denise Okafor"),
            ("take yes for an answer", "Walt Hensley"),
            ("Shutting down the government", "Walt Hensley"),
            ("We tried it in 2013", "Walt Hensley"),
            ("spent too much time", "Tim Kessler"),
            ("Walt\u2019s a good man", "Tim Kessler"),
            ("singles out refugees", "Josh Ellery"),
        ],
    ),
    (
        "wapo-senate-race-brandt",
        "PITTSBURGH \u2014 In the final stretch of one of the most expensive Senate races in the country, "
        "Sen. Harold Brandt is running as far from the top of his party\u2019s ticket as the map of "
        "Pennsylvania will allow.\n\n"
        "At a VFW hall in Butler County on Thursday, the two-term Republican did not mention his "
        "party\u2019s presidential nominee once in a 25-minute speech. Asked afterward whether he would "
        "vote for him, Brandt repeated the line he has used for weeks.\n\n"
        "\u201cI\u2019m focused on my race. Pennsylvanians know who I am and what I\u2019ve done,\u201d he said. \u201cThat\u2019s "
        "what this election is about.\u201d\n\n"
        "His Democratic challenger, former Allegheny County district attorney Katherine Morrow, has "
        "spent millions trying to tie Brandt to the nominee, running ads that splice together the "
        "senator\u2019s past praise for him.\n\n"
        "\u201cHarold Brandt can run, but he can\u2019t hide,\u201d Morrow told about 300 supporters at a union "
        "hall in Johnstown on Friday. \u201cHe stood with this man when it was convenient. He doesn\u2019t get "
        "to walk away now that it\u2019s not.\u201d\n\n"
        "The race is effectively tied. A Franklin & Marshall poll released this week found Morrow at "
        "45 percent and Brandt at 44 percent among likely voters, within the margin of error.\n\n"
        "Brandt\u2019s allies argue that his brand in the state is strong enough to survive a bad year at "
        "the top of the ticket.\n\n"
        "\u201cPeople here split their tickets. They always have,\u201d said Ed Kaminski, a Republican county "
        "chairman in Westmoreland County who has known Brandt for three decades. \u201cHarold has been to "
        "every fish fry and every fire hall in this county. You can\u2019t buy that with TV ads.\u201d\n\n"
        "Democrats are counting on a surge of suburban women in the Philadelphia collar counties. "
        "Morrow, 51, a former prosecutor who put two corrupt township officials behind bars, has "
        "made public corruption a centerpiece of her campaign.\n\n"
        "\u201cKatherine is the toughest person I know,\u201d said state Rep. Angela Burris, a Democrat from "
        "Delaware County who has campaigned with Morrow. \u201cShe\u2019s not going to be intimidated by "
        "anybody in Washington.\u201d\n\n"
        "Brandt\u2019s campaign has hammered Morrow over her handling of a 2009 fraud case in which a "
        "defendant\u2019s conviction was overturned after prosecutors withheld evidence. A campaign "
        "spokesman, Pete Galloway, called the episode \u201ca stain that no amount of outside money can "
        "wash off.\u201d\n\n"
        "Morrow has said she was not personally involved in the decision to withhold the documents "
        "and that she fired the assistant district attorney responsible.\n\n"
        "\u201cI took responsibility then, and I take it now,\u201d she said in Johnstown. \u201cThat\u2019s what "
        "leaders do.\u201d\n\n"
        "Outside groups have poured more than $80 million into the race, according to the Keystone "
        "Money Project, a nonpartisan group that tracks campaign spending.",
        [
            ("I\u2019m focused on my race", "Harold Brandt"),
            ("That\u2019s what this election", "Harold Brandt"),
            ("Harold Brandt can run", "Katherine Morrow"),
            ("He stood with this man", "Katherine Morrow"),
            ("People here split", "Ed Kaminski"),
            ("Harold has been to every", "Ed Kaminski"),
            ("Katherine is the toughest", "Angela Burris"),
            ("She\u2019s not going to be intimidated", "Angela Burris"),
            ("a stain that no amount", "Pete Galloway"),
            ("I took responsibility", "Katherine Morrow"),
            ("That\u2019s what leaders do", "Katherine Morrow"),
        ],
    ),
    (
        "nyt-analysis-trade-pact",
        "WASHINGTON \u2014 When President Thomas Merriweather signed the Pacific Commerce Agreement last "
        "spring, he called it \u201cthe most progressive trade deal in history\u201d and predicted it would be "
        "\u201ca cornerstone of American leadership in Asia for a generation.\u201d\n\n"
        "Six months later, both major-party nominees to succeed him have disowned it. The Democratic "
        "nominee, Senator Ruth Ashby, who once praised the negotiations as \u201ca model of how to do "
        "this right,\u201d now says the final text is \u201cnot good enough for American workers.\u201d Her "
        "Republican rival, Gov. Cal Dutton of Indiana, has gone further, calling the deal \u201ca "
        "disaster\u201d and \u201ca betrayal of every factory town in this country.\u201d\n\n"
        "The reversal has left the White House in what one senior administration official described "
        "as \u201can awkward spot,\u201d trying to salvage a vote in the lame-duck session of Congress while "
        "the party\u2019s own standard-bearer campaigns against the deal.\n\n"
        "Mrs. Ashby\u2019s aides insist there is no contradiction. Her shift, they say, reflects changes "
        "made late in the negotiations, particularly on currency manipulation, which her campaign "
        "chairman, Howard Lyle, described as \u201cthe heart of the matter.\u201d\n\n"
        "\u201cShe said from the beginning that she would judge it on the final text,\u201d Mr. Lyle said in "
        "an interview. \u201cShe read the final text. It fell short.\u201d\n\n"
        "Critics, including some in her own party, are skeptical. Representative Joan Ferraro of "
        "Ohio, a longtime opponent of the pact, said she welcomed the conversion but found its "
        "timing \u201cawfully convenient.\u201d\n\n"
        "\u201cI\u2019m glad she\u2019s here. I\u2019d have been gladder if she\u2019d been here two years ago,\u201d Ms. Ferraro "
        "said.\n\n"
        "For Mr. Dutton, the pact has become a staple of rally speeches across the Rust Belt, a "
        "shorthand for what he calls \u201cthe rigged economy\u201d and the \u201cbipartisan elite\u201d that built it. "
        "His advisers describe the message as central to what they call \u201ca reset\u201d of the campaign "
        "after a difficult August.\n\n"
        "The White House has not given up. Speaking to reporters aboard Air Force One on Tuesday, "
        "the press secretary, Greg Fenwick, said the president remained \u201cconfident that when the "
        "politics cool down, the policy will win out.\u201d\n\n"
        "Privately, officials concede that is a long shot. The Senate majority leader, Mitchell "
        "Crane of Tennessee, has said he sees \u201cno path\u201d to a vote before the new Congress is seated, "
        "and several Democrats who supported the negotiating authority last year have signaled they "
        "would vote no.\n\n"
        "\u201cThe president is a realist,\u201d said Elaine Moss, a former trade official in the Merriweather "
        "administration who now teaches at Georgetown. \u201cHe knows what the votes look like. But he "
        "also knows that if this dies, it\u2019s not coming back for a decade.\u201d",
        [
            ("the most progressive trade deal", "Thomas Merriweather"),
            ("a cornerstone of American leadership", "Thomas Merriweather"),
            ("a model of how to do this right", "Ruth Ashby"),
            ("not good enough for American workers", "Ruth Ashby"),
            ("a disaster", "Cal Dutton"),
            ("a betrayal of every factory", "Cal Dutton"),
            ("an awkward spot", "a senior administration official"),
            ("the heart of the matter", "Howard Lyle"),
            ("She said from the beginning", "Howard Lyle"),
            ("She read the final text", "Howard Lyle"),
            ("awfully convenient", "Joan Ferraro"),
            ("I\u2019m glad she\u2019s here", "Joan Ferraro"),
            ("the rigged economy", "Cal Dutton"),
            ("bipartisan elite", "Cal Dutton"),
            ("a reset", "Dutton's advisers"),
            ("confident that when the politics", "Greg Fenwick"),
            ("no path", "Mitchell Crane"),
            ("The president is a realist", "Elaine Moss"),
            ("He knows what the votes", "Elaine Moss"),
        ],
    ),
    (
        "usatoday-oped-voter-id",
        "OPPOSING VIEW: Voter ID keeps Wisconsin\u2019s elections honest\n\n"
        "When Wisconsin lawmakers passed the state\u2019s voter identification law in 2011, critics "
        "predicted disaster. State Sen. Dawn Pryor, a Milwaukee Democrat, called it \u201cthe most "
        "sweeping assault on voting rights since Jim Crow.\u201d The League of Fair Ballots warned that "
        "as many as 300,000 residents \u201ccould be turned away at the polls.\u201d\n\n"
        "That has not happened. Turnout in Wisconsin in 2014 was the third-highest in the country, "
        "and turnout among black and Hispanic voters rose.\n\n"
        "\u201cThere is no evidence that eligible voters were systematically prevented from casting a "
        "ballot,\u201d the Wisconsin Elections Board concluded in its 2015 review of the law.\n\n"
        "Opponents now argue that the law deters voters who never show up in the statistics. But as "
        "Judge Lawrence Whitfield wrote when he upheld most of the law last month, \u201cThe plaintiffs "
        "have identified inconvenience, not disenfranchisement.\u201d\n\n"
        "Gov. Neil Ostrander put it simply when he signed the bill: \u201cIf you need an ID to board a "
        "plane or buy cold medicine, you can show one to choose a president.\u201d\n\n"
        "Nobody wants eligible voters turned away. That is why the state offers free IDs at every "
        "Division of Motor Vehicles office, and why the law allows provisional ballots. For the "
        "overwhelming majority of voters, showing a card is a small price to pay for confidence in "
        "the result.\n\n"
        "Carla Jennings is president of the Badger Institute for Civic Integrity, a Madison think "
        "tank.\n\n"
        "YOUR SAY: Readers respond on voter ID\n\n"
        "My grandmother voted in every election for 60 years. In November, she was 91 and no longer "
        "drove, so her license had lapsed. A poll worker told her, \u201cMa\u2019am, I can\u2019t give you a "
        "regular ballot without a photo ID.\u201d She went home and cried. Is that the confidence we "
        "want?\n\u2014 Janet Kowalski; Racine, Wis.\n\n"
        "Sen. Pryor calls this law \u201ca solution in search of a problem.\u201d Tell that to the people of "
        "my county, where two ballots were cast last spring in the names of dead voters.\n\u2014 Robert "
        "Haines; Green Bay, Wis.\n\n"
        "Carla Jennings writes that showing ID is \u201ca small price to pay.\u201d My neighbor, a Korean War "
        "veteran, spent three afternoons chasing a birth certificate from Ohio. When he finally got "
        "his card, he told me, \u201cI\u2019ve voted since Eisenhower, and now I\u2019m a suspect.\u201d\n\u2014 Phil Carver; "
        "Eau Claire, Wis.",
        [
            ("the most sweeping assault", "Dawn Pryor"),
            ("could be turned away", "League of Fair Ballots"),
            ("There is no evidence", "Wisconsin Elections Board"),
            ("The plaintiffs have identified", "Lawrence Whitfield"),
            ("If you need an ID", "Neil Ostrander"),
            ("Ma\u2019am, I can\u2019t give", "a poll worker"),
            ("a solution in search", "Dawn Pryor"),
            ("a small price to pay", "Carla Jennings"),
            ("I\u2019ve voted since Eisenhower", "a Korean War veteran"),
        ],
    ),
] + ARTICLES_E2
