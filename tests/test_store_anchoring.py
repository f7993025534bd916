"""Re-anchoring annotations on edited copies of the sample article, and on repeated short strings."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import toggle_tag

from quotemark.analysis.model import Article
from quotemark.analysis.reader import read_text, sample_article
from quotemark.store import Annotation, Store
from quotemark.store.anchoring import locate, reanchor
from quotemark.store.annotation import Target


@pytest.fixture
def sample() -> Article:
    return sample_article()


def nth(text: str, needle: str, n: int) -> int:
    """Return the offset of the n-th (0-based) occurrence of needle."""
    i = -1
    for _ in range(n + 1):
        i = text.index(needle, i + 1)
    return i


def note_on(article: Article, needle: str, n: int = 0, text: str = "note") -> Annotation:
    start = nth(article.text, needle, n)
    ann = Annotation.note(article, start, start + len(needle), text)
    ann.id = f"{needle}-{n}"
    return ann


def placed_text(ann: Annotation, text: str) -> str:
    assert ann.target is not None and ann.start is not None and ann.end is not None
    return text[ann.start : ann.end]


def test_unchanged_text_keeps_every_position(sample: Article) -> None:
    anns = [note_on(sample, "Kim", i) for i in range(5)] + [note_on(sample, "about 50 nuclear warheads")]
    anchored, orphans = reanchor(anns, sample.text)
    assert orphans == []
    assert [(a.start, a.end) for a in anchored] == [(a.start, a.end) for a in anns]


def test_extra_paragraph_moves_every_annotation_to_the_same_words(sample: Article) -> None:
    anns = [note_on(sample, "Kim", i) for i in range(5)]
    anns += [note_on(sample, "about 50 nuclear warheads"), note_on(sample, "North Korea", 3)]
    anns.append(Annotation.tag(sample, None, None, "whole"))
    extra = "Editor's note: Kim Jong Un and North Korea are named below; about 50 nuclear warheads is an estimate.\n\n"
    new = extra + sample.text
    anchored, orphans = reanchor(anns, new)
    assert orphans == []
    for old, moved in zip(anns, anchored):
        if old.target is None or old.target.whole:
            assert moved.target == old.target
            continue
        assert moved.start == old.start + len(extra)  # the same occurrence, not the new one at the top
        assert placed_text(moved, new) == old.target.exact
        assert moved.target is not None and moved.target.prefix == new[moved.start - 32 : moved.start]


def test_corrected_typo_before_and_inside_the_span(sample: Article) -> None:
    typo = sample.text.replace("nuclear warheads", "nucelar warheads").replace("fissile", "fisile")
    old = read_text(typo, source=sample.source)
    ann = note_on(old, "about 50 nucelar warheads")
    after = note_on(old, "up to 40 more")
    anchored, orphans = reanchor([ann, after], sample.text)
    assert orphans == []
    assert placed_text(anchored[0], sample.text) == "about 50 nuclear warheads"
    assert placed_text(anchored[1], sample.text) == "up to 40 more"


def test_short_string_whose_sentence_was_removed_is_an_orphan(sample: Article) -> None:
    sentence_start = sample.text.index("The central agency clarified that Kim")
    sentence_end = sample.text.index("\n", sentence_start)
    new = sample.text[:sentence_start] + sample.text[sentence_end:].lstrip("\n")
    target_kim = note_on(sample, "Kim", 4)  # "clarified that Kim also reviewed"
    assert sample.text[target_kim.start - 15 : target_kim.start] == "clarified that "  # type: ignore[operator]
    anchored, orphans = reanchor([target_kim], new)
    assert anchored == []
    assert [o.id for o in orphans] == [target_kim.id] and orphans[0].orphan
    assert orphans[0].target == target_kim.target  # kept as it was, never moved


def test_repeated_short_strings_follow_their_context() -> None:
    old = "Alpha said yes. Kim said no. Beta said yes. Kim said maybe. Gamma said yes. Kim said never."
    art = Article(text=old)
    second = Annotation.note(art, nth(old, "Kim", 1), nth(old, "Kim", 1) + 3, "the 'maybe' Kim")
    new = "Kim is named first now. " + old.replace("Beta said yes.", "Beta, a spokesman, said yes.")
    [moved], orphans = reanchor([second], new)
    assert orphans == []
    assert new[moved.start - 5 : moved.end + 11] == "yes. Kim said maybe"  # type: ignore[operator]


def test_identical_contexts_are_not_guessed() -> None:
    line = "Kim said no. "
    old = line * 10
    art = Article(text=old)
    fifth = nth(old, "Kim", 5)
    third = Annotation.note(art, fifth, fifth + 3, "sixth")
    assert locate(third.target, old) == (fifth, fifth + 3)  # type: ignore[arg-type]
    # The same text shifted: every "Kim" has the same context, so none can be trusted.
    assert locate(third.target, "X " + old) is None  # type: ignore[arg-type]


def test_quote_that_disappeared_is_an_orphan(sample: Article) -> None:
    ann = note_on(sample, "up to 40 more")
    new = sample.text.replace("up to 40 more", "dozens more")
    anchored, orphans = reanchor([ann], new)
    assert anchored == [] and len(orphans) == 1


def test_long_quote_with_rewritten_context_is_still_found(sample: Article) -> None:
    quote = "We will focus on expanding the country's nuclear arsenal"
    ann = note_on(sample, quote)
    new = sample.text.replace('The agency quoted Kim Jong Un as saying, "', 'State media cited Kim: "')
    [moved], orphans = reanchor([ann], new)
    assert not orphans and placed_text(moved, new) == quote


def test_line_endings_do_not_change_the_article(tmp_path: Path, sample: Article) -> None:
    crlf = read_text(sample.text.replace("\n", "\r\n"), source=sample.source)
    assert crlf.id == sample.id  # the reader normalises line endings, so nothing needs moving
    store = Store(tmp_path / "db.json")
    note = store.add(Annotation.note(sample, 0, 4, "n"))
    assert [a.id for a in store.annotations_for(crlf).annotations] == [note.id]


def test_store_carries_annotations_to_an_edited_copy(tmp_path: Path, sample: Article) -> None:
    store = Store(tmp_path / "db.json")
    store.remember_article(sample)
    kept = store.add(note_on(sample, "about 50 nuclear warheads", text="SIPRI estimate"))
    kept_id = kept.id
    lost = note_on(sample, "up to 40 more", text="check")
    lost.id = ""
    lost = store.add(lost)
    toggle_tag(store, sample, None, None, "korea")
    short = store.add(Annotation.tag(sample, nth(sample.text, "Kim", 4), nth(sample.text, "Kim", 4) + 3, "speaker"))

    edited_text = "Updated at 10:00.\n\n" + sample.text.replace("up to 40 more", "dozens more").replace(
        "The central agency clarified that Kim also reviewed", "The central agency also reviewed"
    )
    edited = read_text(edited_text, source="/elsewhere/" + (sample.source or ""))
    assert edited.id != sample.id
    result = store.annotations_for(edited)
    assert result.carried_from == [sample.id]
    by_value = {a.value: a for a in result.annotations}
    assert set(by_value) == {"SIPRI estimate", "korea"}
    assert placed_text(by_value["SIPRI estimate"], edited.text) == "about 50 nuclear warheads"
    assert all(a.article_id == edited.id and a.id != kept_id for a in result.annotations)
    assert sorted(o.value for o in result.orphans) == ["check", "speaker"]

    # Persisted once: a second call (or another process) sees the same, with no duplicates.
    again = Store(tmp_path / "db.json").annotations_for(edited)
    assert sorted(a.id for a in again.annotations) == sorted(a.id for a in result.annotations)
    assert len(again.orphans) == 2
    assert store.article(edited.id) == edited
    # Orphans never show up as placed annotations, and the old version keeps its own.
    assert {a.value for a in store.annotations(edited.id)} == {"SIPRI estimate", "korea"}
    assert len(store.annotations(sample.id)) == 4 and short.id in {a.id for a in store.annotations(sample.id)}
    assert lost.id in {a.id for a in store.annotations(sample.id)}


def test_unrelated_article_with_the_same_file_name_is_not_a_previous_version(tmp_path: Path, sample: Article) -> None:
    store = Store(tmp_path / "db.json")
    store.remember_article(sample)
    store.add(Annotation.note(sample, 0, 4, "n"))
    other = read_text("A completely different story about weather in Oslo. It rained all day.", source=sample.source)
    result = store.annotations_for(other)
    assert result.annotations == [] and result.orphans == [] and result.carried_from == []


def test_whole_article_target_survives_anything() -> None:
    ann = Annotation("x", "a", "tagging", {"value": "t"}, Target(None, None))
    anchored, orphans = reanchor([ann], "totally new")
    assert anchored[0].target == Target(None, None) and not orphans
