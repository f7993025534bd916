"""A sixth held-out newsroom set, g, written blind from outside US politics: twelve articles in house
styles and beats the project had not been tuned on. In this file: a BBC Sport-style post-match report
in single quotation marks (a manager, the opposing manager described as "the Portuguese", a player, a
captain's post); an English court report in single quotation marks ("Prosecuting, ...", a victim
statement over two paragraphs, "Mitigating, ...", the judge, a detective inspector); an Irish council
story (Cllr, TD, Ms/Mr, a department spokeswoman); an ABC (Australia) health story on a trial (study
authors, a mother, an outside expert, a minister's spokesperson); a New Zealand earnings call (chief
executive, chairman, analysts' questions, the company's statement to the exchange); and a Times of
India-style business story ("said X, adding that ...", an unnamed rival executive, a deputy
commissioner). The other six are in tests/fixtures_newsroom_g2.py. Written, and the speakers fixed,
without reading analysis/ and BEFORE quotemark was run on them. Fictional people, places and
companies; same format as the first set. Expected speakers are what a careful journalist would
write: the full name as first given, an organisation's name for its statement, and a description
only where the article names no one.

First run (`python bench/newsroom.py --set g`, branch setg = main at ed66de0 plus this set, before
anything was changed for it; the full listing is kept outside the repository): 159 quotations
expected, 155 found (4 missed), 121 with the right speaker (0.781 of found, 0.761 of all expected),
34 wrong; 110 marked sure (coverage 0.710 of found), 102 of them right (sure precision 0.927); 1
extra quotation ("walking buses", a term in quotation marks the expected list leaves out). One right
by the scoring is not: "Ruby Castellano" for her mother "Danielle Castellano" (same surname).
"""

from __future__ import annotations

from tests.fixtures_newsroom_g2 import ARTICLES_G2

ARTICLES_G: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "uk-sport-relegation-battle",
        "Harrowgate Town manager Declan Fennimore said his players had \u2018let the supporters down\u2019 "
        "after a 3-0 home defeat by Castlebridge Rovers left them two points above the Championship "
        "relegation zone.\n\n"
        "Goals from Tomasz Wielgus, a Mateo Arrieta penalty and a late header from substitute Kofi "
        "Asante-Mensah condemned the hosts to a fifth straight league defeat.\n\n"
        "\u2018I\u2019m not going to stand here and defend that,\u2019 Fennimore told BBC Radio Yorkshire. \u2018The "
        "first half was as bad as we\u2019ve been all season. We didn\u2019t win a header, we didn\u2019t win a "
        "second ball, and at this level you get punished.\u2019\n\n"
        "The 54-year-old, who signed a new three-year contract in the summer, was jeered by sections "
        "of the home crowd as he walked off at half-time.\n\n"
        "Asked whether he feared for his job, he said: \u2018That\u2019s not for me to decide. I\u2019ll keep "
        "working until somebody tells me otherwise.\u2019\n\n"
        "Castlebridge boss Ines Carvalho was full of praise for Wielgus, who has now scored in six "
        "consecutive games.\n\n"
        "\u2018Tomasz is in the form of his life,\u2019 said the Portuguese. \u2018He works so hard for the team, "
        "and when you do that the goals come.\u2019\n\n"
        "She added that the three points were \u2018a big step\u2019 towards a play-off place, but warned "
        "against complacency.\n\n"
        "\u2018We\u2019ve been here before and thrown it away. The dressing room knows that.\u2019\n\n"
        "Wielgus himself was more modest. \u2018The lads made it easy for me,\u2019 the Poland international "
        "told Sky Sports. \u2018I just had to put my foot through it.\u2019\n\n"
        "Harrowgate captain Liam Doherty apologised to the fans on social media after the game.\n\n"
        "\u2018Not good enough from any of us today. You deserve better and we have to give you better. No "
        "excuses,\u2019 the defender posted on X.\n\n"
        "Fennimore said the club would look to bring in a striker when the transfer window opened in "
        "January, but admitted money was tight.\n\n"
        "\u2018The chairman has been honest with me,\u2019 he said. \u2018There isn\u2019t a pot of gold sitting "
        "somewhere. We have to be clever.\u2019\n\n"
        "Harrowgate travel to Millbrook on Tuesday.",
        [
            ("let the supporters down", "Declan Fennimore"),
            ("I\u2019m not going to stand here", "Declan Fennimore"),
            ("The first half was", "Declan Fennimore"),
            ("That\u2019s not for me to decide", "Declan Fennimore"),
            ("Tomasz is in the form", "Ines Carvalho"),
            ("He works so hard", "Ines Carvalho"),
            ("a big step", "Ines Carvalho"),
            ("We\u2019ve been here before", "Ines Carvalho"),
            ("The lads made it easy", "Tomasz Wielgus"),
            ("I just had to put", "Tomasz Wielgus"),
            ("Not good enough from any", "Liam Doherty"),
            ("The chairman has been honest", "Declan Fennimore"),
            ("There isn\u2019t a pot of gold", "Declan Fennimore"),
        ],
    ),
    (
        "uk-court-phone-van-driver",
        "A delivery driver who killed a cyclist while watching football on his phone has been jailed "
        "for eight years.\n\n"
        "Darren Okonkwo-Blake, 37, of Hollins Road, Oldcastle, admitted causing death by dangerous "
        "driving when he appeared at Oldcastle Crown Court in September.\n\n"
        "The court heard he had been streaming a Premier League match on a phone mounted on his "
        "dashboard when his van struck Helen Marchbank, 61, on the A642 near Ruddington in March last "
        "year.\n\n"
        "Prosecuting, Anil Mehta said dashcam footage showed the defendant looking down at the screen "
        "for \u2018nine of the eleven seconds\u2019 before the collision.\n\n"
        "\u2018This was not a momentary lapse,\u2019 Mr Mehta told the court. \u2018It was a sustained and "
        "deliberate choice to watch a football match instead of the road.\u2019\n\n"
        "In a victim personal statement read to the court by her son, Mrs Marchbank\u2019s husband, "
        "Graham, said his life had \u2018stopped\u2019 on the day she died.\n\n"
        "\u2018Helen was the one who kept us all together. She organised the birthdays, she remembered "
        "everyone\u2019s children\u2019s names, she rode that road every Sunday for 20 years.\n\n"
        "\u2018Now I sit in the house and listen to the clock.\u2019\n\n"
        "In a letter handed to the judge, Okonkwo-Blake wrote: \u2018There is not a day when I do not see "
        "that moment. I will never forgive myself and I do not expect the family to.\u2019\n\n"
        "Mitigating, Fiona Gallacher said her client was \u2018genuinely and profoundly remorseful\u2019 and "
        "had not driven since the crash.\n\n"
        "\u2018He has to live with what he did for the rest of his life,\u2019 she said. \u2018He asked me to tell "
        "the family he thinks about Mrs Marchbank every day.\u2019\n\n"
        "Sentencing, Judge Rupert Haldane KC said the case was one of the worst of its kind he had "
        "dealt with.\n\n"
        "\u2018You chose entertainment over the safety of everyone around you,\u2019 he told Okonkwo-Blake. "
        "\u2018Mrs Marchbank paid for that choice with her life.\u2019\n\n"
        "The judge also banned him from driving for 12 years after his release.\n\n"
        "Speaking outside court, Det Insp Karen Osei of West Midshire Police said: \u2018No football "
        "match, no message and no phone call is worth a life. I hope this sentence makes every driver "
        "think twice.\u2019",
        [
            ("nine of the eleven seconds", "Anil Mehta"),
            ("This was not a momentary lapse", "Anil Mehta"),
            ("It was a sustained", "Anil Mehta"),
            ("stopped", "Graham Marchbank"),
            ("Helen was the one", "Graham Marchbank"),
            ("Now I sit in the house", "Graham Marchbank"),
            ("There is not a day", "Darren Okonkwo-Blake"),
            ("genuinely and profoundly remorseful", "Fiona Gallacher"),
            ("He has to live", "Fiona Gallacher"),
            ("He asked me to tell", "Fiona Gallacher"),
            ("You chose entertainment", "Rupert Haldane"),
            ("Mrs Marchbank paid", "Rupert Haldane"),
            ("No football match", "Karen Osei"),
        ],
    ),
    (
        "ireland-council-rezoning",
        "Councillors in Kilbrennan have voted to rezone 14 hectares of farmland on the edge of the "
        "town for housing, despite warnings from council officials that the area lacks the water and "
        "sewerage capacity to take new homes.\n\n"
        "The motion, proposed by Cllr Siobh\u00e1n N\u00ed Bhriain (FF), passed by 19 votes to 11 at Monday\u2019s "
        "meeting of Kilbrennan County Council.\n\n"
        "\u201cWe have young couples in this county sleeping in their childhood bedrooms at 35,\u201d Ms N\u00ed "
        "Bhriain told the meeting. \u201cIf we wait for every pipe to be perfect before we zone a single "
        "field, we will wait forever.\u201d\n\n"
        "The council\u2019s director of services for planning, Eamon Tierney, said the executive could not "
        "support the motion. He told members that Uisce \u00c9ireann had confirmed there would be no spare "
        "capacity at the Kilbrennan wastewater plant until at least 2029.\n\n"
        "\u201cZoning land that cannot be serviced does not build houses,\u201d Mr Tierney said. \u201cIt raises "
        "land values and it raises expectations, and then it leaves both stranded.\u201d\n\n"
        "Independent councillor P\u00e1draig Lacey said the debate had exposed \u201ca broken system\u201d.\n\n"
        "\u201cThe officials are right about the pipes and Siobh\u00e1n is right about the people. The problem "
        "is that nobody in Dublin is paying for the pipes,\u201d he said.\n\n"
        "Social Democrats councillor Aoife Brennan-Kearns, who voted against, said she was worried "
        "the rezoning would benefit a small number of landowners. She asked officials to publish the "
        "names of those who had made submissions in favour.\n\n"
        "\u201cI\u2019m not making any allegation,\u201d she said. \u201cBut people are entitled to know who stands to "
        "gain.\u201d\n\n"
        "Asked about Ms Brennan-Kearns\u2019s comments afterwards, Ms N\u00ed Bhriain said: \u201cI don\u2019t know who "
        "owns those fields and I don\u2019t care. I care about who\u2019s going to live in them.\u201d\n\n"
        "Outside the chamber, Maura Keogh, who farms land beside the site, said she had not been "
        "consulted. \u201cI found out from the newspaper,\u201d the 67-year-old said. \u201cForty years we\u2019ve been "
        "here. Not one letter.\u201d\n\n"
        "Local TD and Minister of State Conor Mulvihill welcomed the vote. In a statement, he said it "
        "showed Kilbrennan was \u201copen for homes\u201d and that he would press the Government for funding "
        "for the treatment plant.\n\n"
        "A spokeswoman for the Department of Housing said the Minister would consider the variation "
        "\u201cin the normal way\u201d and that the Office of the Planning Regulator would be consulted.",
        [
            ("We have young couples", "Siobh\u00e1n N\u00ed Bhriain"),
            ("If we wait for every pipe", "Siobh\u00e1n N\u00ed Bhriain"),
            ("Zoning land that cannot", "Eamon Tierney"),
            ("It raises land values", "Eamon Tierney"),
            ("a broken system", "P\u00e1draig Lacey"),
            ("The officials are right", "P\u00e1draig Lacey"),
            ("I\u2019m not making any allegation", "Aoife Brennan-Kearns"),
            ("But people are entitled", "Aoife Brennan-Kearns"),
            ("I don\u2019t know who owns", "Siobh\u00e1n N\u00ed Bhriain"),
            ("I found out from the newspaper", "Maura Keogh"),
            ("Forty years we\u2019ve been here", "Maura Keogh"),
            ("open for homes", "Conor Mulvihill"),
            ("in the normal way", "a spokeswoman for the Department of Housing"),
        ],
    ),
    (
        "australia-health-kidney-trial",
        "A common blood pressure drug may slow the progression of a rare kidney disease in children, "
        "according to a study led by researchers in Melbourne.\n\n"
        "The trial, published in The Lancet Child & Adolescent Health, followed 312 children across "
        "14 hospitals in Australia and New Zealand for three years.\n\n"
        "Lead author Associate Professor Mei-Ling Tran, a paediatric nephrologist at the Royal "
        "Children\u2019s Hospital, said the results were \u201cgenuinely exciting\u201d for families.\n\n"
        "\u201cFor a long time we\u2019ve had very little to offer these kids except to watch and wait,\u201d "
        "Professor Tran told ABC News.\n\n"
        "\u201cWhat we saw was that the children on the medication lost kidney function about 40 per cent "
        "more slowly over three years. That\u2019s the difference between needing dialysis as a teenager "
        "and possibly not needing it until adulthood.\u201d\n\n"
        "She stressed the drug was not a cure and that the study was relatively small.\n\n"
        "\u201cWe need a bigger trial before anyone changes their prescribing on the basis of this,\u201d she "
        "said.\n\n"
        "Co-author Dr Hamish Redfern, from the Murdoch Children\u2019s Research Institute, said the team "
        "had been surprised by how few side effects were recorded.\n\n"
        "\u201cWe were expecting more problems with low blood pressure, dizziness, that kind of thing,\u201d Dr "
        "Redfern said. \u201cIt turned out to be very well tolerated.\u201d\n\n"
        "Nine-year-old Ruby Castellano from Geelong was one of the children in the trial. Her mother, "
        "Danielle, said the family had noticed a difference within months.\n\n"
        "\u201cShe had more energy, she was back at netball,\u201d Ms Castellano said. \u201cWe don\u2019t know if that "
        "was the drug or not, but we\u2019re grateful she got the chance.\u201d\n\n"
        "Professor Gareth Whitlam of the University of Sydney, who was not involved in the research, "
        "said the findings were promising but should be interpreted with caution.\n\n"
        "\u201cIt\u2019s a well-designed study, but the numbers are modest and the follow-up is short,\u201d he "
        "said. \u201cKidney disease in children can behave unpredictably over decades, not years.\u201d\n\n"
        "A spokesperson for federal Health Minister Rebecca Annand said the Government would \u201clook "
        "closely\u201d at the findings, and noted that the drug was already listed on the Pharmaceutical "
        "Benefits Scheme for adults.\n\n"
        "Kidney Health Australia chief executive Tom Bairstow said the study was a reminder of how "
        "underfunded paediatric kidney research had become.\n\n"
        "\u201cAustralian researchers are punching well above their weight,\u201d Mr Bairstow told ABC Radio "
        "Melbourne. \u201cImagine what they could do with proper funding.\u201d",
        [
            ("genuinely exciting", "Mei-Ling Tran"),
            ("For a long time", "Mei-Ling Tran"),
            ("What we saw was", "Mei-Ling Tran"),
            ("We need a bigger trial", "Mei-Ling Tran"),
            ("We were expecting more", "Hamish Redfern"),
            ("It turned out to be", "Hamish Redfern"),
            ("She had more energy", "Danielle Castellano"),
            ("We don\u2019t know if", "Danielle Castellano"),
            ("It\u2019s a well-designed study", "Gareth Whitlam"),
            ("Kidney disease in children", "Gareth Whitlam"),
            ("look closely", "a spokesperson for federal Health Minister Rebecca Annand"),
            ("Australian researchers", "Tom Bairstow"),
            ("Imagine what they could", "Tom Bairstow"),
        ],
    ),
    (
        "nz-business-milk-price",
        "Dairy co-operative Southern Pasture Group has cut its forecast farmgate milk price for the "
        "second time this season, blaming weaker demand from China and a strong New Zealand dollar.\n\n"
        "The co-op, which collects about a fifth of the country\u2019s milk, now expects to pay farmers "
        "between $7.40 and $7.90 per kilogram of milk solids, down from $8.00 to $8.60.\n\n"
        "\u201cThis is not the news our farmers wanted to hear, and I\u2019m not going to dress it up,\u201d chief "
        "executive Aroha Te Whata said on a call with analysts on Thursday. \u201cGlobal dairy prices have "
        "fallen for four consecutive auctions, and we have to be realistic.\u201d\n\n"
        "Te Whata said whole milk powder prices had dropped 11 per cent since August. She said the "
        "co-op was \u201cseeing caution from buyers right across Asia\u201d, although demand in Southeast Asia "
        "had held up better than in China.\n\n"
        "Chairman Graeme Puketapu said the board had considered holding the forecast but decided "
        "against it.\n\n"
        "\u201cFarmers make decisions on the numbers we give them. Giving them a number we didn\u2019t believe "
        "would have been the worst thing we could do,\u201d he said.\n\n"
        "In a statement to the NZX, the company said its net profit after tax for the three months to "
        "October 31 fell 18 per cent to $212 million. It said the result reflected \u201clower margins in "
        "the consumer business and higher interest costs\u201d.\n\n"
        "On the call, one analyst asked whether the co-op would cut its dividend.\n\n"
        "\u201cWe\u2019ll look at that at the half-year, as we always do,\u201d Te Whata replied. \u201cI wouldn\u2019t read "
        "anything into it today.\u201d\n\n"
        "\u201cIs there any scenario where you go lower still?\u201d asked Jarden analyst Ben Haworth.\n\n"
        "\u201cThere\u2019s always a scenario,\u201d Te Whata said. \u201cIt\u2019s not our central case.\u201d\n\n"
        "Forsyth Barr analyst Priya Sandhu said the downgrade was larger than the market had "
        "expected.\n\n"
        "\u201cA 60-cent cut at the midpoint takes something like $900 million out of farmers\u2019 pockets. "
        "That\u2019s money that won\u2019t be spent in rural towns,\u201d Sandhu said.\n\n"
        "Federated Farmers dairy chair Hamish McAllister-Reid said many farmers were already "
        "struggling with high interest rates.\n\n"
        "\u201cSome of our members will be running at a loss this season, no question,\u201d he said. \u201cThe "
        "banks need to be patient.\u201d\n\n"
        "Westpac senior agri economist Nathan Leung was more upbeat, saying he expected prices to "
        "recover in the second half of the season.\n\n"
        "\u201cSupply from the other big exporters is tightening. I\u2019d be surprised if we don\u2019t see a "
        "bounce by March,\u201d he told RNZ.\n\n"
        "Southern Pasture shares fell 3.2 per cent to $4.11.",
        [
            ("This is not the news", "Aroha Te Whata"),
            ("Global dairy prices", "Aroha Te Whata"),
            ("seeing caution from buyers", "Aroha Te Whata"),
            ("Farmers make decisions", "Graeme Puketapu"),
            ("lower margins in the consumer", "Southern Pasture Group"),
            ("We\u2019ll look at that", "Aroha Te Whata"),
            ("I wouldn\u2019t read anything", "Aroha Te Whata"),
            ("Is there any scenario", "Ben Haworth"),
            ("There\u2019s always a scenario", "Aroha Te Whata"),
            ("It\u2019s not our central case", "Aroha Te Whata"),
            ("A 60-cent cut", "Priya Sandhu"),
            ("Some of our members", "Hamish McAllister-Reid"),
            ("The banks need", "Hamish McAllister-Reid"),
            ("Supply from the other", "Nathan Leung"),
        ],
    ),
    (
        "india-business-battery-plant",
        "BENGALURU: Electric two-wheeler maker Volterra Mobility on Tuesday said it would invest Rs "
        "1,200 crore to set up a battery cell plant in Karnataka, the company's biggest investment "
        "since it was founded in 2017.\n\n"
        "The plant, near Tumakuru, will have an initial capacity of 5 GWh and is expected to create "
        "about 2,500 jobs, the company said.\n\n"
        '"India cannot become an EV powerhouse by importing every cell from abroad," said Vikram '
        "Raghunathan, co-founder and chief executive of Volterra, adding that the company aimed to "
        "make 80% of its cells in-house by 2028.\n\n"
        "Raghunathan said the firm had signed a memorandum of understanding with the state government "
        'and expected land allotment to be completed within three months. "We have been talking to '
        "the state for almost a year. The speed with which they have moved has been very "
        'encouraging," he said.\n\n'
        "Karnataka large and medium industries minister M B Shivappa, who was present at the signing, "
        'said the state would provide "all possible support" to the project.\n\n'
        "\"Karnataka is already home to India's largest technology cluster. Now we want it to be the "
        'home of clean mobility," the minister said.\n\n'
        "Analysts said the move was aimed at reducing the company's dependence on Chinese suppliers. "
        '"Cells make up 35 to 40% of the cost of an electric scooter. Whoever controls the cell '
        'controls the margin," said Ananya Deshpande, senior research analyst at Kotak Institutional '
        "Equities.\n\n"
        "Rohan Mehrotra, an auto analyst at Nirmal Bang Securities, said the timeline looked "
        'ambitious. "Building a cell plant is not like building a scooter assembly line," he said, '
        'adding that "two years from groundbreaking to commercial output would be a record for '
        'India".\n\n'
        "However, not everyone was convinced. A senior executive at a rival manufacturer, who did not "
        'wish to be named, said Volterra was "underestimating how hard cell chemistry is". "Many '
        'companies have announced plants. Very few have produced a single cell at scale," the '
        "executive said.\n\n"
        "Volterra's shares rose 4.6% to close at Rs 612.40 on the NSE.\n\n"
        "Asked about the funding, chief financial officer Sunita Kulkarni said the investment would "
        'be financed through a mix of internal accruals and debt. "Our balance sheet is strong. We '
        "have net cash of over Rs 900 crore and we are comfortable taking on some leverage for a "
        'strategic asset like this," she said.\n\n'
        "Residents of villages near the proposed site, however, expressed concern over the "
        'acquisition of farmland. "We were told nothing. We came to know from the TV," said '
        "Hanumanthappa G, a farmer from Kyatsandra, adding that at least 40 families depended on the "
        "land.\n\n"
        "Deputy commissioner K Lakshmi Narayan said that the land being acquired was mostly "
        'government land and that farmers would be compensated as per rules. "No one will be '
        'displaced without fair compensation," he said.',
        [
            ("India cannot become", "Vikram Raghunathan"),
            ("We have been talking", "Vikram Raghunathan"),
            ("all possible support", "M B Shivappa"),
            ("Karnataka is already home", "M B Shivappa"),
            ("Cells make up", "Ananya Deshpande"),
            ("Building a cell plant", "Rohan Mehrotra"),
            ("two years from groundbreaking", "Rohan Mehrotra"),
            ("underestimating how hard", "a senior executive at a rival manufacturer"),
            ("Many companies have announced", "a senior executive at a rival manufacturer"),
            ("Our balance sheet", "Sunita Kulkarni"),
            ("We were told nothing", "Hanumanthappa G"),
            ("No one will be displaced", "K Lakshmi Narayan"),
        ],
    ),
] + ARTICLES_G2
