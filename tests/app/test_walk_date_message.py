"""Walk step 2's date message shows under its field, and a refused ctrl+n says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Select, Static

from screens.walk.happened import HappenedScreen
from tests.app.walk_helpers import open_walk, press_to, toasts_never_expire, walk_app


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_date_error_shows_whole_after_role_was_typed(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # The reviewer's steps: Company, Role, on to the date, an unreadable date.
    # The field sat at the bottom of the screen and its message under the footer.
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await pilot.press(*"Acme", "tab", "Y", "tab", "tab", "tab")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "received"
        await pilot.press("ctrl+u", *"next fryday")
        await pilot.pause()
        await pilot.pause()
        body = app.screen.query_one(VerticalScroll).scrollable_content_region
        # As typed, a day not read yet is said softly in the hint, not as an error.
        hint = app.screen.query_one("#received-on", Static)
        assert "not a date I know yet" in str(hint.render())
        assert body.contains_region(hint.region)
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)  # refused
        body = app.screen.query_one(VerticalScroll).scrollable_content_region
        error = app.screen.query_one("#received-error", Static)
        assert "not a date I know" in str(error.render())
        assert body.contains_region(error.region)
        assert body.contains_region(app.focused.region)  # the field it is about, too
        toasts = list(app._notifications)
        assert toasts and toasts[-1].title == "When did the news arrive?"
        assert "not a date I know" in toasts[-1].message


async def test_the_refused_date_toast_goes_once_the_date_reads(tmp_path: Path) -> None:
    # The reviewer: the toast stayed over steps 3 and 4 after the next ctrl+n.
    from screens.walk.vent import VentScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await pilot.press(*"Acme")
        app.screen.query_one("#received").value = "next fryday"
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert [n.title for n in app._notifications] == ["When did the news arrive?"]
        app.screen.query_one("#received").value = "yesterday"
        await press_to(pilot, "ctrl+n", VentScreen)
        assert "When did the news arrive?" not in [n.title for n in app._notifications]


async def test_never_heard_back_asks_when_they_applied_not_today(tmp_path: Path) -> None:
    # The date started at today, which a silence never is: the follow-up then said wait 14 days.
    from textual.widgets import Input, Label, RadioButton

    from coach.model import Stage
    from screens.walk.decide import DecideScreen
    from screens.walk.reflect import ReflectScreen
    from screens.walk.vent import VentScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await pilot.press(*"Globex")
        date = app.screen.query_one("#received", Input)
        label = app.screen.query_one("#label-received", Label)
        assert date.value == "today" and "news arrive" in str(label.render())
        buttons = list(app.screen.query("#stage RadioButton").results(RadioButton))
        channel = app.screen.query_one("#channel", Select)
        assert channel.value == "email"
        buttons[list(Stage).index(Stage.NO_REPLY)].value = True
        await pilot.pause()
        assert date.value == "" and "When did you apply?" in str(label.render())
        assert channel.value == "silence"  # it came by no way at all, not by email
        assert "two weeks" in str(app.screen.query_one("#received-on", Static).render())
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)  # refused: when they applied is asked
        assert app.focused is date
        assert [n.title for n in app._notifications] == ["When did you apply?"]
        buttons[list(Stage).index(Stage.TECHNICAL)].value = True  # news after all: today again
        await pilot.pause()
        assert date.value == "today" and "news arrive" in str(label.render())
        assert channel.value == "email"
        buttons[list(Stage).index(Stage.NO_REPLY)].value = True
        await pilot.pause()
        await pilot.press(*"3", "space", *"weeks", "space", *"ago")
        assert date.value == "3 weeks ago"
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "ctrl+n", ReflectScreen)
        await press_to(pilot, "ctrl+n", DecideScreen)
        reason = str(app.screen.query_one("#follow-up-reason").render())
        assert "21 days since you applied" in reason  # so a follow-up is offered
        assert len(app.screen.query(RadioButton)) == 2
    [entry] = app.journal.entries()
    assert entry.stage is Stage.NO_REPLY and entry.date.isoformat() == "2026-11-04"
    assert entry.channel.value == "silence"


async def test_a_way_picked_by_hand_stays_when_the_stage_changes(tmp_path: Path) -> None:
    from textual.widgets import RadioButton

    from coach.model import Stage

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        channel = app.screen.query_one("#channel", Select)
        channel.value = "phone"
        await pilot.pause()
        buttons = list(app.screen.query("#stage RadioButton").results(RadioButton))
        buttons[list(Stage).index(Stage.NO_REPLY)].value = True
        await pilot.pause()
        assert channel.value == "phone"


async def test_a_resumed_silence_turned_to_news_gives_the_day_the_walk_began(
    tmp_path: Path,
) -> None:
    # It gave the day of the resume: news heard on the 20th, walk resumed on the 25th.
    from textual.widgets import Input, RadioButton

    from coach.model import Stage
    from coach.walk import WalkState
    from tests.app.walk_helpers import leave_walk

    state = WalkState(step="happened", company="Acme", stage="no_reply", received="")
    state.started_on = "2026-11-20"
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_to(pilot, "r", HappenedScreen)
        date = app.screen.query_one("#received", Input)
        assert date.value == ""
        buttons = list(app.screen.query("#stage RadioButton").results(RadioButton))
        buttons[list(Stage).index(Stage.FINAL)].value = True
        await pilot.pause()
        assert date.value == "2026-11-20"
        assert app.screen.query_one("#channel", Select).value == "email"


@pytest.mark.parametrize(("typed", "kept"), [("", ""), ("3 days ago", "2026-11-22")])
async def test_a_resumed_walk_asks_when_they_applied_unless_a_day_was_typed(
    tmp_path: Path, typed: str, kept: str
) -> None:
    # On resume the untouched "today" shows as the day it resolved to, and was
    # taken as typed: never heard back kept today as the day they applied.
    from textual.widgets import Input, RadioButton

    from coach.model import Stage
    from coach.walk import WalkState
    from tests.app.walk_helpers import NOW, leave_walk

    state = WalkState(step="happened", company="Acme")
    state.update({"received": typed, "received_typed": True} if typed else {})
    state.resolve_dates(NOW.date())  # as the autosave does
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_to(pilot, "r", HappenedScreen)
        date = app.screen.query_one("#received", Input)
        assert date.value == (kept or "2026-11-25")
        buttons = list(app.screen.query("#stage RadioButton").results(RadioButton))
        buttons[list(Stage).index(Stage.NO_REPLY)].value = True
        await pilot.pause()
        assert date.value == kept
        await pilot.press("ctrl+n")
        await pilot.pause()
        if not kept:
            assert isinstance(app.screen, HappenedScreen)  # refused: when they applied is asked
            assert [n.title for n in app._notifications] == ["When did you apply?"]


async def test_an_email_pasted_on_a_resumed_walk_gives_the_untouched_date(tmp_path: Path) -> None:
    # The untouched today, shown on resume as the day it resolved to, was kept as typed.
    from textual import events
    from textual.widgets import Input

    from coach.walk import WalkState
    from tests.app.test_paste_email import PASTED
    from tests.app.walk_helpers import NOW, leave_walk

    state = WalkState(step="happened", company="Acme")
    state.resolve_dates(NOW.date())
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press_to(pilot, "r", HappenedScreen)
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert app.screen.query_one("#received", Input).value == "2026-11-24"  # the email's
        assert app.screen.query_one("#company", Input).value == "Acme"  # typed: kept


async def test_the_date_error_goes_as_it_is_fixed_and_never_nags_a_half_typed_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fz28 brief: a field's error line was stale once fixed, or red at every key of
    # a day still being typed ("3 d" on the way to "3 days ago").
    from textual.widgets import Input

    from screens.walk.vent import VentScreen

    toasts_never_expire(monkeypatch)  # the refusal's toast goes only when taken back
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await pilot.press(*"Acme")
        field = app.screen.query_one("#received", Input)
        error = app.screen.query_one("#received-error", Static)
        hint = app.screen.query_one("#received-on", Static)
        field.focus()
        await pilot.pause()
        await pilot.press("ctrl+u")
        for letter in "3 days ago":
            await pilot.press(letter)
            await pilot.pause()
            assert str(error.render()) == "", field.value
        assert "22 Nov 2026" in str(hint.render())  # three days before the walk's clock
        await pilot.press("ctrl+u", *"3 dyas ago")  # a typo, then ctrl+n: refused and said
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert "not a date I know" in str(error.render())
        assert [n.title for n in app._notifications] == ["When did the news arrive?"]
        await pilot.press("ctrl+u")  # fixing it: the old error goes at once, its toast too
        await pilot.pause()
        assert str(error.render()) == ""
        assert [n.title for n in app._notifications] == []
        await pilot.press(*"2030-01-01")  # a day read in full that will not do: said as typed
        await pilot.pause()
        assert "ahead of today" in str(error.render())
        await pilot.press("ctrl+u", *"yesterday")
        await pilot.pause()
        assert str(error.render()) == ""
        await press_to(pilot, "ctrl+n", VentScreen)
