"""The journal and entry screens, driven by Pilot: filter, open, edit, delete, undo."""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from datetime import date

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Select, Static, TextArea

from coach.config import Config
from coach.content import Content, load_content
from coach.entry_cache import thawed
from coach.errors import JournalWriteError
from coach.journal import Journal
from coach.model import Entry, FeedbackStatus, ReplyStatus, Stage
from screens.app import make_app
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.leave import LeaveDialog
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from screens.widgets.fitting_footer import FittingFooter
from tests.app.walk_helpers import each_in_one_app, until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()
BRACKETS = "ACME [/ team]"
CLICKY = "[@click=app.quit]x"


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


def sample_journal() -> Journal:
    journal = Journal.in_memory()
    journal.add(make_entry(BRACKETS, Stage.NO_REPLY, id="e1", date=date(2026, 11, 1)))
    journal.add(
        make_entry(
            "Globex",
            Stage.PHONE_SCREEN,
            id="e2",
            role="Designer",
            notes="recruiter was kind",
            date=date(2026, 11, 10),
            mood_before=3,
            mood_after=6,
        )
    )
    journal.add(
        make_entry(
            CLICKY,
            Stage.TECHNICAL,
            id="e3",
            role="Engineer",
            date=date(2026, 11, 20),
        )
    )
    return journal


def shown_companies(screen: JournalScreen) -> list[str]:
    return [entry.company for entry in screen.shown]


async def open_journal(pilot, journal: Journal, content: Content) -> JournalScreen:
    screen = JournalScreen(journal, content, TODAY)
    await pilot.app.push_screen(screen)
    await pilot.pause()
    return screen


async def leave_an_edited_entry(pilot: Pilot, journal: Journal, content: Content) -> None:
    """Open entry e3, change its role, press Esc: the leave dialog is up."""
    from screens.dialogs.leave import LeaveDialog

    await pilot.app.push_screen(EntryScreen(journal, journal.get("e3"), content, TODAY))
    await pilot.pause()
    pilot.app.screen.query_one("#f-role", Input).value = "Staff engineer"
    await pilot.press("escape")
    await pilot.pause()
    assert isinstance(pilot.app.screen, LeaveDialog)


async def test_delete_from_entry_then_undo(content: Content) -> None:
    journal = sample_journal()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_journal(pilot, journal, content)
        await pilot.press("enter")  # the newest: CLICKY
        assert isinstance(app.screen, EntryScreen)
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("left", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert len(journal) == 2
        assert CLICKY not in shown_companies(screen)
        # The name is shown as typed, not read as markup (that hid it, or raised).
        assert any(f"Deleted {CLICKY}" in text for text in await toasts_shown(pilot))
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert len(journal) == 3
        assert journal.get("e3").company == CLICKY
        assert shown_companies(screen)[0] == CLICKY
        # The notice reaches the screen a moment later; a loaded machine takes a few rounds.
        restored = lambda: any(f"Restored {CLICKY}" in str(t.render()) for t in toasts(app))  # noqa: E731
        await until(pilot, restored)
        assert restored()


def toasts(app: object) -> list[object]:
    """The notices on screen now."""
    from textual.widgets._toast import Toast

    return list(app.screen.query(Toast))  # type: ignore[attr-defined]


async def toasts_shown(pilot: Pilot) -> list[str]:
    """The text of each notice on screen, as the person reads it."""
    from textual.widgets._toast import Toast

    await pilot.pause()  # notices reach the screen a moment after they are made
    return [str(toast.render()) for toast in pilot.app.screen.query(Toast)]


class FailingJournal(Journal):
    def save_edit(self, entry: Entry, base: Entry | None, **_: object) -> object:
        raise JournalWriteError(self.path or __import__("pathlib").Path("j.json"), "disk full")


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_screens_survive_small_terminals(content: Content, size: tuple[int, int]) -> None:
    journal = sample_journal()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        await open_journal(pilot, journal, content)
        await pilot.resize_terminal(40, 12)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        await pilot.resize_terminal(80, 24)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, JournalScreen)


# -- a big journal: loaded in a thread, filtered as you type ------------------------


def big_file_journal(tmp_path, count: int) -> Journal:
    journal = Journal.open(tmp_path / "journal.json")
    journal.import_entries(
        make_entry(f"Company {n}", id=f"c{n:03d}", date=date(2026, 1, 1 + n % 28))
        for n in range(count)
    )
    return journal


async def test_a_big_journal_shows_loading_then_its_entries(
    content: Content, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # every file counts as big
    journal = big_file_journal(tmp_path, 30)
    reopened = Journal.open(journal.path, lazy=True)
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(reopened, content, TODAY)
        loading_seen: list[str] = []
        original = screen._load_in_background

        def slow_load() -> None:
            loading_seen.append(str(screen.query_one("#journal-count", Static).render()))
            original()

        screen._load_in_background = slow_load  # type: ignore[method-assign]
        await app.push_screen(screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert loading_seen == ["Loading your journal…"]
        assert not screen.loading_entries and not screen.texts_pending
        assert len(screen.shown) == 30
        await pilot.press("slash", *"company 2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.shown) == 11
        assert "30 entries" in str(screen.query_one("#journal-count", Static).render())


async def test_typing_narrows_the_last_result_and_erasing_waits_for_a_pause(
    content: Content, monkeypatch
) -> None:
    monkeypatch.setattr("screens.journal.journal.DEBOUNCE_OVER", 0)  # debounce even this journal
    journal = Journal.in_memory()
    for n in range(30):
        journal.add(make_entry(f"Company {n}", id=f"c{n:03d}", date=date(2026, 1, 1 + n % 28)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot, journal, content)
        await pilot.press("slash", *"company 1")
        # Each appended letter narrowed what the letter before matched, at once.
        assert not screen.filter_pending
        assert sorted(shown_companies(screen)) == sorted(
            f"Company {n}" for n in range(30) if str(n).startswith("1")
        )
        assert screen._last_filter is not None and screen._last_filter[0] == "company 1"
        await pilot.press("2")
        assert shown_companies(screen) == ["Company 12"]
        await pilot.press("backspace")  # erasing cannot narrow: it waits for a pause
        assert screen.filter_pending
        assert shown_companies(screen) == ["Company 12"]
        await pilot.pause(0.4)
        assert not screen.filter_pending
        assert len(screen.shown) == 11


async def test_a_long_list_is_filtered_in_a_thread_and_only_the_latest_shows(
    content: Content, monkeypatch
) -> None:
    monkeypatch.setattr("screens.journal.journal.FILTER_IN_THREAD_OVER", 0)  # always in a thread
    journal = Journal.in_memory()
    for n in range(30):
        journal.add(make_entry(f"Company {n}", id=f"c{n:03d}", date=date(2026, 1, 1 + n % 28)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot, journal, content)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(screen.shown) == 30
        await pilot.press("slash", *"company 2")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.filter_pending
        assert sorted(shown_companies(screen)) == sorted(
            f"Company {n}" for n in range(30) if str(n).startswith("2")
        )
        count = str(screen.query_one("#journal-count", Static).render())
        assert count == f"{len(screen.shown)} of 30 entries"


async def test_leaving_while_a_filter_thread_runs_is_not_a_crash(
    content: Content, monkeypatch
) -> None:
    import threading

    monkeypatch.setattr("screens.journal.journal.FILTER_IN_THREAD_OVER", 0)  # always in a thread
    release = threading.Event()
    real = JournalScreen._filter_in_background

    def slow(self, *args) -> None:  # type: ignore[no-untyped-def]
        release.wait(5)  # the person leaves before the filter is done
        real(self, *args)

    monkeypatch.setattr(JournalScreen, "_filter_in_background", slow)
    app = make_app(journal=sample_journal(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("slash", "k")
        await pilot.press("escape", "escape")
        await pilot.pause()
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, JournalScreen)


async def test_undo_keeps_an_edit_another_coach_saved_after_the_delete(
    content: Content, tmp_path
) -> None:
    # Coach A deletes an entry; coach B, which had it open, saves an edit of
    # it (which puts it back); A's undo must not silently write over B's edit.
    path = tmp_path / "journal.json"
    mine = Journal.open(path)
    mine.add(make_entry("Contoso", Stage.TECHNICAL, id="e1", date=date(2026, 11, 20)))
    other = Journal.open(path)
    opened_elsewhere = other.get("e1")
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot, mine, content)
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("left", "enter")
        await pilot.pause()
        assert len(mine) == 0
        edited = dataclasses.replace(thawed(opened_elsewhere), notes="B [b]was[/b] here")
        other.save_edit(edited, base=opened_elsewhere)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [entry.notes for entry in Journal.open(path).entries()] == ["B [b]was[/b] here"]
        assert [entry.notes for entry in screen.shown] == ["B [b]was[/b] here"]
        assert app.is_running


async def test_deleting_an_entry_another_coach_deleted_drops_its_row(
    content: Content, tmp_path
) -> None:
    path = tmp_path / "journal.json"
    mine = Journal.open(path)
    mine.add(make_entry("Initech [/ x]", Stage.APPLICATION, id="e1", date=date(2026, 11, 20)))
    mine.add(make_entry("Contoso", Stage.TECHNICAL, id="e2", date=date(2026, 11, 10)))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_journal(pilot, mine, content)
        Journal.open(path).delete("e1")  # the other coach, first
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("left", "enter")
        await pilot.pause()
        assert shown_companies(screen) == ["Contoso"]
        said = [str(n.message) for n in app._notifications]
        assert any("already deleted" in text for text in said)
        assert not any("coach list" in text for text in said)  # a command-line hint
        assert [e.id for e in Journal.open(path).entries()] == ["e2"]
        await pilot.press("ctrl+z")  # nothing of ours to undo: the other coach deleted it
        await pilot.pause()
        assert [e.id for e in Journal.open(path).entries()] == ["e2"]


async def test_after_a_save_that_kept_the_other_version_the_list_shows_both(
    content: Content, tmp_path
) -> None:
    # Coaches A and B edit the same field of one entry; B saves last, so A's
    # version is kept as a separate entry, and B's journal must list it.
    path = tmp_path / "journal.json"
    mine = Journal.open(path)
    mine.add(make_entry("Brightloom", Stage.TECHNICAL, id="e1", date=date(2026, 11, 20)))
    mine.add(make_entry("Contoso", Stage.APPLICATION, id="e2", date=date(2026, 11, 1)))
    other = Journal.open(path)
    opened_elsewhere = other.get("e1")
    app = make_app(journal=mine, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_journal(pilot, mine, content)
        await pilot.press("enter")
        assert isinstance(app.screen, EntryScreen)
        other.save_edit(
            dataclasses.replace(
                thawed(opened_elsewhere), company="Brightloom A", next_step="Rest first"
            ),
            base=opened_elsewhere,
        )
        app.screen.query_one("#f-company", Input).value = "Brightloom B"
        app.screen.query_one("#f-next", TextArea).load_text("Ask for feedback")
        await pilot.press("ctrl+s")
        for _ in range(40):
            await pilot.pause(0.05)
            if any("separate entry" in str(n.message) for n in app._notifications):
                break
        said = " ".join(str(n.message) for n in app._notifications)
        # Named as the entry screen names them, not by their keys (rv26: "reply_draft").
        assert "in the same 2 fields (company, next step)" in said, said
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert sorted(shown_companies(screen)) == [
            "Brightloom A (other version)",
            "Brightloom B",
            "Contoso",
        ]
        assert str(screen.query_one("#journal-count", Static).render()).startswith("3 entries")
        # Delete names the row the cursor is on: the other version.
        table = screen.query_one(EntryTable)
        table.focus()
        row = shown_companies(screen).index("Brightloom A (other version)")
        await pilot.press("home", *["down"] * row)
        await pilot.pause()
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Brightloom A (other version)" in app.screen.question


async def test_coming_back_to_the_journal_shows_what_another_coach_added(
    content: Content, tmp_path
) -> None:
    path = tmp_path / "journal.json"
    mine = Journal.open(path)
    mine.add(make_entry("Contoso", Stage.APPLICATION, id="e1", date=date(2026, 11, 1)))
    app = make_app(journal=mine, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot, mine, content)
        await pilot.press("enter")
        assert isinstance(app.screen, EntryScreen)
        Journal.open(path).add(make_entry("Initech", Stage.TECHNICAL, id="e2"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert sorted(shown_companies(screen)) == ["Contoso", "Initech"]
        assert screen.query_one(EntryTable).current.id == "e1"  # the cursor stayed on its row


async def test_the_leave_question_stays_in_view_at_40x12(content: Content) -> None:
    journal = sample_journal()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await leave_an_edited_entry(pilot, journal, content)
        box = app.screen.query_one("#confirm")
        # Everything fits, so the focused last button cannot scroll the question off.
        assert box.max_scroll_y == 0
        assert app.screen.query_one("#confirm-question").region.height > 0


async def test_saving_an_entry_another_coach_deleted_puts_it_back_and_says_so(
    content: Content, tmp_path
) -> None:
    path = tmp_path / "journal.json"
    mine = Journal.open(path)
    mine.add(make_entry("Initech [/ x]", Stage.APPLICATION, id="e1", date=date(2026, 11, 20)))
    # The journal's delete moved to x: the message names it, as the footer does (rv22: "d").
    config = Config(path=tmp_path / "config.toml", keymap={"delete": "x"})
    app = make_app(journal=mine, clock=lambda: FIXED_NOW, config=config)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.app.push_screen(EntryScreen(mine, mine.get("e1"), content, TODAY))
        await pilot.pause()
        Journal.open(path).delete("e1")  # the other coach, while it is open here
        app.screen.query_one("#f-role", Input).value = "Analyst"
        await pilot.press("ctrl+s")
        for _ in range(20):
            await pilot.pause(0.05)
            if any("deleted elsewhere" in str(n.message) for n in app._notifications):
                break
        said = [str(n.message) for n in app._notifications]
        assert any("deleted elsewhere" in text and "put it back" in text for text in said)
        assert any("with x in its journal or Ctrl+D on the entry" in text for text in said)
        # rv47 D5: what is known, the file no longer held it, not a guess at who.
        assert any("gone from the journal file" in t and "outside coach" in t for t in said)
    assert Journal.open(path).get("e1").role == "Analyst"


@pytest.mark.parametrize("place", ["j", "i"])
async def test_an_unreadable_journal_says_so_instead_of_looking_empty(tmp_path, place) -> None:
    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Acme"))
    journal.add(make_entry("Initech"))  # a backup exists
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.notices_ready)
        # Broken while the coach runs (a sync tool, or a file saved over it): a journal
        # broken before the start is said at once (test_home).
        path.write_text('{"entries": {"1": [b] not json', encoding="utf-8")
        await pilot.press(place)
        await pilot.pause()
        empty = app.screen.query_one("#journal-empty" if place == "j" else "#insights-empty")
        shown = str(empty.render())
        assert "could not be read" in shown and "The file was left as it was" in shown
        assert "journal.json.bak" in shown  # the recovery line the CLI gives
        assert "No entries yet" not in shown and "Insights grow" not in shown
        if place == "j":
            count = str(app.screen.query_one("#journal-count", Static).render())
            assert count == "The journal could not be read"  # not "0 entries"


async def test_a_very_long_company_is_clipped_in_the_heading_and_whole_in_its_field(
    content: Content,
) -> None:
    company = "Acme [b] " + "x" * 20_000
    journal = Journal.in_memory()
    entry = journal.add(make_entry(company, role="Engineer"))
    app = make_app(journal=journal)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(EntryScreen(journal, entry, content, date(2026, 11, 25)))
        await pilot.pause()
        heading = app.screen.query_one("#entry-summary", Static)
        shown = str(heading.render())
        assert shown.startswith("Acme [b] xxx") and "…" in shown and "Engineer" in shown
        assert heading.region.height <= 6  # a few rows, not hundreds
        assert app.screen.query_one("#f-company", Input).value == company


def footer_labels(screen: JournalScreen) -> dict[str, str]:
    """The footer's keys as shown: description to key."""
    from textual.widgets import Footer

    footer = screen.query_one(Footer)
    return {key.description: key.key_display for key in footer.query("FooterKey")}


def test_help_says_escape_clears_every_filter() -> None:
    from screens.dialogs.help import help_text

    assert "| Esc | clear every filter and show all entries" in help_text()
    assert "| F9 | clear every filter and show all entries (once none is left, F9 leaves)" in (
        help_text({"back": "f9"})
    )


def footer_keys_seen_whole(screen: JournalScreen, width: int) -> list[str]:
    """The footer's actions whose keys are drawn whole, none under another or past the edge."""
    from textual.widgets import Footer

    keys = list(screen.query_one(Footer).query("FooterKey"))
    palette = [key for key in keys if getattr(key, "action", "") == "command_palette"]
    edge = palette[0].region.x if palette else width
    return [
        getattr(key, "action", "")
        for key in keys
        if key not in palette and key.region.right <= edge and key.region.width
    ] + [getattr(key, "action", "") for key in palette]


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_the_journal_footer_keeps_open_esc_and_help_whole(
    content: Content, size: tuple[int, int]
) -> None:
    """Enter, Esc and F1 always; F2 at 80, and at 40 it gives way but still opens support."""
    from textual.widgets import Footer

    from screens.dialogs.support import SupportScreen

    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        screen = await open_journal(pilot, sample_journal(), content)
        width = size[0]
        for stage in (None, Stage.TECHNICAL):
            if stage is not None:
                screen.query_one("#journal-stage", Select).value = stage
            screen.query_one(EntryTable).focus()
            esc = "clear_filters" if stage else "back"
            await until(pilot, lambda esc=esc: esc in footer_keys_seen_whole(screen, width))
            seen = footer_keys_seen_whole(screen, width)
            drawn = len(screen.query_one(Footer).query("FooterKey"))
            assert len(seen) == drawn, seen  # nothing hidden, nothing cut
            assert {"select", "help", esc} <= set(seen), seen
            if size[0] == 80:
                assert any(action.endswith("support") for action in seen), seen
        # Unshown at 40 with a filter set, F2 still opens support.
        await pilot.press("f2")
        await until(pilot, lambda: isinstance(app.screen, SupportScreen))


@pytest.mark.parametrize("back", ["q", "escape,q"])
async def test_a_remapped_back_key_clears_the_filters_first_too(
    content: Content, tmp_path, back: str
) -> None:
    from screens.keymap import keymap_clashes
    from tests.app.test_settings import settings

    config = settings(tmp_path, f'[keymap]\nback = "{back}"\n')
    assert keymap_clashes(config.keymap) == []
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW, config=config)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_journal(pilot, sample_journal(), content)
        screen.query_one("#journal-stage", Select).value = Stage.TECHNICAL
        screen.query_one(EntryTable).focus()
        await pilot.pause()
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen and len(screen.shown) == 3  # cleared, still here
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is not screen
        assert not [n for n in app._notifications if "keymap" in n.message]  # no false clash


def test_the_entry_editor_reads_the_dates_the_walk_reads() -> None:
    # One reader for both: the editor refused 25/11/2026 while the walk's plan took it.
    from screens.journal.entry import parse_entry_date

    today = date(2026, 11, 26)
    assert parse_entry_date("25/11/2026", today) == (date(2026, 11, 25), "")
    assert parse_entry_date("last friday", today) == (date(2026, 11, 20), "")
    assert parse_entry_date("Nov 20", today) == (date(2026, 11, 20), "")
    when, said = parse_entry_date("next friday", today)
    assert when is None and "the news can't have come in the future" in said


async def test_a_closed_journal_screen_holds_no_entries() -> None:
    """Set aside from the collector while open (a big re-read), it would keep them for good."""
    journal = Journal.in_memory()
    journal.add(make_entry("Acme"))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        screen = app.screen
        table = screen.query_one(EntryTable)
        await until(pilot, lambda: len(screen.shown) == 1)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        assert len(screen._indexed) == 0 and len(screen._last_matched) == 0
        assert len(table.entries) == 0


def with_e1_replied() -> Journal:
    """The sample journal with a reply sent on e1."""
    journal = sample_journal()
    entry = journal.get("e1")
    entry.reply.status = ReplyStatus.SENT
    journal.save(entry)
    return journal


def with_e2_replied() -> Journal:
    """The sample journal with a reply sent on e2."""
    journal = sample_journal()
    entry = journal.get("e2")
    entry.reply.status = ReplyStatus.SENT
    journal.save(entry)
    return journal


async def lists_newest_first_and_shows_brackets_literally(
    pilot: Pilot, screen: JournalScreen
) -> None:
    app = pilot.app
    assert shown_companies(screen) == [CLICKY, "Globex", BRACKETS]
    table = screen.query_one(EntryTable)
    lines = [table.render_line(y).text for y in range(4)]
    assert "Company" in lines[0]
    assert "[@click=app.quit" in lines[1]  # shown as typed, never run
    assert BRACKETS in lines[3]
    assert "3→6" in lines[2]
    assert app.is_running


async def typing_filters_and_nothing_matches_says_so(pilot: Pilot, screen: JournalScreen) -> None:
    await pilot.press("slash")
    assert isinstance(screen.focused, Input)
    await pilot.press(*"kind")
    assert shown_companies(screen) == ["Globex"]
    await pilot.press(*"zzz")
    assert len(screen.shown) == 0
    empty = screen.query_one("#journal-empty", Static)
    assert empty.display and "Nothing matches" in str(empty.render())
    # Typed letters reach the filter, never the screen's d/u keys.
    assert screen.query_one("#journal-filter", Input).value == "kindzzz"


async def stage_and_reply_filters(pilot: Pilot, screen: JournalScreen) -> None:
    screen.query_one("#journal-stage", Select).value = Stage.TECHNICAL
    await pilot.pause()
    assert shown_companies(screen) == [CLICKY]
    screen.query_one("#journal-stage", Select).clear()
    screen.query_one("#journal-reply", Select).value = ReplyStatus.SENT
    await pilot.pause()
    assert shown_companies(screen) == [BRACKETS]
    assert "1 of 3" in str(screen.query_one("#journal-count", Static).render())


async def empty_journal_explains_how_to_start(pilot: Pilot, screen: JournalScreen) -> None:
    text = str(screen.query_one("#journal-empty", Static).render())
    assert "No entries yet" in text
    assert not screen.query_one(EntryTable).display


async def escape_clears_the_filter_first_then_leaves(pilot: Pilot, screen: JournalScreen) -> None:
    app = pilot.app
    await pilot.press("slash", *"globex")
    await pilot.pause()
    assert shown_companies(screen) == ["Globex"]
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is screen
    assert screen.query_one("#journal-filter", Input).value == ""
    assert shown_companies(screen) == [CLICKY, "Globex", BRACKETS]
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is not screen


async def escape_clears_text_stage_and_reply_at_once_then_leaves(
    pilot: Pilot, screen: JournalScreen
) -> None:
    app = pilot.app
    screen.query_one("#journal-stage", Select).value = Stage.PHONE_SCREEN
    screen.query_one("#journal-reply", Select).value = ReplyStatus.SENT
    await pilot.press("slash", *"glob")
    await pilot.pause()
    assert shown_companies(screen) == ["Globex"]
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is screen
    assert screen.query_one("#journal-filter", Input).value == ""
    assert screen.query_one("#journal-stage", Select).is_blank()
    assert screen.query_one("#journal-reply", Select).is_blank()
    assert shown_companies(screen) == [CLICKY, "Globex", BRACKETS]
    count = str(screen.query_one("#journal-count", Static).render())
    assert "cleared" in count and "3 entries" in count
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is not screen


async def escape_clears_a_stage_chosen_alone_before_leaving(
    pilot: Pilot, screen: JournalScreen
) -> None:
    app = pilot.app
    screen.query_one("#journal-stage", Select).value = Stage.TECHNICAL
    screen.query_one(EntryTable).focus()
    await pilot.pause()
    assert shown_companies(screen) == [CLICKY]
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is screen  # the first Esc shows everything again
    assert len(screen.shown) == 3
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is not screen


async def the_footer_says_what_escape_will_do(pilot: Pilot, screen: JournalScreen) -> None:
    # The footer redraws a few messages after a change: wait for it, within reason.
    await until(pilot, lambda: "Back" in footer_labels(screen))
    assert footer_labels(screen).get("Back") == "esc"
    assert "Clear filters" not in footer_labels(screen)
    screen.query_one("#journal-reply", Select).value = ReplyStatus.SENT
    await until(pilot, lambda: "Clear filters" in footer_labels(screen))
    assert footer_labels(screen).get("Clear filters") == "esc"
    assert "Back" not in footer_labels(screen)
    await pilot.press("escape")
    await until(pilot, lambda: "Back" in footer_labels(screen))
    assert footer_labels(screen).get("Back") == "esc"
    assert "Clear filters" not in footer_labels(screen)


async def down_twice_from_the_filter_reaches_the_second_entry(
    pilot: Pilot, screen: JournalScreen
) -> None:
    from textual import events

    app = pilot.app
    await pilot.press("slash", *"e")
    await pilot.pause()
    # In one burst, as a terminal delivers two quick presses: the second
    # Down must find the list already focused, not the filter again.
    app.post_message(events.Key("down", None))
    app.post_message(events.Key("down", None))
    table = screen.query_one(EntryTable)
    await until(pilot, lambda: screen.focused is table and table.current == screen.shown[1])
    assert isinstance(screen.focused, EntryTable)
    assert screen.query_one(EntryTable).current == screen.shown[1]


async def slash_and_a_word_in_one_burst_all_reach_the_filter(
    pilot: Pilot, screen: JournalScreen
) -> None:
    from textual import events

    app = pilot.app
    assert isinstance(screen.focused, EntryTable)
    # As a terminal delivers "/glob" typed quickly: the letters follow the slash.
    app.post_message(events.Key("slash", "/"))
    for letter in "glob":
        app.post_message(events.Key(letter, letter))
    typed = screen.query_one("#journal-filter", Input)
    await until(pilot, lambda: typed.value == "glob" and shown_companies(screen) == ["Globex"])
    assert typed.value == "glob"
    assert shown_companies(screen) == ["Globex"]
    await pilot.press("slash", "x")  # in the filter, / is typed like any letter
    await pilot.pause()
    assert screen.query_one("#journal-filter", Input).value == "glob/x"


async def nothing_matches_names_the_way_out(pilot: Pilot, screen: JournalScreen) -> None:
    await pilot.press("slash", *"[b]zzz")
    await pilot.pause()
    empty = str(screen.query_one("#journal-empty", Static).render())
    assert "Nothing matches" in empty and "Esc clears the filters" in empty
    # rv24: "may" adds why May alone is a word; its way out fell under the footer.
    await pilot.press("escape", *"may")
    await until(pilot, lambda: "alone" in str(screen.query_one("#journal-empty").render()))
    await pilot.pause()
    box = screen.query_one("#journal-empty", Static)
    footer = screen.query_one(FittingFooter)
    assert box.region.bottom <= footer.region.y, (box.region, footer.region)


async def down_from_the_filter_goes_to_the_results(pilot: Pilot, screen: JournalScreen) -> None:
    await pilot.press("slash", *"e", "down")
    await pilot.pause()
    assert isinstance(screen.focused, EntryTable)
    assert screen.query_one("#journal-filter", Input).value == "e"
    await pilot.press("down")  # in the list, Down moves down the list
    await pilot.pause()
    assert isinstance(screen.focused, EntryTable)
    assert screen.query_one(EntryTable).current == screen.shown[1]
    stage = screen.query_one("#journal-stage", Select)
    stage.focus()
    await pilot.pause()
    await pilot.press("down")  # on a stage choice, Down opens its list as before
    await pilot.pause()
    assert stage.expanded and not isinstance(screen.focused, EntryTable)


# Each check above gets a journal screen of its own, opened over home, and needs
# nothing else of the app; one app walks the checks of a size in turn. An app's start
# and stop cost about a tenth of a CPU-second, a sixth of one such test.
JournalCheck = Callable[[Pilot, JournalScreen], Awaitable[None]]


async def walk_checks(
    content: Content,
    size: tuple[int, int],
    checks: list[tuple[Callable[[], Journal], JournalCheck]],
) -> None:
    """Open a new journal screen for each check in turn; a check that fails names itself."""
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=size) as pilot:
        for journal_of, check in checks:
            screen = await open_journal(pilot, journal_of(), content)
            under = len(app.screen_stack) - 1
            try:
                await check(pilot, screen)
            except AssertionError as error:
                error.add_note(f"in the journal check {check.__name__!r}")
                raise
            while len(app.screen_stack) > under:
                await app.pop_screen()
                await pilot.pause()


async def test_a_new_journal_screen_at_80x24_passes_each_check_in_turn(content: Content) -> None:
    await walk_checks(
        content,
        (80, 24),
        [
            (sample_journal, lists_newest_first_and_shows_brackets_literally),
            (sample_journal, typing_filters_and_nothing_matches_says_so),
            (with_e1_replied, stage_and_reply_filters),
            (Journal.in_memory, empty_journal_explains_how_to_start),
            (sample_journal, escape_clears_the_filter_first_then_leaves),
            (with_e2_replied, escape_clears_text_stage_and_reply_at_once_then_leaves),
            (sample_journal, escape_clears_a_stage_chosen_alone_before_leaving),
            (sample_journal, the_footer_says_what_escape_will_do),
            (sample_journal, down_twice_from_the_filter_reaches_the_second_entry),
            (sample_journal, slash_and_a_word_in_one_burst_all_reach_the_filter),
        ],
    )


async def test_a_new_journal_screen_at_40x12_passes_each_check_in_turn(content: Content) -> None:
    await walk_checks(
        content,
        (40, 12),
        [
            (sample_journal, nothing_matches_names_the_way_out),
            (sample_journal, down_from_the_filter_goes_to_the_results),
        ],
    )


async def enter_opens_edit_saves_and_the_list_follows(pilot: Pilot, content: Content) -> None:
    journal = sample_journal()
    app = pilot.app
    screen = await open_journal(pilot, journal, content)
    await pilot.press("down", "enter")
    assert isinstance(app.screen, EntryScreen)
    company = app.screen.query_one("#f-company", Input)
    assert company.value == "Globex"
    company.value = "G" * 201  # a page pasted as the name is refused, and said
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert journal.get("e2").company == "Globex"
    assert "201 characters" in str(app.screen.query_one("#e-company", Static).render())
    company.value = "Globex [/ Corp]"
    app.screen.query_one("#f-notes", TextArea).text = "they said [b]no[/b]"
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert journal.get("e2").company == "Globex [/ Corp]"
    assert journal.get("e2").notes == "they said [b]no[/b]"
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is screen
    assert "Globex [/ Corp]" in shown_companies(screen)


async def escape_with_changes_asks_to_save_drop_or_stay(pilot: Pilot, content: Content) -> None:
    journal = sample_journal()
    app = pilot.app
    await leave_an_edited_entry(pilot, journal, content)
    await pilot.press("escape")  # keep editing: nothing lost, nothing saved
    await pilot.pause()
    assert isinstance(app.screen, EntryScreen)
    assert app.screen.query_one("#f-role", Input).value == "Staff engineer"
    await pilot.press("escape", "s")
    await pilot.pause()
    assert not isinstance(app.screen, EntryScreen)
    assert journal.get("e3").role == "Staff engineer"
    await pilot.app.push_screen(EntryScreen(journal, journal.get("e3"), content, TODAY))
    await pilot.pause()
    app.screen.query_one("#f-role", Input).value = "Dropped"
    # A word starting with d typed after Esc drops nothing (the reviewer's "dear").
    await pilot.press("escape", *"dear")
    await pilot.pause()
    assert isinstance(app.screen, LeaveDialog)
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen.query_one("#f-role", Input).value == "Dropped"
    await pilot.press("escape", "up", "enter")  # the drop button, on purpose
    await pilot.pause()
    assert not isinstance(app.screen, EntryScreen)
    assert journal.get("e3").role == "Staff engineer"


async def bad_dates_are_explained_inline_and_escape_asks(pilot: Pilot, content: Content) -> None:
    journal = sample_journal()
    app = pilot.app
    entry_screen = EntryScreen(journal, journal.get("e2"), content, TODAY)
    await pilot.app.push_screen(entry_screen)
    await pilot.pause()
    entry_screen.query_one("#f-reapply", Input).value = "next spring"
    entry_screen.query_one("#f-mood-after", Input).value = "11"
    await pilot.pause()
    error = entry_screen.query_one("#e-reapply", Static)
    assert error.display and "2027-05-01" in str(error.render())
    assert entry_screen.query_one("#e-mood", Static).display
    await pilot.press("ctrl+s")
    assert journal.get("e2").mood_after == 6
    await pilot.press("escape", "s")  # save and leave: it cannot, so it stays
    await pilot.pause()
    assert app.screen is entry_screen
    entry_screen.query_one("#f-reapply", Input).value = "2027-05-01"
    entry_screen.query_one("#f-mood-after", Input).value = "7"
    await pilot.pause()
    assert not entry_screen.query_one("#e-reapply", Static).display
    await pilot.press("ctrl+s")
    saved = journal.get("e2")
    assert saved.reapply_after == date(2027, 5, 1)
    assert saved.mood_after == 7


async def follow_ups_feedback_and_reply(pilot: Pilot, content: Content) -> None:
    journal = sample_journal()
    entry_screen = EntryScreen(journal, journal.get("e3"), content, TODAY)
    await pilot.app.push_screen(entry_screen)
    await pilot.pause()
    entry_screen.query_one("#f-feedback", Select).value = FeedbackStatus.REQUESTED
    await pilot.press("ctrl+s")
    assert journal.get("e3").feedback is FeedbackStatus.REQUESTED
    entry_screen.query_one("#f-feedback", Select).value = FeedbackStatus.RECEIVED
    entry_screen.query_one("#f-feedback-text", TextArea).text = "Practise graphs."
    entry_screen.query_one("#f-reply-status", Select).value = ReplyStatus.SENT
    await pilot.press("ctrl+s")
    saved = journal.get("e3")
    assert saved.feedback is FeedbackStatus.RECEIVED
    assert saved.feedback_text == "Practise graphs."
    assert saved.reply.status is ReplyStatus.SENT
    assert saved.reply.sent_on == TODAY


async def delete_from_list_can_be_refused(pilot: Pilot, content: Content) -> None:
    journal = sample_journal()
    app = pilot.app
    screen = await open_journal(pilot, journal, content)
    await pilot.press("delete")
    await pilot.pause()
    assert isinstance(app.screen, ConfirmScreen)
    await pilot.press("escape")
    await pilot.pause()
    assert len(journal) == 3
    await pilot.press("delete")
    await pilot.pause()
    await pilot.press("left", "enter")
    await pilot.pause()
    assert len(journal) == 2
    assert len(screen.shown) == 2


async def a_failed_save_is_a_notice_not_a_crash(pilot: Pilot, content: Content) -> None:
    journal = FailingJournal(Journal.in_memory().storage)
    journal.add(make_entry("Initech", Stage.FINAL, id="f1"))
    app = pilot.app
    entry_screen = EntryScreen(journal, journal.get("f1"), content, TODAY)
    await pilot.app.push_screen(entry_screen)
    await pilot.pause()
    entry_screen.query_one("#f-role", Input).value = "Lead"
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert app.is_running
    assert any("disk full" in n.message for n in app._notifications)
    assert journal.get("f1").role == ""


async def u_and_d_type_into_the_filter_even_with_an_undo_pending(
    pilot: Pilot, content: Content
) -> None:
    journal = sample_journal()
    screen = await open_journal(pilot, journal, content)
    await pilot.press("delete")
    await pilot.pause()
    await pilot.press("left", "enter")
    await pilot.pause()
    await pilot.press("slash", "u", "d")
    await pilot.pause()
    assert screen.query_one("#journal-filter", Input).value == "ud"
    assert len(journal) == 2  # nothing restored or deleted by the typing


async def a_filter_typed_before_the_search_text_arrives_waits_for_it(
    pilot: Pilot, content: Content
) -> None:
    journal = sample_journal()
    screen = await open_journal(pilot, journal, content)
    screen.loading_entries = True  # as a big journal starts
    screen._entries_first(journal.entries())
    assert screen.texts_pending and len(screen.shown) == 3
    await pilot.press("slash", *"kind")
    assert screen.filter_pending and len(screen.shown) == 3  # waits, shows all
    screen._loaded(journal.with_search_text())
    await pilot.pause()
    assert not screen.filter_pending
    assert shown_companies(screen) == ["Globex"]


async def writing_down_the_feedback_records_it_as_received(pilot: Pilot, content: Content) -> None:
    from coach.model import FeedbackStatus
    from screens.dialogs.leave import LeaveDialog

    journal = sample_journal()
    asked = journal.get("e2")
    asked.feedback = FeedbackStatus.REQUESTED
    asked.feedback_requested_on = date(2026, 11, 12)
    journal.save(asked)
    app = pilot.app
    screen = EntryScreen(journal, journal.get("e2"), content, TODAY)
    await pilot.app.push_screen(screen)
    await pilot.pause()
    labels = " ".join(str(label.render()) for label in screen.query(".field-label"))
    assert "asked on 2026-11-12" in labels
    screen.query_one("#f-feedback-text", TextArea).text = "More [b]system design[/b]"
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    saved = journal.get("e2")
    assert saved.feedback is FeedbackStatus.RECEIVED
    assert saved.feedback_text == "More [b]system design[/b]"
    assert saved.feedback_requested_on == date(2026, 11, 12)
    await pilot.press("escape")  # saved: nothing to ask about
    await pilot.pause()
    assert not isinstance(app.screen, (EntryScreen, LeaveDialog))


# Each check above opens the screens it needs over home and needs nothing else of the
# app; one app walks the checks in turn (each_in_one_app).
async def test_editing_and_leaving_entries_passes_each_check_in_turn(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    checks = [
        enter_opens_edit_saves_and_the_list_follows,
        escape_with_changes_asks_to_save_drop_or_stay,
        bad_dates_are_explained_inline_and_escape_asks,
        follow_ups_feedback_and_reply,
        delete_from_list_can_be_refused,
        a_failed_save_is_a_notice_not_a_crash,
        u_and_d_type_into_the_filter_even_with_an_undo_pending,
        a_filter_typed_before_the_search_text_arrives_waits_for_it,
        writing_down_the_feedback_records_it_as_received,
    ]
    async with app.run_test(size=(80, 24)) as pilot:
        await each_in_one_app(pilot, checks, content)
