"""The article view's style of each highlight kind: component classes read once, theme colours blended over the view."""

from __future__ import annotations

from rich.style import Style
from textual.widget import Widget

from quotemark.widgets.highlight_runs import HighlightKind

__all__ = ["KIND_COMPONENTS", "KindStyles"]

# Each highlight kind has its own component class (styles.tcss and the view's DEFAULT_CSS colour them).
KIND_COMPONENTS: dict[HighlightKind, str] = {
    **{kind: f"article-view--{kind.value}" for kind in HighlightKind},
    HighlightKind.PLACE: "article-view--gpe",
    HighlightKind.TAG: "article-view--badge",
}


class KindStyles:
    """The Rich style of each component class and of each combination of highlight kinds, cached for one widget."""

    def __init__(self, widget: Widget) -> None:
        self._widget = widget
        self._combined: dict[tuple[HighlightKind, ...], Style] = {}
        self._components: dict[str, Style] = {}

    def clear(self) -> None:
        """Forget every style (the theme, the CSS or the base style changed). Returns None."""
        self._combined.clear()
        self._components.clear()

    def component(self, name: str) -> Style:
        """Return the Rich style of a component class: only what its rule sets, colours blended over the widget."""
        style = self._components.get(name)
        if style is None:
            # Theme colours often carry alpha ("$warning 20%", "auto 60%"), which a Rich colour
            # cannot: blend them over this widget's background the way Textual does for widgets.
            styles = self._widget.get_component_styles(name)
            background = self._widget.background_colors[1]
            text_background = background
            bgcolor = None
            if styles.has_rule("background") and styles.background.a > 0:
                text_background = background + styles.background
                bgcolor = text_background.rich_color
            color = None
            if styles.has_rule("auto_color") and styles.auto_color:
                color = (text_background + text_background.get_contrast_text(styles.color.a)).rich_color
            elif styles.has_rule("color") and styles.color.a > 0:
                color = (text_background + styles.color).rich_color
            style = Style(color=color, bgcolor=bgcolor) + styles.text_style
            self._components[name] = style
        return style

    def of_kind(self, kind: HighlightKind | str) -> Style:
        """Return the style of a highlight kind's component class, or of a named one ("cursor")."""
        return self.component(KIND_COMPONENTS[kind] if isinstance(kind, HighlightKind) else f"article-view--{kind}")

    def combined(self, kinds: tuple[HighlightKind, ...], base: Style) -> Style:
        """Return the style of a set of highlight kinds over `base` (cached per set: `base` changes only with a clear)."""
        style = self._combined.get(kinds)
        if style is None:
            style = base
            for kind in kinds:
                style = style + self.component(KIND_COMPONENTS[kind])
            self._combined[kinds] = style
        return style
