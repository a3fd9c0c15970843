"""Step 1 at 40x12: the self-kindness text has a sign of more, and PageDown reads it (rv46 #6)."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.widgets import Input

from screens.walk.kindness import MORE_ABOVE
from tests.app.walk_helpers import open_walk, until, walk_app


async def test_the_text_above_the_mood_field_says_there_is_more_and_pagedown_reads_it(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await open_walk(pilot)
        field = app.screen.query_one("#mood Input", Input)
        await until(pilot, lambda: field.placeholder == MORE_ABOVE)
        assert field.placeholder == MORE_ABOVE
        text = app.screen.query_one("#kindness-text", VerticalScroll)
        assert text.scroll_y == 0
        await pilot.press("pagedown")
        await until(pilot, lambda: text.scroll_y > 0)
        assert text.scroll_y > 0
        assert app.focused is field  # still ready for the number
        await pilot.press("7")
        assert field.value == "7"
    app = walk_app(tmp_path / "big")
    async with app.run_test(size=(100, 60)) as pilot:
        await open_walk(pilot)
        await pilot.pause()
        # All of it in view: no sign of more.
        assert app.screen.query_one("#mood Input", Input).placeholder != MORE_ABOVE


async def test_the_sign_of_more_fits_the_mood_field_at_80x24(tmp_path: Path) -> None:
    # At 80x24 the field sits beside the step's buttons and is narrower than at 40x12:
    # "0–10 · PgDn: read on" showed as "0–10 · PgDn: read".
    from rich.cells import cell_len

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        field = app.screen.query_one("#mood Input", Input)
        await until(pilot, lambda: field.placeholder == MORE_ABOVE)
        assert cell_len(MORE_ABOVE) <= field.content_region.width - 1  # the cursor's cell
