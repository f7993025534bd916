"""Paths and files around the database: links, modes and owners, special files, folders, terminal-safe output."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from quotemark.analysis.model import Article
from quotemark.analysis.reader import read_path
from quotemark.reading.runner import AnalysisRunner
from quotemark.reading.terminal_text import json_dumps
from quotemark.store import Annotation, Store, StoreError
from quotemark.store.cli_support import parse_span
from quotemark.tui.cli import main
from quotemark.tui.config import ConfigError, load_config

TEXT = 'The agency said "we will act" on Monday.\n\nKim added, "We are ready."\n'


def saved(db: Path, n: int = 5) -> tuple[Store, Article]:
    article = Article(text=TEXT, title="Paths", source="a.txt")
    store = Store(db)
    store.remember_article(article)
    for i in range(n):
        store.add(Annotation.note(article, i, i + 3, f"note {i}"))
    return store, article


# ---- finding 7: links, modes and owners -------------------------------------------------------


def test_a_symlinked_index_shows_every_note_and_stays_a_link(tmp_path: Path) -> None:
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    _, article = saved(real_dir / "db.json")
    link = tmp_path / "link.json"
    link.symlink_to(real_dir / "db.json")
    store = Store(link)
    assert len(store.annotations(article.id)) == 5
    store.add(Annotation.note(article, 0, 2, "through the link"))
    assert link.is_symlink() and len(Store(real_dir / "db.json").annotations(article.id)) == 6


def test_a_save_keeps_the_file_mode_and_owner(tmp_path: Path) -> None:
    store, article = saved(tmp_path / "db.json")
    path = store.layout.article_file(article.id)
    path.chmod(0o640)
    store.path.chmod(0o644)
    owner = (os.geteuid(), os.getegid())
    if os.geteuid() == 0:  # root saving someone else's database must not take it over
        owner = (12345, 12345)
        os.chown(path, *owner)
        os.chown(store.path, *owner)
    store.add(Annotation.note(article, 0, 2, "one more"))
    store.remember_article(article)
    for p in (path, store.path):
        st = p.stat()
        assert (stat.S_IMODE(st.st_mode), (st.st_uid, st.st_gid)) == (0o640 if p == path else 0o644, owner)


# ---- finding 8: special files and paths --------------------------------------------------------


@pytest.mark.parametrize("kind", ["dev_zero", "fifo"])
def test_a_special_file_as_the_database_is_refused_at_once(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = Path("/dev/zero")
    if kind == "fifo":
        target = tmp_path / "db.fifo"
        os.mkfifo(target)
    with pytest.raises(StoreError, match="not a regular file"):
        Store(target)
    (tmp_path / "a.txt").write_text(TEXT)
    assert main(["annotate", str(tmp_path / "a.txt"), "--note", "x", "--db", str(target)]) == 2
    assert "not a regular file" in capsys.readouterr().err


def test_a_fifo_as_the_config_file_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "config.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="FIFO"):
        load_config(fifo)


def test_annotate_and_export_never_create_missing_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    db = tmp_path / "missing" / "deeper" / "db.json"
    assert main(["annotate", str(tmp_path / "a.txt"), "--note", "x", "--db", str(db)]) == 2
    assert main(["export", str(tmp_path / "a.txt"), "--db", str(db)]) == 2
    assert main(["export", str(tmp_path / "a.txt"), "--db", str(tmp_path / "none.json")]) == 2
    assert not (tmp_path / "missing").exists() and not (tmp_path / "none.json").exists()
    assert "does not exist" in capsys.readouterr().err


def test_extract_dir_stays_inside_the_folder_and_says_what_it_skipped(
    tmp_path: Path, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret said nothing.\n")
    (folder / "outside.txt").symlink_to(secret)
    (folder / "inside.txt").symlink_to(folder / "a.txt")
    (folder / "loop").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    assert main(["extract", str(folder)]) == 0
    out, err = capsys.readouterr()
    sources = [json.loads(line)["article"]["source"] for line in out.splitlines()]
    assert sorted(Path(s).name for s in sources) == ["a.txt", "inside.txt"]
    assert "secret" not in out
    for name in ("outside.txt", "loop", "pipe.txt"):
        assert name in err


def test_a_deeply_nested_markdown_list_keeps_its_words(tmp_path: Path) -> None:
    lines = ["The agency said it would act on Monday.", ""] + ["  " * i + f"- item {i}" for i in range(3000)]
    path = tmp_path / "deep.md"
    path.write_text("\n".join(lines))
    text = read_path(path).text
    assert "The agency said" in text and "item 2999" in text


@pytest.mark.parametrize("bad", ["\u0663:\u0669", ":", "1:\u0669", "\uff11:\uff12", "1" * 30 + ":2"])
def test_at_takes_only_ascii_digits(bad: str) -> None:
    with pytest.raises(StoreError):
        parse_span(bad, 50)
    assert parse_span("3:9", 50) == (3, 9) and parse_span(" 3 : 9 ", 50) == (3, 9)


# ---- finding 9: terminal safety outside the app -----------------------------------------------

ESCAPE_NAME = "a\x1b]0;PWNED\x07\x1b[2J.txt"


def test_export_to_stdout_neutralises_escapes_in_the_file_name(
    tmp_path: Path, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / ESCAPE_NAME
    path.write_text(TEXT)
    db = tmp_path / "db.json"
    assert main(["annotate", str(path), "--note", "n", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["export", str(path), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out and "\x07" not in out and "\x1b" not in err
    assert main(["export", str(path), "--db", str(db), "-o", str(tmp_path / ("o" + ESCAPE_NAME))]) == 0
    assert "\x1b" not in capsys.readouterr().err


def test_json_output_escapes_bidi_controls(
    tmp_path: Path, runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    store, article = saved(tmp_path / "db.json", 0)
    store.add(Annotation.note(article, 0, 3, "evil \u202etxt.exe\u2066 \u200b"))
    assert main(["export", article.id[:12], "--db", str(store.path), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\\u202e" in out and "\u2066" not in out and "\u200b" not in out
    assert any(a["body"]["value"] == "evil \u202etxt.exe\u2066 \u200b" for a in json.loads(out)["annotations"])
    assert json.loads(json_dumps({"x": "\u2028\x85"})) == {"x": "\u2028\x85"}


def test_extract_on_a_non_utf8_file_name_prints_valid_utf8_json(
    tmp_path: Path, runner: AnalysisRunner, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9\xff.txt"
    with open(name, "w") as f:
        f.write(TEXT)
    assert main(["extract", os.fsdecode(name)]) == 0
    out = capfdbinary.readouterr().out
    record = json.loads(out.decode("utf-8"))  # strict: raises on an invalid byte
    assert record["article"]["source"].endswith(".txt")


def test_a_saved_raw_escape_in_the_source_never_reaches_a_terminal(
    tmp_path: Path, runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    store, article = saved(tmp_path / "db.json", 1)
    path = store.layout.article_file(article.id)
    tables = json.loads(path.read_text())
    tables["article"]["1"]["source"] = ESCAPE_NAME  # written by an older quotemark, or by hand
    path.write_text(json.dumps(tables))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["export", article.id[:12], "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "Source:" in out and "\x1b" not in out and "\x07" not in out


@pytest.mark.parametrize(
    "entities",
    [
        [{"start": "a", "end": 3, "text": "x", "label": "ORG"}],
        [{"start": 0, "end": 10**9, "text": "x", "label": "ORG"}],
        ["oops"],
    ],
)
def test_a_planted_cache_entry_is_recomputed_not_shown(
    entities: list[object], tmp_path: Path, runner: AnalysisRunner
) -> None:
    from quotemark.reading.runner import cache_key
    from quotemark.store.storage import atomic_write, dumps

    store, article = saved(tmp_path / "db.json", 0)
    key = cache_key(article)
    atomic_write(
        store.layout.cache_file(key),
        dumps({"key": key, "schema": 1, "data": {"article_id": article.id, "entities": entities}}),
    )
    analysis = runner.analyse(article, lambda _s, _f: None, store.analysis_cache)
    assert all(isinstance(e.start, int) and e.end <= len(TEXT) for e in analysis.entities) and analysis.quotes


def test_odd_names_and_special_files_in_the_data_folder_do_not_break_the_library(tmp_path: Path) -> None:
    store, article = saved(tmp_path / "db.json", 2)
    (store.layout.articles_dir / "not an id.json").write_text("{}")
    text = store.layout.text_file(article.id)
    text.unlink()
    os.mkfifo(text)
    fresh = Store(store.path)
    assert [e.id for e in fresh.articles()] == [article.id]
    assert len(fresh.annotations(article.id)) == 2
    with pytest.raises(StoreError, match="FIFO"):
        fresh.article(article.id)  # refused at once, never waited on
