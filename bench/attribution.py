"""Benchmark the attribution engine on PolNeAR (gold direct quotes and speakers).

    python bench/attribution.py [--split dev|test] [--half a|b] [--limit N] [--data DIR] [--errors N] [--fit] [--crossfit]
        [--crossfit-by publisher|half] [--save-outcomes FILE] [--outcomes FILE]

Reads `polnear-<split>.jsonl` from the shared datasets folder (evaluation only: the data is never
copied into this repository). Prints, for our extractor and a baseline run in the same script,
quote precision/recall/F1 (exact and overlap), speaker accuracy over matched quotes and joint F1,
plus the time attribution takes against the spaCy pipeline on the same paragraphs. When the data
is absent it says so and exits 0.

It also prints how well our `confidence` is calibrated (per confidence band: quotations, share with
the right speaker) and the coverage and accuracy of the *sure* set (needs_review False), over our
quotations matched to a scorable gold quotation; those where the gold keeps a nominal and we gave
a name are left out of both (the data cannot say whether the name is right) and counted, and so,
from the calibration only, are a definite description we left as the speaker that the gold keeps as
written ("the Indiana governor": whether the article names him the gold cannot say) and a speaker
the gold names by a surname two people of the article share ("Clinton").
`--fit` refits the calibration tables of analysis/calibration.py on the documents read and prints
them as Python to paste there (fit on dev only). `--crossfit` fits them on one half of the documents
and reads the confidence of the other half's quotations from them, for several prior weights and
route priors: the calibration an unseen article can expect, by which the weight, the route prior and the
review threshold are chosen.

`--crossfit-by publisher` fits them on six of dev's seven publishers and reads the seventh's
confidences from them, for each publisher in turn (bench/calibration_lopo.py): the sure set an
outlet the fit has not seen can expect, pooled and per publisher, for several prior weights and
Wilson bounds; `--fit` prints the review threshold this figure chooses with the tables.
`--save-outcomes FILE` writes what calibration needs (no text) and `--outcomes FILE` refits from it
without running the pipeline.

`--half a` keeps the documents on even lines of the file (0, 2, 4, ...), `--half b` those on odd
lines: develop on one half of dev and check every change on the other, so that rules fitted to
the articles one reads show up as a gap between the halves before test is ever run.

Scoring (follows the dataset README's scorer conventions as closely as we can):
- predictions are our quotes whose kind is not "scare" (we report scare quotes as not attributed);
- exact: same (start, end); overlap: one-to-one greedy matching by largest character overlap;
- speaker accuracy: over overlap-matched quotes whose gold speaker is scorable (not an unresolved
  pronoun, not null, not "his"); speakers compared case-insensitively after dropping possessive
  's, punctuation, a leading the/a/an, honorifics (Mr., Mrs., Ms., Miss, Dr.) and a closing
  company suffix (Ltd, Inc, plc, ...), keeping the gold
  speaker's part before its first comma (its appositive is not the name); they match when equal or
  when their last words are equal ("Caddell" = "Pat Caddell"), or when a predicted name of two
  or more words occurs whole inside the gold span ("Earl Ray Tomblin" in "Gov. Earl Ray Tomblin of
  West Virginia");
- joint: a quote counts when overlap-matched AND its speaker matches; recall over scorable gold
  quotes; precision over predictions, leaving out those matched to unscorable gold quotes.
- the gold keeps a nominal source as written ("the president", "the union"); where we resolve it
  to a name the quote counts as wrong. Those cases are counted and printed ("gold nominal, we
  gave a name"), not matched: whether the name is the right one is not something this data says.
  A second line counts those of them where our speech verb sits right beside the gold's source
  span ("the mayor said", "said the mayor", "the president also told"): we read the speaker from
  the very mention the annotator marked and named it. It prints speaker accuracy and joint F1
  with those counted right, as a separate figure; the table above stays strict.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotemark.analysis.attribution import attribute_with_evidence
from quotemark.analysis.calibration import PRIOR_WEIGHT
from quotemark.analysis.doubts import Doubt
from quotemark.analysis.evidence import Evidence
from quotemark.analysis.model import Article
from quotemark.analysis.pipeline import Paragraph, load_nlp, parse
from quotemark.analysis.review import mark_review

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.attribution_baselines import Pred, regex_baseline, textacy_baseline  # noqa: E402
from bench.calibration_fit import (  # noqa: E402
    Outcome,
    calibration_report,
    crossfit_report,
    fit_tables,
)
from bench.calibration_lopo import GROUPINGS, lopo_report, threshold_line  # noqa: E402
from bench.outcome_file import load_outcomes, save_outcomes  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "quotes"
_HONORIFIC = {"mr", "mrs", "ms", "miss", "dr"}
_CORPORATE = {"ltd", "inc", "plc", "corp", "llc", "co", "limited", "ag", "sa", "gmbh"}


@dataclass(frozen=True)
class Detail:
    """What our extractor says of one prediction besides its span and speaker."""

    confidence: float
    sure: bool
    evidence: Evidence | None
    cue: tuple[int, int] | None  # the speech verb the speaker was read beside, as character offsets


@dataclass
class Score:
    """Counts for one system over a split."""

    pred: int = 0
    gold: int = 0
    exact_tp: int = 0
    overlap_tp: int = 0
    speaker_scored: int = 0
    speaker_right: int = 0
    joint_tp: int = 0
    joint_pred: int = 0
    joint_gold: int = 0
    nominal_named: int = 0  # speaker misses where the gold is a nominal and we gave a name
    nominal_same_cue: int = 0  # of those, ours read beside the gold's own source mention (see beside_source)
    surname_only: int = 0  # shared-surname quotations the gold names by the surname alone (not calibrated)
    described: int = 0  # definite descriptions we left as the speaker, kept as written by the gold (not calibrated)
    errors: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)

    def rows(self) -> dict[str, float]:
        """Return the figures: P/R/F1 exact and overlap, speaker accuracy, joint P/R/F1."""

        def prf(tp: int, p: int, g: int) -> tuple[float, float, float]:
            pr = tp / p if p else 0.0
            rc = tp / g if g else 0.0
            return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

        ep, er, ef = prf(self.exact_tp, self.pred, self.gold)
        op, orc, of = prf(self.overlap_tp, self.pred, self.gold)
        jp, jr, jf = prf(self.joint_tp, self.joint_pred, self.joint_gold)
        acc = self.speaker_right / self.speaker_scored if self.speaker_scored else 0.0
        return {
            "exact P": ep,
            "exact R": er,
            "exact F1": ef,
            "overlap P": op,
            "overlap R": orc,
            "overlap F1": of,
            "speaker acc": acc,
            "joint P": jp,
            "joint R": jr,
            "joint F1": jf,
        }


def norm_speaker(name: str | None, gold: bool = False) -> list[str]:
    """Return the words a speaker name is compared by."""
    if not name:
        return []
    if gold:
        name = name.split(",", 1)[0]
    name = re.sub(r"['’]s\b", "", name.lower())
    words = re.findall(r"[\w-]+", name)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and words[0] in _HONORIFIC:
        words = words[1:]
    while len(words) > 1 and words[-1] in _CORPORATE:
        words = words[:-1]  # "Kaveri Textiles Ltd" is Kaveri Textiles
    return words


def same_speaker(pred: str | None, gold: str) -> bool:
    """Return True when the predicted speaker names the gold one (see the module docstring)."""
    p, g = norm_speaker(pred), norm_speaker(gold, gold=True)
    if not p or not g:
        return False
    if p == g or p[-1] == g[-1]:
        return True
    # a full name inside a longer gold source span: "Gov. Earl Ray Tomblin of West Virginia"
    whole = norm_speaker(gold)
    n = len(p)
    return n >= 2 and any(whole[i : i + n] == p for i in range(len(whole) - n + 1))


def publisher(doc_id: str) -> str:
    """Return the publisher a PolNeAR document id starts with ("nyt_2016-..." -> "nyt")."""
    return doc_id.split("_", 1)[0]


def is_nominal(speaker: str) -> bool:
    """Return True for a gold speaker that is a common-noun phrase ("the president", "a source")."""
    words = speaker.split()
    return bool(words) and (speaker[:1].islower() or words[0].lower() in ("the", "a", "an", "this", "that"))


def scorable(q: dict[str, Any]) -> bool:
    """Return True when the gold quote's speaker is scored."""
    return (
        q.get("speaker_resolution") not in (None, "unresolved_pronoun")
        and bool(q.get("speaker"))
        and q["speaker"].lower() != "his"
    )


def score_doc(
    doc: dict[str, Any],
    preds: list[Pred],
    score: Score,
    text: str,
    keep_errors: int,
    details: list[Detail] | None = None,
    doc_no: int = 0,
) -> None:
    """Add one document's matches to `score` (and, with `details` per prediction, its outcomes)."""
    gold = doc["quotes"]
    score.pred += len(preds)
    score.gold += len(gold)
    gold_exact = {(q["start"], q["end"]) for q in gold}
    score.exact_tp += sum(1 for s, e, _ in preds if (s, e) in gold_exact)
    pairs = []
    for pi, (s, e, _) in enumerate(preds):
        for gi, q in enumerate(gold):
            ov = min(e, q["end"]) - max(s, q["start"])
            if ov > 0:
                pairs.append((ov, pi, gi))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched: list[tuple[int, int]] = []
    for _ov, pi, gi in pairs:
        if pi in used_p or gi in used_g:
            continue
        used_p.add(pi)
        used_g.add(gi)
        matched.append((pi, gi))
    score.overlap_tp += len(matched)
    neutral = 0
    for pi, gi in matched:
        q = gold[gi]
        if not scorable(q):
            neutral += 1
            continue
        score.speaker_scored += 1
        ok = same_speaker(preds[pi][2], q["speaker"])
        nominal_named = not ok and bool(preds[pi][2]) and is_nominal(q["speaker"]) and preds[pi][2][:1].isupper()
        if nominal_named and details is not None and beside_source(details[pi].cue, q, text):
            score.nominal_same_cue += 1
        if details is not None and not nominal_named:
            conf, sure, ev = details[pi].confidence, details[pi].sure, details[pi].evidence
            if (
                ok
                and ev is not None
                and Doubt.SHARED_SURNAME in ev.doubts
                and len(norm_speaker(q["speaker"], True)) == 1
            ):
                # "Clinton" matches Bill and Hillary alike: the gold cannot say which bearer we chose was right
                score.surname_only += 1
            elif ok and ev is not None and Doubt.DESCRIBED in ev.doubts:
                # the gold keeps "the Indiana governor" as written: whether the article names him (and a
                # reader wants the name) it cannot say; where the gold gives a name, the miss counts
                score.described += 1
            else:
                score.outcomes.append(Outcome(conf, sure, ev, ok, doc_no, publisher(doc["id"])))
        if ok:
            score.speaker_right += 1
            score.joint_tp += 1
            continue
        if nominal_named:
            score.nominal_named += 1
        if len(score.errors) < keep_errors:
            s = q["start"]
            how = ""
            if details is not None:
                conf, sure, ev = details[pi].confidence, details[pi].sure, details[pi].evidence
                how = f"[{conf:.3f}{' sure' if sure else ''}{f' {ev.route.value}/{ev.kind.value}' if ev else ''}{''.join(f' !{d.value}' for d in sorted(ev.doubts, key=str)) if ev else ''}] "
            score.errors.append(
                f"SPEAKER {how}{doc['id']}: pred={preds[pi][2]!r} gold={q['speaker']!r} ({q['speaker_resolution']}) "
                f"| {text[max(0, s - 120) : s]!r} [[{q['text'][:60]!r}]] {text[q['end'] : q['end'] + 60]!r}"
            )
    for gi, q in enumerate(gold):
        if gi not in used_g and len(score.errors) < keep_errors:
            score.errors.append(
                f"MISSED {doc['id']}: gold={q['speaker']!r} | {text[max(0, q['start'] - 100) : q['start']]!r} "
                f"[[{q['text'][:60]!r}]] {text[q['end'] : q['end'] + 40]!r}"
            )
    for pi, (s, e, sp) in enumerate(preds):
        if pi not in used_p and len(score.errors) < keep_errors:
            score.errors.append(f"EXTRA {doc['id']}: {sp!r} | {text[max(0, s - 60) : s]!r} [[{text[s:e][:60]!r}]]")
    score.joint_pred += len(preds) - neutral
    score.joint_gold += sum(1 for q in gold if scorable(q))


def ours(paragraphs: list[Paragraph], text: str) -> list[Pred]:
    """Return our quotes (scare quotes left out) as (start, end, speaker)."""
    return ours_detailed(paragraphs, text)[0]


def ours_detailed(paragraphs: list[Paragraph], text: str) -> tuple[list[Pred], list[Detail]]:
    """Return our quotes (scare quotes left out) and, per quote, its Detail."""
    quotes, claims, evidence = attribute_with_evidence(paragraphs, text)
    mark_review(quotes, claims)
    kept = [(q, ev) for q, ev in zip(quotes, evidence) if q.kind != "scare"]
    details = [
        Detail(
            q.confidence,
            not q.needs_review,
            ev,
            None if q.cue_start is None or q.cue_end is None else (q.cue_start, q.cue_end),
        )
        for q, ev in kept
    ]
    return [(q.start, q.end, q.speaker) for q, _ in kept], details


_BESIDE_GAP = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,2}\s*|\s*,?\s*")


def beside_source(cue: tuple[int, int] | None, q: dict[str, Any], text: str) -> bool:
    """Return True when our speech verb sits right beside the gold's source span ("the mayor said",
    "said the mayor", "the president also told"): the speaker we named was read from that mention."""
    if cue is None or q.get("source_start") is None or q.get("source_end") is None:
        return False
    s, e = q["source_start"], q["source_end"]
    gap = text[e : cue[0]] if cue[0] >= e else text[cue[1] : s] if s >= cue[1] else None
    return gap is not None and len(gap) <= 25 and _BESIDE_GAP.fullmatch(gap) is not None


def load(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """Return the documents of a JSONL file, at most `limit`."""
    docs: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def main(argv: Iterable[str] | None = None) -> int:
    """Run the benchmark; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--half", choices=("a", "b"), default=None, help="only even (a) or odd (b) lines of the file")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", type=int, default=0, help="print up to N of our errors")
    ap.add_argument(
        "--fit", action="store_true", help=f"print calibration tables fitted here (prior weight {PRIOR_WEIGHT})"
    )
    ap.add_argument(
        "--crossfit",
        action="store_true",
        help="compare prior weights and route priors fitted on one half, read on the other",
    )
    ap.add_argument(
        "--crossfit-by",
        choices=sorted(GROUPINGS),
        default=None,
        help="fit without each publisher (or half) in turn, read its confidences: the sure set of an unseen outlet",
    )
    ap.add_argument("--save-outcomes", type=Path, default=None, help="write the calibration outcomes to FILE")
    ap.add_argument(
        "--outcomes", type=Path, default=None, help="read saved outcomes from FILE (no pipeline): calibration only"
    )
    args = ap.parse_args(list(argv) if argv is not None else None)
    if args.outcomes is not None:
        return calibrate_only(load_outcomes(args.outcomes), args)
    path = args.data / f"polnear-{args.split}.jsonl"
    if not path.is_file():
        print(f"PolNeAR data not found at {path}; nothing to measure (evaluation data is not shipped).")
        return 0
    docs = load(path, None)
    if args.half is not None:
        docs = docs[(0 if args.half == "a" else 1) :: 2]
    if args.limit is not None:
        docs = docs[: args.limit]
    nlp = load_nlp()
    systems: dict[str, Callable[[list[Paragraph], str], list[Pred]]] = {"ours": ours}
    for name, resolve in (("textacy/paragraph", False), ("textacy/paragraph+pronoun", True)):
        run = textacy_baseline(resolve)
        if run is not None:
            systems[name] = run
    if len(systems) == 1:
        systems["regex+nearest PERSON"] = regex_baseline
    scores = {name: Score() for name in systems}
    spacy_time = ours_time = 0.0
    for doc_no, doc in enumerate(docs):
        article = Article(text=doc["text"])
        t0 = time.perf_counter()
        paragraphs = list(parse(article, nlp))
        t1 = time.perf_counter()
        spacy_time += t1 - t0
        for name, run in systems.items():
            t2 = time.perf_counter()
            details = None
            if name == "ours":
                preds, details = ours_detailed(paragraphs, article.text)
                ours_time += time.perf_counter() - t2
            else:
                preds = run(paragraphs, article.text)
            score_doc(doc, preds, scores[name], article.text, args.errors if name == "ours" else 0, details, doc_no)
    half = f", half {args.half}" if args.half else ""
    print(
        f"PolNeAR {args.split}{half}: {len(docs)} documents, {sum(len(d['quotes']) for d in docs)} gold quotes "
        f"(evaluation only; data read from {path.name})"
    )
    cols = [
        "exact P",
        "exact R",
        "exact F1",
        "overlap P",
        "overlap R",
        "overlap F1",
        "speaker acc",
        "joint P",
        "joint R",
        "joint F1",
    ]
    print(f"{'system':28}" + "".join(f"{c:>12}" for c in cols))
    for name, sc in scores.items():
        r = sc.rows()
        print(f"{name:28}" + "".join(f"{r[c]:>12.3f}" for c in cols))
    for name, sc in scores.items():
        print(
            f"{name}: {sc.speaker_scored - sc.speaker_right} speaker misses, {sc.nominal_named} of them where the "
            f'gold keeps a nominal ("the president") and the prediction is a name'
        )
    sc = scores["ours"]
    credited = Score(
        pred=sc.pred,
        gold=sc.gold,
        speaker_scored=sc.speaker_scored,
        speaker_right=sc.speaker_right + sc.nominal_same_cue,
        joint_tp=sc.joint_tp + sc.nominal_same_cue,
        joint_pred=sc.joint_pred,
        joint_gold=sc.joint_gold,
    ).rows()
    print(
        f"ours, read at the gold's own mention: {sc.nominal_same_cue} of the {sc.nominal_named} where the gold keeps "
        "a nominal have our speech verb beside the gold's source span (we named the mention the gold annotated); "
        f"counting those right: speaker acc {credited['speaker acc']:.3f}, joint F1 {credited['joint F1']:.3f}"
    )
    ratio = ours_time / spacy_time if spacy_time else 0.0
    print(f"time: spaCy pipeline {spacy_time:.2f}s, our attribution {ours_time:.2f}s, ratio {ratio:.3f}")
    for line in calibration_report(scores["ours"].outcomes, scores["ours"].nominal_named):
        print(line)
    print(
        f"  left out of calibration: {scores['ours'].surname_only} right by surname alone where two people "
        f"share it (the gold cannot say which one we chose), {scores['ours'].described} definite descriptions "
        "the gold keeps as written (it cannot say whether the article names them)"
    )
    if args.save_outcomes is not None:
        save_outcomes(args.save_outcomes, scores["ours"].outcomes)
    calibrate_only(scores["ours"].outcomes, args, table=False)
    for line in scores["ours"].errors:
        print(line)
    return 0


def calibrate_only(outcomes: list[Outcome], args: argparse.Namespace, table: bool = True) -> int:
    """Print the calibration table (with `table`) and what --crossfit and --fit ask for; return 0."""
    if table:
        for line in calibration_report(outcomes, 0):
            print(line)
    if args.crossfit:
        for line in crossfit_report(outcomes):
            print(line)
    if args.crossfit_by is not None:
        for line in lopo_report(outcomes, args.crossfit_by):
            print(line)
    if args.fit:
        print("# fitted tables for analysis/calibration.py:")
        for line in fit_tables(outcomes):
            print(line)
        print(f"# review threshold for analysis/review.py, {threshold_line(outcomes)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
