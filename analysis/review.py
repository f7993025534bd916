"""Which attributions are sure enough to copy unchecked, and which a reader should review.

One threshold splits them: a quotation or claim whose speaker's confidence is below it, or that
has no speaker at all, is marked `needs_review`. Corrections and confirmations make it sure.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotemark.analysis.model import Claim, Quote

# Chosen on PolNeAR dev by the leave-one-publisher-out cross-fit (`bench/attribution.py --split dev
# --fit` prints it; bench/calibration_lopo.py): tables fitted on six of dev's seven publishers,
# confidence read on the seventh, pooled; the threshold with the largest coverage whose held-out sure
# set is at least 98.5% right and no publisher's below 96.5%. With the Wilson bound of
# analysis/calibration.py, 0.91 keeps it 98.7% right at 80.2% coverage (refitted after the
# fifth round's rules). Favour accuracy: a quotation to review costs a keypress, a wrong one pasted
# costs trust.
REVIEW_THRESHOLD = 0.91


def quote_needs_review(quote: Quote) -> bool:
    """Return True when the quotation's speaker should be checked by a reader before it is copied."""
    if quote.kind == "scare":
        return False
    return quote.speaker is None or quote.confidence < REVIEW_THRESHOLD


def claim_needs_review(claim: Claim) -> bool:
    """Return True when the claim's source should be checked by a reader."""
    return claim.source is None or claim.confidence < REVIEW_THRESHOLD


def mark_review(quotes: Iterable[Quote], claims: Iterable[Claim]) -> None:
    """Set `needs_review` on every quotation and claim from its confidence."""
    for q in quotes:
        q.needs_review = quote_needs_review(q)
    for c in claims:
        c.needs_review = claim_needs_review(c)
