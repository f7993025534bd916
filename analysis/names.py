"""Word lists for reading names: titles and roles written before a name, their abbreviations,
honorifics, gendered titles and common first names (a tie-breaker for he/she, never a filter alone)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from quotemark.analysis.first_names import MORE_FEMALE_NAMES, MORE_MALE_NAMES

_HONORIFIC_DOT = re.compile(r"\.$")

# Words that make a title or role when they come before a name; compared lower-case, dots removed.
TITLE_WORDS = (
    frozenset(
        """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister brother
    president vice prime minister secretary senator sen rep representative congressman congresswoman
    congressmember governor gov lt lieutenant mayor judge justice chief chairman chairwoman chair
    speaker leader general gen col colonel maj major capt captain sgt sergeant adm admiral cmdr
    commander officer ambassador attorney sheriff detective inspector director ceo cfo coo founder
    spokesman spokeswoman spokesperson king queen prince princess pope bishop cardinal rabbi imam
    candidate nominee chancellor premier deputy assistant acting former late first press
    finance foreign defense defence interior justice health education trade economy state home
    labor labour energy treasury house senate us u.s. gop democratic republican""".split()
    )
    | frozenset(
        # occupations written as a title before a name ("Organiser Kevin Marsh", "Economist Paul Grant");
        # words that are also common surnames or first names (Baker, Dean, Carter) stay out
        """organiser organizer analyst economist executive official activist lawyer coach manager
    researcher scientist author novelist columnist journalist reporter historian commentator
    strategist pollster consultant adviser advisor aide lobbyist diplomat envoy negotiator
    commissioner councillor councilman councilwoman alderman trustee superintendent chairperson
    campaigner spokesmen shadow mp mep striker midfielder defender goalkeeper forward winger
    quarterback pitcher jockey nurse teacher farmer surgeon physician midwife firefighter pilot
    actor actress singer rapper comedian director producer chef entrepreneur investor""".split()
    )
    | frozenset(
        # ranks and offices of police, forces, churches, schools, courts and legislatures
        """constable marshal warden principal headteacher headmaster headmistress archbishop pastor
    chaplain deacon vicar rector trooper corporal brigadier commandant coroner magistrate prosecutor
    treasurer comptroller auditor assemblyman assemblywoman assemblymember councilmember lawmaker
    legislator sheikh emir skipper provost solicitor barrister agent alderwoman alderperson cllr
    councilor supervisor selectman selectwoman selectperson delegate freeholder assemblyperson""".split()
    )
    | frozenset(
        # the same ranks abbreviated, with or without a dot ("Det Insp Karen Osei", "Const. Ann Roy",
        # "Cllr Mary Byrne"); two-letter ones that are also name particles ("Di", "De") stay out
        "det insp supt const cst cpl pte ald coun cllr hon atty msgr asst dep commr brig cdr dci dsupt".split()
    )
)
# Abbreviated titles and the role noun a later "the ..." uses for the same person.
ROLE_ABBREVIATIONS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "sec": "secretary",
    "pres": "president",
    "amb": "ambassador",
    "atty": "attorney",
    "supt": "superintendent",
    "cllr": "councillor",
    "coun": "councillor",
    "ald": "alderman",
    "det": "detective",
    "insp": "inspector",
    "const": "constable",
    "cst": "constable",
    "sgt": "sergeant",
    "cpl": "corporal",
    "capt": "captain",
    "col": "colonel",
    "maj": "major",
    "cmdr": "commander",
    "cdr": "commander",
    "commr": "commissioner",
    "justice": "judge",
    "congressman": "representative",
    "congresswoman": "representative",
    "congressmember": "representative",
    "spokeswoman": "spokesman",
    "spokesperson": "spokesman",
    "chairwoman": "chairman",
    "chair": "chairman",
}
# Title words that name a body's field rather than a person's rank: the "State" of "State
# Department" or "Foreign" of "Foreign Ministry" is part of an organisation's name.
FIELD_TITLES = frozenset(
    """state foreign finance defense defence interior justice health education trade economy home
    labor labour energy treasury house senate us u.s. gop democratic republican first press former
    late acting deputy assistant shadow vice prime general""".split()
)
# Words that make a name a company's or a body's, never a person's: "Figgins Group", "Holt Inc".
BODY_WORDS = frozenset(
    """inc inc. corp corp. co co. ltd ltd. llc plc group company corporation bank partners holdings
    associates foundation institute university college council committee party union agency
    ministry department office services systems media news press times post club fc team""".split()
)
# A person's relatives, as news introduces them: "MacIsaac's sister, Courtney", "Reed's son".
KIN_NOUNS = frozenset(
    """son daughter wife husband mother father brother sister child children kid kids parents
    mom mum dad girlfriend boyfriend fiancee fiancée fiance fiancé widow widower spouse grandson
    granddaughter grandmother grandfather grandchildren nephew niece cousin sibling siblings
    stepson stepdaughter stepfather stepmother in-laws aunt uncle twin""".split()
)
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame rev".split())
FEMALE_HINTS = frozenset("mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman sister".split())
MALE_HINTS = frozenset("mr sir lord king prince congressman chairman spokesman father brother".split())
# Common first names whose gender is near certain: a tie-breaker for he/she, never a filter alone.
FEMALE_NAMES = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty
    margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie
    rebecca laura sharon cynthia kathleen amy angela shirley anna ruth brenda pamela nicole
    katherine samantha christine emma catherine debra rachel carolyn janet maria heather diane
    julie joyce victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan
    andrea hannah jacqueline ann alice kathryn gloria teresa doris sara janice julia marie
    madison grace judy theresa beverly denise marilyn amber danielle abigail brittany rose diana
    natalie sophia alexis lori kayla jane hillary chelsea melania ivanka kellyanne nancy elaine
    angelique claire elizabeth michele nikki condoleezza sheryl oprah hope huma donna debbie
    madeleine kamala tulsi jill sarah malkia ava angela theresa melanie loretta marcia
    susana ruth janet gina kirsten helen elena ana anne annie aisha fatima priya sofia sophie
    chloe isabel isabella lucia carmen rosa ines ingrid greta marta monica paula silvia valeria
    yasmin zainab amina leila nadia olga irina natasha svetlana tatiana ursula angelika mei ling
    yuki keiko hanna lena eva kate katie jenny lucy ellen emilia elsa nina vera clara frances
    jane joanna louise marian miriam naomi sally sue tina wendy yvonne""".split()
)
MALE_NAMES = frozenset(
    """james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
    brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron
    jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian
    roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
    bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
    elijah louis bobby philip johnny barack bill mike mitt ted marco jeb bernie chris rudy newt
    reince paul harry mitch chuck tim jim bob tom dick ben ed rand lindsey vladimir xi kim
    hugh fred ron rick rex al ian tom kevin marco daniel luis carlos pedro miguel javier diego
    pablo antonio giovanni giuseppe luca matteo francesco pierre jacques francois michel philippe
    hans klaus jurgen wolfgang stefan olaf sven lars erik ivan sergei dmitri igor mohammed muhammad
    ahmed ali hassan omar yusuf ibrahim rahul raj amit hiroshi takeshi kenji wei jun liam oliver
    owen hamish callum angus neil graham colin nigel simon martin dominic rishi boris keir gordon
    tony malcolm duncan stuart alistair""".split()
)


_FEMALE = FEMALE_NAMES | MORE_FEMALE_NAMES
_MALE = MALE_NAMES | MORE_MALE_NAMES


def norm(word: str) -> str:
    """Return a word lower-cased without a final dot, as the lists compare it ("Sen." -> "sen")."""
    return _HONORIFIC_DOT.sub("", word.lower())


def first_name_gender(words: Sequence[str]) -> str:
    """Return "f" or "m" when a name's first word is a common first name of near-certain gender, else ""."""
    if not words:
        return ""
    first = words[0].lower()
    return "f" if first in _FEMALE else "m" if first in _MALE else ""
