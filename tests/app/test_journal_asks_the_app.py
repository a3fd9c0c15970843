"""The journal screen asks the app to open an entry; it never pushes a screen itself."""

from __future__ import annotations

from textual.app import App

from coach.content import load_content
from coach.journal import Journal
from screens.dialogs.confirm import ConfirmScreen
from screens.journal.changes import EntryRequested
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from tests.app.test_journal_screen import TODAY, sample_journal


class BareHost(App[None]):
    """A host that only listens: whatever opens an entry must come from here."""

    def __init__(self) -> None:
        super().__init__()
        self.requests: list[EntryRequested] = []

    def on_entry_requested(self, message: EntryRequested) -> None:
        self.requests.append(message)


async def test_enter_on_an_entry_asks_the_app_and_opens_nothing_itself() -> None:
    journal = sample_journal()
    content = load_content().content
    app = BareHost()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, content, TODAY)
        await app.push_screen(screen)
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.screen is screen  # the app decides what comes next
        assert not any(isinstance(s, EntryScreen) for s in app.screen_stack)
        [asked] = app.requests
        assert (asked.entry.id, asked.journal, asked.today) == ("e2", journal, TODAY)
        assert asked.content is content


async def test_the_app_opens_the_entry_and_the_list_hears_how_it_closed() -> None:
    from screens.app import make_app
    from tests.conftest import FIXED_NOW

    journal = sample_journal()
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = JournalScreen(journal, load_content().content, TODAY)
        await app.push_screen(screen)
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, EntryScreen)
        assert app.screen.entry.id == "e2" and app.screen.journal is journal
        await pilot.press("ctrl+d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("left", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert "e2" not in [entry.id for entry in screen.shown]
