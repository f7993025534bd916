"""Speech and report cues in a spaCy parse: which tokens introduce what someone said, and whose
subject they take ("X said", "said X", "quoted X as saying", "according to X", "X, explaining that")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from quotemark.analysis.aged_subject import aged_subject
from quotemark.analysis.conjunct_tense import reporting_partner
from quotemark.analysis.controllers import document_issuer, passive_controller
from quotemark.analysis.offsets import doc_text
from quotemark.analysis.parse_repairs import (
    apposed_name_before,
    complement_participle_subject,
    coordinated_predicate_subject,
    hyphenated_title_subject,
    inverted_subject,
    participle_subject,
    who_antecedent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that introduce a quotation or a reported statement (lemmas).
SPEECH_VERBS = frozenset(
    """say tell add ask note explain write state declare insist continue argue reply respond recall
    warn claim tweet announce acknowledge admit agree conclude suggest predict describe complain
    stress emphasize emphasise observe remark comment joke quip boast promise vow pledge urge
    testify report confirm deny estimate maintain assert contend concede caution exclaim shout
    yell whisper mutter repeat reiterate recount quote clarify indicate reveal disclose allege
    charge accuse lament proclaim mention wonder answer interrupt post chant scream sigh laugh
    counter retort rail thunder muse speculate opine advise urge demand threaten tout hail praise
    criticize criticise slam blast mock dub label brand call dismiss decry blame question
    challenge recommend propose read condemn liken compare admire rate cite reference laud
    denounce nickname term characterize characterise portray refer applaud attack pound lambaste ridicule
    scold forecast project calculate find think believe feel order command bark plead beg cry holler
    relate pray lecture""".split()
)
# Nouns naming what someone said; their possessor is the speaker: "Trump's claim that ...".
SPEECH_NOUNS = frozenset(
    """claim statement remark comment words description assertion promise pledge warning argument
    accusation answer response reply message vow insistence suggestion explanation testimony quip
    joke admission prediction denial characterization characterisation phrase tweet label term word
    nickname directive instruction order command plea appeal call demand request""".split()
)
# What "post" a message is: anything else posted (a surplus, a loss, bail) is no speech.
_POSTED_MESSAGES = frozenset(
    "message video tweet photo picture statement comment note letter update clip image thread".split()
)
# Verbs of thought: a cue only when they report a clause.
THOUGHT_VERBS = frozenset("think believe feel".split())
# Cues that can carry an indirect claim ("X estimated that ...") without a quotation.
# Verbs of finding, thinking and asking report no statement of the subject's ("the survey found
# that", "voters seem to think", "asked the minister how"): no claim comes from them.
CLAIM_VERBS = SPEECH_VERBS - frozenset(
    "call dub label brand mock praise hail laugh sigh chant scream interrupt find think believe feel ask wonder question"
    " order command bark plead beg cry holler pray lecture".split()
)
# Verbs whose object, not their subject, is the one quoted: "the agency quoted Kim as saying".
OBJECT_SPEAKER_VERBS = frozenset({"quote", "cite"})
# Cues of judgement rather than utterance: reported by another speaker ("X said Y had concluded"),
# the quoted words are the reporter's, where a reported "Y told them “…”" keeps Y's.
_REPORTED_JUDGEMENTS = frozenset("conclude find determine decide believe think feel consider estimate".split())
# Subjects that name no one: a speech verb coordinated with their verb was hung there by the parse
# ("the brief said that was not her view and dismissed ..."), so they do not speak its words.
NO_ONE = frozenset("that this it there which what".split())
_CLIMB_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp", "parataxis"})


@dataclass
class Cue:
    """A cue token and the subject token its speaker is read from (None when it has none)."""

    token: Token
    subject: Token | None
    start: int  # character offsets inside the paragraph doc
    end: int
    text: str


def is_cue(tok: Token) -> bool:
    """Return True when the token can introduce speech: a speech verb or "according (to)"."""
    if tok.lower_ == "according":
        nxt = tok.i + 1
        return nxt < len(tok.doc) and tok.doc[nxt].lower_ == "to"
    if tok.lower_ == "words":
        return _words_of(tok) is not None
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "amod":
        return False  # a participle describing a noun reports no one's words: "alleged victims", "a promised review"
    lemma = tok.lemma_.lower()
    if lemma == "put":  # "as Rosenthal put it"
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)
    if lemma in THOUGHT_VERBS:  # "she believes that ...", not "appeared to be feeling better"
        return any(c.dep_ == "ccomp" for c in tok.children)
    if lemma == "post":  # "she posted on Facebook that ...", not "the state will post a modest surplus"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        return obj is None or obj.lemma_.lower() in _POSTED_MESSAGES
    if lemma == "relate":  # "as he related, “…”", not "costs related to the scheme"
        return tok.tag_ != "VBN" and not any(c.dep_ == "prep" for c in tok.children)
    if lemma == "continue":  # "“…,” he continued", not "the company continued to sign up subscribers"
        return not any(c.dep_ in ("xcomp", "dobj") for c in tok.children)
    return lemma in SPEECH_VERBS


def make_cue(tok: Token, quoted: Sequence[int] = ()) -> Cue:
    """Return the cue for a cue token: its subject token and the cue words' span.

    `quoted` marks, per token index, the tokens inside quotations (>= 0): a subject is never
    taken from inside a quotation, whatever the parse attached the cue to.
    """
    doc = tok.doc
    if tok.lower_ == "according":
        to = doc[tok.i + 1]
        subj = next((c for c in to.children if c.dep_ == "pobj"), None)
        return Cue(tok, subj, tok.idx, to.idx + len(to.text), "according to")
    if tok.lower_ == "words":
        within = tok.head  # "in the words of the patient", "in Kim's words"
        return Cue(
            tok,
            _words_of(tok),
            within.idx,
            tok.idx + len(tok.text),
            doc_text(doc)[within.idx : tok.idx + len(tok.text)],
        )
    subject, via = _subject(tok, quoted)
    if tok.tag_ == "VBG" and tok.i > 0 and _names_someone(doc[tok.i - 1]) and not _inside(doc[tok.i - 1], quoted):
        subject, via = doc[tok.i - 1], None  # "footage of Hillary Clinton asking, ..."
    if subject is None:
        subject = (
            participle_subject(tok, quoted)
            or _adjacent_subject(tok, quoted)
            or apposed_name_before(tok, quoted)
            or inverted_subject(tok, quoted)
        )
    elif via is None:
        subject = complement_participle_subject(tok, subject, quoted)
    lo_tok, hi_tok = tok, tok
    for c in tok.children:
        if c.dep_ == "prt" and c.i == tok.i + 1:
            hi_tok = c  # "pointed out"
    text = doc_text(doc)[lo_tok.idx : hi_tok.idx + len(hi_tok.text)]
    if via is not None and via.i < tok.i:
        lo_tok = via
        text = f"{via.text} ... as {tok.text}" if tok.head.lower_ == "as" else f"{via.text} ... {text}"
    return Cue(tok, subject, lo_tok.idx, hi_tok.idx + len(hi_tok.text), text)


def _words_of(tok: Token) -> Token | None:
    """Return whose words "in the words of X" or "in X's words" gives, else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return None
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _names_someone(tok: Token) -> bool:
    """Return True for a proper noun that can name a speaker (not "early Friday saying")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE")


def _acl_subject(noun: Token, quoted: Sequence[int] = ()) -> Token | None:
    """Return who a participle modifying `noun` describes: the noun, its "of" object, or the one
    who issued the document it is ("issued a statement saying")."""
    if noun.pos_ in ("PROPN", "PRON"):
        return noun
    if (
        noun.dep_ == "appos"
        and noun.head.i < noun.i
        and not any(t.is_punct for t in noun.doc[noun.head.i + 1 : noun.i])
    ):
        # "a move the opposition called ...": an object relative clause without "that", which the
        # parse reads as an apposition with no comma; the second noun phrase is the one speaking
        return noun
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("PROPN", "PRON"):
                return obj
    return document_issuer(noun, quoted)


def _nearest_of_two_subjects(verb: Token, first: Token, quoted: Sequence[int]) -> Token:
    """Return the subject nearer the verb when the parse gave it two before it: "CPUC President
    Marybel Batjer said" read as "CPUC" and "Batjer" both subjects; the organisation is the
    person's title, and the name next to the verb is who speaks."""
    if first.i > verb.i:
        return hyphenated_title_subject(verb, first, lambda t: _inside(t, quoted)) or first
    later = [
        c
        for c in verb.children
        if c.dep_ == "nsubj" and first.i < c.i < verb.i and not _inside(c, quoted) and c.pos_ == "PROPN"
    ]
    if later and later[-1].ent_type_ == "PERSON" and first.ent_type_ != "PERSON":
        return later[-1]
    return first


def _own_subject(tok: Token, quoted: Sequence[int] = ()) -> Token | None:
    for c in tok.children:
        bad = _inside(c, quoted) or not any(ch.isalnum() for ch in c.text)
        if c.dep_ == "nsubj":
            if bad:
                continue  # the quotation or a dash parsed as the subject: "“…,” Cummings said", "― Trump boasted"
            return _nearest_of_two_subjects(tok, c, quoted)
        if c.dep_ == "nsubjpass":
            if tok.lemma_.lower() in OBJECT_SPEAKER_VERBS and not bad:
                return c  # "Kim was quoted as saying"
            agent = next((a for a in tok.children if a.dep_ == "agent"), None)
            if agent is not None:
                return next((g for g in agent.children if g.dep_ == "pobj"), None)
            if bad:
                continue
            return None
    if tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return who_antecedent(tok.head)  # "Smith, who said ..."
    return aged_subject(tok)  # "“…,” the 34-year-old said" with "old" hung on the verb


def _relative_to_head(subj: Token, verb: Token) -> Token:
    """Return the noun a relative pronoun subject stands for ("an architect who said")."""
    if subj.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
        return who_antecedent(verb.head) if subj.lower_ == "who" else verb.head
    return subj


def _adjacent_subject(tok: Token, quoted: Sequence[int]) -> Token | None:
    """Return a name or pronoun right before or after the verb when the parse gave it no subject."""
    doc = tok.doc
    left = _subject_after_quote(tok, quoted)
    if left is not None:
        return left
    j = tok.i - 1
    while j >= 0 and doc[j].pos_ == "ADV":
        if surname_as_adverb(doc[j], quoted):
            return doc[j]  # "but Early still says ...": a surname the tagger read as an adverb
        j -= 1
    for k in (j, tok.i + 1):
        if 0 <= k < len(doc) and (not quoted or quoted[k] < 0):
            cand = doc[k]
            if (cand.pos_ == "PROPN" and cand.ent_type_ in ("", "PERSON", "ORG", "NORP", "GPE")) or cand.lower_ in (
                "he",
                "she",
                "they",
            ):
                return _noun_phrase_head(_first_conjunct(cand)) if k < tok.i else cand
    return None


def _noun_phrase_head(tok: Token) -> Token:
    """Return the head noun of the phrase a name closes: "a spokesperson for Apex Studios said" is
    the spokesperson's statement, the company only the one they speak for."""
    while (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.lower_ in ("for", "of", "at", "with")
        and tok.head.head.pos_ == "NOUN"
        and tok.head.head.i < tok.i
    ):
        tok = tok.head.head
    return tok


# Adverbs that open a sentence capitalised and could stand before a verb: never a surname there.
_OPENING_ADVERBS = frozenset(
    "also still now then later instead meanwhile however earlier here there so yet thus".split()
)


def surname_as_adverb(tok: Token, quoted: Sequence[int] = ()) -> bool:
    """Return True for a capitalised "adverb" of a verb the parse left without a subject: a surname
    such as Early or Little, capitalised mid-sentence, or opening it with no comma after it."""
    if tok.pos_ != "ADV" or not tok.text[:1].isupper() or not tok.is_alpha or (quoted and quoted[tok.i] >= 0):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.head.children):
        return False
    if not tok.is_sent_start:
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ not in _OPENING_ADVERBS and nxt is not None and not nxt.is_punct


def _first_conjunct(tok: Token) -> Token:
    """Return the first name of a list ending at `tok` ("Obama and Clinton call them"): the
    speaker of a list is reported by its first member, as a subject list's head is."""
    while tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i and tok.i - tok.head.i <= 6:
        between = tok.doc[tok.head.right_edge.i if tok.head.right_edge.i < tok.i else tok.head.i : tok.i]
        if not any(t.lower_ in ("and", "or", ",", "&") for t in between):
            break
        tok = tok.head
    return tok


def _subject_after_quote(tok: Token, quoted: Sequence[int]) -> Token | None:
    """Return the name or pronoun heading the words between a closing quotation mark and the verb.

    "“…,” Flynn, a top Trump surrogate, said": the parse often hangs the name on a word inside
    the quotation; the speaker is the first name after the mark that modifies nothing else.
    """
    if not quoted:
        return None
    doc = tok.doc
    j = tok.i - 1
    while j >= 0 and quoted[j] < 0 and not doc[j].is_sent_start and tok.i - j <= 16:
        j -= 1
    if j < 0 or quoted[j] < 0:
        return None  # not right after a quotation
    for k in range(j + 1, tok.i):
        cand = doc[k]
        if cand.dep_ in ("compound", "poss", "amod", "nmod") or cand.is_punct:
            continue
        if (cand.pos_ == "PROPN" and cand.ent_type_ in ("", "PERSON", "ORG")) or cand.lower_ in ("he", "she", "they"):
            return cand
        if cand.pos_ in ("VERB", "AUX", "SCONJ", "ADP"):
            return None  # another clause stands between: not a subject
    return None


def _inside(tok: Token, quoted: Sequence[int]) -> bool:
    return bool(quoted) and quoted[tok.i] >= 0


def _subject(tok: Token, quoted: Sequence[int] = ()) -> tuple[Token | None, Token | None]:
    """Return (subject token, the object-speaker verb it came through, if any)."""
    t = reporting_partner(tok, is_cue) or tok  # "said the Senate would act and called it “…”"
    shared = False  # reached only through coordinated verbs, which share their subject with the cue
    for _ in range(5):
        if _inside(t, quoted):
            return None, None
        if t.lemma_.lower() in OBJECT_SPEAKER_VERBS and t is not tok:
            obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if obj is not None:
                return obj, t
        if t.dep_ == "acl" and t is tok:
            listed = coordinated_predicate_subject(t, quoted)
            if listed is not None:
                return listed, None
            subj = _acl_subject(t.head, quoted)  # "footage of Clinton asking", "Trump saying"
            if subj is None and _noun_sentence(t) and tok.tag_ in ("VBD", "VBN") and not _inside(t.head, quoted):
                subj = t.head  # "“…,” the patient described in the report": "described" is its verb
            return subj, None
        if t is not tok and t.tag_ == "VBN":
            controller = passive_controller(tok, quoted)
            if controller is not None:
                return controller, None  # "Ramos was known for telling colleagues “…”"
        subj = _own_subject(t, quoted)
        if subj is not None:
            subj = _relative_to_head(subj, t)
        if subj is not None and _inside(subj, quoted):
            return None, None
        if subj is not None and t is not tok:
            aside = _aside_around(subj, tok)
            if aside is not None:
                # the parse hung the cue on a clause set off by dashes: the speaker is the subject outside it
                return _subject_outside(t, aside, quoted), None
        if subj is not None:
            if t is tok and subj.lower_ == "it" and t.dep_ == "ccomp" and is_cue(t.head):
                # "Obama said it would tell a story of "...": "it" is what he talks about, and
                # where it is the speaker ("the agency said it would ...") both name the same one
                outer = _own_subject(t.head, quoted)
                if outer is not None and outer.lower_ != "it":
                    return outer, None
            if (
                t.dep_ == "ccomp"
                and is_cue(t.head)
                and not (shared and subj.dep_ == "nsubj" and subj.lower_ not in NO_ONE)
                and (not is_cue(t) or t is tok and t.lemma_ in _REPORTED_JUDGEMENTS)
            ):
                # a non-speech clause reported by an outer speaker: "the agency reported that
                # the congress concluded ..., indicating that ..." is the agency's indication; and
                # "Pompeo said Washington had concluded the plan was “…”" quotes Pompeo
                outer = _own_subject(t.head, quoted)
                if outer is not None:
                    return outer, None
            return subj, None
        if t.dep_ not in _CLIMB_DEPS or t.head.i == t.i:
            return None, None
        if t.dep_ == "ccomp" and t is tok:
            return None, None  # a speech verb inside reported content with no subject of its own
        if t is not tok and _noun_sentence(t):
            # a sentence the parse read as one noun phrase ("The group, X, formed in May and sent a
            # letter stating ..."): the noun it hangs everything on is the subject of its verbs
            return (None, None) if _inside(t.head, quoted) else (t.head, None)
        shared = (shared or t is tok) and t.dep_ == "conj"
        t = t.head
    return None, None


def _noun_sentence(t: Token) -> bool:
    """Return True for a verb the parse hung as a modifier on the noun heading a sentence that has
    no verb of its own: the sentence was read as one noun phrase, and the noun is the verb's subject."""
    return t.dep_ == "acl" and t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN")


_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


def _aside_around(subj: Token, cue: Token) -> tuple[int, int] | None:
    """Return the token bounds of a dash-delimited aside holding `subj` and closing before the cue.

    "Costa marched the nurses past City Hall - where Mayor Reyes sat - while shouting, “…”": the
    parse may attach the participle to the verb of the aside, but the words belong to the main clause.
    """
    doc = subj.doc
    sent = subj.sent
    if cue.i >= sent.end:
        return None
    opened = next((t.i for t in reversed(doc[sent.start : subj.i]) if _is_dash(t)), None)
    closed = next((t.i for t in doc[subj.i + 1 : cue.i] if _is_dash(t)), None)
    return None if opened is None or closed is None else (opened, closed)


def _subject_outside(t: Token, aside: tuple[int, int], quoted: Sequence[int]) -> Token | None:
    """Return the subject of the first clause above `t` that lies outside the aside, or None."""
    a, b = aside
    for _ in range(8):
        if not a < t.i < b:
            subj = _own_subject(t, quoted)
            if subj is not None and not a < subj.i < b and not _inside(subj, quoted):
                return _relative_to_head(subj, t)
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _is_dash(tok: Token) -> bool:
    """Return True for a dash that sets words off, not a hyphen inside a word ("weight-loss", "2014-16")."""
    if tok.text not in _DASHES:
        return False
    spaced = bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    return spaced or (tok.text in ("\u2013", "\u2014") and not (tok.nbor(-1).like_num if tok.i > 0 else False))
