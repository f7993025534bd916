"""Which attributions are sure enough to copy unchecked, and which a reader should review.

One threshold splits them: a quotation or claim whose speaker's confidence is below it, or that
has no speaker at all, is marked `needs_review`. Corrections and confirmations make it sure.
"""

from __future__ import annotations

from collections.abc import Iterable

from quotemark.analysis.model import Claim, Quote

# Chosen on PolNeAR dev by cross-fitted accuracy (`bench/attribution.py --split dev --crossfit`:
# tables fitted on one half of dev, confidence read on the other), not by the in-sample fit. With
# the doubts of analysis/doubts.py capping the speakers that unseen news gets wrong, 0.93 keeps the
# unseen half's sure set 97.9% right at 79% coverage (0.95: 98.1% at 77%), and keeps nominal
# speakers ("one of the people", 0.926) to review. Favour accuracy: a quotation to review costs a
# keypress, a wrong one pasted costs trust.
REVIEW_THRESHOLD = 0.93


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
