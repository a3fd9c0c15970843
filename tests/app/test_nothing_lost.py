"""Nothing typed is lost: quit, signals, editors, other coaches, all driven by Pilot."""

from __future__ import annotations

import contextlib
import copy
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from coach.journal import Journal
from coach.model import Profile, Stage
from coach.paths import locate
from coach.walk import WalkState
from screens.app import CoachApp, make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.resume import ResumeScreen
from screens.home.home import HomeScreen
from screens.home.profile import ProfileScreen
from screens.journal.entry import EntryScreen
from screens.walk.draft import DraftScreen
from screens.walk.happened import HappenedScreen
from tests.app.conftest import said
from tests.app.walk_helpers import NOW, leave_walk, unsaved_surfaces, until, walk_app
from tests.conftest import make_entry


def reopen(tmp_path: Path, **kwargs: object) -> CoachApp:
    places = locate(tmp_path / "data")
    return make_app(
        journal=Journal.open(places.journal), places=places, clock=lambda: NOW, **kwargs
    )


def stopped(app: CoachApp) -> None:
    """What run_app does after the app ends: a last flush, the lock let go."""
    assert app.unsaved is not None
    app.unsaved.close()


async def test_ctrl_q_right_after_typing_in_coach_draft_keeps_every_key(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    entry = make_entry("Hooli", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,"
    app.journal.add(entry)
    app = reopen(tmp_path, draft_id=entry.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        await pilot.press("end", "!", "!", "ctrl+q")  # no pause: the last keys in flight
    stopped(app)
    [record] = unsaved_surfaces(tmp_path / "data").values()
    assert record["values"]["draft"] == "Hi Gavin,!!"

    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(again.screen, DraftScreen)
        assert again.screen.query_one(TextArea).text == "Hi Gavin,!!"
        await pilot.press("escape")
        await pilot.pause()
    stopped(again)
    assert again.journal.get(entry.id).reply.draft == "Hi Gavin,!!"
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_coach_draft_id_offers_the_typing_left_in_that_reply(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    entry = make_entry("Hooli", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,"
    app.journal.add(entry)
    other = make_entry("Other [b]Co", Stage.FINAL)
    app.journal.add(other)
    app = reopen(tmp_path, draft_id=entry.id[:6])  # a prefix, as people type it
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("end", *"thanks [b]")
        await pilot.press("ctrl+q")
    stopped(app)
    # The same reply again: offered back at once, not only at the next plain start.
    again = reopen(tmp_path, draft_id=entry.id)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(again.screen, DraftScreen)
        assert again.screen.query_one(TextArea).text == "Hi Gavin,thanks [b]"
        await pilot.press("escape")  # resumed or not, leaving it ends `coach draft ID`
        await until(pilot, lambda: again.return_code is not None)
    stopped(again)
    assert again.journal.get(entry.id).reply.draft == "Hi Gavin,thanks [b]"
    # Another entry's reply is not held up by it (and "later" keeps it).
    third = reopen(tmp_path, draft_id=other.id)
    async with third.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(third.screen, DraftScreen)
    stopped(third)


async def test_ctrl_q_right_after_typing_in_the_walk_keeps_every_key(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)
        await pilot.press(*"Initech", "ctrl+q")
    stopped(app)
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert walk["company"] == "Initech"


async def test_a_hangup_keeps_an_entry_being_edited(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Umbrella", Stage.FINAL))
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
        await pilot.pause()
        app.screen.query_one("#f-role", Input).value = "Researcher [b]"
        app.handle_exit_signal(signal.SIGHUP)  # the terminal was closed
        await pilot.pause()
    assert app.return_code == 128 + signal.SIGHUP
    stopped(app)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(again.screen, EntryScreen)
        assert again.screen.query_one("#f-role", Input).value == "Researcher [b]"
        await pilot.press("ctrl+s")
        await pilot.pause()
    stopped(again)
    assert again.journal.get(entry.id).role == "Researcher [b]"


async def test_quitting_mid_profile_offers_the_details_back(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam", "ctrl+q")
    stopped(app)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(again.screen, ProfileScreen)
        assert again.screen.query_one("#name", Input).value == "Sam"
        await pilot.press("ctrl+s")
        await pilot.pause()
    stopped(again)
    assert again.journal.profile().name == "Sam"


async def test_a_live_walk_is_never_offered_to_a_second_coach(tmp_path: Path) -> None:
    first = walk_app(tmp_path)
    async with first.run_test(size=(80, 24)) as pilot:
        first.start_walk(WalkState(step="happened", company="Still typing"))
        await pilot.pause()
        await pilot.press("ctrl+q")
    # first's lock is still held: as far as a second coach can tell, it runs.
    second = reopen(tmp_path)
    async with second.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(second.screen, HomeScreen)
    stopped(second)
    stopped(first)  # now it has ended
    third = reopen(tmp_path)
    async with third.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(third.screen, ResumeScreen)
    stopped(third)


async def test_discard_asks_and_then_really_discards(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    half = app.journal.add(make_entry("Half Made"))
    leave_walk(tmp_path / "data", WalkState(step="vent", company="Half Made", entry_id=half.id))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("left", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    stopped(app)
    assert app.journal.entries() == []
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_a_walk_killed_after_its_final_save_is_not_offered(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Done Co"))
    state = WalkState(step="close", company="Done Co", entry_id=entry.id)
    app.journal.save_edit(entry, base=copy.deepcopy(entry), finished_walk=state.walk_id)
    leave_walk(tmp_path / "data", state)  # killed before the autosave was cleared
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    stopped(app)
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_a_walk_left_before_anything_was_typed_is_not_offered(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    leave_walk(tmp_path / "data", WalkState(step="happened", mood_before=4))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)  # no "About a company not named yet"
    stopped(app)
    assert unsaved_surfaces(tmp_path / "data") == {}
    # One typed word is enough to be offered.
    leave_walk(tmp_path / "data", WalkState(step="happened", notes="they"))
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)
    stopped(again)


async def test_finishing_a_walk_keeps_a_draft_edited_from_the_journal_meanwhile(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        app.screen.query_one("#company", Input).value = "Wayne"
        await pilot.press("ctrl+n")  # saved: the entry exists now
        await pilot.pause()
        other = Journal.open(tmp_path / "data" / "journal.json")
        theirs = other.get(app.walk.state.entry_id)
        base = copy.deepcopy(theirs)
        theirs.reply.draft = "Written from the journal in another window."
        other.save_edit(theirs, base=base)
        app.walk.state.step = "close"
        app.walk.finish()
        await pilot.pause()
    stopped(app)
    [entry] = app.journal.entries()
    assert entry.company == "Wayne"
    assert entry.reply.draft == "Written from the journal in another window."


async def test_an_entry_saved_elsewhere_while_open_is_merged_and_told(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Globex", Stage.TECHNICAL))
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
        await pilot.pause()
        other = Journal.open(tmp_path / "data" / "journal.json")
        theirs = other.get(entry.id)
        base = copy.deepcopy(theirs)
        theirs.contact = "Hank"
        other.save_edit(theirs, base=base)
        app.screen.query_one("#f-role", Input).value = "Engineer"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen.query_one("#f-contact", Input).value == "Hank"
        said = [n.message for n in app._notifications if "changed elsewhere" in n.message]
        assert said and "(contact)" in said[0] and "the one entry now has" in said[0]
        assert "beside" not in said[0]  # one merged entry, not two copies
    stopped(app)
    stored = app.journal.get(entry.id)
    assert (stored.role, stored.contact) == ("Engineer", "Hank")


@contextlib.contextmanager
def fake_suspend(log: list[str]) -> Iterator[None]:
    log.append("suspended")
    yield
    log.append("resumed")  # skipped if the body raised, as in Textual


async def test_an_editor_that_cannot_start_leaves_a_live_app_and_the_text(
    tmp_path: Path, monkeypatch: object
) -> None:
    app = walk_app(tmp_path)
    entry = make_entry("Hooli", Stage.TECHNICAL)
    entry.reply.draft = "Kept words."
    app.journal.add(entry)
    log: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftScreen)
        screen.editor = "/nonexistent/ed"
        app.suspend = lambda: fake_suspend(log)  # type: ignore[method-assign]
        await pilot.press("ctrl+g")
        await pilot.pause()
        # Never handed the terminal: the shell's "not found" was left on it to show
        # after coach exited (rv44 #8).
        assert log == []
        assert app.screen is screen and screen.query_one(TextArea).text == "Kept words."
        assert any("could not be started" in n.message for n in app._notifications)
        assert list((tmp_path / "data").glob("coach-edit-*")) == []
    stopped(app)


async def test_an_editor_from_the_settings_file_that_cannot_start_names_that_file(
    tmp_path: Path,
) -> None:
    # rv49 #4: editor = "nano" in the settings file (not installed), $EDITOR=vim
    # working: the message said "Check VISUAL / EDITOR", the wrong place.
    from coach.config import load_config

    settings = tmp_path / "config.toml"
    settings.write_text('theme = "textual-dark"\neditor = "nano-not-here"\n', encoding="utf-8")
    config = load_config(settings, environ={"EDITOR": "vi"})
    made = walk_app(tmp_path)
    entry = make_entry("Hooli", Stage.TECHNICAL)
    entry.reply.draft = "Kept words."
    made.journal.add(entry)
    app = reopen(tmp_path, config=config)
    log: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        app.suspend = lambda: fake_suspend(log)  # type: ignore[method-assign]
        await pilot.press("ctrl+g")
        await until(pilot, lambda: app._notifications)
        said = [n.message for n in app._notifications]
        assert log == []
        assert any(
            "nano-not-here could not be started" in m and f"editor in {settings}, line 2" in m
            for m in said
        ), said
        assert not any("VISUAL" in m or "$EDITOR" in m for m in said), said
    stopped(app)


async def test_the_editor_runs_through_the_shell_like_git(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    entry = make_entry("Hooli", Stage.TECHNICAL)
    entry.reply.draft = "Thanks."
    app.journal.add(entry)
    log: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DraftScreen)
        screen.editor = "sed -i 's/Thanks/Thank you/'"  # a command with arguments
        app.suspend = lambda: fake_suspend(log)  # type: ignore[method-assign]
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert screen.query_one(TextArea).text == "Thank you."
    stopped(app)


async def test_a_fresh_draft_keeps_its_template_and_claims_no_change_from_elsewhere(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    entry = make_entry("Hooli", Stage.FINAL, contact="Gavin")  # no draft, no template yet
    app.journal.add(entry)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        await pilot.press("ctrl+home", *"Dear [b]team, ")
        await pilot.press("escape")
        await until(pilot, lambda: app.journal.get(entry.id).reply.draft != "")
        assert not any("changed elsewhere" in n.message for n in app._notifications)
    stopped(app)
    stored = app.journal.get(entry.id)
    assert stored.reply.draft.startswith("Dear [b]team, ")
    assert stored.reply.template != ""  # the template the draft was written from


async def test_a_failing_autosave_warns_once_not_at_every_pause(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.unsaved is not None

        def broken() -> None:
            raise OSError(28, "No space left on device")

        app.unsaved.flush = broken  # type: ignore[method-assign]
        for _ in range(4):
            app.flush_unsaved()
        await pilot.pause()
        warnings = [n for n in app._notifications if "Could not autosave" in n.message]
        assert len(warnings) == 1


async def test_a_save_waits_for_another_coach_without_freezing_the_screen(
    tmp_path: Path,
) -> None:
    from filelock import FileLock

    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Lock Co", Stage.TECHNICAL))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    other_coach.acquire()  # another coach is mid-save
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
            await pilot.pause()
            app.screen.query_one("#f-role", Input).value = "Waited for"
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert waiting_said(app)
            await pilot.press("end", "!", "?")  # keys typed while waiting still land
            assert app.screen.query_one("#f-company", Input).value == "Lock Co!?"
            other_coach.release()
            for _ in range(100):
                await pilot.pause(0.05)
                if app.journal.get(entry.id).role == "Waited for":
                    break
            assert app.journal.get(entry.id).role == "Waited for"
            await until(pilot, lambda: "Saved." in said(app))
            assert "Saved." in said(app)
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)


def waiting_said(app: CoachApp) -> bool:
    # Said, whether or not its 4-second toast is still up (a loaded machine is slow to look).
    return any("Waiting for another coach" in message for message in said(app))


async def test_delete_and_undo_wait_for_another_coach_with_the_screen_live(
    tmp_path: Path,
) -> None:
    from datetime import date

    from filelock import FileLock

    from screens.journal.journal import JournalScreen

    app = walk_app(tmp_path)
    app.journal.add(make_entry("Keep Co", Stage.TECHNICAL, date=date(2026, 11, 1)))
    gone = app.journal.add(make_entry("Gone [b]Co", Stage.FINAL, date=date(2026, 11, 20)))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            screen = JournalScreen(app.journal, app.content, NOW.date())
            await app.push_screen(screen)
            await pilot.pause()
            other_coach.acquire()  # another coach is mid-save
            await pilot.press("delete")
            await pilot.pause()
            await pilot.press("left", "enter")
            await pilot.pause()
            assert waiting_said(app)
            assert len(app.journal) == 2  # not yet: the lock is held
            await pilot.press("slash", "k", "e")  # keys typed while waiting land
            assert screen.query_one("#journal-filter", Input).value == "ke"
            await pilot.pause(0.3)  # sequencing: the waiting thread is at the lock by now
            # A screen reading meanwhile is not held up by the waiting save (it
            # was, until the save gave up: the bug behind the frozen delete).
            assert len(app.journal.entries()) == 2
            other_coach.release()
            await until(pilot, lambda: len(app.journal) == 1)
            assert [e.company for e in app.journal.entries()] == ["Keep Co"]
            await until(pilot, lambda: bool(screen._deleted))
            screen.query_one("#journal-filter", Input).value = ""
            await pilot.pause()
            assert [e.company for e in screen.shown] == ["Keep Co"]

            app._notifications.clear()
            other_coach.acquire()
            screen.query_one("#journal-table").focus()
            await pilot.press("ctrl+z")
            await pilot.pause()
            assert waiting_said(app)
            assert len(app.journal) == 1
            other_coach.release()
            await until(pilot, lambda: len(app.journal) == 2)
            assert app.journal.get(gone.id).company == "Gone [b]Co"
            await until(pilot, lambda: len(screen.shown) == 2)
            assert [e.company for e in screen.shown] == ["Gone [b]Co", "Keep Co"]
            assert app.is_running
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)


async def test_a_save_on_its_thread_outwaits_the_journals_own_lock_timeout(
    tmp_path: Path,
) -> None:
    from filelock import FileLock

    from screens.journal.journal import JournalScreen

    places = locate(tmp_path / "data")
    # A short timeout for saves made while a person waits; the waiting thread,
    # freezing nothing, waits longer than that.
    journal = Journal.open(places.journal, lock_timeout=0.1)
    app = make_app(journal=journal, places=places, clock=lambda: NOW)
    journal.add(make_entry("Slow Co"))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(JournalScreen(journal, app.content, NOW.date()))
            await pilot.pause()
            other_coach.acquire()
            await pilot.press("delete", "left", "enter")
            await pilot.pause(0.5)  # sequencing: longer than the journal's own timeout
            assert len(journal) == 1
            other_coach.release()
            await until(pilot, lambda: len(journal) == 0)
            assert len(journal) == 0
            assert not any("in use by another coach" in n.message for n in app._notifications)
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)


async def test_discard_waits_for_another_coach_and_keeps_the_typing_until_done(
    tmp_path: Path,
) -> None:
    from filelock import FileLock

    app = walk_app(tmp_path)
    half = app.journal.add(make_entry("Half Made"))
    leave_walk(tmp_path / "data", WalkState(step="vent", company="Half Made", entry_id=half.id))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            other_coach.acquire()
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("left", "enter")
            await pilot.pause()
            assert waiting_said(app)
            assert isinstance(app.screen, HomeScreen)  # the screen goes on meanwhile
            await pilot.pause(0.3)  # sequencing: the waiting thread is at the lock by now
            assert [e.company for e in app.journal.entries()] == ["Half Made"]
            assert unsaved_surfaces(tmp_path / "data") != {}  # typing kept until the entry goes
            other_coach.release()
            await until(pilot, lambda: unsaved_surfaces(tmp_path / "data") == {})
            assert app.journal.entries() == []
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)


async def test_a_typed_date_shows_the_day_it_stands_for_and_keeps_it(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened", company="Acme"))
        await pilot.pause()
        app.screen.query_one("#received", Input).value = "yesterday"
        await pilot.pause()
        hint = str(app.screen.query_one("#received-on").render())
        assert hint == "yesterday → 24 Nov 2026"
        app.flush_unsaved()
    stopped(app)
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert walk["received_on"] == "2026-11-24"  # resuming next week keeps this day


async def test_finishing_the_walk_writes_the_journal_once(tmp_path: Path) -> None:
    import json

    app = walk_app(tmp_path)
    path = tmp_path / "data" / "journal.json"
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        app.screen.query_one("#company", Input).value = "Once Co"
        await pilot.press("ctrl+n")
        await pilot.pause()
        app.walk.show("close")
        await pilot.pause()
        before = json.loads(path.read_text())["_storage"]["1"]["generation"]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.walk is None  # finished
    stopped(app)
    after = json.loads(path.read_text())["_storage"]["1"]["generation"]
    assert after == before + 1  # so .bak still holds the version before the walk ended
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_a_read_only_folder_warns_only_once_there_is_typing_to_keep(
    tmp_path: Path, monkeypatch: object
) -> None:
    import coach.unsaved

    def read_only(*_: object, **__: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(coach.unsaved, "lock_own", read_only)  # type: ignore[attr-defined]
    monkeypatch.setattr(coach.unsaved, "write_private", read_only)  # type: ignore[attr-defined]
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.flush_unsaved()  # nothing typed: nothing to write, nothing to warn about
        await pilot.pause()
        assert not [n for n in app._notifications if "Could not autosave" in n.message]
        app.go("profile")
        await pilot.pause()
        await pilot.press(*"Sam")
        app.flush_unsaved()
        await pilot.pause()
        warnings = [n for n in app._notifications if "Could not autosave" in n.message]
        assert len(warnings) == 1 and "Read-only file system" in warnings[0].message


async def test_a_save_that_may_rewrite_a_big_journal_runs_off_the_ui_thread(
    tmp_path: Path,
) -> None:
    # Folding a 50,000-entry journal's log takes seconds; on the UI thread it froze the screen.
    import threading

    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Fold Co", Stage.TECHNICAL))
    storage = app.journal.storage
    storage.rewrite_is_near = lambda: True  # type: ignore[method-assign]
    writer_threads: list[str] = []
    write_changed = storage.write_changed

    def noted(data: object, touched: object) -> None:
        writer_threads.append(threading.current_thread().name)
        write_changed(data, touched)  # type: ignore[arg-type]

    storage.write_changed = noted  # type: ignore[method-assign]
    reindexed: list[str] = []
    app.journal.refresh_search_index = (  # type: ignore[method-assign]
        lambda: reindexed.append(threading.current_thread().name) or False
    )
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
        await pilot.pause()
        app.screen.query_one("#f-role", Input).value = "Saved on a thread"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "Saved." in said(app))
        assert app.journal.get(entry.id).role == "Saved on a thread"
        assert writer_threads and threading.main_thread().name not in writer_threads
        assert not waiting_said(app)  # nobody else holds the lock: no waiting notice
        assert any("a few seconds" in message for message in said(app))
        await until(pilot, lambda: reindexed)
        assert reindexed and threading.main_thread().name not in reindexed  # a fold left it stale
    stopped(app)


async def test_a_queued_walk_save_whose_company_was_cleared_says_so_and_later_saves_run(
    tmp_path: Path,
) -> None:
    # The walk's entry is built when its save runs: clearing the company
    # meanwhile killed the waiting thread, and every later save waited for ever.
    from filelock import FileLock

    app = walk_app(tmp_path)
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            app.start_walk(WalkState(step="happened", company="Cleared Co"))
            await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
            other_coach.acquire()  # another coach is mid-save
            await pilot.press("ctrl+n")  # this save waits for the lock on its thread
            await until(pilot, lambda: app.saving.waiting() == 1)
            assert app.saving.waiting() == 1 and waiting_said(app)
            await pilot.press("ctrl+n")  # and this one queues behind it
            await until(pilot, lambda: app.saving.waiting() == 2)
            assert app.saving.waiting() == 2
            await pilot.press("escape", "escape")  # back to "What happened", to retype the company
            await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
            assert isinstance(app.screen, HappenedScreen)
            app.screen.query_one("#company", Input).value = ""
            await until(pilot, lambda: app.walk.state.company == "")
            other_coach.release()
            await until(pilot, lambda: any("company" in n.message for n in app._notifications))
            # One notice, or two if the first save's thread only began after the clearing.
            said = [n for n in app._notifications if "company" in n.message]
            assert said
            assert all(n.severity == "error" and "What happened" in n.message for n in said)
            # The queue moves on: its second save may still be finishing when the notice shows.
            await until(pilot, lambda: app.saving.waiting() == 0)
            assert app.saving.waiting() == 0

            app.screen.query_one("#company", Input).value = "Retyped Co"
            await until(pilot, lambda: app.walk.state.company == "Retyped Co")
            await pilot.press("ctrl+n")  # a later save runs, on the entry the first one made
            await until(pilot, lambda: [e.company for e in app.journal.entries()] == ["Retyped Co"])
            assert [e.company for e in app.journal.entries()] == ["Retyped Co"]
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)


def test_a_queued_save_that_breaks_is_said_and_the_saves_behind_it_still_run() -> None:
    import threading
    import types

    from coach.errors import CoachError
    from screens.saving import Saving

    answered: list[tuple[str, object]] = []
    all_answered = threading.Event()

    class Host:
        journal = None
        is_running = True

        def notify(self, *_: object, **__: object) -> None: ...

        def call_from_thread(self, callback: object, *args: object) -> None:
            callback(*args)  # type: ignore[operator]

    saving = Saving(Host(), typing=types.SimpleNamespace())  # type: ignore[arg-type]
    lock_free = threading.Event()

    def breaks() -> None:
        lock_free.wait(10)
        raise ValueError("a bug in building the entry")

    def failed(error: CoachError) -> None:
        answered.append(("failed", error))

    def done(result: object) -> None:
        answered.append(("done", result))
        all_answered.set()

    saving._save_on_thread(breaks, done, failed, None)  # waiting for another coach's lock
    saving.save_soon(lambda: "saved", done, failed)  # queues behind it
    lock_free.set()
    assert all_answered.wait(10)
    [(kind, error), later] = answered
    assert kind == "failed" and isinstance(error, CoachError)
    assert "could not be saved" in str(error) and "a bug in building the entry" in str(error)
    assert later == ("done", "saved")
    assert saving.waiting() == 0


async def test_quit_straight_after_an_undo_waits_for_its_save(tmp_path: Path) -> None:
    # The undone delete's only copy is in memory until its save runs.
    from filelock import FileLock

    from screens.journal.journal import JournalScreen

    app = walk_app(tmp_path)
    gone = app.journal.add(make_entry("Undone [b]Co", Stage.FINAL))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(JournalScreen(app.journal, app.content, NOW.date()))
            await pilot.pause()
            await pilot.press("delete", "left", "enter")
            await until(pilot, lambda: len(app.journal) == 0)
            other_coach.acquire()  # another coach is mid-save
            await pilot.press("ctrl+z")
            await until(pilot, lambda: app.saving.waiting() == 1)
            assert app.saving.waiting() == 1 and waiting_said(app)
            await pilot.press("ctrl+q")
            await until(pilot, lambda: any(n.message == "Saving…" for n in app._notifications))
            await pilot.pause(0.3)  # sequencing: quit would have ended coach by now
            assert app.return_code is None  # still waiting for the undo's save
            assert any(n.message == "Saving…" for n in app._notifications)
            other_coach.release()
            await until(pilot, lambda: app.return_code is not None)
            assert app.return_code == 0
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)
    assert app.typing.not_saved == 0
    assert [e.company for e in Journal.open(tmp_path / "data" / "journal.json").entries()] == [
        gone.company
    ]


async def test_a_hangup_straight_after_a_plan_check_in_waits_for_its_save(tmp_path: Path) -> None:
    from filelock import FileLock

    from coach.plans import Plan, PlanStatus
    from screens.home.checkin import CheckInScreen

    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Plan Co", Stage.FINAL))
    plan = app.journal.save_plan(
        Plan(entry_id=entry.id, when="I open my laptop", then="write to Sam", due=NOW.date())
    )
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
            other_coach.acquire()
            assert app.focused is not None and app.focused.has_class("done")
            await pilot.press("enter")  # Done
            await until(pilot, lambda: app.saving.waiting() == 1)
            assert app.saving.waiting() == 1 and waiting_said(app)
            app.handle_exit_signal(signal.SIGHUP)  # the terminal was closed straight after
            await pilot.pause(0.3)  # sequencing: the hang-up would have ended coach by now
            assert app.return_code is None
            other_coach.release()
            await until(pilot, lambda: app.return_code is not None)
            assert app.return_code == 128 + signal.SIGHUP
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)
    kept = Journal.open(tmp_path / "data" / "journal.json").get_plan(plan.id)
    assert (kept.status, kept.closed_on) == (PlanStatus.DONE, NOW.date())


async def test_quit_waits_for_a_save_only_so_long_and_then_says_what_was_not_saved(
    tmp_path: Path, monkeypatch: object
) -> None:
    from filelock import FileLock

    import screens.unsaved_typing
    from screens.journal.journal import JournalScreen
    from screens.launch import not_saved_note

    monkeypatch.setattr(screens.unsaved_typing, "QUIT_SAVES_WAIT", 0.2)  # type: ignore[attr-defined]
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Stuck Co", Stage.FINAL))
    other_coach = FileLock(str(tmp_path / "data" / "journal.json.lock"))
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await app.push_screen(JournalScreen(app.journal, app.content, NOW.date()))
            await pilot.pause()
            other_coach.acquire()  # and never lets go while this coach runs
            await pilot.press("delete", "left", "enter")
            await until(pilot, lambda: app.saving.waiting() == 1)
            assert app.saving.waiting() == 1 and waiting_said(app)
            await pilot.press("ctrl+q")
            await until(pilot, lambda: app.return_code is not None)
            assert app.return_code == 0
    finally:
        if other_coach.is_locked:
            other_coach.release()
    stopped(app)
    assert app.typing.not_saved == 1
    assert not_saved_note(1).startswith("coach: 1 change could not be saved")


async def test_a_sent_mark_made_just_before_quitting_is_offered_back_with_the_text(
    tmp_path: Path,
) -> None:
    from coach.model import ReplyStatus

    app = walk_app(tmp_path)
    entry = make_entry("Marked Co", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin, thank you. Sam"
    app.journal.add(entry)
    app = reopen(tmp_path, draft_id=entry.id)
    async with app.run_test(size=(80, 24)) as pilot:
        # The screen is on the stack before its parts are mounted: wait for the sent line.
        await until(
            pilot,
            lambda: isinstance(app.screen, DraftScreen) and app.screen.query("#draft-sent"),
        )
        assert isinstance(app.screen, DraftScreen)
        app.screen.set_sent(True)  # as ctrl+t does once any question is answered
        await pilot.press("ctrl+q")
    stopped(app)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(again.screen, DraftScreen))
        assert isinstance(again.screen, DraftScreen)
        assert again.screen.sent
        await pilot.press("escape")
        await until(pilot, lambda: again.journal.get(entry.id).reply.status is ReplyStatus.SENT)
    stopped(again)
    assert again.journal.get(entry.id).reply.status is ReplyStatus.SENT


async def _a_plan_due_today(app: CoachApp) -> str:
    from coach.plans import Plan

    entry = app.journal.add(make_entry("Plan Co", Stage.FINAL))
    plan = Plan(entry_id=entry.id, when="I open my laptop", then="write to Sam", due=NOW.date())
    return app.journal.save_plan(plan).id


async def _not_yet_typed(pilot, day: str) -> None:
    from screens.home.checkin import CheckInScreen

    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
    await pilot.pause()
    app.screen.query_one(".not-yet").press()
    await until(pilot, lambda: app.focused is app.screen.query_one(".new-due", Input))
    await pilot.press("end", *["backspace"] * 9, *day)


async def test_a_day_typed_for_not_yet_is_kept_on_hangup_and_put_back(tmp_path: Path) -> None:
    from coach.plans import PlanStatus
    from screens.home.checkin import CheckInScreen

    app = walk_app(tmp_path)
    plan_id = await _a_plan_due_today(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _not_yet_typed(pilot, "2026-12-31")
        app.handle_exit_signal(signal.SIGHUP)  # the terminal closed before Enter
        await pilot.pause()
    stopped(app)
    typed = {"typed": "2026-12-31", "due": NOW.date().isoformat()}  # and the day it moves from
    assert unsaved_surfaces(tmp_path / "data")["checkin"]["values"] == {plan_id: typed}
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, CheckInScreen) and again.focused)
        field = again.screen.query_one(".new-due", Input)
        await until(pilot, lambda: again.focused is field)
        assert field.value == "2026-12-31"
        assert "press Enter" in str(again.screen.query_one(".new-due-day").render())
        await pilot.press("enter")
        await until(pilot, lambda: plan_id in again.screen.answered)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(again.screen, ResumeScreen)  # nothing else was left
    stopped(again)
    kept = Journal.open(tmp_path / "data" / "journal.json").get_plan(plan_id)
    assert (kept.status, kept.due.isoformat()) == (PlanStatus.OPEN, "2026-12-31")
    assert "checkin" not in unsaved_surfaces(tmp_path / "data")


async def test_ctrl_q_right_after_typing_a_not_yet_day_keeps_it(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    plan_id = await _a_plan_due_today(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await _not_yet_typed(pilot, "friday")
        await pilot.press("ctrl+q")
    stopped(app)
    typed = {"typed": "friday", "due": NOW.date().isoformat()}
    assert unsaved_surfaces(tmp_path / "data")["checkin"]["values"] == {plan_id: typed}


@pytest.mark.parametrize("field_id", ["f-role", "f-notes", "f-private"])
async def test_resume_of_an_entry_goes_on_in_the_field_it_was_in_at_its_end(
    tmp_path: Path, field_id: str
) -> None:
    app = walk_app(tmp_path)
    entry = make_entry("Umbrella", Stage.FINAL, role="Researcher")
    entry.notes = entry.private_note = "first line\nsecond"
    app.journal.add(entry)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(app.journal, entry, app.content, NOW.date()))
        await pilot.pause()
        field = app.screen.query_one(f"#{field_id}")
        for fold in field.ancestors:
            if hasattr(fold, "collapsed"):
                fold.collapsed = False
        await pilot.pause()
        field.focus()
        await pilot.pause()
        await pilot.press("end", "ctrl+end", *"XYZ")
        app.handle_exit_signal(signal.SIGHUP)
        await pilot.pause()
    stopped(app)
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(again.screen, EntryScreen))
        field = again.screen.query_one(f"#{field_id}")
        await until(pilot, lambda: again.focused is field)
        await pilot.press(*"W")
        await pilot.pause()
        text = field.value if isinstance(field, Input) else field.text
        assert text.endswith("XYZW"), text
