"""A footer that makes its keys anew only when the keys it would show change."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """Textual's footer, keeping its keys when its screen is shown again with the same bindings.

    Textual makes every key anew each time the screen comes back. A key
    thrown away is garbage with cycles, which only a full collection frees,
    and home's keys are set aside from the collector at idle moments
    (screens/collector.py): thrown away after that, they were never freed.
    """

    def __init__(self, *, compact: bool = False) -> None:
        super().__init__(compact=compact)
        # What the keys shown were made from; None until they are made.
        self._made_from: tuple[object, ...] | None = None

    def compose(self) -> ComposeResult:
        """Textual's keys, noting what they were made from."""
        yield from super().compose()
        self._made_from = self._keys_wanted() if self._bindings_ready else None

    def _keys_wanted(self) -> tuple[object, ...]:
        """What the keys would be made from now: the bindings shown, and the width."""
        display = self.app.get_key_display
        shown = tuple(
            (binding.key, display(binding), binding.description, binding.action, enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return (self.app.size.width, self.compact, shown)

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Make the keys anew only if they would differ."""
        unchanged = self._made_from is not None and screen is self.screen and self.is_attached
        if unchanged and self._made_from == self._keys_wanted():
            return
        super().bindings_changed(screen)
