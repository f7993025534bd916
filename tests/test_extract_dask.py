"""`quotemark extract --engine dask` on a real local Dask cluster of two worker processes: the same lines as local extraction."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from batch_helpers import by_source, listed_lines, manifest, write_corpus
from distributed import Client, LocalCluster

from quotemark.batch import dask_engine
from quotemark.reading.runner import AnalysisRunner
from quotemark.tui import extract_command
from quotemark.tui.cli import main


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """Return a running cluster of two single-threaded worker processes on loopback, started once for the module."""
    with (
        dask.config.set(dask_engine.QUIET_CLUSTER),
        LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.ERROR,
        ) as running,
    ):
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a folder of 12 short articles (two tasks of 8 and 4 on the cluster)."""
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 12)
    return folder


@pytest.fixture(scope="module")
def local_lines(corpus: Path, runner: AnalysisRunner) -> list[str]:
    """Return what local extraction prints for the corpus, one line per article in input order."""
    import contextlib
    import io

    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        mp.setattr(extract_command, "_load_nlp", runner.nlp)
        assert main(["extract", str(corpus)]) == 0
    lines = out.getvalue().splitlines()
    assert len(lines) == 12
    return lines


def _dask(cluster: LocalCluster, *args: str) -> list[str]:
    return ["extract", *args, "--engine", "dask", "--scheduler", cluster.scheduler_address]


def test_dask_prints_the_same_lines_as_local_extraction_in_order(
    cluster: LocalCluster, corpus: Path, local_lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(_dask(cluster, str(corpus))) == 0
    assert capsys.readouterr().out.splitlines() == local_lines


def test_dask_out_writes_the_same_lines_and_the_model_loads_once_per_worker(
    cluster: LocalCluster, corpus: Path, local_lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(_dask(cluster, str(corpus), "--out", str(out), "--per-partition", "5")) == 0
    assert by_source(listed_lines(out)) == by_source(local_lines)
    assert sorted(manifest(out)["partitions"].values()) == [2, 5, 5]
    assert "12 done, 0 already done, 0 failed" in capsys.readouterr().err
    with Client(cluster) as client:
        # The worker plugin loaded each worker's pipeline once; later tasks reuse that object.
        loaded = client.run(lambda: id(__import__("quotemark.batch.dask_engine", fromlist=["_nlp"])._nlp))
        assert len(loaded) == 2 and all(isinstance(v, int) and v != id(None) for v in loaded.values())
        assert main(_dask(cluster, str(corpus))) == 0
        assert client.run(lambda: id(__import__("quotemark.batch.dask_engine", fromlist=["_nlp"])._nlp)) == loaded


def test_dask_lists_a_bad_file_and_a_rerun_skips_what_is_done(
    cluster: LocalCluster, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    assert main(_dask(cluster, str(corpus), str(bad), "--out", str(out))) == 2
    assert "12 done, 0 already done, 1 failed" in capsys.readouterr().err
    failed = [e for e in manifest(out)["inputs"] if e["status"] == "failed"]
    assert [Path(e["path"]).name for e in failed] == ["broken.txt"] and "NUL" in failed[0]["error"]
    before = listed_lines(out)

    assert main(_dask(cluster, str(corpus), str(bad), "--out", str(out))) == 2
    assert "0 done, 12 already done, 1 failed" in capsys.readouterr().err
    assert listed_lines(out) == before


def test_dask_resumes_a_run_that_did_part_of_the_corpus(
    cluster: LocalCluster, corpus: Path, local_lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    files = sorted(str(p) for p in corpus.iterdir())
    assert main(_dask(cluster, *files[:5], "--out", str(out), "--per-partition", "3")) == 0
    assert main(_dask(cluster, str(corpus), "--out", str(out), "--per-partition", "3")) == 0
    assert "7 done, 5 already done, 0 failed" in capsys.readouterr().err
    assert by_source(listed_lines(out)) == by_source(local_lines)  # each article exactly once


def test_dask_without_a_scheduler_starts_its_own_local_cluster(
    corpus: Path, local_lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    files = sorted(str(p) for p in corpus.iterdir())[:3]
    assert main(["extract", *files, "--engine", "dask", "--jobs", "1", "--pretty"]) == 0
    printed = capsys.readouterr().out
    decoder = json.JSONDecoder()
    records, at = [], 0
    while at < len(printed.strip()):
        record, at = decoder.raw_decode(printed, at)
        records.append(record)
        while at < len(printed) and printed[at].isspace():
            at += 1
    assert records == [json.loads(line) for line in local_lines[:3]]
    assert printed.startswith("{\n  ")  # indented as --pretty prints locally


def test_an_unreachable_scheduler_is_one_line_and_exit_2(
    corpus: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", "1s")
    files = sorted(str(p) for p in corpus.iterdir())[:1]
    assert main(["extract", *files, "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:9" in err and len(err.strip().splitlines()) == 1


def _not_on_the_workers(articles: list[object]) -> list[object]:
    """Stands in for the task function; the workers cannot import this test module, so every task fails there."""
    raise AssertionError("never runs on a worker")


def test_tasks_that_fail_on_the_cluster_list_their_articles_and_a_rerun_retries_them(
    cluster: LocalCluster, corpus: Path, local_lines: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    files = sorted(str(p) for p in corpus.iterdir())[:4]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dask_engine, "analyse_batch", _not_on_the_workers)
        assert main(_dask(cluster, *files, "--out", str(out))) == 2
    err = capsys.readouterr().err
    assert "0 done, 0 already done, 4 failed" in err and "Traceback" not in err
    entries = manifest(out)["inputs"]
    assert [e["status"] for e in entries] == ["failed"] * 4
    assert all("the Dask task failed" in e["error"] for e in entries)
    assert manifest(out)["partitions"] == {}

    assert main(_dask(cluster, *files, "--out", str(out))) == 0
    assert "4 done, 0 already done, 0 failed" in capsys.readouterr().err
    assert by_source(listed_lines(out)) == {k: v for k, v in by_source(local_lines).items() if k in files}
