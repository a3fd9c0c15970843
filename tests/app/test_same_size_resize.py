"""A resize to the size the app already has lays no screen out again."""

from __future__ import annotations

import pytest
from textual import events
from textual.screen import Screen

from coach.journal import Journal
from screens.app import make_app
from screens.home.home import HomeScreen


async def test_a_resize_to_the_same_size_lays_nothing_out(monkeypatch: pytest.MonkeyPatch) -> None:
    laid_out: list[str] = []
    refresh_layout = Screen._refresh_layout

    def counted(self: Screen, *args: object, **kwargs: object) -> None:
        laid_out.append(type(self).__name__)
        refresh_layout(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        # As the terminal's first resize does: it repeats the size the app started at.
        first = laid_out.count("HomeScreen")
        app.post_message(events.Resize(app.size, app.size))
        await pilot.pause()
        await pilot.pause()
        assert laid_out.count("HomeScreen") == first

        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert laid_out.count("HomeScreen") > first
        assert app.screen.size == (60, 20)
