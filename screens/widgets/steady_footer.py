"""A footer that makes its keys anew only when the keys it would show change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, keeping its keys when its screen is shown again with the same bindings.

    Textual makes every key anew each time the screen comes back. A key
    thrown away is garbage with cycles, which only a full collection frees,
    and home's keys are set aside from the collector at idle moments
    (screens/collector.py): thrown away after that, they were never freed.

    Textual offers no public API for this: it leans on Footer's private
    `_bindings_ready` and a key's `_reactive_connect` (its data binds), pinned by
    tests/app/test_footer_private_parts.py, which fails by name if they change.
    """

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(compact=compact)
        # What the keys shown were made from; None until they are made.
        self._made_from: tuple[object, ...] | None = None
        # A remake waits for the next refresh; bindings change several times while a
        # screen mounts, and each change would otherwise make every key again.
        self._remake_pending = False

    def compose(self) -> ComposeResult:
        """Textual's keys, born in the footer's style, noting what they were made from."""
        for widget in super().compose():
            self._styled_as_footer(widget)
            yield widget
        self._made_from = self._keys_wanted() if self._bindings_ready else None

    def _styled_as_footer(self, widget: Widget) -> None:
        """A key bound to the footer's compact setting gets it, and its class, before mounting.

        Such a key is born compact and takes the footer's setting once mounted, and each
        change of its class styled it again: a non-compact footer's key was styled three
        times. The command palette's key is not bound, and stays as Textual makes it.
        """
        bound = getattr(widget, "_reactive_connect", None) or {}
        compact = getattr(type(widget), "compact", None)
        if "compact" in bound and isinstance(compact, Reactive):
            widget.set_reactive(compact, self.compact)
            widget.set_class(self.compact, "-compact", update=False)

    def _keys_wanted(self) -> tuple[object, ...]:
        """What the keys would be made from now: the bindings shown, and the width."""
        display = self.app.get_key_display
        shown = tuple(
            (binding.key, display(binding), binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return (self.app.size.width, self.compact, shown)

    def keys_are_current(self) -> bool:
        """Whether the keys shown were made from the bindings and width of now."""
        return self._made_from is not None and self._made_from == self._keys_wanted()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Make the keys anew once the bindings settle, and only if they would differ."""
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._remake_pending:
            self._remake_pending = True
            self.call_after_refresh(self._remake_if_changed)

    async def _remake_if_changed(self) -> None:
        self._remake_pending = False
        if self.is_attached and not self.keys_are_current():
            await self.recompose()
