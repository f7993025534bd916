"""A seeded, generated set of quotations copied between articles, with unrelated look-alikes.

Every word comes from the small vocabularies below (written for this benchmark; no dataset text).
A *family* is one quotation: its original plus copies carrying small edits (punctuation and quote
marks, an ellipsis, a word changed, added or dropped, a truncation, a bracketed insertion).
Look-alikes share the family's speaker and topic vocabulary but make a different claim: a sibling
built from the same words, a quotation sharing only one clause, a negation flipped, a number
changed, clauses swapped. Short generic lines ("We'll see.") are said by many different people and
are never the same quotation.

Each instance records which words of its family's original it still carries, so that a pair is
*expected* to match when one instance's words lie inside the other's (the original and any copy;
two copies when one is nested in the other). Two copies cut from different ends are neither
expected nor counted against the matcher.
"""

from __future__ import annotations

import difflib
import random
import re
from dataclasses import dataclass

SUBJECTS = [
    "we",
    "the government",
    "our ministry",
    "this council",
    "the company",
    "my office",
    "the coalition",
    "our partners",
    "the regulator",
    "the unions",
    "the mayor's office",
    "the opposition leader",
    "the finance committee",
    "our regional partners",
    "the transport authority",
    "the board",
]
# Qualifiers before an object ("the ageing railway"): real quotations rarely repeat each other's wording.
QUALIFIERS = [
    "ageing",
    "overcrowded",
    "neglected",
    "essential",
    "regional",
    "national",
    "underfunded",
    "so-called",
    "long-promised",
    "struggling",
    "vital",
    "outdated",
    "public",
    "local",
]
MODALS = ["will", "must", "can", "should", "are going to", "intend to", "plan to", "have promised to"]
TOPICS: dict[str, tuple[list[str], list[str]]] = {
    "energy": (
        ["expand", "cut", "subsidise", "replace", "protect", "reform", "audit", "fund", "modernise", "close"],
        [
            "the grid",
            "coal plants",
            "wind farms",
            "household bills",
            "gas imports",
            "the nuclear programme",
            "solar capacity",
            "energy prices",
            "the pipeline",
            "power stations",
        ],
    ),
    "transport": (
        ["build", "electrify", "extend", "repair", "privatise", "reopen", "expand", "fund", "inspect", "replace"],
        [
            "the railway",
            "rural bus routes",
            "the northern motorway",
            "the port",
            "night trains",
            "bridges",
            "the airport runway",
            "cycle lanes",
            "freight terminals",
            "the metro",
        ],
    ),
    "health": (
        ["hire", "train", "protect", "fund", "reopen", "expand", "reform", "support", "pay", "vaccinate"],
        [
            "nurses",
            "rural clinics",
            "the children's hospital",
            "mental health services",
            "emergency wards",
            "junior doctors",
            "care homes",
            "the vaccine programme",
            "ambulance crews",
            "waiting lists",
        ],
    ),
    "trade": (
        ["lift", "impose", "review", "negotiate", "cut", "double", "protect", "challenge", "simplify", "suspend"],
        [
            "steel tariffs",
            "grain exports",
            "the customs union",
            "import quotas",
            "farm subsidies",
            "the trade agreement",
            "car exports",
            "border checks",
            "fishing rights",
            "export licences",
        ],
    ),
}
COMPLEMENTS = [
    "before the winter",
    "in the northern regions",
    "by the end of next year",
    "without raising taxes",
    "across the whole country",
    "for the first time in a decade",
    "as quickly as we can",
    "with our European partners",
    "despite the opposition",
    "in every major city",
    "within the next budget",
    "once the inquiry reports",
    "before the elections",
    "after the summer recess",
    "whatever the auditors say",
    "starting next month",
    "under the new law",
    "in close cooperation with the unions",
    "as the court has ordered",
    "in the coming weeks",
]
TAILS = [
    "and nobody should doubt our commitment",
    "because families cannot wait any longer",
    "but the cost will be high",
    "and the opposition knows it",
    "because the market has failed",
    "so that workers are protected",
    "even if it takes years",
    "and we will publish every figure",
    "because that is what voters asked for",
    "and the first results are already visible",
    "although some colleagues disagree",
    "and that promise stands",
]
UNITS = ["jobs", "homes", "kilometres", "beds", "million euros", "trucks", "posts", "tonnes"]
MONTHS = ["January", "March", "June", "September", "December"]
ADDED = ["also", "now", "certainly", "still", "really", "indeed", "simply", "already"]
# What a copy editor changes: a function word, a spelling convention, now and then a synonym.
SWAPS = {
    "the": "this",
    "our": "the",
    "will": "would",
    "can": "could",
    "should": "would",
    "every": "each",
    "with": "alongside",
    "in": "across",
    "is": "was",
    "subsidise": "subsidize",
    "privatise": "privatize",
    "modernise": "modernize",
    "programme": "program",
    "licences": "licenses",
    "kilometres": "kilometers",
    "high": "steep",
    "years": "decades",
    "country": "nation",
    "quickly": "fast",
    "families": "households",
    "workers": "employees",
    "figure": "number",
    "visible": "clear",
    "commitment": "determination",
    "colleagues": "partners",
    "decade": "generation",
}
NEGATIONS = {"not", "cannot", "nobody", "never", "no"}
INSERTS = ["[the ministry]", "[in the capital]", "[sic]", "[the prime minister]", "[this year]", "[the plan]"]
GENERIC = [
    "We'll see.",
    "No comment.",
    "It is what it is.",
    "I have nothing more to say about that.",
    "We are looking into it.",
    "Time will tell.",
    "That is a matter for the courts.",
    "We are very proud of the team.",
    "I think that is a very good question.",
    "Nobody knows yet.",
    "We will see what happens next.",
    "It was a difficult day for everyone.",
]
MARKS = [("", ""), ('"', '"'), ("“", "”"), ("‘", "’"), ("«", "»")]
EDITS = ["punctuation", "ellipsis", "changed", "added", "dropped", "truncated", "bracket"]


@dataclass(frozen=True)
class Instance:
    """One quotation as one article carries it."""

    article: str
    family: int  # the quotation it is; generic lines and look-alikes have families of their own
    text: str
    covers: frozenset[int]  # indices of the family original's words this copy still carries
    kind: str  # "original", "copy:<edits>", "lookalike:<how>", "generic"
    source: int | None = None  # for a look-alike: the family it imitates
    shares: frozenset[int] = frozenset()  # that family original's words it repeats verbatim, in order


Word = tuple[str, int | None]  # a word and its index in the original (None: not the original's)


def _clause(rng: random.Random, topic: str, negate: bool = False, number: bool = False) -> str:
    verbs, objects = TOPICS[topic]
    modal = rng.choice(MODALS)
    if negate:
        modal = modal.replace("will", "will not").replace("must", "must not").replace("can", "cannot")
        if "not" not in modal:
            modal += " not"
    obj = rng.choice(objects)
    if rng.random() < 0.6:
        qualifier = rng.choice(QUALIFIERS)
        obj = f"the {qualifier} {obj[4:]}" if obj.startswith("the ") else f"{qualifier} {obj}"
    if number:
        obj = f"{rng.randint(2, 900)} {rng.choice(UNITS)} of {obj}"
    parts = [rng.choice(SUBJECTS), modal, rng.choice(verbs), obj]
    if rng.random() < 0.7:
        parts.append(rng.choice(COMPLEMENTS))
    return " ".join(parts)


def _quotation(rng: random.Random, topic: str) -> list[str]:
    """Return the clauses of one quotation of at least ten words (news quotations are rarely shorter)."""
    while True:
        clauses = [_clause(rng, topic, negate=rng.random() < 0.15, number=rng.random() < 0.3)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            clauses.append(_clause(rng, topic) if rng.random() < 0.5 else rng.choice(TAILS))
        if sum(len(c.split()) for c in clauses) >= 10:
            return clauses


def _render(clauses: list[str], rng: random.Random) -> str:
    text = clauses[0][0].upper() + clauses[0][1:]
    for clause in clauses[1:]:
        joint = rng.choice([", ", "; ", ". ", " — "])
        text += joint + (clause[0].upper() + clause[1:] if joint == ". " else clause)
    return text + rng.choice([".", ".", "!"])


def _edit(words: list[Word], how: str, rng: random.Random) -> list[Word]:
    n = len(words)
    plain = [
        i
        for i, (w, o) in enumerate(words)
        if o is not None and w.strip(".,;!").isalpha() and w.strip(".,;!").lower() not in NEGATIONS
    ]
    if how == "ellipsis" and n >= 14:
        start = rng.randint(3, n - 8)
        cut = rng.randint(2, 5)
        return [*words[:start], (rng.choice(["...", "…", ". . ."]), None), *words[start + cut :]]
    if how == "changed" and plain:
        swappable = [i for i in plain if words[i][0].strip(".,;!").lower() in SWAPS]
        i = rng.choice(swappable or plain)
        word = words[i][0]
        bare = word.strip(".,;!").lower()
        new = SWAPS.get(bare) or rng.choice(ADDED)
        return [*words[:i], (word.lower().replace(bare, new), words[i][1]), *words[i + 1 :]]
    if how == "added":
        i = rng.randint(1, n - 1)
        return [*words[:i], (rng.choice(ADDED), None), *words[i:]]
    if how == "dropped" and plain:
        i = rng.choice(plain)
        return words[:i] + words[i + 1 :]
    if how == "truncated" and n >= 14:
        keep = rng.randint(max(10, n * 6 // 10), n - 2)
        return words[:keep] if rng.random() < 0.5 else words[n - keep :]
    if how == "bracket":
        pronouns = [i for i, (w, _) in enumerate(words) if w.lower().strip(",.") in ("we", "it", "they")]
        if pronouns and rng.random() < 0.6:
            i = rng.choice(pronouns)
            return [*words[:i], (rng.choice(INSERTS[:2] + INSERTS[3:4]), None), *words[i + 1 :]]
        i = rng.randint(1, n - 1)
        return [*words[:i], (rng.choice(INSERTS), None), *words[i:]]
    return words  # punctuation (applied when rendering) or an edit this quotation is too short for


def _copy_text(words: list[Word], punctuate: bool, rng: random.Random) -> str:
    tokens = [w for w, _ in words]
    if punctuate:
        tokens = [t.rstrip(",;") if rng.random() < 0.5 else t for t in tokens]
        tokens = [t.replace(",", " —") if rng.random() < 0.3 else t for t in tokens]
        if rng.random() < 0.3:
            tokens = [t.lower() for t in tokens]
    opening, closing = rng.choice(MARKS)
    return opening + " ".join(tokens) + closing


def _split_words(text: str) -> list[Word]:
    """Return the text's words, each with its index among the words (a bare dash has none)."""
    out: list[Word] = []
    count = 0
    for w in text.split():
        if any(ch.isalnum() for ch in w):
            out.append((w, count))
            count += 1
        else:
            out.append((w, None))
    return out


def _fresh(rng: random.Random, topic: str, avoid: list[str]) -> str:
    """Return a new clause of the topic that says something else than each of `avoid`."""
    while True:
        clause = _clause(rng, topic)
        words = clause.split()
        if all(difflib.SequenceMatcher(None, words, old.split()).ratio() < 0.6 for old in avoid):
            return clause


def _lookalike(rng: random.Random, topic: str, clauses: list[str], how: str) -> list[str] | None:
    if how == "sibling":
        return [_fresh(rng, topic, clauses) for _ in clauses]
    if how == "one clause" and len(clauses) >= 2:
        keep = rng.randrange(len(clauses))
        fresh = [_fresh(rng, topic, clauses) for _ in clauses]
        return [c if i == keep else fresh[i] for i, c in enumerate(clauses)]
    if how == "negated":
        first = clauses[0]
        for modal in ("will", "must", "can", "should", "to"):
            if f" {modal} " in first and " not " not in first and "cannot" not in first:
                return [first.replace(f" {modal} ", f" {modal} not ", 1), *clauses[1:]]
        return None
    if how == "number":
        words = " ".join(clauses).split()
        numbers = [i for i, w in enumerate(words) if w.isdigit()]
        if not numbers:
            return None
        i = rng.choice(numbers)
        words[i] = str(int(words[i]) + rng.randint(1, 40))
        return [" ".join(words)]
    if how == "swapped" and len(clauses) >= 2:
        verbs, objects = TOPICS[topic]
        cores = [o.removeprefix("the ") for o in objects]
        text = " ".join(clauses)
        others = [c for c in cores if c not in text]
        for core in [c for c in cores if c in text]:
            text = text.replace(core, others.pop(rng.randrange(len(others))))
        text = " ".join(rng.choice([v for v in verbs if v != w]) if w in verbs else w for w in text.split())
        return [text]
    return None


def generate(seed: int, families: int = 300) -> list[Instance]:
    """Return the instances of a seeded generated provenance set (copies, look-alikes, generic lines)."""
    rng = random.Random(seed)
    out: list[Instance] = []
    family_id = 0

    def article() -> str:
        return f"a{len(out):05d}"

    for _ in range(families):
        topic = rng.choice(sorted(TOPICS))
        clauses = _quotation(rng, topic)
        original = _render(clauses, rng)
        words = _split_words(original)
        source = family_id
        out.append(Instance(article(), source, original, frozenset(o for _, o in words if o is not None), "original"))
        for _ in range(rng.choice([1, 1, 2, 3])):
            edits = rng.sample(EDITS, rng.choice([1, 1, 2]))
            copy = words
            for how in edits:
                copy = _edit(copy, how, rng)
            text = _copy_text(copy, "punctuation" in edits, rng)
            covers = frozenset(o for _, o in copy if o is not None)
            out.append(Instance(article(), source, text, covers, "copy:" + "+".join(edits)))
        family_id += 1
        for how in rng.sample(["sibling", "one clause", "negated", "number", "swapped"], 2):
            other = _lookalike(rng, topic, clauses, how)
            if other is not None:
                text = _render(other, rng)
                shares = _shared(original, text)
                out.append(Instance(article(), family_id, text, frozenset(), "lookalike:" + how, source, shares))
                family_id += 1
    for line in GENERIC:
        for _ in range(rng.randint(2, 5)):
            out.append(Instance(article(), family_id, rng.choice(MARKS)[0] + line, frozenset(), "generic"))
            family_id += 1
    return out


def _shared(original: str, other: str) -> frozenset[int]:
    """Return the indices of the original's words that `other` repeats in order (case and marks aside)."""

    def bare(text: str) -> list[str]:
        return [w.strip(".,;!").lower() for w in text.split() if any(ch.isalnum() for ch in w)]

    matcher = difflib.SequenceMatcher(None, bare(original), bare(other), autojunk=False)
    return frozenset(i for block in matcher.get_matching_blocks() for i in range(block.a, block.a + block.size))


def _bare_words(text: str) -> str:
    return " " + " ".join(w.strip('.,;!?"“”‘’«»').lower() for w in text.split() if any(c.isalnum() for c in w)) + " "


def _inside(shorter: str, longer: str) -> bool:
    """Return whether the pieces of `shorter` between its ellipses occur, word for word and in order, in `longer`."""
    haystack = _bare_words(longer)
    at = 0
    for piece in re.split(r"\.\s?\.\s?\.|…", shorter):
        words = _bare_words(piece)
        if words.strip():
            found = haystack.find(words, at)
            if found < 0:
                return False
            at = found + len(words) - 1
    return True


def expected(a: Instance, b: Instance) -> bool | None:
    """Return True when the pair should match, False when it must not, None when either is fine."""
    if a.family != b.family and "generic" not in (a.kind, b.kind):
        shorter, longer = sorted((a.text, b.text), key=len)
        if _inside(shorter, longer):
            return None  # word for word inside another quotation (stock phrases): no text tells them apart
    if a.family != b.family:
        for one, other in ((a, b), (b, a)):
            # a copy cut down to words a look-alike repeats verbatim is, honestly, in both
            if one.source is not None and one.source == other.family and other.covers <= one.shares:
                return None
        return False
    if a.covers <= b.covers or b.covers <= a.covers:
        return True
    return None  # two copies cut from different parts of the same quotation
