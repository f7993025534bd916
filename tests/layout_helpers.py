"""Text for the layout and article-view tests: seeded runs of words of every awkward kind."""

from __future__ import annotations

import random


def words(n: int, seed: int = 1) -> str:
    """Return `n` words drawn (seeded) from short, long, quoted, numeric and unbreakable ones."""
    rng = random.Random(seed)
    vocab = [
        "the",
        "minister",
        "said",
        "nuclear",
        "agency",
        "Pyongyang",
        "about",
        "50",
        "warheads",
        "“quoted”",
        "a",
        "extraordinarily-long-hyphenated-compound-word-that-cannot-fit",
        "—",
        "Thursday,",
    ]
    return " ".join(rng.choice(vocab) for _ in range(n))
