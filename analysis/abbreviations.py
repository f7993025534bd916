"""Title abbreviations the model does not know, kept whole and inside their sentence: in "“…,”
Const. Nicole Thibodeau said" the tokeniser split "Const" + "." and the parser ended the sentence
there, which left "Nicole Thibodeau said" a sentence of its own, away from the quotation it
introduces. Police, military and civic ranks of Canadian, British, Irish and US papers; the model
already knows "Sen.", "Gov.", "Dr."."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

TITLE_ABBREVIATIONS = frozenset(
    (
        "Const. Cst. Insp. Supt. Det. Sgt. Cpl. Pte. Lt. Capt. Cmdr. Cdr. Col. Maj. Brig. Ald. Coun. "
        "Cllr. Hon. Atty. Msgr. Fr. Prof. Assoc. Asst. Dep. Comm. Commr."
    ).split()
)
_COMPONENT = "title_abbreviation_sentences"


def keep_titles_in_sentence(doc: Doc) -> Doc:
    """Return `doc` with no sentence starting right after a title abbreviation followed by a capital."""
    for t in doc[1:]:
        if doc[t.i - 1].text in TITLE_ABBREVIATIONS and t.text[:1].isupper():
            t.is_sent_start = False
    return doc


def add_title_abbreviations(nlp: Language) -> None:
    """Teach `nlp` each title abbreviation: one token (capitalised only: a title before a name is,
    and a lower-case "col." may end a sentence), after which no sentence starts before a name."""
    from spacy.language import Language as _Language

    if not _Language.has_factory(_COMPONENT):
        _Language.component(_COMPONENT, func=keep_titles_in_sentence)
    tokenizer: Any = nlp.tokenizer  # the model's Tokenizer, typed by spaCy as any callable
    for word in TITLE_ABBREVIATIONS:
        if word not in tokenizer.rules:
            tokenizer.add_special_case(word, [{"ORTH": word}])
    if _COMPONENT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(_COMPONENT, before="parser")
