"""Output paths: planted links are never followed by accident, special files are never replaced.

Real symlinks, FIFOs and (as root) a private device node made with os.mknod.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quotemark.analysis.model import Article
from quotemark.reading.clipboard import save_fallback
from quotemark.reading.output_file import OutputError, write_new, write_output
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import Annotation, Store
from quotemark.tui.cli import main

TEXT = 'The agency said "we will act" on Monday.\n'


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, Article]:
    article = Article(text=TEXT, title="Out", source="a.txt")
    store = Store(tmp_path / "db.json")
    store.remember_article(article)
    store.add(Annotation.note(article, 0, 10, "a note"))
    return store.path, article


def export(db: tuple[Path, Article], output: Path | str) -> int:
    return main(["export", db[1].id[:12], "--db", str(db[0]), "-o", str(output)])


def test_a_planted_link_at_the_old_temp_name_is_not_written_through(
    tmp_path: Path, db: tuple[Path, Article], runner: AnalysisRunner
) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (tmp_path / "out.md.tmp").symlink_to(victim)
    assert export(db, tmp_path / "out.md") == 0
    assert victim.read_text() == "precious"
    assert "a note" in (tmp_path / "out.md").read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.md.")]  # no temp left


def test_a_symlink_output_is_written_through_and_stays_a_link(
    tmp_path: Path, db: tuple[Path, Article], runner: AnalysisRunner
) -> None:
    real = tmp_path / "real.md"
    real.write_text("old")
    real.chmod(0o640)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert export(db, link) == 0
    assert link.is_symlink() and "a note" in real.read_text()
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file's mode is kept


def test_a_dangling_or_looping_link_is_refused(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(OutputError):
        write_output(loop, b"x")
    assert loop.is_symlink()
    dangling = tmp_path / "dangling"
    dangling.symlink_to(tmp_path / "missing" / "file")
    with pytest.raises(OutputError):
        write_output(dangling, b"x")
    assert dangling.is_symlink()


def test_a_fifo_output_is_streamed_to_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader is there: the data fits the pipe's buffer
    try:
        assert write_output(fifo, b"streamed") is None
        assert os.read(reader, 100) == b"streamed"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="no program is reading"):
        write_output(fifo, b"x")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_dev_null_is_written_to_not_replaced(db: tuple[Path, Article], runner: AnalysisRunner) -> None:
    before = os.lstat("/dev/null")
    assert export(db, "/dev/null") == 0
    after = os.lstat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev


@pytest.mark.skipif(os.geteuid() != 0, reason="os.mknod of a device node needs root")
def test_a_private_device_node_is_written_to_not_replaced(
    tmp_path: Path, db: tuple[Path, Article], runner: AnalysisRunner
) -> None:
    node = tmp_path / "null-node"
    os.mknod(node, 0o600 | stat.S_IFCHR, os.lstat("/dev/null").st_rdev)
    assert export(db, node) == 0
    assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_folder_or_socket_output_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="folder"):
        write_output(tmp_path, b"x")


def test_dash_streams_to_stdout(
    db: tuple[Path, Article], runner: AnalysisRunner, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(db, "-") == 0
    assert "a note" in capsys.readouterr().out
    assert not Path("-").exists()


def test_write_new_never_replaces_a_planted_file_or_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (tmp_path / "summary.md").symlink_to(victim)
    made = write_new(tmp_path, "summary", ".md", b"new")
    assert made == tmp_path / "summary-1.md" and made.read_bytes() == b"new"
    assert victim.read_text() == "precious" and (tmp_path / "summary.md").is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_clipboard_fallback_does_not_follow_a_planted_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quotemark.reading.clipboard as clipboard

    class Fixed:
        @staticmethod
        def now(tz: object) -> object:
            from datetime import datetime

            return datetime(2026, 1, 1, tzinfo=tz)  # type: ignore[arg-type]

    monkeypatch.setattr(clipboard, "datetime", Fixed)
    victim = tmp_path / "victim"
    victim.write_text("precious")
    (tmp_path / "summary-20260101T000000Z.md").symlink_to(victim)
    (tmp_path / "summary-20260101T000000Z.md.tmp").symlink_to(victim)
    saved = save_fallback("copied text", tmp_path)
    assert saved.read_text() == "copied text" and victim.read_text() == "precious"
