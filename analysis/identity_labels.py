"""Whether an identity is a person or an organisation, decided by a vote over all of its name
mentions and the words around them, not by whichever mention happened to be read first.

The small model labels the same name differently from one sentence to the next: "Oscar-winning
actress Mary Steenburgen" is a PERSON, "the Mary Steenburgen of it all" an ORG, and the lone
"Steenburgen" an ORG twenty times; a football club or a company comes out as a PERSON
("Manchester United"). The label the model gives a full name (two words or more) is one vote;
what the narration says of a mention is worth two, because it is what a reader goes by:

- for a person: a person's title or role noun right before the name ("actress", "President",
  "Dr."), a relative or partner the name owns ("Steenburgen's son"), an age set off by commas
  ("Singh, 56,"); and, once per identity, a common first name as the name's first word;
- for an organisation: a word only organisations are followed by ("FC", "Inc", "plc"), a body word
  in the name ("Group", "Club"), or a noun only an organisation owns or employs ("Manchester
  United's shares", "United manager Ole Solskjaer", "the club's striker").

A tie keeps the label the identity had. Each mention is read once, from the few tokens around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.name_parts import apposed_role, role_head
from quotemark.analysis.names import BODY_WORDS, FIELD_TITLES, KIN_NOUNS, TITLE_WORDS, first_name_gender, norm

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from quotemark.analysis.identities import Identity

# Title words that also stand before a company or an institution ("market leader Apple", "asset
# manager BlackRock", "oil producer Aramco", "activist investor Elliott"): no vote either way.
_SHARED_TITLES = frozenset("leader producer investor manager chief".split())
PERSON_TITLES = TITLE_WORDS - FIELD_TITLES - _SHARED_TITLES
# Nouns an apposition names a person by ("Eswar Prasad, a trade economist at Cornell"), besides titles.
PERSON_NOUNS = frozenset(
    """man woman boy girl expert professor economist student resident veteran fellow doctor citizen
    native graduate friend colleague neighbour neighbor author writer poet artist musician designer
    engineer""".split()
)
# Nouns for a kind of organisation, written before its name ("newspaper chain Gannett", "publisher
# Ubisoft", "companies such as Gannett").
ORG_KINDS = frozenset(
    """company companies firm firms publisher publishers maker makers manufacturer label chain chains
    retailer retailers carrier carriers airline airlines broadcaster network conglomerate startup
    start-up startups giant giants outlet outlets newspaper newspapers club clubs agency agencies
    charity charities brand brands studio studios""".split()
)
# Nouns for what only an organisation has or employs: its shares, its players, its chief executive.
ORG_NOUNS = frozenset(
    """shareholder shareholders subsidiary subsidiaries headquarters hq employees workforce stadium
    squad striker strikers midfielder midfielders goalkeeper goalkeepers winger wingers ceo cfo coo
    chairman board boardroom""".split()
)
# Roles written between an organisation's name and its employee's ("United manager Ole Solskjaer",
# "Instagram head Adam Mosseri"); a person may have them too, but is not written that way.
EMPLOYER_NOUNS = ORG_NOUNS | frozenset(
    """players manager boss owner head chief executive president founder co-founder cofounder coach
    quarterback pitcher defender""".split()
)
# Nouns after a name that make it an institution's or a place's ("Walter Reed hospital").
INSTITUTION_NOUNS = frozenset(
    "hospital university college school academy airport station stadium arena museum library institute".split()
)
# What a person may own too ("Neumann's shares"), but only a company is the name of ("Ubisoft shares").
HOLDINGS = frozenset("shares share stock stocks".split())
# Words in a name (after its first) that make it a company's or a body's: "Figgins Group",
# "Big Machine Records", "San Francisco Chronicle".
ORG_HEADS = BODY_WORDS | frozenset(
    """records productions entertainment studios industries technologies pharmaceuticals airlines
    airways communications motors games networks brands ventures enterprises software pictures
    publishing magazine journal herald tribune gazette chronicle""".split()
)
# Words written right after an organisation's name, never after a person's.
ORG_SUFFIXES = frozenset("fc f.c. afc cf sc inc inc. ltd ltd. plc corp corp. llc co. gmbh ag sa".split())
_MODIFIER = frozenset(("compound", "poss", "amod", "nmod"))
_PERSONAL = frozenset(("he", "she"))
_POSSESSIVE = frozenset(("'s", "’s", "'", "’"))
# How much the narration's word on a mention counts against the model's label of a full name.
CONTEXT_WEIGHT = 3


@dataclass
class LabelVotes:
    """What an identity's mentions say it is: votes for a person and for an organisation."""

    person: int = 0
    org: int = 0
    lone_org: int = 0  # one-word names the model called an organisation: counted only for a one-word identity

    def add(self, other: LabelVotes) -> None:
        """Add another identity's or mention's votes."""
        self.person += other.person
        self.org += other.org
        self.lone_org += other.lone_org

    def winner(self, current: str, full_name: bool) -> str:
        """Return PERSON or ORG as the votes say, `current` on a tie; `full_name` when the identity
        is known by a name of two words or more, which outvotes what its lone surname was called."""
        org = self.org if full_name else self.org + self.lone_org
        if self.person > org:
            return "PERSON"
        if org > self.person:
            return "ORG"
        return current


def mention_votes(ent: Span, lo: int, hi: int, label: str) -> LabelVotes:
    """Return the votes of one name mention: `ent` the model's entity, ent[lo:hi]
    the bare name in it, `label` the model's label (counted only for a name of two words or more)."""
    # "Braun-owned" is one word: a full name is two words apart
    full = len(ent[lo:hi].text.split()) >= 2
    person = int(label == "PERSON")  # the model seldom calls an organisation's one-word name a person
    org = int(label == "ORG" and full)  # while it often calls a lone surname an organisation
    lone_org = int(label == "ORG" and not full)
    doc = ent.doc
    words = [norm(t.text) for t in ent[lo:hi]]
    if any(w in ORG_HEADS for w in words[1:]) or (words and words[-1] in ORG_SUFFIXES):
        org += CONTEXT_WEIGHT
    # a title inside an entity counts before a full name only: "Premier League" is no premier's
    before = (ent[lo - 1] if full else None) if lo > 0 else (doc[ent.start - 1] if ent.start > 0 else None)
    kind = _kind_before(doc, ent.start) if lo == 0 else None
    if kind is not None and kind.lower_ in ORG_KINDS:
        org += CONTEXT_WEIGHT
    elif before is not None and _titles(before) and not (ent.root.dep_ == "appos" and ent.root.head.pos_ == "PROPN"):
        # "actress Mary Steenburgen", "my wife Kimberly"; but in "Rob Goldman, President Ascom North
        # America" the title is Goldman's
        person += CONTEXT_WEIGHT
    after = ent.end
    if after < len(doc):
        nxt = doc[after]
        if norm(nxt.text) in ORG_SUFFIXES or nxt.lower_ in INSTITUTION_NOUNS:
            org += CONTEXT_WEIGHT
        elif nxt.text in _POSSESSIVE:
            owned = _owned_noun(doc, after + 1)
            if owned is not None and owned in KIN_NOUNS:
                person += CONTEXT_WEIGHT
            elif owned is not None and owned in ORG_NOUNS and owned not in HOLDINGS:
                org += CONTEXT_WEIGHT
        elif nxt.lower_ in HOLDINGS or nxt.lower_ in EMPLOYER_NOUNS and _names_follow(doc, after + 1):
            # "United manager Ole Solskjaer", "Ubisoft CEO Yves Guillemot", "Ubisoft shares fell"
            org += CONTEXT_WEIGHT
        elif _aged(doc, after):
            person += CONTEXT_WEIGHT
    if not full and before is not None and before.lower_ == "the" and _heads_its_phrase(ent):
        org += CONTEXT_WEIGHT  # "the Steelers", "the Moon": no one person's name
    elif not full and ent[hi - 1].tag_ == "NNPS":
        org += 2  # a plural name ("Steelers"), though the tagger reads a surname so now and then ("Lopes")
    p, o = _pronoun_votes(ent)
    apposed = apposed_role(ent)  # "Eswar Prasad, a trade economist"; an organisation's is no vote ("Jane Roe,
    if apposed:  # Washington State Department of Health" is parsed as one)
        head = role_head(apposed)
        person += CONTEXT_WEIGHT * (head in PERSON_TITLES or head in PERSON_NOUNS or head in KIN_NOUNS)
        org += CONTEXT_WEIGHT * (head in ORG_KINDS)  # "Halvorsen Marine, a Bergen shipbuilding firm"
    return LabelVotes(person + p, org + o, lone_org)


def _kind_before(doc: Doc, i: int) -> Token | None:
    """Return the common noun written right before token `i`, over a "such as" ("companies such as Gannett")."""
    j = i - 1
    if j >= 2 and doc[j].lower_ == "as" and doc[j - 1].lower_ == "such":
        j -= 2
    return doc[j] if j >= 0 and doc[j].pos_ == "NOUN" else None


def _titles(tok: Token) -> bool:
    """Return True for a person's title or a relative's noun written as a word of its own before a name."""
    word = norm(tok.text)
    return (word in PERSON_TITLES or word in KIN_NOUNS) and tok.text[:1].isalpha() and bool(tok.whitespace_)


def _heads_its_phrase(ent: Span) -> bool:
    """Return True when a name ends the phrase it heads: "the Thunder," but not "the Braun-owned
    company" or "the Trump administration"."""
    doc = ent.doc
    if ent.root.dep_ in _MODIFIER:
        return False
    return ent.end >= len(doc) or doc[ent.end].pos_ not in ("NOUN", "PROPN", "ADJ") and doc[ent.end].text not in "-–"


def _pronoun_votes(ent: Span) -> tuple[int, int]:
    """Return (person, org) votes of the pronouns in what a name says or does: "Steenburgen realized
    that she ..." is a person, "Ubisoft raised its forecast" an organisation."""
    root = ent.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i == root.i:
        return 0, 0
    verb = root.head
    person = org = 0
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.i > root.i:
            person += any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL for c in clause.children)
    for tok in verb.subtree:  # the first possessive pronoun after the name: "Volker shifted his testimony"
        if tok.i >= ent.end and tok.dep_ == "poss" and tok.lower_ in ("its", "his", "her"):
            org, person = (1, person) if tok.lower_ == "its" else (org, person + 1)
            break
    return min(person, 1), org


def settle_label(identity: Identity) -> None:
    """Give a person or organisation the label its votes give (a common first name before its last
    word, once, for a person: "Ukraine Kurt Volker" too), keeping its label on a tie."""
    if identity.label not in ("PERSON", "ORG"):
        return
    words = identity.name.split()
    votes = LabelVotes(identity.votes.person, identity.votes.org, identity.votes.lone_org)
    votes.person += len(words) >= 2 and any(first_name_gender([w]) for w in words[:-1])
    identity.label = votes.winner(identity.label, len(words) >= 2)


def _owned_noun(doc: Doc, i: int) -> str | None:
    """Return the lower-cased noun a possessive owns: the first noun within two words of `i`."""
    for j in range(i, min(i + 3, len(doc))):
        tok = doc[j]
        if tok.pos_ in ("NOUN", "PROPN"):
            return tok.lower_
        if tok.pos_ not in ("ADJ", "ADV") and tok.lower_ != "late":
            return None
    return None


def _names_follow(doc: Doc, i: int) -> bool:
    """Return True when a proper name starts at token `i`."""
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def _aged(doc: Doc, i: int) -> bool:
    """Return True for an age set off by commas right after a name ("Singh, 31,")."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return False
    age = doc[i + 1].text
    return age.isdigit() and len(age) <= 3 and 0 < int(age) < 115
