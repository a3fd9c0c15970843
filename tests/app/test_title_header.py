"""The header's queued title update gives way when its parts are already gone."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Header, Static

from screens.widgets.title_header import TitleHeader


class _HeaderApp(App[None]):
    def __init__(self, header: Header) -> None:
        super().__init__()
        self.header = header

    def compose(self) -> ComposeResult:
        yield self.header


async def _title_changed_after_the_parts_went(header: Header) -> _HeaderApp:
    app = _HeaderApp(header)
    async with app.run_test(size=(40, 5)) as pilot:
        await pilot.pause()
        # What a screen closing in the same moment leaves: a header with no title part.
        await header.query_one("HeaderTitle").remove()
        app.title = "Changed"
        await pilot.pause()
    return app


async def test_textuals_header_raises_where_ours_gives_way() -> None:
    """The case is real (Textual's header ends the app) and ours survives it."""
    try:
        await _title_changed_after_the_parts_went(Header())
    except Exception as error:
        assert type(error).__name__ == "NoMatches"
    else:
        raise AssertionError("Textual's Header no longer raises: TitleHeader may go")
    app = await _title_changed_after_the_parts_went(TitleHeader())
    assert app.return_code in (0, None)


async def test_the_title_still_follows_the_screen() -> None:
    app = _HeaderApp(TitleHeader())
    async with app.run_test(size=(40, 5)) as pilot:
        app.title = "First"
        await pilot.pause()
        app.title = "Second"
        await pilot.pause()
        title = app.header.query_one("HeaderTitle", Static)
        assert "Second" in str(title.render())
