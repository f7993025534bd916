"""W3C Web Annotation export and import round trips."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store_helpers import toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import sample_article
from quotemark.store import Annotation, Store
from quotemark.store.w3c import ANNO_CONTEXT, from_w3c, to_w3c


@pytest.fixture
def article() -> Article:
    return sample_article()


def span(article: Article, words: str) -> tuple[int, int]:
    start = article.text.index(words)
    return start, start + len(words)


def saved(tmp_path: Path, article: Article) -> tuple[Store, list[Annotation]]:
    store = Store(tmp_path / "q.json")
    store.remember_article(article)
    s, e = span(article, "about 50 nuclear warheads")
    store.add(Annotation.note(article, s, e, "SIPRI, 2025 yearbook"))
    toggle_tag(store, article, s, e, "number")
    toggle_tag(store, article, None, None, "korea")
    q = span(article, "We will focus on expanding the country's nuclear arsenal")
    store.add(Annotation.correction(article, *q, {"type": "speaker", "value": "Kim Jong Un", "was": None}))
    return store, store.annotations(article.id)


def test_export_is_a_w3c_collection_with_both_selectors(tmp_path: Path, article: Article) -> None:
    _, anns = saved(tmp_path, article)
    doc = json.loads(json.dumps(to_w3c(article, anns), allow_nan=False))
    assert doc["@context"][0] == ANNO_CONTEXT
    assert doc["type"] == "AnnotationCollection" and doc["total"] == 4
    items = doc["first"]["items"]
    assert doc["first"]["type"] == "AnnotationPage"
    assert {i["motivation"] for i in items} == {"commenting", "tagging", "editing"}
    for item in items:
        assert item["type"] == "Annotation" and item["id"].startswith("urn:")
        assert item["body"]["type"] == "TextualBody"
        target = item["target"]
        if isinstance(target, str):
            assert target.endswith(article.id)
            continue
        kinds = {s["type"]: s for s in target["selector"]}
        quote, pos = kinds["TextQuoteSelector"], kinds["TextPositionSelector"]
        assert article.text[pos["start"] : pos["end"]] == quote["exact"]
        assert article.text[: pos["start"]].endswith(quote["prefix"])
        assert article.text[pos["end"] :].startswith(quote["suffix"])


def test_round_trip_gives_back_the_same_annotations(tmp_path: Path, article: Article) -> None:
    store, anns = saved(tmp_path, article)
    back = from_w3c(json.loads(json.dumps(to_w3c(article, anns))), article)
    assert [a.to_dict() for a in back] == [a.to_dict() for a in anns]
    for ann in back:  # importing the same file again changes nothing
        store.add(ann)
    assert [a.to_dict() for a in store.annotations(article.id)] == [a.to_dict() for a in anns]


def test_import_onto_an_edited_copy_reanchors_or_orphans(tmp_path: Path, article: Article) -> None:
    _, anns = saved(tmp_path, article)
    doc = to_w3c(article, anns)
    edited = Article(
        text="Correction appended at the top.\n\n"
        + article.text.replace("has about 50 nuclear warheads and has", "has")
    )
    back = from_w3c(doc, edited)
    assert all(a.article_id == edited.id and a.id == "" for a in back)
    placed = [a for a in back if not a.orphan]
    orphans = [a for a in back if a.orphan]
    assert sorted(a.value for a in orphans) == ["SIPRI, 2025 yearbook", "number"]
    [fix] = [a for a in placed if a.motivation == "editing"]
    assert fix.target is not None and edited.text[fix.start : fix.end] == fix.target.exact  # type: ignore[misc]
    assert fix.body == {"type": "speaker", "value": "Kim Jong Un", "was": None}
    reworded = Article(text=article.text.replace("about 50", "roughly 50"))
    note = next(a for a in from_w3c(doc, reworded) if a.motivation == "commenting")
    assert not note.orphan and note.target is not None and note.target.exact == "roughly 50 nuclear warheads"


def test_import_of_foreign_annotations(article: Article) -> None:
    s, e = span(article, "up to 40 more")
    foreign = {
        "@context": ANNO_CONTEXT,
        "type": "Annotation",
        "id": "https://example.org/anno/1",
        "body": {"type": "TextualBody", "value": "interesting"},
        "target": {
            "source": "https://example.org/article",
            "selector": {
                "type": "TextQuoteSelector",
                "exact": "up to 40 more",
                "prefix": "produce ",
                "suffix": ", explaining",
            },
        },
    }
    pos_only = {
        "type": "Annotation",
        "motivation": "tagging",
        "body": "checked",
        "target": {"source": "x", "selector": {"type": "TextPositionSelector", "start": s, "end": e}},
    }
    [quote, position] = from_w3c([foreign, pos_only], article)
    assert quote.motivation == "commenting" and quote.value == "interesting"
    assert (quote.start, quote.end) == (s, e) and not quote.orphan
    assert position.value == "checked" and position.target is not None and position.target.exact == "up to 40 more"
    assert from_w3c({"type": "AnnotationCollection", "first": {"items": []}}) == []
    [unplaced] = from_w3c(foreign)  # no article to place a position-less quote on
    assert unplaced.orphan
