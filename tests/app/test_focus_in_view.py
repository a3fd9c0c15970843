"""After a resize, and as the person types, the focused field is scrolled into view."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, TextArea

from coach.content import load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.home.checkin import CheckInScreen
from screens.journal.entry import EntryScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from tests.app.test_plans_app import answer, app_at, seed_due_plans
from tests.app.walk_helpers import NOW, until, walk_app
from tests.conftest import FIXED_NOW, make_entry


def typing_point(widget: Widget) -> Region:
    """Where typing shows: the cursor's line in a text area, else the whole field."""
    if isinstance(widget, TextArea):
        cursor = widget.cursor_screen_offset
        return Region(widget.region.x, cursor.y, widget.region.width, 1)
    return widget.region


def in_view(app: App[object]) -> bool:
    """Whether the focused field's typing point is inside every container around it."""
    focused = app.focused
    assert focused is not None
    point = typing_point(focused)
    node = focused.parent
    while isinstance(node, Widget):
        if node.is_scrollable and not node.scrollable_content_region.contains_region(point):
            return False
        node = node.parent
    return app.screen.region.contains_region(point)


async def test_the_entry_editor_brings_notes_back_after_a_resize_and_on_typing() -> None:
    journal = Journal.in_memory()
    entry = journal.add(make_entry("Acme", Stage.FINAL, notes="first line", date=date(2026, 11, 1)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(EntryScreen(journal, entry, load_content().content, FIXED_NOW.date()))
        await pilot.pause()
        app.screen.query_one("#f-notes", TextArea).focus()
        await pilot.pause()
        assert in_view(app)
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: in_view(app))
        assert in_view(app), "after the resize"
        # The person takes over (a key) and scrolls away: typing brings it back.
        await pilot.press("right")
        await pilot.pause()  # the key's own bringing into view is done
        app.screen.query_one("#entry").scroll_home(animate=False)
        await pilot.pause()
        assert not in_view(app)
        await pilot.press(*"RSZ")
        await pilot.pause()
        assert "RSZ" in app.screen.query_one("#f-notes", TextArea).text
        assert in_view(app), "after typing"


async def test_page_down_in_a_one_line_field_scrolls_the_page_and_typing_brings_it_back() -> None:
    # Each key brought the focused field back into view: PageDown from the company field
    # scrolled the entry page and was undone at once, so the page could not be paged.
    journal = Journal.in_memory()
    entry = journal.add(make_entry("Acme", Stage.FINAL, date=date(2026, 11, 1)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(EntryScreen(journal, entry, load_content().content, FIXED_NOW.date()))
        await until(pilot, lambda: isinstance(app.focused, Input))
        page = app.screen.query_one("#entry")
        await pilot.press("pagedown")
        await until(pilot, lambda: page.scroll_y > 0)
        await pilot.pause()
        await pilot.pause()
        assert page.scroll_y > 0, "the page stayed where PageDown took it"
        assert not in_view(app)
        await pilot.press("pageup")
        await until(pilot, lambda: page.scroll_y == 0)
        await pilot.press("pagedown")
        await until(pilot, lambda: page.scroll_y > 0)
        await pilot.press("x")
        await until(pilot, lambda: in_view(app))
        assert app.screen.query_one("#f-company", Input).value.endswith("x")


async def test_the_check_in_date_stays_in_view_after_a_resize(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 3)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        rows = list(app.screen.query(".not-yet"))
        rows[-1].focus()
        await pilot.pause()
        await answer(pilot, ".not-yet")
        field = app.screen.query(".new-due").first(Input)
        assert app.focused is field
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: in_view(app))
        assert in_view(app), "after the resize"
        await pilot.press("end")
        await pilot.pause()  # the key's own bringing into view is done
        app.screen.query_one("#checkin").scroll_home(animate=False)
        await pilot.pause()
        assert not in_view(app)
        await pilot.press("backspace", *"tomorrow")
        await pilot.pause()
        assert in_view(app), "after typing"


async def test_a_walk_step_keeps_its_answer_in_view_across_resizes(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n")
        # Enter before the first step has its focus would be lost.
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen) and app.focused)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.query("#company"))
        app.screen.query_one("#company", Input).value = "Acme"
        await pilot.press("ctrl+n", "ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen) and app.focused)
        assert isinstance(app.focused, TextArea)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: in_view(app))
        assert in_view(app), "after the resizes"
        await pilot.press("right")
        await pilot.pause()  # the key's own bringing into view is done
        app.screen.query_one(".step-body").scroll_end(animate=False)
        await pilot.pause()
        assert not in_view(app)
        await pilot.press(*" MORE")
        await pilot.pause()
        assert in_view(app), "after typing"


def test_only_page_keys_in_a_one_line_field_leave_it_out_of_view() -> None:
    from textual import events

    from screens.focus_in_view import moves_the_page

    assert moves_the_page(events.Key("pagedown", None), Input())
    assert moves_the_page(events.Key("pageup", None), Input())
    assert not moves_the_page(events.Key("pagedown", None), TextArea())  # pages its own text
    assert not moves_the_page(events.Key("x", "x"), Input())
    assert not moves_the_page(events.Paste("x"), Input())
