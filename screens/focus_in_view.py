"""The focused field scrolled back into view after a resize and as the person types in it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from textual import events
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, TextArea

from screens.field_start import show_field_start

if TYPE_CHECKING:
    from textual.app import App
    from textual.geometry import Size
    from textual.screen import Screen


def typing_region(widget: Widget) -> Region:
    """Where typing shows on screen: a text area's cursor line, else the whole field."""
    region = widget.region
    if isinstance(widget, TextArea):
        # A long text area is taller than a small screen: its cursor is what must show.
        return Region(region.x, widget.cursor_screen_offset.y, region.width, 1)
    return region


def scroll_into_view(widget: Widget) -> None:
    """Scroll each container around widget, innermost first, until its typing point shows."""
    point = typing_region(widget)
    whole = widget.region
    if not point:
        return
    node = widget.parent
    while isinstance(node, Widget):
        window = node.scrollable_content_region
        # The whole field (border and all) if it fits, else where typing shows.
        target = whole if whole.height <= window.height else point
        if node.is_scrollable and window and not window.contains_region(target):
            # Only as far as needed: the field's place on screen moves as little as it can.
            delta = Region.get_scroll_to_visible(window, target)
            if delta:
                node.scroll_relative(delta.x, delta.y, animate=False, immediate=True)
                point = point.translate(-delta)
                whole = whole.translate(-delta)
        node = node.parent


def scroll_with_heading(widget: Widget, heading: Widget) -> None:
    """Scroll widget's page so that heading (a question above it) shows with it.

    The whole field if heading and field fit together, else down to the line
    typed on; if not even that fits, the typing point alone.
    """
    if not (widget.is_attached and heading.is_attached):
        return
    page = widget.parent
    while isinstance(page, Widget) and not page.is_scrollable:
        page = page.parent
    if not isinstance(page, Widget):
        return
    window = page.scrollable_content_region
    top = heading.region.y
    typing = typing_region(widget)
    for bottom in (widget.region.bottom, typing.bottom + 1, typing.bottom):
        span = Region(window.x, top, window.width, bottom - top)
        if span.height <= window.height:
            delta = Region.get_scroll_to_visible(window, span)
            if delta:
                page.scroll_relative(delta.x, delta.y, animate=False, immediate=True)
            return
    scroll_into_view(widget)


def focus_with_heading(widget: Widget, heading: Widget) -> None:
    """Focus widget, its heading (its label) brought into view with it.

    Textual's own scroll centres the field alone: at 40x12 a form's first
    field opened with its label above the view.
    """
    widget.focus(scroll_visible=False)
    widget.call_after_refresh(scroll_with_heading, widget, heading)


def typed_into_view(widget: Widget) -> None:
    """After typing in widget, bring it into view, if it still has the focus."""
    # Not a field focused since: Textual centres that one itself, and a
    # scroll here first would leave it at the edge instead.
    if widget.is_attached and widget.app.focused is widget:
        scroll_into_view(widget)


def focused_into_view(app: App[object]) -> None:
    """Bring the field being typed in back into view, if it has scrolled out."""
    focused = app.focused
    if focused is not None and focused.is_attached:
        scroll_into_view(focused)


# Events that say the person has taken over from what a resize set going.
PERSON_ACTS = (
    events.Key,
    events.Paste,
    events.MouseDown,
    events.MouseScrollDown,
    events.MouseScrollUp,
)


# Keys that scroll the page when a one-line field has the focus (it has no use for them).
PAGE_KEYS = frozenset({"pageup", "pagedown"})


# Function keys (F1 help, F2 support) open another screen; no field types with them.
FUNCTION_KEY = re.compile(r"(?:[a-z]+\+)*f\d+")


def opens_elsewhere(event: events.Event) -> bool:
    """Whether the key is a function key, which leaves the field as it was.

    Bringing the field into view for F1 scrolled a page back to its field
    while help opened over it: an entry read halfway down was back at its top.
    """
    return isinstance(event, events.Key) and bool(FUNCTION_KEY.fullmatch(event.key))


def moves_the_page(event: events.Event, focused: Widget) -> bool:
    """Whether the key scrolls the page rather than the field (so the field may leave view)."""
    return (
        isinstance(event, events.Key)
        and event.key in PAGE_KEYS
        and not isinstance(focused, TextArea)
    )


class KeptInView:
    """After a resize, each new layout brings the focused field into view, until the person acts.

    The app hands a resize to the screen a moment later, and the screen's
    breakpoint classes restyle it once more: which layout is the last one is
    not known, so every one counts until a key or the mouse says the person
    has taken over (they may then scroll away on purpose).
    """

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._screen: Screen[object] | None = None
        self._sized = False  # the first size is the terminal's at start, not a resize
        # The screen on which a typed field is queued to come into view. A
        # screen runs its queued calls only when it is next drawn: one left
        # by the key that closed it never runs, so a flag set here stayed
        # set, and no field was brought into view again.
        self._bringing: Screen[object] | None = None

    def saw(self, event: events.Event) -> None:
        """Each event the app gets: a resize starts following, a key or the mouse ends it."""
        if isinstance(event, events.Resize):
            self.resized(event.size)
        elif isinstance(event, events.DescendantBlur) and isinstance(event.widget, Input):
            show_field_start(event.widget)  # a long name left shows its start, not its middle
        elif isinstance(event, PERSON_ACTS):
            self.stop()  # their scrolling is theirs again
            focused = self.app.focused
            # Once the field has the key: what is typed shows where it lands. Once
            # for a burst: each call after the same refresh saw the field where it
            # was before the last scroll, and scrolled again, past it.
            if (
                isinstance(event, events.Key | events.Paste)
                and focused is not None
                and not moves_the_page(event, focused)
                and not opens_elsewhere(event)
                and self._bringing is not self.app.screen
            ):
                self._bringing = self.app.screen
                self.app.call_after_refresh(self._typed_into_view, focused)

    def _typed_into_view(self, widget: Widget) -> None:
        self._bringing = None
        typed_into_view(widget)

    def resized(self, size: Size) -> None:
        """Follow the current screen's layouts at this size."""
        self.stop()
        if not self._sized:
            self._sized = True
            return
        screen = self.app.screen
        focused = self.app.focused

        def laid_out(_: Screen[object]) -> None:
            if self.app.focused is not focused:
                self.stop()  # focus moved on: Textual brings the new one into view itself
            elif screen.size == size:  # not a layout from before the resize reached it
                focused_into_view(self.app)

        screen.screen_layout_refresh_signal.subscribe(self.app, laid_out)
        self._screen = screen

    def stop(self) -> None:
        """The person acted: their scrolling is theirs again."""
        if self._screen is not None:
            self._screen.screen_layout_refresh_signal.unsubscribe(self.app)
            self._screen = None


# One follower per app (tests run many apps in one process).
_FOLLOWERS: WeakKeyDictionary[App[object], KeptInView] = WeakKeyDictionary()


def saw(app: App[object], event: events.Event) -> None:
    """Each event the app gets, handed to its follower (made on the first)."""
    follower = _FOLLOWERS.get(app)
    if follower is None:
        follower = _FOLLOWERS[app] = KeptInView(app)
    follower.saw(event)
