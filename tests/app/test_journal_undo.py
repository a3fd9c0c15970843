"""The journal's undo reaches the deleted entry wherever the focus is; the list keeps the keys."""

from __future__ import annotations

import dataclasses
import signal
from datetime import date
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import Stage
from screens.app import make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.resume import ResumeScreen
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.app.conftest import said
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import NOW, each_in_one_app, shown_actions, until, walk_app
from tests.conftest import FIXED_NOW, make_entry


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


def eleven_entries() -> Journal:
    journal = Journal.in_memory()
    for day in range(1, 11):
        journal.add(make_entry(f"Co{day}", Stage.NO_REPLY, id=f"e{day}", date=date(2026, 11, day)))
    journal.add(make_entry("Zeta [i]", Stage.FINAL, id="zeta", date=date(2026, 11, 15)))
    return journal


async def delete_highlighted(pilot) -> None:
    await pilot.press("delete")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ConfirmScreen)
    await pilot.press("left", "enter")
    await pilot.pause()


async def test_the_filter_box_says_what_it_is_at_40x12(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        screen = JournalScreen(eleven_entries(), content, FIXED_NOW.date())
        await app.push_screen(screen)
        await pilot.pause()
        box = screen.query_one("#journal-filter", Input)
        assert len(box.placeholder) <= box.content_region.width, box.placeholder
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert box.placeholder == "Type to filter…"


async def test_quitting_right_after_an_undo_keeps_the_entry_and_its_plans_on_disk(
    content: Content, tmp_path
) -> None:
    from coach.log_storage import LogStorage
    from coach.plans import Plan

    path = tmp_path / "journal.json"

    def big() -> Journal:  # saves go to the append log, as a journal over 4 MiB's do
        return Journal(LogStorage(path, append_over=0, fold_at=1000.0))

    journal = big()
    journal.add(make_entry("Quux", Stage.FINAL, id="equux", date=date(2026, 11, 20)))
    for n in range(2):
        plan = Plan(entry_id="equux", when=f"I wake {n}", then="stretch", due=date(2026, 12, 1))
        journal.save_plan(dataclasses.replace(plan, id=f"p{n}"))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(JournalScreen(journal, content, FIXED_NOW.date()))
        await pilot.pause()
        await delete_highlighted(pilot)
        assert big().plans() == []
        await pilot.press("ctrl+z", "ctrl+q")  # quit straight after the undo
    again = big()
    assert again.get("equux").company == "Quux"
    assert {plan.id for plan in again.plans_for("equux")} == {"p0", "p1"}


async def test_a_moved_undo_key_says_nothing_to_undo_on_its_new_key(
    content: Content, tmp_path: Path
) -> None:
    # The "nothing to undo" answer shares Undo's id, so a keymap moves both together.
    from screens.keymap import keymap_clashes
    from tests.app.test_settings import settings

    config = settings(tmp_path, '[keymap]\nundo = "ctrl+u"\n')
    assert keymap_clashes(config.keymap) == []
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW, config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(JournalScreen(eleven_entries(), content, FIXED_NOW.date()))
        await pilot.pause()
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert "Nothing to undo here." not in said(app)
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert said(app) == ["Nothing to undo here."]


def titled(app: object, title: str) -> list[object]:
    """The notices the app holds now with this title."""
    return [note for note in app._notifications if note.title == title]  # type: ignore[attr-defined]


async def test_an_undo_takes_back_only_its_own_entrys_toast(content: Content) -> None:
    # Two entries alike on screen (same company, stage and day): undoing one took back
    # both "Entry deleted" toasts, since they were matched by their words. Now a second
    # delete's toast takes the first's place (one toast of a kind at a time), and each
    # undo takes back the toast of the delete it undid, never by its words.
    from screens import stale_toasts

    journal = Journal.in_memory()
    for n in (1, 2):
        journal.add(make_entry("Twin", Stage.NO_REPLY, id=f"twin{n}", date=date(2026, 11, 3)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(JournalScreen(journal, content, FIXED_NOW.date()))
        await pilot.pause()
        await delete_highlighted(pilot)
        await until(pilot, lambda: len(journal) == 1 and titled(app, "Entry deleted"))
        first = titled(app, "Entry deleted")
        await delete_highlighted(pilot)
        await until(pilot, lambda: len(journal) == 0 and titled(app, "Entry deleted") != first)
        await pilot.pause()
        deleted = titled(app, "Entry deleted")
        assert len(journal) == 0 and len(first) == 1 and len(deleted) == 1
        assert deleted[0] is not first[0]  # the newer one
        assert deleted[0].message == first[0].message  # alike: only what it is about differs
        # The toast shown is the second delete's; undoing that delete takes it back.
        posted = stale_toasts._POSTED[app]
        [second_id] = [about[1] for about, notes in posted.items() if deleted[0] in notes]
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(journal) == 1 and not titled(app, "Entry deleted"))
        assert len(journal) == 1 and journal.get(second_id) is not None
        assert titled(app, "Entry deleted") == []
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(journal) == 2)
        assert len(journal) == 2


async def test_leaving_the_journal_takes_back_the_toast_that_offered_its_undo(
    content: Content,
) -> None:
    # rv11 2: Del, then at once Esc and j: the toast still said "Press Ctrl+Z to undo", yet
    # the undo had gone with the screen, and ctrl+z did nothing; the entry was lost, trusted.
    journal = eleven_entries()
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(JournalScreen(journal, content, FIXED_NOW.date()))
        await pilot.pause()
        await delete_highlighted(pilot)
        assert [n.title for n in app._notifications] == ["Entry deleted"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, JournalScreen)
        assert [n for n in app._notifications if "Ctrl+Z" in n.message] == []
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert said(app)[-1] == "Nothing to undo here."  # said, and nothing promises otherwise
        assert [n for n in app._notifications if "Ctrl+Z" in n.message] == []


async def test_an_entry_resumed_after_a_stop_and_deleted_can_be_undone(tmp_path: Path) -> None:
    # rv22: "You can undo this from the journal right after" led home, with no undo anywhere.
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Cyberdyne", Stage.FINAL))
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
        await pilot.pause()
        app.screen.query_one("#f-role", Input).value = "Typed, not saved"
        app.handle_exit_signal(signal.SIGHUP)
        await pilot.pause()
    stopped(app)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(again.screen, EntryScreen))
        await pilot.press("ctrl+d")
        await until(pilot, lambda: isinstance(again.screen, ConfirmScreen))
        await pilot.press("left", "enter")
        await until(pilot, lambda: isinstance(again.screen, JournalScreen))
        assert isinstance(again.screen, JournalScreen)  # not home, where nothing undoes
        assert len(again.journal) == 0
        assert any("Deleted Cyberdyne" in notice for notice in said(again))
        await pilot.press("ctrl+z")
        await until(pilot, lambda: len(again.journal) == 1)
        assert again.journal.get(entry.id).company == "Cyberdyne"
    stopped(again)


async def after_a_delete_empties_the_filtered_list_u_still_undoes(
    pilot: Pilot, content: Content
) -> None:
    # The reviewer's steps: the second u typed into the filter, and Zeta stayed deleted.
    journal = eleven_entries()
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()
    await pilot.press("slash", *"Zeta", "enter")
    assert isinstance(app.focused, EntryTable)
    await delete_highlighted(pilot)
    assert len(journal) == 10
    await pilot.press("escape")  # the filter goes; the whole list is back
    await pilot.pause()
    assert isinstance(app.focused, EntryTable)
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 11
    await delete_highlighted(pilot)
    assert len(journal) == 10
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 11
    assert screen.query_one("#journal-filter", Input).value == ""


async def ctrl_z_undoes_from_the_filter_where_u_types(pilot: Pilot, content: Content) -> None:
    journal = eleven_entries()
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()
    await delete_highlighted(pilot)
    assert len(journal) == 10
    toasts = [n.message for n in app._notifications]
    assert any("Ctrl+Z" in message for message in toasts)
    await pilot.press("slash", "u")
    await pilot.pause()
    assert screen.query_one("#journal-filter", Input).value == "u"
    assert len(journal) == 10  # u is a letter in the filter
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 11
    assert journal.get("zeta").company == "Zeta [i]"
    assert screen.query_one("#journal-filter", Input).value == "u"


async def a_delete_says_the_plans_go_too_and_undo_brings_both_back(
    pilot: Pilot, content: Content
) -> None:
    from coach.plans import Plan

    journal = eleven_entries()
    for when in ("I sit down on Saturday", "the week starts"):
        journal.save_plan(Plan("zeta", when, "I compare my CV", FIXED_NOW.date()))
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()
    await pilot.press("slash", *"Zeta", "enter")
    await pilot.press("delete")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ConfirmScreen)
    assert "Its 2 plans go with it." in dialog.detail
    await pilot.press("left", "enter")
    await pilot.pause()
    assert len(journal) == 10 and journal.plans() == []
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 11
    assert len(journal.plans_for("zeta")) == 2


async def delete_and_reply_draft_are_offered_only_with_an_entry_shown(
    pilot: Pilot, content: Content
) -> None:
    journal = Journal.in_memory()
    journal.add(make_entry("Only Co", Stage.FINAL, id="only"))
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()

    assert {"delete", "draft"} <= shown_actions(screen)
    await delete_highlighted(pilot)
    assert len(journal) == 0
    await pilot.pause()
    assert not {"delete", "draft"} & shown_actions(screen)  # the empty journal offers no dead keys
    assert "undo" in shown_actions(screen)
    await pilot.press("ctrl+z")
    await pilot.pause()
    await pilot.pause()
    assert {"delete", "draft"} <= shown_actions(screen)


async def the_empty_journal_offers_no_filter_key_wherever_the_focus_is(
    pilot: Pilot, content: Content
) -> None:
    journal = Journal.in_memory()
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()

    seen = set()
    for _ in range(4):  # the filter box, both selects, and round again
        await pilot.press("tab")
        await pilot.pause()
        seen.add(getattr(screen.focused, "id", None))
        assert "focus_filter" not in shown_actions(screen), screen.focused  # nothing to filter
    assert {"journal-stage", "journal-reply"} <= seen
    # An entry arriving (an import in another shell) brings the key back.
    journal.add(make_entry("New Co", Stage.FINAL, id="new"))
    screen.reread()
    await pilot.pause()
    screen.query_one("#journal-stage").focus()
    await pilot.pause()
    assert "focus_filter" in shown_actions(screen)


async def each_delete_is_undone_in_turn_the_last_first(pilot: Pilot, content: Content) -> None:
    # The reviewer's steps: Cisco deleted, then Meta; ctrl+z three times brought
    # Meta back and nothing else, and Cisco stayed deleted.
    journal = eleven_entries()
    app = pilot.app
    screen = JournalScreen(journal, content, FIXED_NOW.date())
    await app.push_screen(screen)
    await pilot.pause()
    await pilot.press("down")
    await delete_highlighted(pilot)
    await delete_highlighted(pilot)
    assert len(journal) == 9
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 10
    assert "undo" in shown_actions(screen)  # one more to undo
    await pilot.press("ctrl+z")
    await pilot.pause()
    assert len(journal) == 11
    assert "Nothing to undo here." not in said(app)
    await pilot.press("ctrl+z")  # nothing left: no third entry, no error, but it says so
    await pilot.pause()
    assert len(journal) == 11
    assert said(app).count("Nothing to undo here.") == 1
    assert "undo" not in shown_actions(screen)  # the footer does not offer what would do nothing
    # The toasts that offered the undo go with it; the "Undone" ones stay.
    titles = [note.title for note in app._notifications]
    assert "Entry deleted" not in titles
    # Counted among every notice posted: on a loaded machine a toast could time out first.
    assert len([said_ for said_ in said(app) if said_.startswith("Restored ")]) == 2


# Each check above opens a journal screen of its own over home and needs nothing else
# of the app; one app walks the checks in turn (each_in_one_app).
async def test_deleting_and_undoing_in_the_journal_passes_each_check_in_turn(
    content: Content,
) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    checks = [
        after_a_delete_empties_the_filtered_list_u_still_undoes,
        ctrl_z_undoes_from_the_filter_where_u_types,
        a_delete_says_the_plans_go_too_and_undo_brings_both_back,
        delete_and_reply_draft_are_offered_only_with_an_entry_shown,
        the_empty_journal_offers_no_filter_key_wherever_the_focus_is,
        each_delete_is_undone_in_turn_the_last_first,
    ]
    async with app.run_test(size=(80, 24)) as pilot:
        await each_in_one_app(pilot, checks, content)
