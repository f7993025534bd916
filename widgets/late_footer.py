"""A footer that may be mounted after its screen's first frame."""

from __future__ import annotations

from textual.widgets import Footer


class LateFooter(Footer):
    """Textual's footer, showing the bindings as soon as it is mounted.

    A Footer fills itself when the screen announces its bindings (on a focus change); one mounted
    after that announcement would stay empty until the next one, so it asks at once.
    """

    def on_mount(self) -> None:
        super().on_mount()
        self.bindings_changed(self.screen)
