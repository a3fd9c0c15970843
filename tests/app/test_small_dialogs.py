"""At 40x12 the dialogs show what they ask about and how to answer or close them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.support import SupportScreen
from screens.home.checkin import CheckInScreen
from screens.journal.journal import JournalScreen
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.test_plans_app import answer, app_at, pick, seed_due_plans
from tests.app.test_settings import footer_keys
from tests.app.test_small_terminal import screen_text
from tests.app.walk_helpers import NOW, press_to, until, walk_app
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


@pytest.mark.parametrize(
    ("company", "shown"),
    [("Zeta [i]", "Delete Zeta [i] — Role [b]8"), ("Acme [b] " + "x" * 400, "Delete Acme [b]")],
)
async def test_the_delete_question_names_the_entry_at_40x12(
    content: Content, company: str, shown: str
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry(company, Stage.APPLICATION, role="Role [b]8", date=date(2026, 11, 15)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await app.push_screen(JournalScreen(journal, content, FIXED_NOW.date()))
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        # Which entry, and both answers, all at once.
        assert shown in text
        assert "Delete" in text and "Keep it (n)" in text and "(y)" not in text


async def test_the_check_in_date_error_is_whole_and_in_view_at_40x12(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 1)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await answer(pilot, ".not-yet")
        field = app.screen.query_one(".new-due", Input)
        assert app.focused is field
        field.value = ""
        await pilot.press(*"yesterday", "enter")
        await pilot.pause()
        await pilot.pause()
        # Below the field at the dialog's full width, not in a strip beside it.
        error = app.screen.query_one(".new-due-day", Static)
        assert error.region.width >= 30, error.region
        said = str(error.render())
        assert said == "“yesterday”: that day has passed. Pick tomorrow or a day after."
        # All of it on screen, with the field it is about.
        frame = app.screen.query_one("#checkin").scrollable_content_region
        assert frame.contains_region(error.region), (frame, error.region)
        assert frame.contains_region(field.region), (frame, field.region)


async def test_the_close_steps_due_hint_is_whole_at_40x12(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n")
        # Enter before the first step has its focus would be lost (walk_to_close's race).
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen) and app.focused)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.query("#company"))
        app.screen.query_one("#company", Input).value = "Acme"
        # What happened, vent, reflect: each key waits for its step, or it could be lost.
        for step in (VentScreen, ReflectScreen, DecideScreen):
            await press_to(pilot, "ctrl+n", step)
        await pilot.press("down", "enter")  # decide: not replying
        await press_to(pilot, "ctrl+n", CloseScreen)
        await pick(pilot, 0)
        due = app.screen.query_one("#plan-due", Input)
        due.focus()
        due.value = "today"
        await pilot.pause()
        await pilot.pause()
        hint = app.screen.query_one("#plan-due-day", Static)
        assert hint.region.width >= 30, hint.region
        assert hint.region.height >= 1


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_support_dialog_shows_its_own_close_key(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, SupportScreen)
        shown = screen_text(app)
        # Not home's keys seen through the dialog's edge: its own.
        assert "Close" in shown
        assert "Quit" not in shown


@pytest.mark.parametrize("warned", [False, True])
async def test_the_save_dialog_shows_its_field_and_buttons_at_40x12(
    tmp_path: Path, warned: bool
) -> None:
    # The reviewer saw only the explanation: the name and Save/Cancel were below the fold.
    from textual.widgets import Button

    from screens.dialogs.save import SaveDialog

    saved: list[Path] = []
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        dialog = SaveDialog(
            default=tmp_path / "reply-acme.txt",
            base=tmp_path,
            write=saved.append,
            unencrypted_warning=warned,
        )
        await app.push_screen(dialog)
        await pilot.pause()
        await pilot.pause()
        frame = dialog.query_one("#save-dialog").scrollable_content_region
        field = dialog.query_one("#save-path", Input)
        assert app.focused is field
        assert frame.contains_region(field.region), (frame, field.region)
        for button in dialog.query(Button):
            assert frame.contains_region(button.region), (frame, button.id, button.region)
        await pilot.press("tab", "enter")  # Save, on its button
        await pilot.pause()
    assert saved == [tmp_path / "reply-acme.txt"]


@pytest.mark.parametrize(
    ("yes", "no", "destroys"),
    [("Save it anyway", "Go back and look", False), ("Delete", "Keep it", True)],
)
async def test_both_answers_show_whole_at_40x12(yes: str, no: str, destroys: bool) -> None:
    # The reviewer: the draft's "Save it anyway?" showed its second button as "Go back and l".
    from textual.widgets import Button

    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        question = "Save it anyway? It still has [Company] and [Role] in it."
        await app.push_screen(
            ConfirmScreen(question, "Placeholders: [Company]", yes=yes, no=no, destroys=destroys)
        )
        await pilot.pause()
        await pilot.pause()
        dialog = app.screen.query_one("#confirm").region
        for button in app.screen.query(Button):
            label = str(button.label)
            assert button.region.width >= len(label), (label, button.region)
            assert dialog.contains_region(button.region), (label, button.region, dialog)
        assert "Go back and l\n" not in screen_text(app)


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_footer_says_enter_chooses_the_lit_button_and_tab_switches(
    size: tuple[int, int],
) -> None:
    # The reviewer: the delete dialog's footer showed only "n No", and a first Enter kept
    # the entry without a word. Enter stays on the safe answer; the footer now says how.
    answers: list[bool | None] = []
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for keys, expected in ((["enter"], False), (["tab", "enter"], True)):
            app.push_screen(
                ConfirmScreen("Delete Acme?", yes="Delete", no="Keep it", destroys=True),
                answers.append,
            )
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
            await pilot.pause()
            shown = footer_keys(app)
            assert shown.get("Choose") == "⏎" and shown.get("Switch") == "tab", shown
            await pilot.press(*keys)
            await until(pilot, lambda expected=expected: answers[-1:] == [expected])


@pytest.mark.parametrize(("size", "toasted"), [((80, 24), True), ((40, 12), False)])
async def test_a_check_in_answer_toasts_only_where_the_toast_leaves_the_next_plan(
    tmp_path: Path, size: tuple[int, int], toasted: bool
) -> None:
    # The reviewer: at 40x12 the "Saved … Ctrl+Z" toast covered the next plan's buttons.
    seed_due_plans(tmp_path, 2)
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        checkin = app.screen
        await answer(pilot, ".done")
        await until(pilot, lambda: len(checkin.undoable) == 1)
        await pilot.pause()
        saved = [note for note in app._notifications if note.title == "Saved"]
        assert bool(saved) is toasted
        assert footer_keys(app).get("Undo") == "^z"  # the way back is on screen either way
        await pilot.press("ctrl+z")
        await until(pilot, lambda: not checkin.answered)


def screenshot_rows(svg: str) -> list[str]:
    """A screenshot's text, row by row (each row's pieces share their y)."""
    import html
    import re

    rows: dict[float, list[str]] = {}
    for found in re.finditer(r'<text[^>]*y="([0-9.]+)"[^>]*>(.*?)</text>', svg):
        piece = html.unescape(re.sub("<[^>]+>", "", found.group(2))).replace("\xa0", " ")
        rows.setdefault(float(found.group(1)), []).append(piece)
    return ["".join(pieces) for _, pieces in sorted(rows.items())]


async def test_the_save_dialog_leaves_the_screen_beneath_where_it_was(tmp_path: Path) -> None:
    # rv44: while "Save the reply" was open, the whole screen beneath sat one row lower
    # (row 1 blank): the dialog's screen had padding, which Textual lays the screen
    # beneath into; the other dialogs leave it in place.
    from screens.dialogs.save import SaveDialog

    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = screenshot_rows(app.export_screenshot())[0]
        assert "coach" in header
        dialog = SaveDialog(default=tmp_path / "r.txt", base=tmp_path, write=lambda _: None)
        await app.push_screen(dialog)
        await pilot.pause()
        await pilot.pause()
        assert screenshot_rows(app.export_screenshot())[0] == header
        assert dialog.query_one("#save-dialog").region.y == 1  # still a row below the top


async def test_the_save_dialog_shows_its_title_and_field_at_40x12(tmp_path: Path) -> None:
    # fz45: at 90% of 12 rows the field's focus scrolled the dialog two rows down,
    # and its title, "Save the reply", was cut off.
    from screens.dialogs.save import SaveDialog
    from tests.app.test_snapshots import snapshot_app, steady

    app = snapshot_app()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        dialog = SaveDialog(default=tmp_path / "reply.txt", base=tmp_path, write=lambda _: None)
        app.push_screen(dialog)
        await steady(pilot)
        body = dialog.query_one("#save-dialog")
        window = body.scrollable_content_region
        for part in (".dialog-title", "#save-path", "#save-ok"):
            assert window.contains_region(dialog.query_one(part).region), part
        assert app.focused is dialog.query_one("#save-path", Input)
