"""Fuzzed database files and W3C imports: whatever a value becomes, no operation raises anything but StoreError."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import toggle_tag

from quotemark.analysis.model import Analysis, Article
from quotemark.reading.annotator import Annotator
from quotemark.reading.exports import Bundle, export
from quotemark.store import Annotation, Store, StoreError
from quotemark.store.cli_support import doctor
from quotemark.store.doctor import check
from quotemark.store.importing import import_annotations
from quotemark.store.w3c import read_w3c, to_w3c

TEXT = 'The agency said "we will act" on Monday.\n\nKim added, "We are ready."\n'
ARTICLE = Article(text=TEXT, title="Fuzz", source="a.txt")

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", "x", "02", "\u0663", "\u202e", "editing", "tagging", "bounds", ARTICLE.id]),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["id", "value", "type", "start", "end", "a"]), inner, max_size=3),
    ),
    max_leaves=6,
)


def paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Return the path to every value inside a JSON document."""
    out = [prefix] if prefix else []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        out += paths(child, (*prefix, key))
    return out


def mutate(doc: Any, picks: list[tuple[int, Any]]) -> Any:
    """Return `doc` with the value at each picked path (by index, modulo the count) replaced."""
    for index, value in picks:
        where = paths(doc)
        if not where:
            break
        *parents, last = where[index % len(where)]
        node = doc
        for key in parents:
            node = node[key]
        node[last] = value
    return doc


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seed")
    store = Store(folder / "db.json")
    store.remember_article(ARTICLE)
    store.add(Annotation.note(ARTICLE, 0, 5, "n"))
    toggle_tag(store, ARTICLE, None, None, "t")
    store.add(Annotation.correction(ARTICLE, 4, 10, {"type": "bounds", "new_start": 4, "new_end": 11}))
    return folder


FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@FUZZ
@given(index_file=st.booleans(), picks=st.lists(st.tuples(st.integers(0, 10**6), values), min_size=1, max_size=3))
def test_a_fuzzed_database_file_only_ever_raises_store_errors(
    seeded: Path, tmp_path_factory: pytest.TempPathFactory, index_file: bool, picks: list[tuple[int, Any]]
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copytree(seeded, folder, dirs_exist_ok=True)
    db = folder / "db.json"
    target = db if index_file else Store(db).layout.article_file(ARTICLE.id)
    target.write_text(json.dumps(mutate(json.loads(target.read_text()), picks)))
    try:
        try:
            store = Store(db)
        except StoreError:
            store = Store(db)  # the damaged index was moved aside: a fresh one
        store.articles()
        store.article(ARTICLE.id)
        annotator = Annotator(ARTICLE, store)
        annotator.load()
        annotator.add_note(None, "new")
        annotator.toggle_tag((0, 3), "z")
        import_annotations(store, ARTICLE.id, [Annotation.note(ARTICLE, 1, 2, "imported")])
        check(db)
        doctor(db, do_salvage=True)
    except StoreError:
        pass


@FUZZ
@given(picks=st.lists(st.tuples(st.integers(0, 10**6), values), min_size=1, max_size=4))
def test_a_fuzzed_w3c_collection_is_read_or_refused_and_exports(picks: list[tuple[int, Any]]) -> None:
    notes = [
        Annotation.note(ARTICLE, 0, 5, "n"),
        Annotation.tag(ARTICLE, None, None, "t"),
        Annotation.correction(ARTICLE, 17, 28, {"type": "speaker", "value": "Kim"}),
    ]
    for n, note in enumerate(notes):
        note.id = f"{ARTICLE.id[:16]}-{n}"
    data = mutate(json.loads(json.dumps(to_w3c(ARTICLE, notes))), picks)
    read_w3c(data)
    annotations, _refused = read_w3c(data, ARTICLE)
    bundle = Bundle.of(ARTICLE, Analysis(article_id=ARTICLE.id), annotations)
    for fmt in ("md", "json", "w3c", "csv"):
        assert export(bundle, fmt)
