"""People the entity recogniser gave another label ("The mayor of Porthaven, Elena Vasquez" as one
ORG), relabelled as PERSON in the parse itself so that every later reader sees the same people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotemark.analysis.abbreviated_entities import lone_rank, region_after_town
from quotemark.analysis.cues import SPEECH_VERBS
from quotemark.analysis.honorific_names import repair_honorific_names
from quotemark.analysis.names import TITLE_WORDS
from quotemark.analysis.names import first_name_gender as _name_gender
from quotemark.analysis.names import norm as _norm
from quotemark.analysis.offsets import forget_ents
from quotemark.analysis.titled_names import split_role_object, split_titled, untagged_titled_people
from quotemark.analysis.titled_surnames import repair_titled_surnames
from quotemark.analysis.untagged_names import split_owner_person, split_person_of_place, untagged_first_named
from quotemark.analysis.work_titles import relabelled

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Last words that make a name an institution or a place rather than a person ("George Washington
# University"); words that are also common surnames (Park, Hall, House) stay out.
_INSTITUTION_HEADS = frozenset(
    """university college school hospital station street road avenue square bridge river lake
    mountain airport bank party council committee company group institute foundation center centre
    museum library club union association agency ministry department office court county city
    island bay times post news church cathedral chapel mosque temple synagogue academy""".split()
)
# First words of place names that a comma can put after another place ("Brooklyn, New York").
_PLACE_FIRST_WORDS = frozenset(
    "new north south east west san santa los las st saint fort port mount lake upper lower great".split()
)
# Last words that only a company's name ends with: "Dick Clark Productions" is no person.
_COMPANY_HEADS = frozenset(
    """productions inc inc. corp corp. llc ltd ltd. plc entertainment records studios holdings
    industries technologies pharmaceuticals airlines communications""".split()
)
_REPAIRABLE = frozenset({"ORG", "GPE", "FAC", "NORP", "LOC", "PRODUCT", "WORK_OF_ART"})


def _is_role_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and _norm(tok.text) in TITLE_WORDS


def _person_like(doc: Doc, a: int, b: int) -> bool:
    """Return True when tokens [a, b) read as a personal name: 2-4 capitalised proper nouns, the
    first not a place word, the last not an institution's head noun."""
    # a hyphen inside a double-barrelled surname is no word of its own: "Marguerite Oyelaran-Finch"
    toks = [
        t for t in doc[a:b] if not (t.text == "-" and t.i > a and not doc[t.i - 1].whitespace_ and not t.whitespace_)
    ]
    if not 2 <= len(toks) <= 4:
        return False
    for t in toks:
        if not (t.text[:1].isupper() and t.text.replace("-", "").replace("'", "").replace("’", "").isalpha()):
            return False
        if t.pos_ != "PROPN":
            return False
    return toks[0].lower_ not in _PLACE_FIRST_WORDS and toks[-1].lower_ not in _INSTITUTION_HEADS


def _role_noun_before(doc: Doc, start: int) -> bool:
    """Return True when a role noun stands just before, as in "the mayor of Porthaven, Elena ..."."""
    for j in range(max(0, start - 4), start):
        if _is_role_noun(doc[j]):
            return True
    return False


def _titled_name(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Return the bounds of the personal name in a title + name span ("Mayor Ana Costa",
    "Councillor Eva Stone's"), or None: one or more title words, then a known first name and
    a surname, a possessive 's left out."""
    if end - start >= 2 and doc[end - 1].lower_ in ("'s", "’s"):
        end -= 1
    lo = start
    while lo < end and _norm(doc[lo].text) in TITLE_WORDS:
        lo += 1
    if lo == start or not _person_like(doc, lo, end) or not _name_gender([doc[lo].text]):
        return None
    return lo, end


def _aged(doc: Doc, ent: Span) -> bool:
    """Return True for a proper name followed by an age set off by commas ("Singh, 31, said")."""
    b = ent.end
    if b + 2 >= len(doc) or doc[b].text != "," or doc[b + 2].text != ",":
        return False
    age = doc[b + 1].text
    if not (age.isdigit() and 0 < int(age) < 115 and len(age) <= 3):
        return False
    return all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent) and len(ent) <= 4


def _speaking_work(ent: Span) -> bool:
    """Return True for a name tagged a work, product or place that is the subject of a speech verb
    ("Tomas Ruiz, the studio's head, said" with "Tomas Ruiz" a WORK_OF_ART): only people say things
    that way, and organisations (ORG) are left as they are."""
    root = ent.root
    if ent.label_ not in ("WORK_OF_ART", "PRODUCT", "FAC", "LOC", "EVENT") or root.dep_ != "nsubj":
        return False
    return root.head.pos_ == "VERB" and root.head.lemma_.lower() in SPEECH_VERBS


def _with_first_name(doc: Doc, ent: Span) -> Span | None:
    """Return the person `ent` with the known first name the recogniser left outside it ("Ana" of
    "Ana Pell, a lawyer, said", tagged "Pell" alone), or None when the word before is no such name."""
    from spacy.tokens import Span as _Span

    if ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.ent_type_ or not before.is_alpha or not before.text[:1].isupper() or "\n" in before.whitespace_:
        return None
    # the parse must read it as part of the name: "Mark" or "Hope" opening a sentence may be a verb
    if before.pos_ != "PROPN" and before.dep_ not in ("compound", "flat"):
        return None
    if not _name_gender([before.text]):
        return None
    return _Span(doc, ent.start - 1, ent.end, label=ent.label_)


def repair_person_ents(doc: Doc) -> bool:
    """Return True when the people the recogniser mislabelled, missed or split from a title were
    repaired in `doc.ents` (every entity repair, in one place: tests and bench/components.py see
    what the pipeline sees)."""
    changed = _relabel(doc)
    changed = repair_honorific_names(doc) or changed
    return repair_titled_surnames(doc, _person_like) or changed


def _relabel(doc: Doc) -> bool:
    """Relabel as PERSON the people the recogniser gave another label, and as ORG the companies it
    took for people; return True when it changed any.

    "The mayor of Porthaven, Elena Vasquez," often comes out as one ORG "Porthaven, Elena Vasquez":
    the name after the comma is split off as a PERSON. "Councillor Eva Stone's" as an ORG becomes
    the PERSON "Eva Stone". "The port's chief executive, Helen Park,"
    may come out as a GPE: a personal name that is in apposition to a role noun, or starts with a
    known first name, becomes a PERSON. The change is written into `doc.ents`, so every later
    reader of the parse (entities, clusters) sees the same people.
    """
    from spacy.tokens import Span as _Span

    out: list[Span] = []
    changed = False
    for ent in doc.ents:
        if lone_rank(ent):
            changed = True  # "Det." of "Det. Insp. Karen Osei" tagged a place: no entity at all
            continue
        if region_after_town(doc, ent):
            out.append(_Span(doc, ent.start, ent.end, label="GPE"))  # "BRAMPTON, Ont." tagged a person
            changed = True
            continue
        work = relabelled(doc, ent)
        if work is not None:
            out.append(work)  # "his Instagram announcement", "the former “Dawson's Creek” star"
            changed = True
            continue
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _COMPANY_HEADS:
            out.append(_Span(doc, ent.start, ent.end, label="ORG"))
            changed = True
            continue
        placed = split_role_object(doc, ent)
        if placed is not None:
            out.extend(placed)  # "the special envoy for Ukraine Kurt Volker" read as one name
            changed = True
            continue
        if ent.label_ == "PERSON":
            # "Organiser Kevin Marsh", "Fire Chief Ray Dunleavy": the title is the person's role, not part of the name
            bare = split_titled(doc, ent)
            named = _with_first_name(doc, bare or ent)
            changed = changed or bare is not None or named is not None
            out.append(named or bare or ent)
            continue
        if ent.label_ not in _REPAIRABLE:
            out.append(ent)
            continue
        owned = split_owner_person(doc, ent, _person_like) or split_person_of_place(doc, ent, _person_like)
        if owned is not None:
            out.extend(owned)  # "Sky News's Helen Varga" as one ORG
            changed = True
            continue
        if _aged(doc, ent):
            out.append(_Span(doc, ent.start, ent.end, label="PERSON"))  # "Singh, 31, said": only people have ages
            changed = True
            continue
        comma = next((t.i for t in ent if t.text == ","), None)
        if comma is not None and comma > ent.start:
            a, b = comma + 1, ent.end
            first_name = bool(_name_gender([doc[a].text])) if a < b else False
            if _person_like(doc, a, b) and (first_name or _role_noun_before(doc, ent.start)):
                out.append(_Span(doc, ent.start, comma, label=ent.label_))
                out.append(_Span(doc, a, b, label="PERSON"))
                changed = True
                continue
        elif comma is None and (titled := _titled_name(doc, ent.start, ent.end)) is not None:
            out.append(_Span(doc, titled[0], titled[1], label="PERSON"))  # "Councillor Eva Stone's" as an ORG
            changed = True
            continue
        elif comma is None and _person_like(doc, ent.start, ent.end):
            root = ent.root
            apposed = root.dep_ == "appos" and _is_role_noun(root.head)
            first_name = bool(_name_gender([ent[0].text])) and root.dep_ in ("appos", "nsubj", "nsubjpass")
            if apposed or first_name or _speaking_work(ent):
                out.append(_Span(doc, ent.start, ent.end, label="PERSON"))
                changed = True
                continue
        out.append(ent)
    reporters = untagged_first_named(doc, _person_like)
    if reporters:
        out.extend(reporters)  # "Fox News's Allison Marsh noted": the reporter left out of any entity
        changed = True
    untagged = untagged_titled_people(doc)
    if untagged:
        # "Detective Sergeant Neil Baptiste" with no entity at all, or "Alderman" alone a PERSON
        taken = [(lo, person.end) for lo, person in untagged]
        out = [e for e in out if not any(e.start < hi and lo < e.end for lo, hi in taken)]
        out.extend(person for _lo, person in untagged)
        changed = True
    if changed:
        doc.ents = sorted(out, key=lambda e: e.start)
        forget_ents(doc)
    return changed
