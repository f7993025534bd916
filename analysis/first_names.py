"""More first names whose gender is near certain, beside the short lists in analysis/names.py.

A he/she passes over a person whose gender is unknown for one of known gender further back
(analysis/pronouns.py), so a woman or man the lists do not know ("Judge Caroline Weatherby",
"Allison Marsh") loses the pronoun that stands for them to someone named earlier. These are
common given names of the English-speaking countries and of the names news most often carries
from elsewhere, each borne overwhelmingly by one gender; names given to both (Jordan, Taylor,
Casey, Morgan, Robin, Leslie, Dana, Jean, Andrea, Sasha) are left out on purpose, and so are
given names that are as often surnames or places ("Warren", "Floyd", "Georgia", "Charlotte"),
since a lone surname may be all a mention gives.
"""

from __future__ import annotations

MORE_FEMALE_NAMES = frozenset(
    """abby ada adele adriana agatha agnes aileen aimee alana alberta alexandra alexandria alicia alina
    alison allison alma alyssa amelia anastasia angelina anita annabel annette antoinette arlene
    astrid audrey barbra beatrice becky belinda bernadette bertha beth bethany betsy bianca blanche
    bonnie brianna bridget bridgette brigitte camila camille candace candice cara carla carlotta
    carly carmela carole caroline carrie cassandra cecilia cecile celeste celia charlene christa
    christie christy cindy clarissa claudia colleen constance cora corinne daisy daphne darlene
    deirdre delia della diane dolores dominique dora dorothy edith edna eileen eleanor elisa elise
    eliza ella ellie eloise elsie eleanora emilie erica erika erin esther estelle ethel eunice
    felicia felicity fiona flora francesca francine freya gabriela gabrielle gail gemma genevieve
    georgina geraldine gertrude gillian giselle gwen gwendolyn harriet heidi helena henrietta hilary
    ida imogen irene isabelle jacquelyn jasmine jeanette jeanne jeannie jemima jenna jennie jessie
    jillian jo joanne jocelyn johanna josephine josie juanita judi juliana julianne juliet justine
    karin karina katarina kathy katrina kayleigh kristen kristin kristina kristine krystal lana
    laurie leah leanne leticia lillian lily lindsay linnea liza lois lorena lorraine lucille luisa
    lydia lynda lynne mabel maggie mandy marcella margarita margo marguerite mariah mariana marianne
    maribel marina marisa marissa marjorie marlene martina maryann matilda maureen maxine maya
    meredith mia mildred millie minnie miranda molly muriel myra nadine nancy nora noreen norma
    odette patsy paulette pauline peggy penelope penny phoebe phyllis polly priscilla rachael ramona
    raquel renee rhonda rita roberta rosalind rosalie rosemary rosie roxanne sabrina sadie selena
    serena sheila shelley sherry simone sonia sonya stacey stacy stella suzanne sylvia tamara tammy
    tanya tara tessa thelma tiffany trisha trudy valerie vanessa veronica vicki vickie viola violet
    vivian vivienne wilma winifred yolanda zoe zoey aoife siobhan niamh saoirse sinead orla roisin
    maeve grainne ciara eimear ailsa kirsty morag shona elspeth lorna agnieszka katarzyna magdalena
    malgorzata joanna ewa anja annika birgit heike petra sabine ute ulrike helga margit francoise
    genevieve isabelle sylvie nathalie celine amelie chantal giulia chiara francesca alessandra
    federica elisabetta valentina beatriz lucia pilar marisol ximena fernanda adriana renata larissa
    tatyana yelena ekaterina yulia lyudmila oksana anastasiya aiko akiko haruka naoko sakura yoko
    yumiko mariko ayesha farah fatema khadija mariam maryam noor zahra sana shreya ananya deepika
    kavita lakshmi meera neha pooja sunita anjali divya ngozi chiamaka adaeze amara funmilayo""".split()
)
MORE_MALE_NAMES = frozenset(
    """abraham adrian alan albert alberto alec alfred alfredo alistair alvin ambrose amos andre andres
    angelo archie armando arnold arturo augustus basil bernard brendan brock bruno bryce carlos
    cecil cedric chad charlie clarence claude clint clyde cornelius damian darren darryl dave declan
    derek dominick dwayne eddie edmund eduardo edwin elmer ernie esteban felix fernando freddie
    frederick gareth gavin geoffrey gerard gordon greg hector herman horace hugo humberto isaac
    isaiah jake jamal jared jeff jeffery jerome joel jonah jorge julian julio julius karl keith
    kenny kurt leo leon leonard leroy lorenzo lucas luke malcolm manuel marcus mario marvin mathew
    maurice melvin micah myron nathaniel ned oscar otto ralph ramon raul rene reuben ricardo ricky
    robbie roberto rod rolando roman rudolph rupert salvador sammy saul sebastian sergio seth shane
    shaun silas stefan teddy terrence theo theodore toby tyrone ulysses victor vince virgil wilbur
    wilfred xavier zack aidan cathal ciaran conor cormac darragh diarmuid eoin fergus fionn liam
    niall oisin padraig ronan seamus sean aled dafydd gethin huw rhys ewan hamish lachlan alasdair
    euan jakub krzysztof marek piotr tomasz wojciech andrzej dieter gunter heinrich helmut horst
    jens jorg markus matthias rainer thorsten uwe werner alain benoit didier etienne fabrice gerard
    guillaume laurent olivier pascal thierry yves alessandro emanuele fabio federico gianluca
    lorenzo marcello massimo paolo roberto salvatore stefano vittorio alejandro alvaro enrique
    francisco gonzalo ignacio joaquin rafael santiago vicente alexei andrei boris mikhail nikolai
    oleg pavel viktor yuri hideo hiroki kazuo masato satoshi shinzo takashi yoshihiko abdul ahmad
    hamid karim khalid mahmoud mustafa rashid tariq anil arjun arun ashok deepak ganesh manish
    narendra rajesh ravi sanjay sunil suresh vijay vikram chinedu emeka obinna oluwaseun tunde kwame
    kofi""".split()
)
