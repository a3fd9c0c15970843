"""The focused field scrolled back into view after a resize and as the person types in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import TextArea

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
    target = typing_region(widget)
    if not target:
        return
    node = widget.parent
    while isinstance(node, Widget):
        window = node.scrollable_content_region
        if node.is_scrollable and window and not window.contains_region(target):
            # Only as far as needed: the field's place on screen moves as little as it can.
            delta = Region.get_scroll_to_visible(window, target)
            if delta:
                node.scroll_relative(delta.x, delta.y, animate=False, immediate=True)
                target = target.translate(-delta)
        node = node.parent


def focused_into_view(app: App[object]) -> None:
    """Bring the field being typed in back into view, if it has scrolled out."""
    focused = app.focused
    if focused is not None and focused.is_attached:
        scroll_into_view(focused)


def after_resize(app: App[object], size: Size) -> None:
    """Once the screen is laid out at the new size, bring the focused field into view."""
    # The app hands a resize to the screen a moment later, and the screen's
    # breakpoint classes may restyle it once more: so wait for its own layout.
    screen = app.screen

    def laid_out(_: Screen[object]) -> None:
        if screen.size != size:
            return  # a layout from before the resize reached the screen
        screen.screen_layout_refresh_signal.unsubscribe(app)
        focused_into_view(app)
        screen.call_after_refresh(focused_into_view, app)  # after any restyle

    screen.screen_layout_refresh_signal.subscribe(app, laid_out)
