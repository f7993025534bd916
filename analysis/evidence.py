"""What an attribution rests on: how the quotation was tied to a cue, and what kind of mention
names the speaker. Calibration (analysis/calibration.py) turns the pair into a probability."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quotemark.analysis.doubts import Doubt
    from quotemark.analysis.support import Support


class Route(Enum):
    """How a quotation was tied to the words that name its speaker."""

    TRANSCRIPT = "transcript"  # "SMITH: ..." at the start of the quotation
    BYLINE = "byline"  # "...” — Name" after the closing mark
    SYNTAX = "syntax"  # the speech verb the quotation hangs from in the parse
    WEAK = "weak"  # a cue reached through a weak dependency (object, compound, apposition)
    NEAR = "near"  # the nearest cue in the quotation's sentences
    OWNER = "owner"  # the possessor of a speech noun: "Trump's claim that “...”"
    COLON = "colon"  # the cue of a colon-ended paragraph before
    REPORTED = "reported"  # the subject of the reported-speech sentence just before
    INTRODUCED = "introduced"  # no cue: the person the quote-free paragraph before introduces
    CONTINUATION = "continuation"  # no cue: the previous speaker goes on
    EMBEDDED = "embedded"  # no cue: the named subject of the clause it sits in
    CHAIN = "chain"  # one paragraph of a speech running over several paragraphs
    NAMED_NEXT = "named-next"  # a paragraph that is all quotation, named after it: "That is how X puts it"
    REPEATED = "repeated"  # no cue: its words recur in a quotation given to someone (a pull quote, a heading)


class SpeakerKind(Enum):
    """What kind of mention the speaker was read from."""

    NAME = "name"  # a name matched to a person or organisation of the article
    NAME_UNINDEXED = "name-unindexed"  # a name the entity recogniser did not list
    PRONOUN_SUBJECT = "pronoun-subject"  # he/she resolved to a subject of this or a recent sentence
    PRONOUN_OTHER = "pronoun-other"  # he/she resolved to the last speaker or last person named
    DESCRIPTION = "description"  # "the mayor", "the agency" resolved to a named entity
    NOMINAL = "nominal"  # an unresolved common-noun phrase: "a spokesman", "officials"
    IT = "it"  # "it" resolved to the last organisation
    UNRESOLVED = "unresolved"  # a pronoun with no antecedent: no speaker is given


@dataclass(frozen=True)
class Evidence:
    """The route, speaker kind, rival names, doubts and support an attribution rests on."""

    route: Route
    kind: SpeakerKind
    rival: bool = False  # the quotation's sentences name another person outside the marks
    doubts: frozenset[Doubt] = field(default_factory=frozenset)  # signs the speaker may be wrong (analysis/doubts.py)
    support: Support | None = None  # a sign the speaker could be nobody else (analysis/support.py); None: none
