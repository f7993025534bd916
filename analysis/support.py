"""Why an attribution that the route alone leaves in doubt may still be safe: structural signs, read
from the text around a quotation, that its speaker could be nobody else.

The counterpart of analysis/doubts.py. Each sign is general English news structure:
- a he/she with no other person named in reach whose gender could agree: the pronoun can stand for
  nobody else;
- a quotation paragraph with no cue that goes on a run of paragraphs quoting one speaker, with no
  one else named since.
Calibration (analysis/calibration.py) gives each (route, speaker kind, rival, support) class its own
share right, fitted on PolNeAR dev and smoothed toward its class without the sign, so a sign makes a
quotation surer only as far as the dev data shows it right.

Not a sign here: a common-noun speaker whose form names nobody ("a spokesperson", "officials").
On real pages such speakers are nearly always right, but PolNeAR keeps every nominal speaker as
written, so on dev the nominals left without the sign ("the Indiana governor", "the former first
lady") count right too (31 of them), and a refit would make those sure, where a reader (and the
real-page judgement) wants the name the article gives.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from quotemark.analysis.evidence import Route, SpeakerKind

if TYPE_CHECKING:
    from spacy.tokens import Token

    from quotemark.analysis.cues import Cue
    from quotemark.analysis.speakers import Speaker, SpeakerIndex

# A continuation is supported when the same speaker was quoted within this many paragraphs before.
RUN_PARAGRAPHS = 1


class Support(Enum):
    """A structural sign that the speaker read for a quotation is the only one it could be."""

    SOLE = "sole"  # he/she with no other person named in reach whose gender could agree
    RUN = "run"  # no cue: the next paragraph of one speaker's uninterrupted run of quotations


class SupportReader:
    """Reads the support of each attribution of one article (built once per article)."""

    def __init__(self, index: SpeakerIndex) -> None:
        self.index = index
        # (paragraph, speaker, end offset) of the last quotation attributed
        self.last: tuple[int, str, int] | None = None

    def support(
        self,
        speaker: Speaker,
        cue: Cue | None,
        route: Route,
        para: int,
        at: int,
        end: int,
    ) -> Support | None:
        """Return the support (None: none) of one attributed quotation (`at`..`end` in the article,
        in paragraph `para`); remember its speaker for the next."""
        found: Support | None = None
        subject = cue.subject if cue is not None else None
        if (
            speaker.kind in (SpeakerKind.PRONOUN_SUBJECT, SpeakerKind.PRONOUN_OTHER)
            and subject is not None
            and self._sole(subject, speaker, at)
        ):
            found = Support.SOLE
        elif (
            route is Route.CONTINUATION
            and self.last is not None
            and self.last[1] == speaker.name
            and 0 < para - self.last[0] <= RUN_PARAGRAPHS
            and not self._named_since(speaker, self.last[2], at)
        ):
            found = Support.RUN
        self.last = (para, speaker.name, end)
        return found

    def _named_since(self, speaker: Speaker, since: int, at: int) -> bool:
        """Return True when a person other than the speaker is named outside quotations in [since, at)."""
        skip = [speaker.entity] if speaker.entity is not None else []
        other = self.index.last_person_before(at, "", skip=skip)
        return other is not None and any(since <= m < at for m in other.mentions)

    def _sole(self, pronoun: Token, speaker: Speaker, at: int) -> bool:
        """Return True for a he/she whose speaker's gender agrees and no other person named in reach
        (outside quotations, before the quotation) could be meant."""
        gender = {"he": "m", "she": "f"}.get(pronoun.lower_, "")
        entity = speaker.entity
        if not gender or entity is None or entity.gender != gender:
            return False
        # last_person_before looks back a few thousand characters: the reach of a pronoun
        return self.index.last_person_before(at, gender, skip=[entity]) is None
