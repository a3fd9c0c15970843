"""A footer that drops the least needed keys instead of overlapping or hiding them."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widget import Widget

from screens.widgets.steady_footer import SteadyFooter

# Below this width the footer cannot show a screen's keys: help and the palette, which
# list them all, are kept first, then the crisis key (rv46 #5: at 40 columns F1 and
# ^p were dropped while ^b Copy stayed, and a keyboard user could not learn the rest).
NARROW = 60
KEPT_LONGEST = ("support", "app.support", "help", "app.help")


class FittingFooter(SteadyFooter):
    """A footer that leaves out the least needed keys rather than overlap or hide them."""

    def __init__(
        self,
        drop_order: tuple[str, ...],
        *,
        compact: bool = True,
        keep: tuple[str, ...] = (),
        narrow_order: bool = True,
        row_above: tuple[str, ...] = (),
    ) -> None:
        super().__init__(compact=compact)
        # Keys shown on a row of their own above the footer below NARROW (a KeysAbove),
        # so never here then: at 40 columns no order of dropping kept them (fz45).
        self.row_above = row_above
        self.drop_order = drop_order
        # A form's own keys (Back, Save) kept at narrow widths even over the palette's.
        self.keep = keep
        # False: drop_order alone at every width, for a screen whose narrow footer is set.
        self.narrow_order = narrow_order

    def _width(self, widget: Widget) -> int:
        """Columns a footer key takes: its key, its description and Textual's padding."""
        key = str(getattr(widget, "key_display", ""))
        description = str(getattr(widget, "description", ""))
        if self.compact:
            # Key, space, description, then a one-column margin.
            return len(key) + (len(description) + 1 if description else 0) + 1
        # A column either side of the key, and one after the description.
        return len(key) + 2 + (len(description) + 1 if description else 0)

    def _fits(self, widgets: list[Widget]) -> bool:
        used = sum(self._width(widget) for widget in widgets)
        # A compact footer's last margin may fall off the edge.
        return used - (1 if self.compact else 0) <= self.app.size.width

    def compose(self) -> ComposeResult:
        """The footer's keys, less the first few of drop_order while they do not fit."""
        # FooterKey is private to Textual, so keys are read by their attributes.
        widgets = list(super().compose())
        if self.row_above and self.app.size.width < NARROW:
            widgets = [w for w in widgets if getattr(w, "action", None) not in self.row_above]
        for action in self._order(widgets):
            if self._fits(widgets):
                break
            widgets = [w for w in widgets if getattr(w, "action", None) != action]
        yield from widgets

    def _order(self, widgets: list[Widget]) -> tuple[str, ...]:
        """The order keys are left out in: at narrow widths every other key goes first."""
        if self.app.size.width >= NARROW or not self.narrow_order:
            return self.drop_order
        last = ("command_palette", *self.keep, *KEPT_LONGEST)
        order = [a for a in self.drop_order if a not in last]
        for widget in reversed(widgets):  # the rightmost, least used, first
            action = getattr(widget, "action", None)
            if isinstance(action, str) and action not in last and action not in order:
                order.append(action)
        return (*order, *last)

    async def on_resize(self, event: events.Resize) -> None:
        """A new width may fit more keys, or fewer; a new height changes nothing."""
        # Before the bindings are ready there are no keys to fit; their change makes them.
        if self._bindings_ready and not self.keys_are_current():
            await self.recompose()


class KeysAbove(SteadyFooter):
    """A second row of a screen's keys, right above its footer, for below NARROW columns.

    For the keys a FittingFooter names in `row_above`: the lock screen's Copy and
    palette, which 40 columns had no room for beside Quit, Help and Support. The
    screen hides it at NARROW columns and wider (its `-wide` class), where they fit.
    """

    DEFAULT_CSS = """
    KeysAbove {
        margin-bottom: 1;
    }
    """

    def __init__(self, actions: tuple[str, ...]) -> None:
        super().__init__(compact=False)
        self.actions = actions

    def compose(self) -> ComposeResult:
        """Only its own keys."""
        for widget in super().compose():
            if getattr(widget, "action", None) in self.actions:
                yield widget
