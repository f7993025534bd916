"""Deterministic news-like articles of any length, for benchmarks (no dataset needed)."""

from __future__ import annotations

import random

PEOPLE = [
    ("Laura Hendricks", "Finance Minister"),
    ("Tomas Okafor", "union leader"),
    ("Mei Chen", "the mayor"),
    ("David Alvarez", "Senator"),
    ("Priya Raman", "chief economist"),
    ("Jonas Weber", "spokesman"),
]
ORGS = [
    "the Central Bank",
    "Northwind Energy",
    "the Port Authority",
    "the World Health Organization",
    "Atlas Freight",
    "the Ministry of Transport",
]
PLACES = ["Springfield", "Lisbon", "Nairobi", "Ottawa", "Osaka", "Valparaíso"]
CUES = ["said", "added", "told reporters", "warned", "explained"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NOUNS = ["jobs", "homes", "trucks", "beds", "schools", "flights"]


def article(words: int, seed: int = 7) -> str:
    """Return a generated article of about `words` words with quotes, cues, numbers and dates."""
    rng = random.Random(seed)
    paragraphs = ["date 2026-03-12 The council met today (Thursday) to debate the budget."]
    count = 10
    while count < words:
        name, role = rng.choice(PEOPLE)
        org, place = rng.choice(ORGS), rng.choice(PLACES)
        n, noun = rng.randint(2, 900), rng.choice(NOUNS)
        kind = rng.randrange(4)
        if kind == 0:
            p = (
                f'"We will protect about {n} {noun} in {place}," {role} {name} {rng.choice(CUES)} on '
                f'{rng.choice(WEEKDAYS)}. "Nobody at {org} should doubt that."'
            )
        elif kind == 1:
            p = (
                f"{name} {rng.choice(CUES)} that {org} expects up to {n} more {noun} by June, "
                f"according to figures published last year."
            )
        elif kind == 2:
            p = (
                f"According to {org}, the plan costs {rng.randint(2, 90)} billion euros. {name} called it "
                f'"a first step" and said the {noun} would arrive within the next five years.'
            )
        else:
            p = (
                f"In {place}, roughly {n * 10:,} people marched yesterday (Wednesday). Officials at {org} "
                f"said {rng.randint(1, 60)} percent of them were {noun.rstrip('s')} workers."
            )
        paragraphs.append(p)
        count += len(p.split())
    return "\n\n".join(paragraphs) + "\n"
