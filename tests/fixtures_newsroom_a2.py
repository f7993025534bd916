"""The newsroom set's articles 9 to 15 (see tests/fixtures_newsroom.py, which joins them to the first eight)."""

from __future__ import annotations

ARTICLES_A2: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "qa-interview",
        "Ama Mensah became the first woman to lead the Harbor City Symphony when she was named music "
        "director last spring. The orchestra\u2019s board chair, Howard Lin, called her appointment \u201cthe "
        "easiest decision we have ever made.\u201d Ahead of her first season, Mensah spoke to us about "
        "programming, audiences and why she still gets nervous. The interview has been edited for length "
        "and clarity.\n\n"
        "Q: You have said you want the orchestra to \u201csound like the city.\u201d What does that mean?\n\n"
        "A: It means the orchestra should not feel like a museum. We play Beethoven, of course, but we also "
        "commission composers who grew up here, and we go out to the neighborhoods instead of waiting for "
        "the neighborhoods to come to us.\n\n"
        "Q: Some longtime subscribers have complained that there is less Brahms this season.\n\n"
        "A: I understand that. My teacher, Pavel Rudin, used to tell me, \u201cThe audience is never wrong "
        "about being bored.\u201d I think about that a lot. If we play the same ten pieces forever, we will "
        "bore the people who love us most.\n\n"
        "Q: Do you still get nervous before a concert?\n\n"
        "A: Every single time. My hands are cold until the first downbeat, and then it is gone. A conductor "
        "who is not nervous has stopped paying attention.\n\n"
        "Q: What should a first-time concertgoer do?\n\n"
        "A: Come as you are. Clap when you want to clap. Nobody is grading you.",
        [
            ("the easiest decision", "Howard Lin"),
            ("sound like the city", "Ama Mensah"),
            ("The audience is never wrong", "Pavel Rudin"),
        ],
    ),
    (
        "speech-over-paragraphs",
        "LAKEVILLE \u2014 Addressing graduates at Lakeville Community College on Saturday, former astronaut "
        "Grace Okonjo urged them to be \u201ccomfortable being beginners.\u201d\n\n"
        "Okonjo, who flew two missions to the International Space Station, spoke for about 20 minutes and "
        "drew the loudest applause of the morning.\n\n"
        "\u201cWhen I was your age, I was sure I knew exactly what my life would look like,\u201d she told "
        "the crowd of about 2,000.\n\n"
        "\u201cI was going to be a chemist. I was going to live in the same town as my parents. I was going "
        "to be finished learning by the time I was 25.\n\n"
        "\u201cNone of that happened. I failed my first pilot\u2019s exam. I moved seven times in ten years. "
        "And I have never once been finished learning.\n\n"
        "\u201cSo here is my advice, for what it is worth: be a beginner on purpose. Go find the thing you "
        "are worst at and do it in public.\u201d\n\n"
        "The crowd laughed and applauded. College president Henry Walsh said afterwards that Okonjo had "
        "been the students\u2019 first choice.\n\n"
        "\u201cThey voted for her by a mile,\u201d Walsh said.\n\n"
        "Graduate Maria Santos, 31, who studied nursing while raising two children, said the speech hit "
        "home.\n\n"
        "\u201cI was a beginner at 29,\u201d she said. \u201cNobody told me that was allowed.\u201d",
        [
            ("comfortable being beginners", "Grace Okonjo"),
            ("When I was your age", "Grace Okonjo"),
            ("I was going to be a chemist", "Grace Okonjo"),
            ("None of that happened", "Grace Okonjo"),
            ("So here is my advice", "Grace Okonjo"),
            ("They voted for her", "Henry Walsh"),
            ("I was a beginner at 29", "Maria Santos"),
            ("Nobody told me", "Maria Santos"),
        ],
    ),
    (
        "op-ed-parking",
        "Our town\u2019s parking war is about more than parking\n\n"
        "When the Brookside council voted last week to remove 140 parking spaces from Main Street to make "
        "room for a bike lane, Councillor Dev Patel said the decision would \u201cbring the street back to "
        "people.\u201d I have lived on Main Street for 22 years, and I would like to know which people he "
        "means.\n\n"
        "I do not oppose bike lanes. My children ride to school, and I want them safe. But I was struck by "
        "something the council\u2019s own traffic consultant, Rebecca Stone, told the meeting: \u201cWe do "
        "not have good data on who actually uses these spaces.\u201d\n\n"
        "If that is true, the council has made a decision about the heart of our town without knowing who "
        "it will hurt. That is not a small thing.\n\n"
        "Shop owners have been clear. \u201cHalf my customers are over 70. They are not going to cycle "
        "here,\u201d Tom Briggs, who has run the hardware store for three decades, told me.\n\n"
        "Cycling advocates have a case too. \u201cEvery study shows that people on bikes spend more in "
        "local shops, not less,\u201d said Aaron Kell of Brookside Cycles for All, in a letter to the "
        "council.\n\n"
        "Perhaps he is right. But studies from large cities are not the same as data from our street.\n\n"
        "The mayor, Linda Shaw, has said the plan is \u201cnot set in stone.\u201d I take her at her word. "
        "Count the cars, ask the customers, and then decide.",
        [
            ("bring the street back", "Dev Patel"),
            ("We do not have good data", "Rebecca Stone"),
            ("Half my customers", "Tom Briggs"),
            ("Every study shows", "Aaron Kell"),
            ("not set in stone", "Linda Shaw"),
        ],
    ),
    (
        "local-water-meeting",
        "GREENVILLE \u2014 Residents of the Maple Heights neighborhood packed a community meeting Monday "
        "night to demand answers about a month of brown tap water, and Mayor Diane Porter told them the "
        "city had found the cause.\n\n"
        "Porter said a corroded main under Elm Street had been stirring up sediment whenever demand "
        "spiked. She said the water was safe to drink but acknowledged that it did not look it.\n\n"
        "\u201cI am sorry. You should never have to look at your tap water and wonder,\u201d the mayor "
        "said. \u201cWe should have told you more, sooner.\u201d\n\n"
        "The crowd was not entirely satisfied. Keisha Lawson, a mother of three who lives on Birch Avenue, "
        "said she had been buying bottled water for weeks.\n\n"
        "\u201cWho pays me back for that?\u201d Lawson asked. \u201cBecause it isn\u2019t cheap.\u201d\n\n"
        "Porter said the city would consider credits on water bills. Public works director Sam Ito said "
        "crews would begin replacing the main next week.\n\n"
        "\u201cIt is a six-week job if the weather holds,\u201d Ito said.\n\n"
        "Retired teacher Frank Delaney, 81, said he had lived in Maple Heights since 1970.\n\n"
        "\u201cI have never seen anything like this,\u201d he said. \u201cAnd I remember the flood.\u201d\n\n"
        "Council member Rosa Jimenez, who represents the neighborhood, said she would ask for an "
        "independent review.\n\n"
        "\u201cPeople need to hear this from someone who does not work for the city,\u201d she said.\n\n"
        "Porter did not object.\n\n"
        "\u201cIf that helps rebuild trust,\u201d she said, \u201cI am all for it.\u201d",
        [
            ("I am sorry", "Diane Porter"),
            ("We should have told you", "Diane Porter"),
            ("Who pays me back", "Keisha Lawson"),
            ("Because it isn", "Keisha Lawson"),
            ("It is a six-week job", "Sam Ito"),
            ("I have never seen", "Frank Delaney"),
            ("And I remember the flood", "Frank Delaney"),
            ("People need to hear", "Rosa Jimenez"),
            ("If that helps", "Diane Porter"),
            ("I am all for it", "Diane Porter"),
        ],
    ),
    (
        "group-speakers-floods",
        "Heavy rain has caused rivers to burst their banks across southern Poland, forcing thousands of "
        "people from their homes, officials said on Sunday.\n\n"
        "The Interior Ministry said in a statement that more than 4,000 people had been evacuated from "
        "villages along the Oder and its tributaries. \u201cThe situation remains very serious, and the next "
        "48 hours will be decisive,\u201d the ministry said.\n\n"
        "Emergency services said they had carried out more than 600 rescues since Friday.\n\n"
        "Local officials in the town of Klodno said the water had reached the second floor of some "
        "buildings. \u201cWe have never seen water this high,\u201d they said in a post on social media.\n\n"
        "\u201cWe had twenty minutes to leave,\u201d said Anna Wrobel, 45, who fled with her two children. "
        "\u201cI took the documents and the cat.\u201d\n\n"
        "Government spokesman Marek Sowa said the army had been deployed to help. \u201cSoldiers are already "
        "filling sandbags in the most threatened towns,\u201d Sowa told reporters in Warsaw.\n\n"
        "Police said a man had died after his car was swept away near the town of Nysa. \u201cRescuers "
        "reached the vehicle but were unable to save the driver,\u201d police said.\n\n"
        "Flooding was also reported in the neighbouring Czech Republic, where officials said they were "
        "watching the largest dams closely.\n\n"
        "They said on Sunday evening that the reservoirs were releasing water in a controlled way. "
        "\u201cThere is no danger to the dams themselves,\u201d they added.",
        [
            ("The situation remains very serious", "Interior Ministry"),
            ("We have never seen water", "officials"),
            ("We had twenty minutes", "Anna Wrobel"),
            ("I took the documents", "Anna Wrobel"),
            ("Soldiers are already", "Marek Sowa"),
            ("Rescuers reached the vehicle", "police"),
            ("There is no danger", "officials"),
        ],
    ),
    (
        "partial-quotes-rail",
        "OTTAWA \u2014 Transport Minister Colin Ferreira on Wednesday defended a plan to cut service on "
        "rural passenger rail lines, calling the criticism \u201coverblown\u201d and insisting that rail "
        "service in small towns would be \u201cprotected, not cut.\u201d\n\n"
        "Ferreira said the changes were needed to \u201cstop the bleeding\u201d at the national carrier, "
        "which lost $1.1 billion last year.\n\n"
        "Opposition transport critic Nadia Lemaire said the plan amounted to \u201cclosing stations by "
        "stealth\u201d and called on Ferreira to publish the full list of affected routes.\n\n"
        "\u201cIf the minister is so confident, let him show us the map,\u201d Lemaire said.\n\n"
        "Ferreira, speaking to reporters after question period, said the government had \u201cnothing to "
        "hide.\u201d\n\n"
        "The plan would reduce the number of daily trains on 14 routes and close ticket offices at 30 "
        "stations, according to documents tabled in the House of Commons.\n\n"
        "\u201cNo community will lose its train,\u201d he added.\n\n"
        "Mayors of several small towns have written to the minister. Mayor Gilles Tremblay of "
        "Riviere-aux-Pins said in an interview that residents were \u201cworried sick.\u201d\n\n"
        "\u201cFor us the train is not a luxury. It is how people get to hospital,\u201d Tremblay said.",
        [
            ("overblown", "Colin Ferreira"),
            ("protected, not cut", "Colin Ferreira"),
            ("stop the bleeding", "Colin Ferreira"),
            ("closing stations by stealth", "Nadia Lemaire"),
            ("If the minister is so confident", "Nadia Lemaire"),
            ("nothing to hide", "Colin Ferreira"),
            ("No community will lose", "Colin Ferreira"),
            ("worried sick", "Gilles Tremblay"),
            ("For us the train", "Gilles Tremblay"),
        ],
    ),
    (
        "reuters-wire-cholera",
        "GENEVA, March 3 (Reuters) - The World Health Organization said on Tuesday it was sending emergency "
        "supplies to eastern Chad after a cholera outbreak killed at least 42 people in refugee camps near "
        "the Sudanese border.\n\n"
        "\u201cThe conditions in these camps are ideal for cholera: too many people, too little clean water "
        "and not enough latrines,\u201d said Margaret Osei, a WHO spokeswoman, at a briefing in Geneva.\n\n"
        "More than 1,300 suspected cases had been recorded since mid-February, Osei said.\n\n"
        "The U.N. refugee agency UNHCR said it was struggling to keep up with new arrivals. \u201cWe are "
        "receiving hundreds of people every day, many of them children who have walked for days,\u201d said "
        "Pierre Dumas, UNHCR\u2019s representative in Chad, speaking by video link from N\u2019Djamena.\n\n"
        "Dumas said funding for the agency\u2019s Chad operation was less than a quarter of what was "
        "needed.\n\n"
        "Chad\u2019s health minister, Abakar Mahamat, told state radio that vaccination teams had been "
        "deployed to three camps. \u201cWe will vaccinate everyone in the camps by the end of the "
        "month,\u201d he said.\n\n"
        "Aid group Medecins Sans Frontieres, which runs clinics in the area, said the response was "
        "\u201cfar too slow.\u201d\n\n"
        "\u201cEvery day we lose is counted in lives,\u201d said Amira Haddad, MSF\u2019s emergency "
        "coordinator in eastern Chad.\n\n"
        "(Reporting by Lena Fourie; Editing by Tom Hale)",
        [
            ("The conditions in these camps", "Margaret Osei"),
            ("We are receiving hundreds", "Pierre Dumas"),
            ("We will vaccinate everyone", "Abakar Mahamat"),
            ("far too slow", "Medecins Sans Frontieres"),
            ("Every day we lose", "Amira Haddad"),
        ],
    ),
]
