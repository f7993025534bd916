"""Copy text with the session's native clipboard tool, and say honestly whether it worked."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

TIMEOUT_S = 3.0


@dataclass(frozen=True)
class CopyResult:
    """What happened to a copy: which tool took it, or where the text was saved instead."""

    ok: bool
    tool: str | None = None
    error: str | None = None
    saved_to: Path | None = None
    browser: bool = False  # served in a browser: OSC 52 went to the browser's clipboard, not a terminal

    def message(self) -> str:
        """Return one line telling the user where the text went."""
        if self.ok:
            return f"Copied to the clipboard ({self.tool})."
        where = f" Saved to {self.saved_to}." if self.saved_to else ""
        if self.browser:
            # The browser allows it only on http://localhost or https pages, and cannot tell us if it did.
            return f"Sent to the browser's clipboard (a localhost or https page only).{where}"
        why = f" ({self.error})" if self.error else ""
        return f"Sent to the terminal clipboard (OSC 52) only; no system clipboard{why}.{where}"


def native_commands(env: dict[str, str] | None = None, platform: str | None = None) -> list[list[str]]:
    """Return the copy commands that fit this session, best first; empty when none can work."""
    env = dict(os.environ) if env is None else env
    platform = platform or sys.platform
    candidates: list[list[str]] = []
    if platform == "darwin":
        candidates.append(["pbcopy"])
    elif platform.startswith("win"):
        candidates.append(["clip"])
    else:
        if env.get("WAYLAND_DISPLAY"):
            candidates.append(["wl-copy"])
        if env.get("DISPLAY"):
            candidates.append(["xclip", "-selection", "clipboard", "-in"])
            candidates.append(["xsel", "--clipboard", "--input"])
    return [c for c in candidates if shutil.which(c[0], path=env.get("PATH"))]


def copy_native(text: str, commands: list[list[str]] | None = None) -> CopyResult:
    """Return the result of piping `text` into the first native tool that accepts it."""
    commands = native_commands() if commands is None else commands
    if not commands:
        if sys.platform in ("darwin", "win32"):
            return copy_pyperclip(text)
        return CopyResult(ok=False, error="no clipboard tool for this session")
    errors: list[str] = []
    for cmd in commands:
        # xclip forks a child that keeps any pipe open, so a captured stderr pipe would hang:
        # send stderr to a file instead.
        with tempfile.TemporaryFile() as err:
            try:
                proc = subprocess.run(
                    cmd,
                    input=text.encode("utf-8"),
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    timeout=TIMEOUT_S,
                    check=False,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                errors.append(f"{cmd[0]}: {exc.__class__.__name__}")
                continue
            if proc.returncode == 0:
                return CopyResult(ok=True, tool=os.path.basename(cmd[0]))
            err.seek(0)
            detail = err.read(300).decode("utf-8", "replace").strip().splitlines()
            errors.append(f"{os.path.basename(cmd[0])}: {detail[0] if detail else f'exit {proc.returncode}'}")
    return CopyResult(ok=False, error="; ".join(errors))


def copy_pyperclip(text: str) -> CopyResult:
    """Return the result of copying with pyperclip, checked by reading the clipboard back."""
    import pyperclip

    try:
        pyperclip.copy(text)
        ok = pyperclip.paste() == text  # a copy that "succeeded" but holds something else did not
    except pyperclip.PyperclipException as exc:
        return CopyResult(ok=False, error=f"pyperclip: {exc}")
    return CopyResult(ok=ok, tool="pyperclip", error=None if ok else "pyperclip: the clipboard did not keep the text")


def save_fallback(text: str, folder: Path, stem: str = "summary") -> Path:
    """Return the path of a new file in `folder` holding `text` (the copy of last resort)."""
    from quotemark.reading.output_file import write_new  # never replaces a planted link or file (O_EXCL, then link)

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return write_new(folder, f"{stem}-{stamp}", ".md", text.encode("utf-8"))
