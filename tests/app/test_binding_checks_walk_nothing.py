"""Working out which keys a screen shows runs no query over all its widgets.

Textual asks a screen's check_action about each binding whenever the footer's keys are
worked out (each key, focus change and refresh), so a query there walked every widget
on the screen many times a key.
"""

from __future__ import annotations

import pytest
from textual.app import App
from textual.css.query import DOMQuery

from coach.journal import Journal
from screens.app import make_app
from screens.home.home import HomeScreen
from screens.journal.journal import JournalScreen
from tests.conftest import make_entry


def _queries_while_checking(app: App[object], monkeypatch: pytest.MonkeyPatch) -> int:
    """How many queries were evaluated while the screen checked each of its actions."""
    evaluated = 0
    nodes = DOMQuery.nodes

    def counted(query: DOMQuery) -> list:  # type: ignore[type-arg]
        nonlocal evaluated
        evaluated += 1
        return nodes.fget(query)  # type: ignore[attr-defined]

    with monkeypatch.context() as patch:
        patch.setattr(DOMQuery, "nodes", property(counted))
        assert app.screen.active_bindings  # the footer's question, checking each binding
        for action in ("undo", "delete", "draft", "focus_filter", "clear_filters", "to_results"):
            app.screen.check_action(action, ())
        for direction in (1, -1):
            app.screen.check_action("page", (direction,))
    return evaluated


async def test_the_journal_checks_its_keys_without_a_query(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry())
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)
        assert app.screen.check_action("delete", ()) is True
        assert _queries_while_checking(app, monkeypatch) == 0


async def test_home_checks_its_keys_without_a_query(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.check_action("page", (1,)) is False  # nothing below the fold
        assert _queries_while_checking(app, monkeypatch) == 0
