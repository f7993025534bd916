"""The second half of newsroom set e (tests/fixtures_newsroom_e.py), kept apart so that no file
passes 500 lines; written and committed with the first half."""

from __future__ import annotations

ARTICLES_E2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "watchdog-complaint-super-pac",
        "COLUMBUS, Ohio \u2014 A government watchdog group filed a complaint with the Federal Election "
        "Commission on Monday accusing a super PAC backing Republican Senate candidate Brad Tolliver "
        "of illegally coordinating its advertising with his campaign.\n\n"
        "The complaint, filed by the Campaign Integrity Project, alleges that the super PAC, "
        "Patriots for a Stronger Ohio, engaged in \u201ca pattern of conduct that makes a mockery of the "
        "law\u201d by airing ads built from footage shot by the campaign itself.\n\n"
        "\u201cThe evidence here is not subtle,\u201d the complaint states. \u201cThe super PAC\u2019s ads used footage "
        "shot by the campaign\u2019s own vendor, and they aired within 48 hours of the campaign posting "
        "it to a little-known YouTube page.\u201d\n\n"
        "Federal law bars super PACs, which can raise unlimited sums, from coordinating their "
        "spending with candidates. But the rules leave room for what critics call \u201cwinking and "
        "nodding,\u201d such as posting raw footage online where an outside group can find it.\n\n"
        "Paul Mercer, the group\u2019s executive director, said the Tolliver case went well beyond that. "
        "\u201cIf this isn\u2019t coordination, then nothing is,\u201d he said in an interview. \u201cWe\u2019re asking the "
        "commission to do its job.\u201d\n\n"
        "Tolliver\u2019s campaign dismissed the complaint. \u201cThis is a politically motivated stunt from a "
        "liberal front group that has never filed a complaint against a Democrat,\u201d campaign "
        "spokeswoman Ashley Kerr said.\n\n"
        "The super PAC\u2019s treasurer, Glenn Hoyt, said in an email that the group \u201chas complied fully "
        "with all applicable laws\u201d and would respond to the commission in due course.\n\n"
        "Tolliver\u2019s Democratic opponent, Rep. Sandra Kiel, seized on the filing. \u201cBrad Tolliver has "
        "been bought and paid for, and now we know he\u2019s been breaking the rules to do it,\u201d she said "
        "in a statement.\n\n"
        "The complaint is unlikely to be resolved before Election Day. According to a 2015 report by "
        "the FEC\u2019s inspector general, the commission took an average of 28 months to close "
        "enforcement cases, and staff \u201clacked clear procedures for prioritizing cases involving "
        "imminent elections.\u201d\n\n"
        "The report also found that the six-member commission, split evenly between the parties, had "
        "deadlocked on more than a third of its enforcement votes.\n\n"
        "\u201cCoordination cases are very hard to prove, and the commission is deadlocked on almost "
        "everything,\u201d said Lisa Hammond, a former FEC attorney now in private practice. "
        "\u201cRealistically, nothing happens here until 2018 at the earliest.\u201d",
        [
            ("a pattern of conduct", "Campaign Integrity Project"),
            ("The evidence here is not subtle", "Campaign Integrity Project"),
            ("The super PAC\u2019s ads", "Campaign Integrity Project"),
            ("If this isn\u2019t coordination", "Paul Mercer"),
            ("We\u2019re asking the commission", "Paul Mercer"),
            ("This is a politically motivated", "Ashley Kerr"),
            ("has complied fully", "Glenn Hoyt"),
            ("Brad Tolliver has been", "Sandra Kiel"),
            ("lacked clear procedures", "the FEC's inspector general"),
            ("Coordination cases are very hard", "Lisa Hammond"),
            ("Realistically, nothing happens", "Lisa Hammond"),
        ],
    ),
    (
        "whitehouse-briefing-pipeline",
        "WASHINGTON \u2014 White House press secretary Nadia Fromm on Monday defended the "
        "administration\u2019s decision to delay a ruling on the Northern Plains pipeline until after the "
        "midterm elections, and repeatedly declined to say whether the president had discussed the "
        "project with Canada\u2019s prime minister.\n\n"
        "\u201cThe president is going to make this decision on the merits, on the science and on his own "
        "timeline,\u201d Fromm told reporters at the daily briefing. \u201cNot on anybody else\u2019s.\u201d\n\n"
        "Pressed by a reporter on whether the delay was politically motivated, coming five weeks "
        "before Election Day, Fromm bristled.\n\n"
        "\u201cI reject the premise of the question,\u201d she said.\n\n"
        "\u201cSo the timing is a coincidence?\u201d the reporter asked.\n\n"
        "\u201cThe timing is the timing,\u201d Fromm replied, drawing laughter from the briefing room.\n\n"
        "ABC\u2019s Gregory Tate asked whether the president had personally read the State Department\u2019s "
        "environmental review. \u201cHe has been briefed on it extensively,\u201d Fromm said. \u201cI\u2019m not going "
        "to get into what\u2019s on his nightstand.\u201d\n\n"
        "Fox News\u2019s Allison Marsh noted that 52 senators, including nine Democrats, had signed a "
        "letter urging approval. \u201cIsn\u2019t the president out of step with his own party on this?\u201d she "
        "asked.\n\n"
        "Fromm said the president \u201crespects the views of members of Congress\u201d but would not be "
        "\u201crushed into a decision that affects a generation.\u201d\n\n"
        "Later, at an off-camera gaggle aboard Air Force One, deputy press secretary Ben Carrow was "
        "asked whether anything had changed since the morning briefing.\n\n"
        "\u201cNothing has changed since this morning,\u201d he said. \u201cThe process is the process.\u201d\n\n"
        "Republicans were quick to pounce. \u201cEvery day this administration delays, another 9,000 jobs "
        "sit on the shelf,\u201d Rep. Frank Dill (R-Texas), chairman of the House Energy Committee, said "
        "in a statement. \u201cThe president should stop hiding behind process.\u201d\n\n"
        "The pipeline\u2019s developer, TransPrairie Energy, said it was \u201cdisappointed but not surprised\u201d "
        "by the latest delay.",
        [
            ("The president is going to make", "Nadia Fromm"),
            ("Not on anybody else\u2019s", "Nadia Fromm"),
            ("I reject the premise", "Nadia Fromm"),
            ("So the timing is a coincidence", "a reporter"),
            ("The timing is the timing", "Nadia Fromm"),
            ("He has been briefed", "Nadia Fromm"),
            ("I\u2019m not going to get into", "Nadia Fromm"),
            ("Isn\u2019t the president out of step", "Allison Marsh"),
            ("respects the views", "Nadia Fromm"),
            ("rushed into a decision", "Nadia Fromm"),
            ("Nothing has changed", "Ben Carrow"),
            ("The process is the process", "Ben Carrow"),
            ("Every day this administration", "Frank Dill"),
            ("The president should stop", "Frank Dill"),
            ("disappointed but not surprised", "TransPrairie Energy"),
        ],
    ),
    (
        "tweets-tv-feud",
        "Gov. Rick Tallon\u2019s feud with Sen. Brooke Hadley escalated Sunday as the two Republicans "
        "traded insults on Twitter and across the Sunday morning shows.\n\n"
        "It began late Saturday, when Tallon, who leads the GOP field in most national polls, posted "
        "a message to his 4 million followers: \u201cLightweight Senator @BrookeHadley is a total "
        "disaster on national security. Weak and ineffective. South Carolina deserves better!\u201d\n\n"
        "Hadley responded Sunday morning on CBS\u2019s \u201cFace the Nation.\u201d\n\n"
        "\u201cI\u2019ve been called worse by better,\u201d Hadley told host Jim Carlisle. \u201cIf the governor wants "
        "to talk about national security, I\u2019d be happy to walk him through a map.\u201d\n\n"
        "Tallon fired back less than an hour later. \u201cSenator Hadley couldn\u2019t find Syria on a map if "
        "you gave her a GPS. Sad!\u201d he wrote on Twitter.\n\n"
        "In a phone interview with Fox News on Sunday afternoon, Tallon said the senator had been "
        "\u201cdisloyal to the party from day one.\u201d\n\n"
        "\u201cShe goes on these shows, she trashes me, she trashes the voters. She goes on TV more than "
        "anybody in Washington, and she\u2019s not even running,\u201d Tallon said.\n\n"
        "The chairman of the Republican National Committee, Dennis Yates, told CNN he hoped the two "
        "would \u201cbury the hatchet\u201d before the party\u2019s convention in July.\n\n"
        "\u201cWe have one opponent in this race, and it\u2019s not each other,\u201d Yates said on CNN\u2019s \u201cState of "
        "the Union.\u201d\n\n"
        "Democrats were happy to watch. \u201cRepublicans are so busy attacking each other they\u2019ve "
        "forgotten to tell anyone what they\u2019re for,\u201d DNC spokeswoman Erin Pak tweeted.\n\n"
        "Hadley\u2019s office declined to extend the fight. \u201cSenator Hadley has no further comment on the "
        "governor\u2019s tweets,\u201d spokesman Colin Frayne said in an email.\n\n"
        "But Tallon\u2019s campaign showed no sign of backing down. Appearing on MSNBC\u2019s \u201cMorning Joe\u201d on "
        "Monday, campaign spokeswoman Hope Lindgren said the governor had simply responded to weeks "
        "of attacks.\n\n"
        "\u201cThe governor is a counterpuncher. He didn\u2019t start this, but he\u2019s going to finish it,\u201d "
        "Lindgren said.",
        [
            ("Lightweight Senator", "Rick Tallon"),
            ("I\u2019ve been called worse", "Brooke Hadley"),
            ("If the governor wants", "Brooke Hadley"),
            ("Senator Hadley couldn\u2019t find", "Rick Tallon"),
            ("disloyal to the party", "Rick Tallon"),
            ("She goes on these shows", "Rick Tallon"),
            ("bury the hatchet", "Dennis Yates"),
            ("We have one opponent", "Dennis Yates"),
            ("Republicans are so busy", "Erin Pak"),
            ("Senator Hadley has no further", "Colin Frayne"),
            ("The governor is a counterpuncher", "Hope Lindgren"),
        ],
    ),
    (
        "profile-iowa-organizer",
        "DES MOINES \u2014 At 6:15 on a Tuesday morning, the lights are already on in the cinder-block "
        "field office on Ingersoll Avenue, and Tess Halloran is on her second call.\n\n"
        "Halloran, 34, runs the Iowa operation for Sen. Paul Greeley\u2019s presidential campaign \u2014 140 "
        "paid staffers, 41 offices and, by her count, more than 9,000 volunteers. She has not taken "
        "a day off since August.\n\n"
        "\u201cPeople think caucuses are about speeches. They\u2019re not. They\u2019re about whether Linda in "
        "Sioux Center gets a ride to the middle school at 6:30 on a Monday night in February,\u201d she "
        "said, scrolling through a spreadsheet on her phone. \u201cThat\u2019s the whole game.\u201d\n\n"
        "She grew up in Dubuque, the daughter of a union electrician and a school librarian, and she "
        "caught the bug early: at 16, she knocked doors for a state House candidate who lost by 112 "
        "votes.\n\n"
        "\u201cI cried for a week,\u201d she said. \u201cThen I started reading precinct maps.\u201d\n\n"
        "Her mentor, longtime Democratic organizer Joan Whitaker, remembers a college sophomore who "
        "showed up at a 2002 congressional campaign office and asked for the hardest precinct in the "
        "county.\n\n"
        "\u201cMost kids want to be in the room with the candidate. Tess wanted to be in the room with "
        "the voter file,\u201d Whitaker said. She paused.\n\n"
        "\u201cShe still does.\u201d\n\n"
        "Whitaker, who ran two Iowa caucus campaigns herself, said she had tried to talk Halloran "
        "out of taking the Greeley job, which many operatives considered a long shot when he entered "
        "the race.\n\n"
        "\u201cI told her, \u2018You\u2019re going to get your heart broken.\u2019 And she said, \u2018Then I\u2019ll get it "
        "broken doing something that matters,\u2019\u201d Whitaker said.\n\n"
        "Now Greeley is a contender, running a close second in the latest Des Moines Register poll. "
        "Halloran says she does not look at polls.\n\n"
        "\u201cPolls don\u2019t caucus,\u201d she said.\n\n"
        "Not everyone is a fan. Some Greeley supporters in western Iowa grumble that the campaign "
        "has neglected rural counties. Marcy Dunn, the party chairwoman in Sac County, said she had "
        "asked three times for a field organizer.\n\n"
        "\u201cI like Tess. Everybody likes Tess. But you can\u2019t win Iowa from Des Moines and Ames,\u201d Dunn "
        "said. \u201cShe knows that. I just don\u2019t think she\u2019s had the people.\u201d\n\n"
        "Halloran said she had heard the complaint and took it seriously. She sent a staffer to Sac "
        "County the next week.\n\n"
        "\u201cMarcy\u2019s right to push me. That\u2019s her job,\u201d she said. \u201cIf she weren\u2019t yelling at me, I\u2019d be "
        "worried.\u201d\n\n"
        "Late that night, driving back from a volunteer training in Newton, she talked about what "
        "comes after Iowa. She has been offered a job at Greeley\u2019s Chicago headquarters if he wins "
        "the nomination, and she has not decided whether to take it.\n\n"
        "\u201cAsk me on Feb. 2,\u201d she said, laughing. \u201cRight now I can\u2019t see past Monday.\u201d",
        [
            ("People think caucuses", "Tess Halloran"),
            ("That\u2019s the whole game", "Tess Halloran"),
            ("I cried for a week", "Tess Halloran"),
            ("Then I started reading", "Tess Halloran"),
            ("Most kids want to be", "Joan Whitaker"),
            ("She still does", "Joan Whitaker"),
            ("I told her", "Joan Whitaker"),
            ("Polls don\u2019t caucus", "Tess Halloran"),
            ("I like Tess", "Marcy Dunn"),
            ("She knows that", "Marcy Dunn"),
            ("Marcy\u2019s right to push", "Tess Halloran"),
            ("If she weren\u2019t yelling", "Tess Halloran"),
            ("Ask me on Feb. 2", "Tess Halloran"),
            ("Right now I can\u2019t see", "Tess Halloran"),
        ],
    ),
    (
        "westjourn-nominee-refugees",
        "Republican presidential nominee Gordon Pike ripped Democratic rival Sen. Joanne Ritter on "
        "Wednesday over her plan to expand the refugee resettlement program, warning a crowd in "
        'Fayetteville, North Carolina, that it would be "a Trojan horse" for terrorists.\n\n'
        "\"We don't know who these people are. We have no idea. And she wants to bring in 65,000 more "
        'of them," the 70-year-old billionaire said to loud boos from the audience.\n\n'
        'The Republican nominee said the current vetting process was "a joke" and pledged to suspend '
        "the program on his first day in office.\n\n"
        "The New York developer also took a shot at the senator's health care plan. \"It's Obamacare "
        "on steroids. It's going to cost you a fortune, and you're going to lose your doctor,\" he "
        "said.\n\n"
        'Ritter, speaking in Philadelphia a few hours later, accused Pike of "shameless '
        'fearmongering" aimed at "the worst instincts of the American people."\n\n'
        '"Gordon Pike wants you to be afraid. I want you to be safe. There\'s a difference," the '
        "senator said.\n\n"
        'The Ritter campaign followed up with a fact sheet on the screening process. "The refugee '
        "vetting process is the most rigorous of any traveler to the United States, and it takes 18 "
        'to 24 months," the campaign said.\n\n'
        "Pike's running mate, Indiana Gov. Wes Brannock, backed his boss in an interview with "
        "Western Journalism on Thursday.\n\n"
        '"Gordon is saying what the American people have been saying for years. We have to know '
        "who's coming in,\" the governor said. \"That's not fear. That's common sense.\"\n\n"
        "Not everyone on the right agreed. Sen. Kyle Madsen of Utah, a frequent critic of the "
        'nominee, wrote on Twitter that the party should not "close the door on persecuted '
        'Christians fleeing ISIS."\n\n'
        "\"I'm with him on vetting. I'm not with him on shutting the door,\" the Utah Republican later "
        "told reporters.\n\n"
        'The Pike campaign brushed off the criticism. "Senator Madsen has been wrong about this '
        "election from the beginning, and he's wrong about this,\" the campaign said in a statement.",
        [
            ("a Trojan horse", "Gordon Pike"),
            ("We don't know who these people are", "Gordon Pike"),
            ("a joke", "Gordon Pike"),
            ("It's Obamacare on steroids", "Gordon Pike"),
            ("shameless fearmongering", "Joanne Ritter"),
            ("the worst instincts", "Joanne Ritter"),
            ("Gordon Pike wants you", "Joanne Ritter"),
            ("The refugee vetting process", "the Ritter campaign"),
            ("Gordon is saying what", "Wes Brannock"),
            ("That's not fear", "Wes Brannock"),
            ("close the door on persecuted", "Kyle Madsen"),
            ("I'm with him on vetting", "Kyle Madsen"),
            ("Senator Madsen has been wrong", "the Pike campaign"),
        ],
    ),
    (
        "nyt-archive-wage-veto",
        "ALBANY, March 14 \u2014 Gov. Frederick Lanahan today vetoed a bill that would have raised the "
        "state's minimum wage to $6.50 an hour, calling it ''a job killer dressed up as compassion'' "
        "and daring the Legislature to override him.\n\n"
        "The veto, the Governor's third of the session, sets up a confrontation with the Assembly "
        "Speaker, Anthony Ruggiero, a Brooklyn Democrat who has made the wage increase the "
        "centerpiece of his legislative agenda.\n\n"
        "''The Governor has chosen to stand with the fast-food chains against the working people of "
        "this state,'' Mr. Ruggiero said at a news conference in his Capitol office. ''We will "
        "override this veto, and we will do it before the budget.''\n\n"
        "Mr. Lanahan, a Republican in his second term, said in his veto message that the increase "
        "would cost the state ''tens of thousands of entry-level jobs'' and would fall hardest on "
        "small businesses upstate.\n\n"
        "''I have great respect for the Speaker,'' the Governor told reporters later in the "
        "afternoon. ''But good intentions don't meet a payroll.''\n\n"
        "An override requires a two-thirds vote in both houses. Democrats hold 94 of the 150 seats "
        "in the Assembly, more than enough to override on their own, but Republicans control the "
        "Senate, where the Majority Leader, Ralph J. Pomeroy of Rochester, has been noncommittal.\n\n"
        "Senator Pomeroy said he had not decided whether to bring the bill to the floor. ''I don't "
        "think it's wise to rush into anything,'' he said. ''We'll talk to our members.''\n\n"
        "Business groups praised the veto. ''This was the right call for every diner owner and "
        "hardware store in New York,'' said Marjorie Tillson, president of the Empire State Business "
        "Council.\n\n"
        "Labor leaders were less pleased. Dennis F. O'Keefe, president of the State Federation of "
        "Labor, said the Governor had ''turned his back on a million working people.''\n\n"
        "''He ran as a moderate. He's governing as something else,'' Mr. O'Keefe said. ''People will "
        "remember that in November.''",
        [
            ("a job killer dressed", "Frederick Lanahan"),
            ("The Governor has chosen", "Anthony Ruggiero"),
            ("We will override", "Anthony Ruggiero"),
            ("tens of thousands", "Frederick Lanahan"),
            ("I have great respect", "Frederick Lanahan"),
            ("But good intentions", "Frederick Lanahan"),
            ("I don't think it's wise", "Ralph J. Pomeroy"),
            ("We'll talk to our members", "Ralph J. Pomeroy"),
            ("This was the right call", "Marjorie Tillson"),
            ("turned his back", "Dennis F. O'Keefe"),
            ("He ran as a moderate", "Dennis F. O'Keefe"),
            ("People will remember", "Dennis F. O'Keefe"),
        ],
    ),
]
