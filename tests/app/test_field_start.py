"""A long name in a one-line field, once left, shows its start rather than a slice of its middle."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from coach.walk import WalkState
from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import until, walk_app

LONG = "Acme International Holdings GmbH & Co. KG Worldwide"


async def test_the_walks_company_shows_its_start_after_tab_at_40x12(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await until(pilot, lambda: isinstance(app.focused, Input))
        assert isinstance(app.screen, HappenedScreen)
        company = app.screen.query_one("#company", Input)
        assert app.focused is company
        await pilot.press(*LONG)
        await until(pilot, lambda: company.value == LONG)
        assert company.scroll_x > 0  # typing ends at the end: the start is out of view
        await pilot.press("tab")
        await until(pilot, lambda: app.focused is not company)
        await pilot.pause()
        assert company.scroll_x == 0
        assert company.value == LONG and company.cursor_position == len(LONG)
    assert app.unsaved is not None
    app.unsaved.close()


async def test_focused_again_the_field_shows_its_cursor(tmp_path: Path) -> None:
    # rv50 #8: tabbed back into, the field showed its start while the cursor sat at its
    # end, out of sight (and narrowed while focused, the same: the test below).
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await until(pilot, lambda: isinstance(app.focused, Input))
        company = app.screen.query_one("#company", Input)
        await pilot.press(*LONG)
        await until(pilot, lambda: company.value == LONG)
        await pilot.press("tab")
        await until(pilot, lambda: app.focused is not company and company.scroll_x == 0)
        await pilot.press("shift+tab")
        await until(pilot, lambda: app.focused is company)
        await until(pilot, lambda: company.scroll_x > 0)
        assert company.scroll_x > 0 and company.cursor_position == len(LONG)
    app.unsaved.close()  # type: ignore[union-attr]


async def test_narrowed_under_a_focused_field_the_field_shows_its_cursor(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened", company=LONG))
        await until(pilot, lambda: isinstance(app.focused, Input))
        company = app.screen.query_one("#company", Input)
        company.cursor_position = len(LONG)
        await pilot.pause()
        assert company.scroll_x == 0  # it all fits at 80 columns
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: company.scroll_x > 0)
        assert company.scroll_x > 0
    app.unsaved.close()  # type: ignore[union-attr]
