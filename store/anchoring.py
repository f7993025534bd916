"""Re-anchoring: place saved annotations on a new version of their article, or list them as orphans.

A target carries a TextPositionSelector (start, end) and a TextQuoteSelector (exact, prefix,
suffix). On new text, each target is tried in this order:

1. position: the exact text is still at the old offsets and its context still matches;
2. quote: every occurrence of the exact text is scored by how much of the old prefix and suffix
   surrounds it; the best one wins only when it is clearly better than the rest (a tie is settled
   only by the old position) and the context is strong enough for the length of the quote;
3. fuzzy: the exact text itself was edited (a corrected typo): the old context on both sides is
   found and the text between them is close enough to the old exact text.

Anything else is an orphan: kept and reported, never dropped and never moved onto other text.
Short strings ("Kim", "50") need most of their context to match, so a repeated short string is
never placed on the wrong occurrence.
"""

from __future__ import annotations

import dataclasses
from difflib import SequenceMatcher

from quotemark.store.annotation import Annotation, Target

MAX_OCCURRENCES = 5000  # a quote more frequent than this is placed only by position
MIN_BLOCK = 4  # context matches shorter than this are noise ("the ", "ed, ")
FUZZY_MIN_LEN = 8
FUZZY_MIN_RATIO = 0.8


def reanchor(annotations: list[Annotation], new_text: str) -> tuple[list[Annotation], list[Annotation]]:
    """Return (anchored, orphans): copies placed on `new_text` with fresh selectors, and copies that could not be placed (orphan=True, old target kept)."""
    anchored: list[Annotation] = []
    orphans: list[Annotation] = []
    for ann in annotations:
        target = ann.target
        if target is None or target.whole:
            anchored.append(dataclasses.replace(ann, orphan=False))
            continue
        span = locate(target, new_text)
        if span is None:
            orphans.append(dataclasses.replace(ann, orphan=True))
        else:
            anchored.append(dataclasses.replace(ann, target=Target.for_span(new_text, *span), orphan=False))
    return anchored, orphans


def locate(target: Target, text: str) -> tuple[int, int] | None:
    """Return the (start, end) of `target` in `text` when it can be placed with confidence, else None."""
    exact = target.exact
    if not exact:
        return None
    full = len(target.prefix) + len(target.suffix)
    # 1. position
    if target.start is not None and text[target.start : target.start + len(exact)] == exact:
        score = context_score(text, target.start, target.start + len(exact), target)
        if score >= required(len(exact), full):
            return target.start, target.start + len(exact)
    # 2. quote with context
    occurrences = find_all(text, exact)
    if occurrences:
        if len(occurrences) > MAX_OCCURRENCES:
            return None
        if len(occurrences) == 1 and len(exact) >= 32:
            return occurrences[0], occurrences[0] + len(exact)
        scored = sorted(((context_score(text, i, i + len(exact), target), i) for i in occurrences), reverse=True)
        best_score, best = scored[0]
        if best_score < required(len(exact), full):
            return None
        rivals = [i for s, i in scored[1:] if s >= best_score]
        if rivals:
            if target.start in (best, *rivals):
                return target.start, target.start + len(exact)
            return None
        return best, best + len(exact)
    # 3. fuzzy: the quoted text itself changed
    return _fuzzy(target, text)


def required(length: int, full: int) -> float:
    """Return how many context characters must match to trust a quote of `length` characters."""
    if full == 0:
        return 0.0
    if length < 12:
        share = 0.5
    elif length < 32:
        share = 0.25
    else:
        share = 0.1
    return max(share * full, min(full, MIN_BLOCK))


def context_score(text: str, start: int, end: int, target: Target) -> int:
    """Return how many characters of the old prefix and suffix match around text[start:end]."""
    return _side_score(target.prefix, text[max(0, start - len(target.prefix)) : start], before=True) + _side_score(
        target.suffix, text[end : end + len(target.suffix)], before=False
    )


def _side_score(old: str, new: str, before: bool) -> int:
    """Return matched characters between old and new context: the adjacent run, else blocks of MIN_BLOCK or more."""
    if not old or not new:
        return 0
    run = 0
    if before:
        while run < min(len(old), len(new)) and old[-1 - run] == new[-1 - run]:
            run += 1
    else:
        while run < min(len(old), len(new)) and old[run] == new[run]:
            run += 1
    if run == len(old):
        return run
    blocks = SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks()
    return max(run, sum(b.size for b in blocks if b.size >= MIN_BLOCK))


def find_all(text: str, needle: str) -> list[int]:
    """Return every start offset of `needle` in `text` (overlapping ones too), up to MAX_OCCURRENCES + 1."""
    found: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(found) <= MAX_OCCURRENCES:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


def _fuzzy(target: Target, text: str) -> tuple[int, int] | None:
    """Return the span between the old prefix and suffix when it is close to the old exact text."""
    exact = target.exact
    if len(exact) < FUZZY_MIN_LEN:
        return None
    head = target.prefix[-16:]
    tail = target.suffix[:16]
    if len(head) < 8 or len(tail) < 8:
        return None
    window = int(len(exact) * 1.5) + 16
    found: list[tuple[int, int]] = []
    for p in find_all(text, head)[:MAX_OCCURRENCES]:
        start = p + len(head)
        s = text.find(tail, start, start + window + len(tail))
        if s < 0:
            continue
        if SequenceMatcher(None, exact, text[start:s], autojunk=False).ratio() >= FUZZY_MIN_RATIO:
            found.append((start, s))
    if len(found) == 1:
        return found[0]
    return None
