"""`quotemark extract --out`: partitions hold exactly what extract prints, a rerun skips what is done, a kill loses nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_helpers import by_source, listed_lines, manifest, write_corpus

from quotemark.analysis import pipeline
from quotemark.batch import run as batch_run
from quotemark.batch.output_dir import lock
from quotemark.reading.runner import AnalysisRunner
from quotemark.tui import extract_command
from quotemark.tui.cli import main


@pytest.fixture(autouse=True)
def _one_model(runner: AnalysisRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process runs share the session's pipeline instead of loading their own."""
    monkeypatch.setattr(extract_command, "_load_nlp", runner.nlp)


def _stdout_lines(paths: list[str], capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["extract", *paths]) == 0
    return capsys.readouterr().out.splitlines()


def test_partitions_hold_exactly_the_lines_extract_prints(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 5)
    printed = _stdout_lines([str(corpus)], capsys)
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out), "--per-partition", "2"]) == 0
    assert capsys.readouterr().out == ""  # the data goes to the folder only
    assert listed_lines(out) == printed
    data = manifest(out)
    assert data["partitions"] == {
        "part-00001-000000.jsonl": 2,
        "part-00001-000001.jsonl": 2,
        "part-00001-000002.jsonl": 1,
    }
    assert sorted(p.name for p in out.glob("part-*")) == sorted(data["partitions"])
    assert [e["status"] for e in data["inputs"]] == ["done"] * 5
    assert {e["partition"] for e in data["inputs"]} == set(data["partitions"])
    for entry in data["inputs"]:
        import hashlib

        assert entry["sha256"] == hashlib.sha256(Path(entry["path"]).read_bytes()).hexdigest()


def test_a_rerun_skips_what_is_done_and_takes_only_new_inputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    first = listed_lines(out)
    capsys.readouterr()
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert "0 done, 3 already done, 0 failed" in capsys.readouterr().err
    assert listed_lines(out) == first and len(manifest(out)["partitions"]) == 1

    write_corpus(corpus, 1, start=3)  # one new article, and a copy of a done one under a new name
    (corpus / "copy.txt").write_bytes((corpus / "article-000.txt").read_bytes())
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert "1 done, 4 already done, 0 failed" in capsys.readouterr().err
    assert sorted(manifest(out)["partitions"]) == ["part-00001-000000.jsonl", "part-00003-000000.jsonl"]
    assert len(by_source(listed_lines(out))) == 4


def test_a_bad_file_is_listed_with_its_error_and_retried_next_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    (corpus / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "broken.txt: not a text article" in err and "3 done, 0 already done, 1 failed" in err
    assert "Traceback" not in err
    failed = [e for e in manifest(out)["inputs"] if e["status"] == "failed"]
    assert [Path(e["path"]).name for e in failed] == ["broken.txt"]
    assert "not a text article" in failed[0]["error"] and failed[0]["partition"] is None

    (corpus / "broken.txt").write_text('"Fixed now," said Ana Ruiz.\n', encoding="utf-8")
    assert main(["extract", str(corpus), "--out", str(out)]) == 0
    assert "1 done, 3 already done, 0 failed" in capsys.readouterr().err
    assert [e["status"] for e in manifest(out)["inputs"]] == ["done"] * 4  # the old failure is gone
    assert len(by_source(listed_lines(out))) == 4


def test_an_article_whose_analysis_fails_is_listed_and_the_rest_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 3)
    (corpus / "article-001.txt").write_text("EXPLODE here.\n", encoding="utf-8")
    real = pipeline.extract

    def explode_on_marker(article, paragraphs, nlp):  # type: ignore[no-untyped-def]
        if "EXPLODE" in article.text:
            raise RuntimeError("boom")
        return real(article, paragraphs, nlp)

    monkeypatch.setattr(pipeline, "extract", explode_on_marker)
    out = tmp_path / "out"
    assert main(["extract", str(corpus), "--out", str(out)]) == 2
    assert "article-001.txt: the analysis failed (RuntimeError: boom)" in capsys.readouterr().err
    statuses = {Path(e["path"]).name: e["status"] for e in manifest(out)["inputs"]}
    assert statuses == {"article-000.txt": "done", "article-001.txt": "failed", "article-002.txt": "done"}
    assert len(listed_lines(out)) == 2


def test_a_run_killed_between_a_partition_and_the_manifest_ends_with_each_article_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 7)
    out = tmp_path / "out"
    real_append = batch_run.append_record
    appends = []

    class Killed(BaseException):
        """Stands for SIGKILL: nothing after it runs in the writer."""

    def append_then_die(folder: Path, record: bytes) -> None:
        appends.append(1)
        if len(appends) == 3:  # two partitions are recorded; the third is on disk but not in the journal
            (folder / ".part-00001-000003.jsonl.tmp").write_text("half a line")  # and a fourth half-written
            real_append(folder, record[: len(record) // 2])  # its record torn mid-line
            raise Killed
        real_append(folder, record)

    monkeypatch.setattr(batch_run, "append_record", append_then_die)
    with pytest.raises(Killed):
        main(["extract", str(corpus), "--out", str(out), "--per-partition", "2"])
    assert sorted(manifest(out)["partitions"]) == ["part-00001-000000.jsonl", "part-00001-000001.jsonl"]
    assert (out / "part-00001-000002.jsonl").exists()  # written, never recorded
    assert not (out / "manifest.journal").read_bytes().endswith(b"\n")  # the torn record is there, and ignored

    monkeypatch.setattr(batch_run, "append_record", real_append)
    capsys.readouterr()
    assert main(["extract", str(corpus), "--out", str(out), "--per-partition", "2"]) == 0
    err = capsys.readouterr().err
    assert "removed part-00001-000002.jsonl" in err and "3 done, 4 already done" in err
    assert not (out / "part-00001-000002.jsonl").exists() and not (out / ".part-00001-000003.jsonl.tmp").exists()
    assert sorted(by_source(listed_lines(out))) == sorted(str(p) for p in sorted(corpus.iterdir()))
    assert sorted(p.name for p in out.glob("part-*")) == sorted(manifest(out)["partitions"])
    assert not (out / "manifest.journal").exists()  # a finished run leaves the whole manifest in manifest.json


def test_the_journal_records_each_partition_at_once_and_replays_safely_twice(tmp_path: Path) -> None:
    from quotemark.batch.manifest import InputEntry, Manifest, Status, append_record, journal_line, load_manifest

    out = tmp_path / "out"
    out.mkdir()
    done = InputEntry("a.txt", "aa", Status.DONE, partition="part-00003-000000.jsonl")
    failed = InputEntry("b.txt", None, Status.FAILED, error="b.txt: no such file")
    append_record(out, journal_line(3, [done], "part-00003-000000.jsonl", 1))
    append_record(out, journal_line(3, [failed]))
    once = load_manifest(out)
    assert once.runs == 3  # a killed run's partition names stay taken
    assert once.partitions == {"part-00003-000000.jsonl": 1}
    assert once.is_done("aa") and [e.path for e in once.failed()] == ["b.txt"]
    # A crash after the snapshot was written but before the journal was removed replays it again.
    (out / "manifest.json").write_bytes(once.to_json())
    twice = load_manifest(out)
    assert twice.to_json() == once.to_json()
    assert Manifest().runs == 0


def test_a_journal_damaged_before_its_last_line_is_reported_not_guessed(tmp_path: Path) -> None:
    from quotemark.batch.manifest import ManifestError, load_manifest

    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.journal").write_bytes(
        b'{"run": 1, "parti\n{"run": 1, "partition": null, "lines": 0, "inputs": []}\n'
    )
    with pytest.raises(ManifestError, match="manifest.journal"):
        load_manifest(out)


def test_a_process_killed_mid_run_and_restarted_leaves_every_article_exactly_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 40)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "quotemark", "extract", str(corpus), "--out", str(out), "--per-partition", "2"]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if (out / "manifest.journal").exists() and (out / "manifest.journal").read_bytes().count(b"\n") >= 2:
                break
            time.sleep(0.005)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL  # killed, not finished
    recorded = sum(manifest(out)["partitions"].values())
    assert 0 < recorded < 40

    done = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    assert f"{40 - recorded} done, {recorded} already done, 0 failed" in done.stderr
    lines = listed_lines(out)
    assert sorted(by_source(lines)) == sorted(str(p) for p in corpus.iterdir())
    assert sorted(p.name for p in out.glob("part-*")) == sorted(manifest(out)["partitions"])


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--pretty"], "--pretty does not apply to --out"),
        (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
        (["--per-partition", "0"], "--per-partition needs --out and must be at least 1"),
    ],
)
def test_options_that_do_not_fit_get_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], message: str
) -> None:
    write_corpus(tmp_path / "corpus", 1)
    assert main(["extract", str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1


def test_an_out_folder_whose_parent_is_missing_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "corpus", 1)
    assert main(["extract", str(tmp_path / "corpus"), "--out", str(tmp_path / "typo" / "out")]) == 2
    assert "the folder of --out" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()


def test_standard_input_is_refused_with_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "-", "--out", str(tmp_path / "out")]) == 2
    assert "--out reads files, not standard input" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_folder_another_run_writes_to_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "corpus", 1)
    out = tmp_path / "out"
    out.mkdir()
    held = lock(out)
    try:
        assert main(["extract", str(tmp_path / "corpus"), "--out", str(out)]) == 2
    finally:
        os.close(held)
    assert "another quotemark extract is writing here" in capsys.readouterr().err
    assert not (out / "manifest.json").exists()


def test_a_damaged_manifest_is_never_overwritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "corpus", 1)
    out = tmp_path / "out"
    out.mkdir()
    (out / "manifest.json").write_text('{"format": "something else"}', encoding="utf-8")
    (out / "part-00001-000000.jsonl").write_text("kept\n", encoding="utf-8")
    assert main(["extract", str(tmp_path / "corpus"), "--out", str(out)]) == 2
    assert "not a manifest quotemark can read" in capsys.readouterr().err
    assert json.loads((out / "manifest.json").read_text()) == {"format": "something else"}
    assert (out / "part-00001-000000.jsonl").read_text() == "kept\n"


def test_dask_missing_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "corpus", 1)
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now raises ImportError
    assert main(["extract", str(tmp_path / "corpus"), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "quotemark extract: --engine dask needs Dask; install it with: pip install 'quotemark[dask]'"
