"""Letters written after a name that are not part of it: a barrister's rank ("Rupert Haldane KC",
"Pieter van der Merwe SC"), an elected office ("Conor Mulvihill TD", "Jane Roe MP") or an honour
("Sir Ian Hale OBE"). British, Irish, Commonwealth and South African papers write them after a
first full mention; the person is the same without them, so a speaker's name never ends in one."""

from __future__ import annotations

# Written in capitals exactly as here; matched case-sensitively so that a surname is never taken
# for one ("Td" or "Mp" would not be letters after a name).
POST_NOMINALS = frozenset(
    """KC QC SC MP MSP MLA MEP MHK TD MS AM MPP MNA OBE MBE CBE KBE DBE GBE FRS FRSE
    PhD DPhil JP""".split()
)


def is_post_nominal(word: str) -> bool:
    """Return True when `word` is letters after a name (a rank, office or honour), not part of it."""
    return word.rstrip(".") in POST_NOMINALS
