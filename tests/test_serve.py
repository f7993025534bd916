"""`quotemark serve` without a browser: who may listen where, what each tab runs, which requests reach the app."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Any

import pytest

from quotemark.tui import serve_command
from quotemark.tui.cli import main
from quotemark.tui.serve_command import allowed_request, check_host, child_command, is_loopback


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"])
def test_loopback_hosts_are_served_without_a_flag(host: str) -> None:
    assert is_loopback(host)
    check_host(host, public=False)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "", "192.168.1.5", "example.org", "localhost.evil.example"])
def test_any_other_host_needs_public(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(serve_command.ServeError, match="--public"):
        check_host(host, public=False)
    check_host(host, public=True)


class _FakeServer:
    served: list[tuple[str, str, int]] = []

    def __init__(self, command: str, host: str, port: int) -> None:
        self.args = (command, host, port)

    def serve(self) -> None:
        _FakeServer.served.append(self.args)


@pytest.fixture
def fake_server(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, int]]:
    _FakeServer.served = []
    monkeypatch.setattr(serve_command, "make_server", _FakeServer)
    monkeypatch.setattr(serve_command, "port_free", lambda host, port: True)
    return _FakeServer.served


def test_a_public_host_is_refused_in_one_line_without_the_flag(fake_server: list[Any], capsys, tmp_path: Path) -> None:
    assert main(["serve", "--host", "0.0.0.0", "--db", str(tmp_path / "q.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "refusing to listen on 0.0.0.0" in err and "--public" in err
    assert fake_server == []


def test_public_serves_with_a_warning_naming_the_database(fake_server: list[Any], capsys, tmp_path: Path) -> None:
    db = tmp_path / "q.json"
    assert main(["serve", "--host", "0.0.0.0", "--port", "8123", "--public", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "WARNING" in err and "anyone who can reach this port can read and edit the library" in err
    assert str(db) in err
    assert [(host, port) for _, host, port in fake_server] == [("0.0.0.0", 8123)]


def test_loopback_serves_quietly(fake_server: list[Any], capsys, tmp_path: Path) -> None:
    assert main(["serve", "--db", str(tmp_path / "q.json")]) == 0
    assert "WARNING" not in capsys.readouterr().err
    assert [(host, port) for _, host, port in fake_server] == [("127.0.0.1", 8000)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-"], "cannot serve standard input"),
        (["/nonexistent/article.txt"], "no such file"),
        (["--port", "0"], "not a port number"),
        (["--port", "70000"], "not a port number"),
        (["--port", "x"], "invalid int value"),
        (["--db", "/nonexistent-folder/q.json"], "its folder does not exist"),
    ],
)
def test_bad_requests_get_one_line_and_status_2(fake_server: list[Any], capsys, args: list[str], message: str) -> None:
    assert main(["serve", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1, err
    assert fake_server == []


def test_a_port_in_use_is_one_line(capsys, tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port), "--db", str(tmp_path / "q.json")]) == 2
    assert f"cannot listen on 127.0.0.1:{port}" in capsys.readouterr().err


def test_each_tab_runs_this_python_on_this_article_and_database_quoted_for_the_shell(tmp_path: Path) -> None:
    article = tmp_path / "it's $(touch pwned) a file.txt"
    db = tmp_path / "my db; rm -rf ~" / "q.json"
    argv = shlex.split(child_command(str(article), db))
    assert argv == [sys.executable, "-m", "quotemark.tui.served_app", "--db", str(db), "--", str(article.resolve())]
    assert shlex.split(child_command(None, db))[-2:] == ["--db", str(db)]  # no path: the bundled sample


@pytest.mark.parametrize(
    ("host", "origin", "loopback", "allowed"),
    [
        ("127.0.0.1:8000", "http://127.0.0.1:8000", True, True),
        ("localhost:8000", "http://localhost:8000", True, True),
        ("127.0.0.1:8000", None, True, True),  # not a page (curl)
        ("127.0.0.1:8000", "http://evil.example", True, False),  # another site's page opening our WebSocket
        ("127.0.0.1:8000", "http://127.0.0.1:9999", True, False),
        ("evil.example:8000", "http://evil.example:8000", True, False),  # DNS rebinding
        ("news-desk:8000", "http://news-desk:8000", False, True),  # --public, by the machine's name
        ("news-desk:8000", "http://evil.example", False, False),
        (None, None, True, False),
    ],
)
def test_only_same_origin_requests_reach_the_app(
    host: str | None, origin: str | None, loopback: bool, allowed: bool
) -> None:
    assert allowed_request(host, origin, loopback) is allowed


def test_serve_is_listed_and_its_module_is_not_imported_by_other_commands() -> None:
    import subprocess

    from quotemark.tui.cli import SUBCOMMANDS

    assert "serve" in SUBCOMMANDS
    code = "import sys, quotemark.tui.cli; print('aiohttp' in sys.modules, 'textual_serve' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_a_tab_whose_article_is_gone_ends_with_one_line(tmp_path: Path) -> None:
    import subprocess

    gone = tmp_path / "moved\x1b]0;PWNED\x07away.txt"  # printed on the server's terminal: no escape gets there
    out = subprocess.run(
        [sys.executable, "-m", "quotemark.tui.served_app", "--db", str(tmp_path / "q.json"), "--", str(gone)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 2
    assert out.stderr.startswith("quotemark: ") and out.stderr.endswith("away.txt: no such file\n")
    assert out.stderr.count("\n") == 1 and "\x1b" not in out.stderr and "\x07" not in out.stderr


def test_a_copy_in_the_browser_says_where_it_went() -> None:
    from quotemark.reading.clipboard import CopyResult

    said = CopyResult(False, error="disabled", saved_to=Path("/data/copies/summary-1.md"), browser=True).message()
    assert (
        said == "Sent to the browser's clipboard (a localhost or https page only). Saved to /data/copies/summary-1.md."
    )
    assert "terminal clipboard" in CopyResult(False, error="disabled").message()  # the terminal's wording stays
