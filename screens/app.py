"""The Textual app: builds its parts, hands each what it needs, and routes between screens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from textual import events, on
from textual.app import App
from textual.binding import Binding

from coach.crypto import PLAIN
from screens.commands import Commands
from screens.crash import report_without_locals
from screens.focus_in_view import saw
from screens.home.places import Places
from screens.home.plan_checkin import PlanCheckIn
from screens.journal.changes import JournalChange, PlanEdited
from screens.journal.entry_opening import open_entry
from screens.keys import FOCUS_KEYS, key_display
from screens.opening import Opening
from screens.opening_keys import OpeningKeys
from screens.pasted_text import clean_paste
from screens.recovery import Recovery
from screens.same_size_resize import drop_same_size
from screens.saving import Saving
from screens.unsaved_typing import UnsavedTyping
from screens.walk.draft_handoff import DraftHandoff
from screens.walk.starting import Walks

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from textual.app import SystemCommand
    from textual.screen import Screen

    from coach.config import Config
    from coach.content import Content
    from coach.crypto import Codec
    from coach.insights import Insights
    from coach.journal import Journal
    from coach.paths import Locations
    from coach.unsaved import UnsavedStore
    from screens.home.checkin import CheckInScreen
    from screens.home.home import HomeScreen
    from screens.journal.changes import EntryRequested
    from screens.journal.journal import JournalScreen
    from screens.walk.controller import WalkController
    from screens.walk.step import StepEdited

Clock = Callable[[], datetime]


class CoachApp(App[int]):
    """A calm coach for the hour after a job rejection: it wires its parts and routes."""

    # One stylesheet per area of the app, so each stays short enough to read.
    CSS_PATH = ["coach.tcss", "walk/walk.tcss", "journal/journal.tcss"]
    TITLE = "coach"
    SUB_TITLE = "for the hour after a no"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help", key_display="F1", id="help"),
        # A function key, so it works even while typing in a field.
        Binding("f2", "support", "Support", key_display="F2", id="support"),
        # Hidden from the footer, which is full on the draft screen; help lists it.
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False, id="quit"),
        *FOCUS_KEYS,
    ]

    def __init__(
        self,
        *,
        journal: Journal | None,
        content: Content | None = None,
        places: Locations | None = None,
        clock: Clock = datetime.now,
        problem: str | None = None,
        draft_id: str | None = None,
        config: Config | None = None,
        codec: Codec | None = None,
        locked: bool = False,
    ) -> None:
        super().__init__()
        self.config = config
        # How the journal's files are read and written: plain, or sealed.
        self.codec: Codec = codec or PLAIN
        # An encrypted journal not yet opened: ask for the passphrase first.
        self.locked = locked
        if config is not None:
            self.animation_level = config.animations  # type: ignore[assignment]
        # Said once on home, e.g. that a remembered passphrase opened the journal.
        self.opened_note: str | None = None
        self.journal = journal
        self._content = content
        self.places = places
        self.clock = clock
        # Insights worked out after first paint, by (entries' version, day): they open at once.
        self._insights_memo: tuple[tuple[int, date], Insights] | None = None
        # Its parts, each handed the parts it calls and the app as a protocol (parts.py).
        self.typing = UnsavedTyping(self)
        self.saving = Saving(self, self.typing)
        self.drafts = DraftHandoff(self, self.saving, self.typing, ends_coach=draft_id is not None)
        self.plans = PlanCheckIn(self, saves=self.saving, typing=self.typing)
        self.walks = Walks(self, self.saving, self.typing, self.drafts, self.plans.show_plans_line)
        self.recovery = Recovery(self, self.typing, self.saving, self.walks, self.drafts)
        self.typing.unkept_vent = lambda: self.walks.vent_in_memory
        self.typing.keep_vent = self.walks.keep_vent
        self.opening = Opening(
            self, self.plans, self.typing, self.recovery, problem=problem, draft_id=draft_id
        )
        self.recovery.note_on_home = self.opening.note_on_home
        self.home = Places(self, self.walks, self.recovery, self.saving)
        self.commands = Commands(self, walks=self.walks, plans=self.plans)
        self.keys = OpeningKeys(self, super().on_event)
        # What the CLI and the tests call the app by, done by the part it belongs to.
        self.flush_unsaved = self.typing.flush_unsaved
        self.go = self.home.go  # new, journal, insights, profile or guidance
        self.handle_exit_signal = self.typing.handle_exit_signal
        self.start_walk = self.walks.start
        self.open_draft = self.drafts.open_draft
        self.toggle_look = self.commands.toggle_look
        self.deliver_screenshot = self.commands.refuse_screenshot  # type: ignore[method-assign]

    @property
    def content(self) -> Content:
        """The guidance; loaded on first use so the first screen is quick."""
        return self.opening.load_content() if self._content is None else self._content

    @property
    def walk(self) -> WalkController | None:
        """The walk in progress, if any."""
        return self.walks.walk

    @property
    def unsaved(self) -> UnsavedStore | None:
        """This coach's autosave file, once opened."""
        return self.typing.unsaved

    def on_mount(self) -> None:
        """Apply the settings, ask for the passphrase if locked, then show home."""
        self.opening.open()

    def on_home_screen_chosen(self, message: HomeScreen.Chosen) -> None:
        """Go where the person chose on the home screen."""
        self.home.go(message.choice)

    # Where the parts' work comes in by a name Textual, the CLI or a test calls.

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        self.typing.before_push(screen)  # flushed, and an editing screen followed
        return super().push_screen(screen, *args, **kwargs)

    def pop_screen(self) -> Any:
        self.typing.before_pop()
        return super().pop_screen()

    async def on_event(self, event: events.Event) -> None:
        saw(self, event)  # after a resize, and as they type, the focused field stays in sight
        clean_paste(event)  # no escape codes from a paste reach a field or the terminal
        drop_same_size(self, event)  # a resize that changes nothing lays nothing out again
        await self.keys.on_event(event)  # keys in order, held while a screen opens

    async def action_quit(self) -> None:
        self.typing.quit()

    @on(JournalChange)
    @on(PlanEdited)
    def _journal_change(self, message: JournalChange | PlanEdited) -> None:
        self.saving.changed(message)

    def on_step_edited(self, message: StepEdited) -> None:
        self.walks.edited(message)

    def on_check_in_screen_decided(self, message: CheckInScreen.Decided) -> None:
        self.plans.decided(message)

    def on_journal_screen_draft_requested(self, message: JournalScreen.DraftRequested) -> None:
        self.drafts.open_draft(message.entry, message.on_done)

    def on_entry_requested(self, m: EntryRequested) -> None:
        open_entry(self, m.journal, m.entry, m.content, m.today, on_closed=m.on_closed)

    get_key_display = key_display  # a remapped F4 as F4 beside F2, not "f4" (rv22)

    def action_help(self) -> None:
        self.commands.help()

    def action_support(self) -> None:
        self.commands.support()

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from self.commands.textual_commands(super().get_system_commands(screen))
        yield from self.commands.system_commands(screen)

    def search_themes(self) -> None:
        self.commands.search_themes()

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        self.commands.bindings_clash(clashed_bindings)

    def _fatal_error(self) -> None:
        report_without_locals(self)  # locals would print someone's private journal


def make_app(
    *,
    journal: Journal | None,
    content: Content | None = None,
    places: Locations | None = None,
    clock: Clock = datetime.now,
    problem: str | None = None,
    draft_id: str | None = None,
    config: Config | None = None,
    codec: Codec | None = None,
    locked: bool = False,
) -> CoachApp:
    """The one way to build the app, shared by the CLI and the tests."""
    return CoachApp(
        journal=journal,
        content=content,
        places=places,
        clock=clock,
        problem=problem,
        draft_id=draft_id,
        config=config,
        codec=codec,
        locked=locked,
    )
