"""The newsroom sets (tests/fixtures_newsroom*.py), one test per quotation quotemark gets right, so
that each stays right. Written before quotemark was run on them; `bench/newsroom.py` gives the figures.

Left out, as known misses:
- politics-debate-rivals, "never worked a day" and "a fraud who should be ashamed": quotations
  nested inside another speaker's quotation are not given on their own (the outer quotation and
  its speaker are right);
- group-speakers-floods, "We have never seen water": the speaker is given as the phrase "Local
  officials in the town of Klodno" (a reasonable answer, and to review), which does not match the
  expected "officials" by last word;
- anonymous-sources (set c), "The paperwork is done" and "We don't get ahead": expected no
  speaker, given the phrases "one of the people" and "the spokesperson" (to review).

Set d (tests/fixtures_newsroom_d.py) was written blind, without reading analysis/; its misses,
measured once and not tuned to, are in KNOWN_MISSES_D, and `test_blind_set_figures` holds its figures
(speaker right, and precision of the quotations marked sure) at what was measured, so that a
change that loses one fails and a change that wins one is seen (then raise the thresholds).
Set e (tests/fixtures_newsroom_e.py, US political news of 2015-2016) was written blind the same way:
KNOWN_MISSES_E and `test_blind_set_figures` hold it to its first-run figures in the same manner.

Set f (tests/fixtures_newsroom_f.py) was written blind in the same way and is held the same way:
KNOWN_MISSES_F and `test_blind_set_figures`. Two of its misses are the scoring's, not quotemark's: a
speaker given as the whole description ("A senior adviser to a rival campaign" for the expected "a
senior adviser") does not match by last word; "Colin" (a first name given in apposition) does not
match "Colin Alder".

Set g (tests/fixtures_newsroom_g.py, from outside US politics) was written blind in the same way and
is held the same way: KNOWN_MISSES_G and `test_blind_set_figures`.
Set h (tests/fixtures_newsroom_h.py, twelve articles, eight in US political styles of 2015-2017) was
written blind in the same way and is held out of every branch until the lead merges: only
`test_blind_set_figures` holds it, at its first-run figures; its misses were not read.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from quotemark.analysis.model import Analysis, Article, Quote
from quotemark.analysis.pipeline import analyze, load_nlp
from tests.fixtures_newsroom import ARTICLES as SET_A
from tests.fixtures_newsroom_b import ARTICLES_B
from tests.fixtures_newsroom_c import ARTICLES_C
from tests.fixtures_newsroom_d import ARTICLES_D
from tests.fixtures_newsroom_e import ARTICLES_E
from tests.fixtures_newsroom_f import ARTICLES_F
from tests.fixtures_newsroom_g import ARTICLES_G
from tests.fixtures_newsroom_h import ARTICLES_H

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.newsroom import Tally, score_article, summary  # noqa: E402

ARTICLES = SET_A + ARTICLES_B + ARTICLES_C
# measured on set d when it was first run (bench/newsroom.py --set d): 78 quotations, 77 found,
# 65 with the right speaker; 56 marked sure, 54 of them right
SET_D_RIGHT = 75  # 65 when first measured, blind; see README "Newsroom sets"
SET_D_SURE_PRECISION = 1.0  # 54 / 56 when first measured
# set e, first run (blind): 160 quotations, 160 found, 143 right; 121 marked sure, 115 of them right
SET_E_RIGHT = 158  # 143 when first measured, blind; 157 -> 158 by place_people ("the Utah Republican")
SET_E_SURE_PRECISION = 1.0  # 115 / 121 when first measured
# measured on set f when it was first run (bench/newsroom.py --set f): 160 quotations, 157 found,
# 138 with the right speaker; 117 marked sure, 112 of them right
# held out until the merge of that round: there it gave 136 right and 113 / 120 sure; a fix that
# run led to (first names, analysis/first_names.py) then gave the figures held here
SET_F_RIGHT = 150  # 138 when first measured, blind; 149 with set g's family names, 150 at the sixth merge
SET_F_SURE_PRECISION = 1.0  # 112 / 117 when first measured; 120 / 125 before analysis/risk_signs.py
# measured on set g when it was first run (bench/newsroom.py --set g): 159 quotations, 155 found,
# 121 with the right speaker; 110 marked sure, 102 of them right
SET_G_RIGHT = 149  # 121 when first measured, blind
SET_G_SURE_PRECISION = 1.0  # 102 / 110 when first measured; 122 / 122 after its fixes
# set h, first run (blind, branch seth = main at ed66de0 plus the set): 174 quotations, 174 found,
# 164 right; 146 marked sure, 142 of them right; one quotation the writer had left out of the gold was
# then added (175 expected; it was found, in review, with a wrong speaker), the other figures unchanged.
# On merge6: 165 right, sure 143/147. Branch fixh: a past-tense verb the parse joined to a modal clause
# goes with the speech verb reporting it (166 right), and a family's apposed name is the victim's (the
# three family quotations go to review): 166 right, sure 144/144; a second "and that" clause is the
# outer speaker's ("He said A had agreed ..., and that B had “…”"): 167 right, sure 145/145; "the
# Nevada Republican" is the one named "of Nevada", "the Vermont independent" the passage's person
# (both in review): 171 right, sure 145/145
SET_H_RIGHT = 171
SET_H_SURE_PRECISION = 1.0  # 145 / 145

KNOWN_MISSES = {
    ("politics-debate-rivals", "never worked a day"),
    ("politics-debate-rivals", "a fraud who should be ashamed"),
    ("group-speakers-floods", "We have never seen water"),
    ("anonymous-sources", "The paperwork is done"),
    ("anonymous-sources", "We don\u2019t get ahead"),
}
# set d, measured once (see the module docstring): wrong or missing speakers
KNOWN_MISSES_D = {
    ("india-textiles-results", "We are not going to chase"),
    ("canada-court-fraud", "I used to answer the door"),
    ("canada-court-fraud", "a meaningful mitigating factor"),
    ("tornado-residents-officials", "I\u2019m not proud of it"),
    ("tornado-residents-officials", "Some of those homes"),
    ("politics-nested-rail", "Not one dollar will be cut"),
    ("tech-doorbell-flaw", "We take the security"),
}
# set e, measured once (see tests/fixtures_newsroom_e.py): wrong or missing speakers at the first run
KNOWN_MISSES_E = {
    ("usatoday-oped-voter-id", "I\u2019ve voted since Eisenhower"),
    ("watchdog-complaint-super-pac", "a pattern of conduct"),
    ("watchdog-complaint-super-pac", "The evidence here is not subtle"),
    ("watchdog-complaint-super-pac", "The super PAC\u2019s ads"),
    ("whitehouse-briefing-pipeline", "Isn\u2019t the president out of step"),
    ("westjourn-nominee-refugees", "We don't know who these people are"),
    ("westjourn-nominee-refugees", "I'm with him on vetting"),
}
# set f, measured once (see the module docstring): wrong or missing speakers
KNOWN_MISSES_F = {
    ("politics-campaign-trail", "They told you this state"),
    ("politics-campaign-trail", "not moved an inch"),
    ("politics-campaign-trail", "Polls in November"),
    ("politics-campaign-trail", "Nobody dresses for that"),
    ("politics-campaign-trail", "the ethanol shell game"),
    ("politics-campaign-trail", "Some people in this race"),
    ("politics-campaign-trail", "I\u2019ve been coming here"),
    ("politics-campaign-trail", "And so do you"),
    ("politics-campaign-trail", "Same speech as last time"),
    ("politics-governor-debate", "Parents should decide"),
    ("politics-briefing-hurricane", "No,\u201d she said flatly"),
    ("politics-briefing-hurricane", "I\u2019d push back on that"),
    ("politics-statement-spokesperson", "The congressman\u2019s statement speaks"),
    ("sports-college-football", "We\u2019ve been here before"),
    ("sports-college-football", "Honestly, I was just praying"),
    ("feature-island-ferryman", "The sea doesn\u2019t care"),
    ("feature-island-ferryman", "Roy\u2019s been saying that"),
    ("feature-island-ferryman", "Walt, your knees"),
    ("feature-island-ferryman", "Morning, Walt"),
}
# set g: wrong or missing speakers after the fixes its first run led to (tests/test_commonwealth_styles.py)
KNOWN_MISSES_G = {
    ("uk-sport-relegation-battle", "Tomasz is in the form"),
    ("uk-sport-relegation-battle", "He works so hard"),
    ("ireland-council-rezoning", "I found out from the newspaper"),
    ("ireland-council-rezoning", "Forty years we\u2019ve been here"),
    ("india-business-battery-plant", "Many companies have announced"),
    ("culture-interview-lady-macbeth", "You can act in the evenings"),
    ("culture-interview-lady-macbeth", "Callum\u2019s being generous"),
    ("culture-interview-lady-macbeth", "I can neither confirm"),
    ("culture-interview-lady-macbeth", "But I look very good"),
    ("culture-interview-lady-macbeth", "At least the theatre"),
}
_OPENERS = "\"\u201c\u2018'"
_TEXTS = {name: text for name, text, _ in ARTICLES + ARTICLES_D + ARTICLES_E + ARTICLES_F + ARTICLES_G}
CASES = [
    (name, words, speaker)
    for name, _text, expected in ARTICLES + ARTICLES_D + ARTICLES_E + ARTICLES_F + ARTICLES_G
    for words, speaker in expected
    if (name, words) not in KNOWN_MISSES | KNOWN_MISSES_D | KNOWN_MISSES_E | KNOWN_MISSES_F | KNOWN_MISSES_G
]


def _words(name: str) -> list[str]:
    low = re.sub(r"['\u2019]s\b", "", name.lower())
    words = [w for w in re.findall(r"[\w-]+", low) if w not in ("the", "a", "an", "mr", "mrs", "ms", "dr", "cllr")]
    while len(words) > 1 and words[-1] in ("ltd", "inc", "plc", "corp", "llc"):
        words.pop()  # "Kaveri Textiles Ltd" is Kaveri Textiles
    return words


def _same(got: str | None, expected: str) -> bool:
    """Return True when two names have the same last word (case, titles, articles and a company suffix aside)."""
    g, e = _words(got or ""), _words(expected)
    return bool(g) and bool(e) and g[-1] == e[-1]


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    nlp: Any = load_nlp()
    return {
        name: analyze(Article(text=text), nlp)
        for name, text, _ in ARTICLES + ARTICLES_D + ARTICLES_E + ARTICLES_F + ARTICLES_G + ARTICLES_H
    }


def _quote_at(analysis: Analysis, text: str, words: str) -> Quote:
    i = text.find(words)
    while i > 0 and text[i - 1] not in _OPENERS:
        i = text.find(words, i + 1)
    found = [q for q in analysis.quotes if abs(q.start - i) <= 2]
    assert found, f"no quotation found at {words!r}"
    return found[0]


@pytest.mark.parametrize("name,words,speaker", CASES, ids=[f"{c[0]}:{c[1][:24]}" for c in CASES])
def test_newsroom_speaker(analyses, name, words, speaker):
    quote = _quote_at(analyses[name], _TEXTS[name], words)
    assert quote.kind != "scare"
    if speaker is None:
        assert quote.speaker is None and quote.needs_review
    else:
        assert _same(quote.speaker, speaker), (quote.speaker, speaker)


def test_no_sure_speaker_is_wrong(analyses):
    # every quotation marked sure on the set has the expected speaker (including the known misses)
    for name, text, expected in ARTICLES:
        for words, speaker in expected:
            i = text.find(words)
            while i > 0 and text[i - 1] not in _OPENERS:
                i = text.find(words, i + 1)
            for q in analyses[name].quotes:
                if abs(q.start - i) <= 2 and not q.needs_review:
                    assert speaker is not None and _same(q.speaker, speaker), (name, words, q.speaker)


@pytest.mark.parametrize(
    "articles,quotations,right,precision",
    [
        (ARTICLES_D, 78, SET_D_RIGHT, SET_D_SURE_PRECISION),
        (ARTICLES_E, 160, SET_E_RIGHT, SET_E_SURE_PRECISION),
        (ARTICLES_F, 160, SET_F_RIGHT, SET_F_SURE_PRECISION),
        (ARTICLES_G, 159, SET_G_RIGHT, SET_G_SURE_PRECISION),
        (ARTICLES_H, 175, SET_H_RIGHT, SET_H_SURE_PRECISION),
    ],
    ids=["d", "e", "f", "g", "h"],
)
def test_blind_set_figures(analyses, articles, quotations, right, precision):
    # scored as bench/newsroom.py scores it; the sets written blind had sure and wrong speakers when
    # first run, so each is held to its measured figures rather than to test_no_sure_speaker_is_wrong
    tally = Tally()
    for name, text, expected in articles:
        score_article(name, analyses[name].quotes, text, expected, tally)
    figures = summary(tally)
    assert figures["expected"] == quotations
    assert figures["speaker right"] >= right, figures
    assert figures["sure precision"] >= precision - 1e-9, figures
