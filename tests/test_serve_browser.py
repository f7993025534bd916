"""`quotemark serve` in a real browser: Debian's headless Chromium, driven by Playwright, reading what the page shows.

Needs /usr/bin/chromium (`.ci/run` installs it) and Playwright's Python package (the test extra);
Playwright never downloads a browser here. Under CI a missing browser fails the test; elsewhere it skips.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_helpers import Served, launch, need_browser, screen_text, wait_for_text
from fixtures_hostile import BEL, CSI, HOSTILE, OSC, PWNED_CLIPBOARD_B64

from quotemark.analysis.reader import read_path
from quotemark.store import Store

ARTICLE = """date 2026-05-12 Harbour officials in Lisbon said on Tuesday that the port would reopen.

"We expect every berth to be working by Friday," said Marta Sousa, the port's director.

The union disagreed. "Nothing is fixed until the cranes are inspected," said Rui Costa, its leader.
"""

# Markup, HTML, a colour escape and a clipboard write (OSC 52) from tests/fixtures_hostile.py, in one article.
HOSTILE_ARTICLE = (
    "date 2026-03-04 Officials in Springfield said on Wednesday that the bridge would reopen.\n\n"
    'Mayor Ann Lee said, "We will fix [bold red]the bridge[/] by June." The council agreed.\n\n'
    "Her office wrote <script>window.__qmPwned = 1</script> in the notice.\n\n"
    f"A sign read {CSI}31mDANGER{CSI}0m at the gate, and {OSC}52;c;{PWNED_CLIPBOARD_B64}{BEL} was sent.\n\n"
    + HOSTILE["markup_click_quit"]
)


@pytest.fixture
def playwright() -> Iterator[object]:
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        yield p


def _serve(tmp_path: Path, text: str) -> tuple[Served, Path, Path]:
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    db = tmp_path / "db" / "quotemark.json"
    db.parent.mkdir()
    served = Served(article, db, tmp_path)
    served.wait_ready()
    return served, article, db


def _tags(db: Path, article: Path) -> dict[str, set[str]]:
    """Return quoted text -> tags saved in the database for the article."""
    a = read_path(article)
    store = Store(db)
    try:
        found: dict[str, set[str]] = {}
        for ann in store.annotations(a.id):
            if ann.motivation == "tagging" and ann.target is not None:
                start, end = ann.target.start, ann.target.end
                found.setdefault(a.text[start:end], set()).add(ann.body["value"])
        return found
    finally:
        store.close()


def _open(context: object, url: str, first_says: str | None = None) -> object:
    page = context.new_page()  # type: ignore[attr-defined]
    page.goto(url, wait_until="domcontentloaded")
    if first_says is not None:  # a notification shown at start: looked for before it times out
        wait_for_text(page, first_says)
    wait_for_text(page, "2 quotes")  # the analysis is done: `]` has quotes to go to
    page.click(".textual-terminal")  # the keys go to the terminal
    return page


def test_tag_a_quote_in_the_browser_and_in_a_second_tab_on_the_same_database(tmp_path: Path, playwright) -> None:
    served, article, db = _serve(tmp_path, ARTICLE)
    context = launch(playwright, tmp_path / "profile")
    try:
        first = _open(context, served.url)
        wait_for_text(first, "every berth to be working")
        first.keyboard.press("]")
        first.keyboard.press("1")
        text = wait_for_text(first, "⟨key⟩")
        assert text.count("⟨key⟩") == 2  # after the quote in the article and on its row in the panel
        assert _tags(db, article) == {"We expect every berth to be working by Friday,": {"key"}}

        first.keyboard.press("y")  # the summary goes to the browser's clipboard (OSC 52 through xterm.js)
        wait_for_text(first, "browser's clipboard")
        assert "every berth to be working" in first.evaluate("navigator.clipboard.readText()")

        # A second tab is a second app process on the same database: both save, neither loses the other's.
        second = _open(context, served.url, first_says="Another quotemark has this database open")
        wait_for_text(second, "⟨key⟩")  # it reads what the first tab saved
        second.keyboard.press("]")
        second.keyboard.press("]")
        second.keyboard.press("2")
        wait_for_text(second, "⟨claim⟩")
        first.keyboard.press("]")
        first.keyboard.press("3")
        wait_for_text(first, "⟨threat⟩")
        assert _tags(db, article) == {
            "We expect every berth to be working by Friday,": {"key"},
            "Nothing is fixed until the cranes are inspected,": {"claim", "threat"},
        }

        # An export is written on the server and handed to the browser as a download.
        downloads: list[str] = []

        def keep(route) -> None:
            response = route.fetch()
            downloads.append(response.text())
            route.fulfill(response=response)

        context.route("**/download/**", keep)
        first.keyboard.press("Control+e")
        wait_for_text(first, "Export as")
        first.keyboard.press("Enter")  # md, the first format
        wait_for_text(first, "Exported md to")  # the start of the notification: the path after it wraps
        for _ in range(50):
            if downloads:
                break
            first.wait_for_timeout(100)
        assert len(downloads) == 1 and "every berth to be working" in downloads[0] and "key" in downloads[0]
        first.screenshot(path=str(tmp_path / "served.png"))
    finally:
        context.close()
        served.stop()


def test_markup_html_and_escapes_in_an_article_stay_text_in_the_browser(tmp_path: Path, playwright) -> None:
    served, _, _ = _serve(tmp_path, HOSTILE_ARTICLE)
    context = launch(playwright, tmp_path / "profile")
    try:
        page = context.new_page()
        page.goto(served.url, wait_until="domcontentloaded")
        text = wait_for_text(page, "quotes ·")  # analysed
        assert "We will fix [bold red]the bridge[/] by June." in text
        assert "<script>window.__qmPwned = 1</script>" in text
        assert "␛[31mDANGER␛[0m" in text  # the escape is a visible placeholder, not a colour
        assert f"␛]52;c;{PWNED_CLIPBOARD_B64}" in text
        assert "Read [@click=app.quit]the full" in text  # the viewport is fixed: this fits one row
        assert page.evaluate("window.__qmPwned") is None
        assert not page.evaluate("Array.from(document.scripts).some(s => s.text.includes('__qmPwned'))")
        page.click(".textual-terminal")
        page.keyboard.press("]")
        page.wait_for_timeout(300)
        assert page.evaluate("navigator.clipboard.readText()") == ""  # the article's OSC 52 wrote nothing
        assert "bridge" in screen_text(page)  # a planted app.quit did not end the app
        assert served.proc.poll() is None
        # Another site's page may not open the app's WebSocket (browsers let it try, with its Origin).
        for path, origin in (("ws", "http://evil.example"), ("", "http://evil.example"), ("ws", "null")):
            request = urllib.request.Request(served.url + path, headers={"Origin": origin})
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(request, timeout=5)
            assert refused.value.code == 403
    finally:
        context.close()
        served.stop()
