"""A compact footer that drops the least needed keys instead of overlapping them."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Footer


class FittingFooter(Footer):
    """A compact footer that leaves out the least needed keys rather than overlap them."""

    def __init__(self, drop_order: tuple[str, ...]) -> None:
        super().__init__(compact=True)
        self.drop_order = drop_order

    @staticmethod
    def _width(widget: Widget) -> int:
        """Columns a compact footer key takes: key, space, description, margin."""
        key = str(getattr(widget, "key_display", ""))
        description = str(getattr(widget, "description", ""))
        return len(key) + (len(description) + 1 if description else 0) + 1

    def compose(self) -> ComposeResult:
        """The footer's keys, less the first few of drop_order while they do not fit."""
        # FooterKey is private to Textual, so keys are read by their attributes.
        widgets = list(super().compose())
        for action in self.drop_order:
            # The last key's margin may fall off the edge.
            if sum(self._width(widget) for widget in widgets) - 1 <= self.app.size.width:
                break
            widgets = [w for w in widgets if getattr(w, "action", None) != action]
        yield from widgets

    async def on_resize(self, event: events.Resize) -> None:
        """A new width may fit more keys, or fewer."""
        await self.recompose()
