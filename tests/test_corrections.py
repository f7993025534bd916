"""Corrections override the analysis: pure logic, on records built by hand."""

from __future__ import annotations

from quotemark.analysis.corrections import Correction, apply_corrections
from quotemark.analysis.model import Analysis, Claim, Cluster, Entity, Mention, Quote

TEXT = 'Ann Lee said, "We will win." Bo Park agreed. Ann said more. Lisbon is big.'


def _analysis() -> Analysis:
    q0 = TEXT.index("We will")
    return Analysis(
        article_id="x",
        entities=[
            Entity(0, 7, "Ann Lee", "PERSON", "c1"),
            Entity(29, 36, "Bo Park", "PERSON", "c2"),
            Entity(45, 48, "Ann", "PERSON", "c1"),
            Entity(59, 65, "Lisbon", "GPE", "c3"),
        ],
        quotes=[Quote(q0, q0 + 12, "We will win.", "Ann Lee", 0, 7, "said", speaker_role="mayor", confidence=0.9)],
        claims=[Claim(q0, q0 + 12, "We will win.", "Ann Lee", kind="direct")],
        clusters=[
            Cluster("c1", "Ann Lee", "PERSON", None, [Mention(0, 7), Mention(45, 48)]),
            Cluster("c2", "Bo Park", "PERSON", None, [Mention(29, 36)]),
            Cluster("c3", "Lisbon", "GPE", None, [Mention(59, 65)]),
        ],
    )


def test_speaker_correction_updates_the_quote_and_its_claim() -> None:
    a = _analysis()
    q = a.quotes[0]
    out = apply_corrections(a, TEXT, [Correction(q.start, q.end, "speaker", "Bo Park")])
    fixed = out.analysis.quotes[0]
    assert (fixed.speaker, fixed.speaker_role, fixed.confidence) == ("Bo Park", None, 1.0)
    assert out.analysis.claims[0].source == "Bo Park"
    assert (q.start, q.end) in out.spans
    assert a.quotes[0].speaker == "Ann Lee"  # the machine's analysis is left as it was


def test_reject_relabel_add_and_bounds() -> None:
    a = _analysis()
    out = apply_corrections(
        a,
        TEXT,
        [
            Correction(59, 65, "label", "LOC"),
            Correction(29, 36, "reject"),
            Correction(49, 53, "add_entity", "ORG"),
            Correction(
                a.quotes[0].start, a.quotes[0].end, "bounds", new_start=a.quotes[0].start, new_end=a.quotes[0].start + 7
            ),
        ],
    ).analysis
    labels = {(e.text, e.label) for e in out.entities}
    assert ("Lisbon", "LOC") in labels and ("said", "ORG") in labels
    assert "Bo Park" not in {e.text for e in out.entities}
    assert "Bo Park" not in {c.name for c in out.clusters}
    assert out.quotes[0].text == "We will"


def test_merge_and_split_clusters() -> None:
    a = _analysis()
    merged = apply_corrections(a, TEXT, [Correction(29, 36, "merge", "Ann Lee")]).analysis
    assert [c.name for c in merged.clusters if c.label == "PERSON"] == ["Ann Lee"]
    assert next(c for c in merged.clusters if c.name == "Ann Lee").count == 3
    split = apply_corrections(a, TEXT, [Correction(45, 48, "split")]).analysis
    assert sorted(c.name for c in split.clusters if c.label == "PERSON") == ["Ann", "Ann Lee", "Bo Park"]
    assert next(e for e in split.entities if e.text == "Ann").cluster == "s45"
