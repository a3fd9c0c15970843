"""A screen opened is styled as its widgets mount, and not again as it is first shown."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

from coach.content import load_content
from coach.journal import Journal
from screens.app import make_app
from screens.home.home import HomeScreen
from screens.journal.journal import JournalScreen
from tests.conftest import FIXED_NOW, make_entry


def textual_classes(screen: Any, width: int, height: int) -> set[str]:
    """The classes Textual's own resize handling picks for this size."""
    chosen: set[str] = set()
    chosen |= set(screen._get_breakpoint_classes(width, screen.HORIZONTAL_BREAKPOINTS or []))
    chosen |= set(screen._get_breakpoint_classes(height, screen.VERTICAL_BREAKPOINTS or []))
    return chosen


@pytest.mark.parametrize("size", [(40, 12), (63, 17), (64, 18), (100, 30)])
@pytest.mark.parametrize("kind", ["journal", "home"])
async def test_a_screen_opens_styled_once(
    size: tuple[int, int], kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Acme [b]"))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    restyled: list[DOMNode] = []
    laid_out: list[Screen[Any]] = []
    original = App.update_styles
    original_layout = Screen._screen_resized

    def noted(self: App[Any], node: DOMNode, animate: bool = True) -> None:
        restyled.append(node)
        original(self, node, animate)

    def noted_layout(self: Screen[Any], *args: Any, **kwargs: Any) -> None:
        laid_out.append(self)
        original_layout(self, *args, **kwargs)

    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        if kind == "journal":
            screen: Any = JournalScreen(journal, load_content().content, FIXED_NOW.date())
        else:
            screen = HomeScreen()
        monkeypatch.setattr(App, "update_styles", noted)
        monkeypatch.setattr(Screen, "_screen_resized", noted_layout)
        await app.push_screen(screen)
        await pilot.pause()
        # Textual would have set these on the first resize, restyling every widget.
        names = {name for _, name in screen.HORIZONTAL_BREAKPOINTS or []}
        names |= {name for _, name in screen.VERTICAL_BREAKPOINTS or []}
        assert set(screen.classes) & names == textual_classes(screen, *size)
        # Styled as its widgets mounted, and not again when first shown nor
        # for the classes Textual would have set on the first resize.
        assert screen not in restyled
        # Laid out as shown, and not again on the Resize that layout sends it.
        assert screen not in laid_out
        # Shown again later with a restyle asked for: restyled, as Textual does.
        screen.post_message(events.ScreenResume())
        await pilot.pause()
        assert restyled.count(screen) == 1
        # A later resize is Textual's, as before: laid out again, classes moved.
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert set(screen.classes) & names == textual_classes(screen, 120, 40)
        assert screen.size == (120, 40)
        assert screen.query_one("Footer").size.width == 120
        assert screen in laid_out
