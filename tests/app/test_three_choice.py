"""The three-choice dialogs: each keeps its keymap ids, and its question in view."""

from __future__ import annotations

from pathlib import Path

from coach.journal import Journal
from screens.app import make_app
from screens.dialogs.leave import LeaveDialog
from screens.dialogs.quit_unsaved import QuitUnsavedDialog
from screens.dialogs.quit_vent import QuitVentDialog
from screens.keymap import binding_defaults, keymap_clashes
from tests.app.test_choice_burst import until_settled
from tests.app.test_settings import settings


def test_every_id_of_both_dialogs_is_listed_with_its_keys() -> None:
    defaults = binding_defaults()
    for binding_id, keys in {
        "save_and_leave": "s",
        "keep_editing": "escape",
        "save_copy": "s",
        "keep_open": "escape",
        "previous_choice": "up",
        "next_choice": "down",
    }.items():
        assert defaults[binding_id] == keys, binding_id
    assert "f2" in defaults["support"].split(",")


def test_a_remapped_key_that_clashes_in_either_dialog_is_found() -> None:
    clashes = keymap_clashes({"save_copy": "down", "keep_editing": "up"})
    assert ("save_copy", "down", "next_choice", "QuitUnsavedDialog") in clashes
    assert ("keep_editing", "up", "previous_choice", "LeaveDialog") in clashes


async def test_each_dialog_answers_to_its_remapped_keys(tmp_path: Path) -> None:
    config = settings(
        tmp_path,
        '[keymap]\nsave_and_leave = "k"\nkeep_open = "x"\n'
        'previous_choice = "left"\nnext_choice = "right"\n',
    )
    assert config.problems == []
    app = make_app(journal=Journal.in_memory(), config=config)
    answers: list[str | None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for dialog, keys in (
            (LeaveDialog("your details"), ["k"]),
            (LeaveDialog("your details"), ["s", "left", "enter"]),  # s is free now
            (QuitUnsavedDialog("Read-only file system"), ["x"]),
            (QuitUnsavedDialog("Read-only file system"), ["left", "left", "right", "enter"]),
        ):
            count = len(answers)
            app.push_screen(dialog, answers.append)
            await until_settled(pilot, lambda d=dialog: app.focused is not None and d.is_active)
            await pilot.press(*keys)
            await until_settled(pilot, lambda n=count: len(answers) > n)
    assert answers == ["save", "discard", "stay", "quit"]


async def test_each_dialogs_question_stays_in_view_on_a_small_terminal() -> None:
    # The vent's question has a long detail: at 40x12 the focused button had
    # scrolled the question off the top, leaving three buttons and no question.
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        for dialog in (
            QuitVentDialog(),
            LeaveDialog("your details"),
            QuitUnsavedDialog("Read-only file system"),
        ):
            app.push_screen(dialog)
            await until_settled(pilot, lambda d=dialog: app.focused is not None and d.is_active)
            await pilot.pause()
            box = dialog.query_one("#confirm").content_region
            question = dialog.query_one("#confirm-question").region
            assert question.height > 0
            assert box.y <= question.y < box.bottom, type(dialog).__name__
            assert app.focused is not None and app.focused.region.y < box.bottom
            dialog.dismiss("stay")
            await until_settled(pilot, lambda d=dialog: not d.is_attached)
