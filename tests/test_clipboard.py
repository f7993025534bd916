"""The clipboard never claims a copy that did not happen."""

from __future__ import annotations

import stat
from pathlib import Path

from quotemark.reading import clipboard


def _tool(folder: Path, name: str, script: str) -> list[str]:
    path = folder / name
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return [str(path)]


def test_no_session_means_no_native_tool() -> None:
    assert clipboard.native_commands(env={}, platform="linux") == []


def test_a_working_tool_receives_the_text(tmp_path: Path) -> None:
    out = tmp_path / "got.txt"
    cmd = _tool(tmp_path, "fakecopy", f"cat > {out}")
    result = clipboard.copy_native("“quoted” text", [cmd])
    assert result.ok and result.tool == "fakecopy"
    assert out.read_text(encoding="utf-8") == "“quoted” text"


def test_a_failing_tool_is_reported_with_its_error(tmp_path: Path) -> None:
    cmd = _tool(tmp_path, "badcopy", 'echo "Error: Can\'t open display: :99" >&2; exit 1')
    result = clipboard.copy_native("x", [cmd])
    assert not result.ok
    assert "open display" in (result.error or "")
    assert "OSC 52" in result.message()


def test_a_tool_whose_child_keeps_stderr_open_does_not_hang(tmp_path: Path) -> None:
    # xclip forks and its child holds stderr; a pipe would block until the child exits.
    cmd = _tool(tmp_path, "forkcopy", "cat >/dev/null; (sleep 30 >&2 &) ; exit 0")
    result = clipboard.copy_native("x", [cmd])
    assert result.ok


def test_fallback_file_holds_the_text(tmp_path: Path) -> None:
    path = clipboard.save_fallback("summary text", tmp_path / "copies")
    assert path.read_text(encoding="utf-8") == "summary text"
    assert path.parent == tmp_path / "copies"
    assert not [p for p in path.parent.iterdir() if p.suffix == ".tmp"]


def test_tools_are_chosen_by_session_and_path(tmp_path: Path) -> None:
    _tool(tmp_path, "xclip", "exit 0")
    x11 = {"DISPLAY": ":0", "PATH": str(tmp_path)}
    assert [c[0] for c in clipboard.native_commands(env=x11, platform="linux")] == ["xclip"]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert clipboard.native_commands(env={"DISPLAY": ":0", "PATH": str(empty)}, platform="linux") == []


def test_pyperclip_is_checked_by_reading_back(monkeypatch) -> None:  # noqa: ANN001
    import pyperclip

    store: dict[str, str] = {}
    monkeypatch.setattr(pyperclip, "copy", lambda text: store.__setitem__("v", text))
    monkeypatch.setattr(pyperclip, "paste", lambda: store.get("v", ""))
    assert clipboard.copy_pyperclip("hello").ok
    monkeypatch.setattr(pyperclip, "paste", lambda: "")  # a stale session: nothing kept
    result = clipboard.copy_pyperclip("hello")
    assert not result.ok and "did not keep" in (result.error or "")
