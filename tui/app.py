"""The quotemark App: opens the database, shows the reader screen, and owns the clipboard."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from quotemark.analysis.model import Article
from quotemark.analysis.sanitize import clean_line
from quotemark.reading.runner import AnalysisRunner
from quotemark.store import CorruptDatabase, Store, StoreError
from quotemark.tui.commands import ReaderCommands
from quotemark.tui.config import Config
from quotemark.tui.reader_screen import ReaderScreen

if TYPE_CHECKING:
    from quotemark.analysis.provenance import Occurrence
    from quotemark.reading.clipboard import CopyResult

LOCK_TIMEOUT_S = 2.0


class QuotemarkApp(App[None]):
    """Read one article closely: highlights, facts, tags, notes and summaries."""

    CSS_PATH = "../styles.tcss"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    TITLE = "quotemark"

    def __init__(
        self,
        article: Article,
        db_path: Path | None,
        *,
        runner: AnalysisRunner | None = None,
        native_clipboard: bool = True,
        config: Config | None = None,
    ) -> None:
        super().__init__()
        self.article = article
        self.db_path = db_path
        self.runner = runner or AnalysisRunner()
        self.native_clipboard = native_clipboard
        self.config = config or Config()
        self.store: Store | None = None
        self._store_error: StoreError | None = None
        self._store_notice: str | None = None
        self.last_copy: CopyResult | None = None

    def get_default_screen(self) -> ReaderScreen:
        """Return the reader as the first screen, so the first frame drawn is the article."""
        self.set_keymap(self.config.keymap)
        self.store = self._open_store()
        library = _LibraryOnFirstUse(self.store) if self.store is not None else None
        return ReaderScreen(self.article, self.store, self.runner, self.config.tags, library)

    def on_mount(self) -> None:
        if self._store_notice is not None:
            self.say(self._store_notice, title="Database", severity="warning", timeout=30)
        if self._store_error is not None:
            self.say(
                f"{self._store_error} Notes and tags stay in memory for this session.",
                title="Database",
                severity="error",
                timeout=20,
            )
        elif self.store is not None and self.store.read_only:
            self.say(f"The database is read-only: {self.store.read_only_reason}", severity="warning", timeout=20)
        elif self.store is not None and self.store.others_open():
            self.say(
                "Another quotemark has this database open: both save safely, each save merges the other's.", timeout=8
            )

    def _open_store(self) -> Store | None:
        if self.db_path is None:
            return None
        try:
            # A short wait: a stuck second instance must not freeze the UI; the edit stays in memory.
            return Store(self.db_path, lock_timeout=LOCK_TIMEOUT_S)
        except CorruptDatabase as exc:
            # The damaged file was moved aside (never overwritten): start a fresh one beside it.
            self._store_notice = f"{exc}"
            try:
                return Store(self.db_path, lock_timeout=LOCK_TIMEOUT_S)
            except StoreError as again:
                self._store_error = again
                return None
        except StoreError as exc:
            self._store_error = exc
            return None

    def say(self, message: str, **options: Any) -> None:
        """Show a notification whose text is shown as text: no markup, no terminal controls."""
        self.notify(clean_line(message), markup=False, **options)

    def copy_text(self, text: str, what: str = "Text") -> None:
        """Copy `text` everywhere we can; a worker tries the native tools and tells the user where it went."""
        self.copy_to_clipboard(text)  # OSC 52 at once: reaches the local clipboard over SSH too
        # Native tools can hang for seconds (a stale DISPLAY over SSH): never on the UI thread.
        self._copy_native(text, what)

    @work(thread=True, group="clipboard")
    def _copy_native(self, text: str, what: str) -> None:
        from quotemark.reading import clipboard  # imported off the UI thread, and only once something is copied

        result = clipboard.copy_native(text) if self.native_clipboard else clipboard.CopyResult(False, error="disabled")
        if not result.ok:
            folder = self.db_path.parent if self.db_path is not None else Path.cwd()
            try:
                saved = clipboard.save_fallback(text, folder / "copies", stem=what.lower())
            except OSError:
                saved = None
            result = clipboard.CopyResult(False, error=result.error, saved_to=saved, browser=self.is_web)
        self.call_from_thread(self._copied, result, what)

    def _copied(self, result: CopyResult, what: str) -> None:
        self.last_copy = result
        self.say(f"{what}: {result.message()}", timeout=6 if result.ok else 12)


class _LibraryOnFirstUse:
    """The store's library index as a ProvenanceLookup, opened on the first look-up, not before the first paint."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def occurrences(self, quote_text: str, exclude_article: str | None = None) -> list[Occurrence]:
        """Return the saved articles (other than exclude_article) that carry this quotation, oldest first."""
        return self._store.library.occurrences(quote_text, exclude_article)
