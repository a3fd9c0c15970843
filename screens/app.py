"""The Textual app: opens home, routes between screens, owns the walk in progress."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from coach.wording import counted
from screens.background import hand_back
from screens.home import HomeScreen
from screens.step import StepEdited, StepResult

if TYPE_CHECKING:
    from datetime import date
    from pathlib import Path

    from coach.config import Config
    from coach.content import Content, LoadResult
    from coach.crypto import Codec
    from coach.errors import CoachError
    from coach.insights import Insights
    from coach.journal import Journal, Saved
    from coach.model import Entry, Profile
    from coach.paths import Locations
    from coach.plans import Plan
    from coach.unsaved import Leftover, UnsavedStore
    from coach.walk import WalkState
    from screens.checkin import CheckInScreen
    from screens.draft import DraftScreen
    from screens.journal import JournalScreen
    from screens.walk_controller import WalkController

Clock = Callable[[], datetime]
# Home shows a few notices of each kind, then a count: a long journal can
# have thousands due, and home must stay a calm, short page.
NOTICES_OF_A_KIND = 3

# How often typing is written to the autosave file (only when it changed);
# every way out (quit, a signal, $EDITOR, a screen change) also flushes at once.
AUTOSAVE_EVERY = 0.5


class CoachApp(App[int]):
    """A calm coach for the hour after a job rejection."""

    # One stylesheet per area of the app, so each stays short enough to read.
    CSS_PATH = ["coach.tcss", "walk.tcss", "journal.tcss"]
    TITLE = "coach"
    SUB_TITLE = "for the hour after a no"
    BINDINGS = [
        Binding("f1,question_mark", "help", "Help", key_display="F1", id="help"),
        # A function key, so it works even while typing in a field.
        Binding("f2", "support", "Support", key_display="F2", id="support"),
        # Hidden from the footer, which is full on the draft screen; help lists it.
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False, id="quit"),
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
        from coach.crypto import PLAIN

        self.config = config
        # How the journal's files are read and written: plain, or sealed.
        self.codec: Codec = codec or PLAIN
        # An encrypted journal not yet opened: ask for the passphrase first.
        self.locked = locked
        if config is not None:
            self.animation_level = config.animations  # type: ignore[assignment]
        self.draft_id = draft_id
        # Said once on home, e.g. that a remembered passphrase opened the journal.
        self.opened_note: str | None = None
        self.journal = journal
        self._content = content
        self.places = places
        self.clock = clock
        self.problem = problem
        self.walk: WalkController | None = None
        # Insights worked out in the background after first paint: (entries'
        # version, day) and the result, so opening insights need not wait.
        self._insights_memo: tuple[tuple[int, date], Insights] | None = None
        self.unsaved: UnsavedStore | None = None
        self._autosave_warned = False
        self._quitting = False
        self._exiting = False
        self._waiting_saves: list[tuple[Any, Any, Any]] = []

    @property
    def content(self) -> Content:
        """The guidance; loaded on first use so the first screen is quick."""
        if self._content is None:
            from coach.content import load_content

            result = load_content(self.places.content_dir if self.places else None)
            self._content = result.content
            self._report_content_problems(result)
        return self._content

    def _report_content_problems(self, result: LoadResult) -> None:
        if result.problems:
            self.notify(
                f"{len(result.problems)} problem(s) in your content files; those files "
                "were skipped and the built-in guidance used. `coach content check` "
                "lists them.",
                severity="warning",
                timeout=8,
                markup=False,
            )

    # -- typing not yet in the journal ----------------------------------------

    def open_unsaved(self) -> None:
        """Start this coach's autosave file, or say once why there is none."""
        if self.places is None or self.unsaved is not None:
            return
        from coach.unsaved import UnsavedStore

        store = UnsavedStore(self.places.data_dir, codec=self.codec)
        try:
            store.open()
        except OSError as error:
            self._warn_autosave(error)
        self.unsaved = store
        # Prompt, and cheap: a write happens only when something changed.
        self.set_interval(AUTOSAVE_EVERY, self.flush_unsaved)

    def flush_unsaved(self) -> bool:
        """Write every open surface's typing now; False (and one warning) on failure."""
        if self.unsaved is None:
            return True
        try:
            self.unsaved.flush()
        except OSError as error:
            self._warn_autosave(error)
            return False
        if self._autosave_warned:
            self._autosave_warned = False
            self.notify("Autosave works again.", timeout=3)
        return True

    def _warn_autosave(self, error: OSError) -> None:
        # One warning until it works again: a toast at every pause buried the screen.
        if self._autosave_warned:
            return
        self._autosave_warned = True
        self.notify(
            f"Could not autosave ({error.strerror or error}). Your typing is still on "
            "screen; save it to the journal when you can.",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Flush before the screen changes, and follow a screen that edits something."""
        key = getattr(screen, "unsaved_key", None)
        if key and self.unsaved is not None:
            self.unsaved.track(key, screen.unsaved_values, **screen.unsaved_meta())
        self.flush_unsaved()
        return super().push_screen(screen, *args, **kwargs)

    def pop_screen(self) -> Any:
        """Take a closing screen's last typing, then flush, before it goes."""
        key = getattr(self.screen, "unsaved_key", None)
        if key and self.unsaved is not None:
            self.unsaved.untrack(key)
        self.flush_unsaved()
        return super().pop_screen()

    async def action_quit(self) -> None:
        """Quit, once the keys already typed have landed and are on disk."""
        if self._quitting:
            return
        self._quitting = True
        # Keys typed just before ctrl+q still wait in the focused widget's queue;
        # a callback queued behind them runs after they have changed the text.
        target = self.focused or self.screen
        target.call_later(self._flush_and_exit)
        # Should that widget never get to it, quit anyway a moment later.
        self.set_timer(1.0, self._flush_and_exit)

    def _flush_and_exit(self) -> None:
        if self._exiting:
            return
        self._exiting = True
        self.flush_unsaved()
        self.exit()

    def handle_exit_signal(self, signum: int) -> None:
        """SIGHUP (terminal closed) or SIGTERM: keep the typing, then end."""
        self.flush_unsaved()
        self.exit(return_code=128 + signum)

    def _install_signal_handlers(self) -> None:
        import asyncio
        import signal

        try:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(signum, self.handle_exit_signal, signum)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass  # not on this platform or thread; quit still flushes

    # -- start ------------------------------------------------------------

    def on_mount(self) -> None:
        """Apply the settings, ask for the passphrase if locked, then show home."""
        if not self.is_headless:
            self._install_signal_handlers()
        self._apply_config()
        if self.locked:
            self._ask_passphrase()
            return
        self._show_home()

    def _apply_config(self) -> None:
        config = self.config
        if config is None:
            return
        if config.theme in self.available_themes:
            self.theme = config.theme
        if config.keymap:
            self.set_keymap(config.keymap)
        if config.problems:
            self.notify(
                "Some settings were ignored and their defaults used:\n"
                + "\n".join(config.problems),
                title="Settings",
                severity="warning",
                timeout=20,
                markup=False,
            )

    def _ask_passphrase(self, problem: str = "") -> None:
        from screens.passphrase import PassphraseScreen

        where = str(self.places.journal) if self.places else "the journal"
        self.push_screen(PassphraseScreen(where, problem), callback=self._try_passphrase)

    def _try_passphrase(self, passphrase: str | None) -> None:
        """Open the journal with what was typed, or ask again with the reason."""
        from coach.crypto import WrongPassphrase
        from coach.errors import CoachError
        from coach.journal import Journal
        from coach.sealing import unlock

        if not passphrase or self.places is None:
            return
        try:
            sealer = unlock(self.places, passphrase)
            journal = Journal.open(self.places.journal, codec=sealer)
        except WrongPassphrase:
            self._ask_passphrase("That passphrase does not open this journal. Try again.")
            return
        except CoachError as error:
            self.problem = str(error)
        else:
            self.journal = journal
            self.codec = sealer
        self.locked = False
        self._show_home()

    def _show_home(self) -> None:
        # The autosave opens once the codec is known (after any passphrase); opening
        # it cleans what stopped coaches left, plain $EDITOR copies included.
        self.open_unsaved()
        if self.journal is None:
            from screens.problem import ProblemScreen

            self.push_screen(ProblemScreen("The journal could not be opened", self.problem or ""))
            return
        if self.opened_note:
            self.notify(self.opened_note, timeout=8, markup=False)
        home = HomeScreen(self.config.keymap if self.config else None)
        self.push_screen(home)
        # Reading every entry for the notices waits until home is on screen,
        # and a big journal is read in a thread, so home answers keys at once.
        if self.journal.load_is_quick():
            self.call_after_refresh(lambda: home.add_notices(self._home_notices()))
        else:
            self.call_after_refresh(self._notices_in_background, home)
        self.call_after_refresh(self.show_plans_line)
        if self.draft_id:
            self.call_after_refresh(self.open_draft_by_id, self.draft_id)
        else:
            # Plans whose day has come are asked about first; then what a stopped
            # coach left unsaved.
            self.call_after_refresh(self.check_in, self._offer_recovered)

    def _notices_in_background(self, home: HomeScreen) -> None:
        from coach.errors import CoachError

        def load() -> None:
            try:
                notices = self._notice_lines()
            except CoachError as error:
                hand_back(self, self.journal_failed, str(error))
                return
            hand_back(self, home.add_notices, notices)
            self._warm_up()

        self.run_worker(load, thread=True, group="home-notices", exit_on_error=False)

    def _warm_up(self) -> None:
        """In the notices' thread: what the journal and insights screens will need."""
        from coach.content import load_content
        from coach.errors import CoachError
        from coach.insights import compute

        journal = self.journal
        if journal is None:
            return
        # The first save imports the lock library; do it here, not mid-walk.
        import filelock  # noqa: F401

        try:
            journal.with_search_text()
            entries, version = journal.entries_and_version()
        except CoachError:
            return  # the screens that need them will say what is wrong
        content = self._content
        if content is None:
            result = load_content(self.places.content_dir if self.places else None)
            hand_back(self, self._adopt_content, result)
            content = result.content
        today = self.clock().date()
        self._insights_memo = ((version, today), compute(entries, content, today))

    def _adopt_content(self, result: LoadResult) -> None:
        if self._content is None:
            self._content = result.content
            self._report_content_problems(result)

    def journal_failed(self, problem: str) -> None:
        """The journal, read after the first screen, cannot be used: say why."""
        from screens.problem import ProblemScreen

        self.journal = None
        self.problem = problem
        self.push_screen(ProblemScreen("The journal could not be opened", problem))

    def _home_notices(self) -> list[str]:
        from coach.errors import CoachError

        try:
            return self._notice_lines()
        except CoachError:
            return []  # a notice must never stop home from showing

    def _notice_lines(self) -> list[str]:
        if self.journal is None:
            return []
        due = self.journal.reapply_due(self.clock().date())
        problems = self.journal.unreadable
        unreadable = [
            f"Could not read this journal entry; it is left as it is: {problem}"
            for problem in problems[:NOTICES_OF_A_KIND]
        ]
        if len(problems) > NOTICES_OF_A_KIND:
            rest = len(problems) - NOTICES_OF_A_KIND
            unreadable.append(
                f"…and {counted(rest, 'more entry', 'more entries')} that could not be read; "
                "`coach list` names them all."
            )
        lines = unreadable + [
            f"Time to look again: {entry.summary()} (reapply after "
            f"{entry.reapply_after.isoformat() if entry.reapply_after else ''})"
            for entry in due[:NOTICES_OF_A_KIND]
        ]
        if len(due) > NOTICES_OF_A_KIND:
            rest = len(due) - NOTICES_OF_A_KIND
            lines.append(
                f"…and {counted(rest, 'more entry', 'more entries')} ready to look at again; "
                "Insights (i) lists them."
            )
        return lines

    def show_plans_line(self) -> None:
        """Home's one line about plans carried through and the next one (if any)."""
        from coach.errors import CoachError
        from coach.plan_insights import home_line

        if self.journal is None:
            return
        try:
            line = home_line(self.journal.plans(), self.clock().date())
        except CoachError:
            return
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.show_plans_line(line or "")

    # -- the plan check-in ---------------------------------------------------

    def _due_plans(self) -> list[tuple[Plan, str]]:
        """Up to three plans whose day has come, each with the company it was made for."""
        from coach.errors import CoachError
        from coach.plans import due_for_checkin

        if self.journal is None:
            return []
        try:
            due = due_for_checkin(self.journal.plans(), self.clock().date())
            companies = {entry.id: entry.company for entry in self.journal.entries()} if due else {}
        except CoachError:
            return []  # a check-in must never stop home from showing
        return [(plan, companies.get(plan.entry_id, "")) for plan in due]

    def check_in(self, then: Callable[[], None] | None = None, *, quiet: bool = True) -> None:
        """Show the plans whose day has come, if any; then carry on with `then`."""
        from screens.checkin import CheckInScreen

        due = self._due_plans()
        if not due:
            if not quiet:
                self.notify("No plans are waiting for today.")
            if then is not None:
                then()
            return

        def answered(_: None) -> None:
            self.show_plans_line()  # a plan just done shows on home at once
            if then is not None:
                then()

        self.push_screen(CheckInScreen(due, self.clock().date()), callback=answered)

    def on_check_in_screen_decided(self, message: CheckInScreen.Decided) -> None:
        """Save the answer to a plan at once, so a quit straight after keeps it."""
        from coach.dates import describe_day
        from coach.plans import let_go, mark_done, move_to

        if self.journal is None:
            return
        today = self.clock().date()
        plan = message.plan
        if message.answer == "done":
            updated = mark_done(plan, today)
            outcome = "Done. Well done for following through."
        elif message.answer == "let_go":
            updated = let_go(plan, today)
            outcome = "Let go. That is a fine choice too; it will not come up again."
        else:
            due = message.due or today
            updated = move_to(plan, due)
            outcome = f"Moved to {describe_day(due, today)}. No rush."
        journal = self.journal
        checkin = message.checkin

        def failed(error: CoachError) -> None:
            self.notify(str(error), severity="error", timeout=10, markup=False)
            checkin.not_saved(plan.id)

        # The journal's one save path: another coach's lock is waited for off the UI thread.
        self.save_soon(
            lambda: journal.save_plan(updated), lambda _: checkin.settled(plan.id, outcome), failed
        )

    # -- offering back what a stopped coach left --------------------------------

    def _leftovers(self) -> list[tuple[Leftover, str, dict[str, Any]]]:
        """Every surface a coach that is no longer running left unsaved."""
        if self.unsaved is None:
            return []
        try:
            leftovers, damaged = self.unsaved.leftovers()
        except OSError:
            return []
        for aside in damaged:
            self.notify(
                f"Autosaved typing could not be read, so it was set aside at {aside.path}. "
                "Your journal is not affected.",
                severity="warning",
                timeout=10,
                markup=False,
            )
        return [(lo, key, rec) for lo in leftovers for key, rec in lo.surfaces.items()]

    def _walk_is_finished(self, state: WalkState) -> bool:
        # The final save records the walk's id in the same write as the entry,
        # so a walk killed just after finishing is never offered again.
        if self.journal is None or not state.walk_id:
            return False
        from coach.errors import CoachError

        try:
            return self.journal.walk_finished(state.walk_id)
        except CoachError:
            return False

    def _offer_recovered(self, then_new: bool = False) -> None:
        """Offer back, one at a time, the typing a stopped coach left (walk first)."""
        from coach.walk import WalkState

        own = self.unsaved.get("walk") if self.unsaved is not None else None
        offers: list[tuple[Leftover | None, str, dict[str, Any]]] = []
        if self.walk is None and own is not None and "values" in own:
            offers.append((None, "walk", own))  # left from its first step in this run
        for leftover, key, record in self._leftovers():
            if key == "walk":
                state = WalkState.from_record(record.get("values") or {})
                if self._walk_is_finished(state):
                    assert self.unsaved is not None
                    self.unsaved.discard(leftover, key)
                    continue
            offers.append((leftover, key, record))
        offers.sort(key=lambda item: item[1] != "walk")
        if self.walk is not None:
            offers = [o for o in offers if o[1] != "walk"]
        self._offer_next(offers, then_new)

    def _offer_next(
        self, offers: list[tuple[Leftover | None, str, dict[str, Any]]], then_new: bool
    ) -> None:
        from screens.resume import ResumeScreen

        if not offers:
            if then_new and self.walk is None:
                self.start_walk(None)
            return
        (leftover, key, record), rest = offers[0], offers[1:]
        title, description = self._describe_leftover(key, record)

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                self._restore(leftover, key, record)
                self._offer_next(rest, then_new=False)
            elif choice == "discard":
                self._confirm_discard(
                    leftover, key, record, lambda: self._offer_next(rest, then_new)
                )
            else:
                self._offer_next(rest, then_new)

        self.push_screen(ResumeScreen(description, title=title), callback=chosen)

    def _describe_leftover(self, key: str, record: dict[str, Any]) -> tuple[str, str]:
        from coach.flow import STEP_TITLES
        from coach.walk import WalkState

        values = record.get("values") or {}
        label = str(record.get("label") or "an entry")
        if key == "walk":
            state = WalkState.from_record(values)
            company = state.company.strip() or "a company not named yet"
            return "You have an unfinished walk", (
                f"About {company}, stopped at “{STEP_TITLES[state.step]}”. "
                "What you typed is kept (the private vent only if you ticked “keep”)."
            )
        if key.startswith("draft:"):
            return "A reply draft was not saved", (
                f"Your reply for {label} was being edited when coach stopped. "
                "Resume opens it as you left it."
            )
        if key.startswith("entry:"):
            return "Changes to an entry were not saved", (
                f"You were editing {label} when coach stopped. Resume opens the entry "
                "with your changes, ready to save."
            )
        return "Your details were not saved", (
            "You were editing your name, LinkedIn URL or phone when coach stopped. "
            "Resume opens them as you left them."
        )

    def _confirm_discard(
        self,
        leftover: Leftover | None,
        key: str,
        record: dict[str, Any],
        then: Callable[[], None],
    ) -> None:
        from screens.confirm import ConfirmScreen

        detail = "What you typed there is deleted; this cannot be undone."
        entry_id = ""
        if key == "walk":
            from coach.walk import WalkState

            entry_id = WalkState.from_record(record.get("values") or {}).entry_id
            if entry_id:
                detail += " The half-finished entry it made in your journal is deleted too."

        def answered(yes: bool | None) -> None:
            if yes:
                self._discard(leftover, key, entry_id)
            then()

        self.push_screen(
            ConfirmScreen("Discard it for good?", detail, yes="Discard", no="Keep it", danger=True),
            callback=answered,
        )

    def _discard(self, leftover: Leftover | None, key: str, entry_id: str) -> None:
        from coach.errors import CoachError, EntryNotFound

        if entry_id and self.journal is not None:
            try:
                self.journal.delete(entry_id)
            except EntryNotFound:
                pass
            except CoachError as error:
                self.notify(str(error), severity="error", markup=False)
                return  # keep the typing: the entry is still there
        if self.unsaved is None:
            return
        if leftover is None:
            self.unsaved.forget(key)
            self.flush_unsaved()
        else:
            self.unsaved.discard(leftover, key)

    def _restore(self, leftover: Leftover | None, key: str, record: dict[str, Any]) -> None:
        from coach.walk import WalkState

        if leftover is not None and self.unsaved is not None:
            taken = self.unsaved.adopt(leftover, key)
            if taken is None:
                self.notify("Another coach has already picked that up.", markup=False)
                return
            record = taken
        elif self.unsaved is not None:
            self.unsaved.forget(key)
        values = record.get("values") or {}
        if key == "walk":
            self.start_walk(WalkState.from_record(values))
        elif key.startswith("draft:"):
            self._restore_draft(key, record)
        elif key.startswith("entry:"):
            self._restore_entry(key, record)
        elif key == "profile":
            from coach.model import profile_from_record

            self.edit_profile(typed=profile_from_record(values))

    def _base_entry(self, record: dict[str, Any]) -> Entry | None:
        from coach.errors import CoachError
        from coach.model import EntryError, entry_from_record

        base = record.get("base")
        if isinstance(base, dict):
            try:
                return entry_from_record(base)
            except EntryError:
                pass
        if self.journal is None:
            return None
        try:
            return self.journal.get(str(record.get("entry_id", "")))
        except CoachError:
            return None

    def _restore_draft(self, key: str, record: dict[str, Any]) -> None:
        entry = self._base_entry(record)
        if entry is None:
            self.notify("The entry for that draft is gone; nothing to restore.", markup=False)
            return
        values = record.get("values") or {}
        self.open_draft(entry, typed=str(values.get("draft", "")))

    def _restore_entry(self, key: str, record: dict[str, Any]) -> None:
        from screens.entry import EntryScreen

        entry = self._base_entry(record)
        if entry is None or self.journal is None:
            self.notify("That entry is gone; nothing to restore.", markup=False)
            return
        values = record.get("values") or {}
        self.push_screen(
            EntryScreen(self.journal, entry, self.content, self.clock().date(), typed=dict(values))
        )

    # -- routing ------------------------------------------------------------

    def on_home_screen_chosen(self, message: HomeScreen.Chosen) -> None:
        """Go where the person chose on the home screen."""
        self.go(message.choice)

    def go(self, place: str) -> None:
        """Open one of the app's places: new, journal, insights, profile."""
        if self.journal is None:
            return
        if place == "new":
            if self.walk is not None:
                self._walk_already_open()
                return
            self._offer_recovered(then_new=True)  # starts a fresh walk when none is waiting
        elif place == "journal":
            from screens.journal import JournalScreen

            self.push_screen(
                JournalScreen(journal=self.journal, content=self.content, today=self.clock().date())
            )
        elif place == "insights":
            from screens.insights import InsightsScreen

            today = self.clock().date()
            memo = self._insights_memo
            version = self.journal.settled_version()
            fresh = memo is not None and version is not None and memo[0] == (version, today)
            ready = memo[1] if fresh and memo is not None else None
            self.push_screen(
                InsightsScreen(journal=self.journal, content=self.content, today=today, ready=ready)
            )
        elif place == "profile":
            self.edit_profile()
        elif place == "guidance":
            from coach.guidance import guidance_markdown
            from screens.guidance import GuidanceScreen

            self.push_screen(GuidanceScreen(guidance_markdown(self.content)))

    def edit_profile(self, typed: Profile | None = None) -> None:
        """Open the profile screen and keep what is saved there."""
        from screens.profile import ProfileScreen

        journal = self.journal
        if journal is None:
            return

        def saved(profile: object) -> None:
            if profile is None:
                return

            def done(_: object) -> None:
                self.saved_surface("profile")
                self.notify("Your details are saved.")

            def failed(error: CoachError) -> None:
                self.notify(
                    f"{error} What you typed is kept and offered back next time.",
                    severity="error",
                    markup=False,
                )

            self.save_soon(lambda: journal.save_profile(profile), done, failed)  # type: ignore[arg-type]

        self.push_screen(ProfileScreen(self.profile(), typed=typed), callback=saved)

    def save_soon(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Run a journal save without ever freezing the screen on another coach's lock.

        Tried at once; if another coach holds the lock, the wait happens on a
        thread of its own with a visible notice, keys keep reaching the screen,
        and done/failed run back on the UI thread. Saves queue in order.
        """
        from coach.errors import CoachError, JournalBusy

        if self._waiting_saves:
            self._waiting_saves.append((work, done, failed))
            return
        no_wait = getattr(getattr(self.journal, "storage", None), "no_wait", None)
        try:
            with no_wait() if no_wait is not None else contextlib.nullcontext():
                result = work()
        except JournalBusy:
            self._waiting_saves.append((work, done, failed))
            self.notify("Waiting for another coach to finish saving…", timeout=4)
            threading.Thread(target=self._save_waiting, daemon=True).start()
            return
        except CoachError as error:
            failed(error)
            return
        done(result)

    def _save_waiting(self) -> None:
        # On the waiting thread: each queued save in turn, results back on the UI thread.
        from coach.errors import CoachError

        while self._waiting_saves:
            work, done, failed = self._waiting_saves[0]
            try:
                result = work()
            except CoachError as error:
                self.call_from_thread(failed, error)
            else:
                self.call_from_thread(done, result)
            self._waiting_saves.pop(0)

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now: stop holding it."""
        if self.unsaved is not None:
            self.unsaved.forget(key)
            self.flush_unsaved()

    def start_walk(self, state: WalkState | None) -> None:
        """Begin a walk, or pick one up where it stopped."""
        from coach.walk import WalkState
        from screens.walk_controller import WalkController

        if state is None:
            state = WalkState()
            if self.config is not None:
                state.template = self._default_template(self.config)
        self.walk = WalkController(self, state, self.unsaved)
        self.walk.start()

    def _default_template(self, config: Config) -> str:
        """The template a new walk starts with: the setting, when the guidance has it."""
        from coach.config import DEFAULT_TEMPLATE

        chosen = config.default_template
        if chosen in self.content.templates:
            return chosen
        self.notify(
            f"default_template {chosen!r} ({config.source('default_template')}) is not a "
            f"template coach knows; using {DEFAULT_TEMPLATE!r}.",
            severity="warning",
            timeout=10,
            markup=False,
        )
        return DEFAULT_TEMPLATE

    def walk_finished(self, *, saved: bool, note: str = "") -> None:
        """The walk ended; home is on top again."""
        self.walk = None
        self.show_plans_line()
        if saved:
            self.notify(f"Saved to your journal. Well done for taking the time.{note}")

    def make_draft_screen(
        self, entry: Entry, text: str, *, sent: bool, track: bool = False
    ) -> DraftScreen:
        """The draft editor for an entry's reply, used by the walk and the journal.

        With track (opened from the journal), the editor autosaves under its own
        key (the walk's draft is autosaved as part of the walk instead) and has
        no Next key, as there is no next step.
        """

        from coach.follow_up import FOLLOW_UP_TEMPLATE
        from coach.model import entry_to_record
        from screens.draft import DraftScreen

        contact = entry.contact or "them"
        follow_up = entry.reply.template == FOLLOW_UP_TEMPLATE
        kind, topic = ("follow-up", "My application") if follow_up else ("reply", "Thank you")
        screen = DraftScreen(
            text=text,
            heading=f"Your {kind} to {contact} at {entry.company}",
            subject=f"{topic} – {entry.role}" if entry.role else topic,
            recipient="",
            save_dir=self._drafts_dir(),
            today=self.clock().date(),
            editor=self.editor(),
            company=entry.company,
            sent=sent,
            in_walk=not track,
            temp_path=self._editor_temp_path,
            before_editor=self.flush_unsaved,
            handoff_dir=self.places.data_dir if self.places else None,
        )
        if track:
            screen.unsaved_key = f"draft:{entry.id}"
            screen.unsaved_base = {
                "kind": "draft",
                "entry_id": entry.id,
                "label": entry.summary(),
                "base": entry_to_record(entry),
            }
        return screen

    def _editor_temp_path(self) -> Path:
        """Where the draft waits for $EDITOR: the data folder, named for this coach."""
        import tempfile
        from pathlib import Path

        from coach.unsaved import editor_temp_path

        if self.places is None or self.unsaved is None:
            return Path(tempfile.gettempdir()) / f"coach-edit-{os.getpid()}.txt"
        return editor_temp_path(self.places.data_dir, self.unsaved.token)

    def editor(self) -> str | None:
        """The editor for the draft's hand-off: the setting, else $VISUAL / $EDITOR."""
        import os

        if self.config is not None:
            return self.config.editor
        return os.environ.get("VISUAL") or os.environ.get("EDITOR")

    def _drafts_dir(self) -> Path:
        from pathlib import Path

        # A saved draft is plain text by request; an encrypted data folder
        # must not fill up with plain copies of entries, so they go home.
        if self.places is None or self.codec.encrypted:
            return Path.home()
        return self.places.data_dir / "drafts"

    def open_draft(
        self,
        entry: Entry,
        on_done: Callable[[Entry], None] | None = None,
        *,
        typed: str | None = None,
    ) -> None:
        """Reopen a saved entry's reply in the editor; whatever is typed is saved."""
        from coach.drafting import build_draft
        from coach.model import ReplyStatus, default_reply_parts

        journal = self.journal
        if journal is None:
            return
        text = entry.reply.draft
        if not text.strip():
            entry = self._fitting_template(entry)
            if entry is None:
                return
            parts = entry.reply.parts or default_reply_parts(entry.stage)
            template = self.content.template(entry.reply.template)
            text = build_draft(template, entry=entry, profile=self.profile(), parts=parts)
        already_sent = entry.reply.status is ReplyStatus.SENT

        def done(result: StepResult | None) -> None:
            if result is not None:
                self._keep_draft(entry, result, shown=text, on_done=on_done)

        screen = self.make_draft_screen(entry, typed or text, sent=already_sent, track=True)
        if typed is not None:
            screen.unsaved_shown = text
        self.push_screen(screen, callback=done)

    def _fitting_template(self, entry: Entry) -> Entry | None:
        """The entry set to a template that fits its stage; None (with a word) if none may.

        After silence only the follow-up fits, and only once enough days have passed.
        """
        import copy

        from coach.follow_up import follow_up_offer, follow_up_sent, template_ids_for

        fitting = template_ids_for(entry.stage, list(self.content.templates))
        if entry.reply.template in fitting:
            chosen = entry.reply.template
        elif fitting:
            chosen = fitting[0]
        else:
            chosen = entry.reply.template
        if not fitting and entry.stage.value == "no_reply":
            self.notify("There is no follow-up template to offer.", severity="warning")
            return None
        if entry.stage.value == "no_reply":
            offer = follow_up_offer(
                entry.date, self.clock().date(), already_sent=follow_up_sent(entry)
            )
            if not offer.offered:
                self.notify(offer.reason, severity="warning", timeout=8, markup=False)
                return None
        if chosen == entry.reply.template:
            return entry
        fitted = copy.deepcopy(entry)
        fitted.reply.template = chosen
        return fitted

    def _keep_draft(
        self,
        entry: Entry,
        result: StepResult,
        *,
        shown: str,
        on_done: Callable[[Entry], None] | None,
    ) -> None:
        """Save what came back from the draft editor; on failure, reopen it as typed."""
        import copy

        from coach.model import ReplyStatus

        typed = str(result.values.get("draft", shown))
        sent = bool(result.values.get("sent"))
        was_sent = entry.reply.status is ReplyStatus.SENT
        if typed == entry.reply.draft and sent == was_sent:
            return  # only looked: the entry stays exactly as it was
        if typed == shown and not entry.reply.draft and not sent:
            return  # a fresh draft opened and left untouched is not a draft yet
        # Change a copy: the caller's entry must not show text that failed to save.
        updated = copy.deepcopy(entry)
        updated.reply.draft = typed
        if sent:
            from coach.feedback import note_feedback_request

            updated.reply.status = ReplyStatus.SENT
            updated.reply.sent_on = entry.reply.sent_on or self.clock().date()
            template = self.content.template(updated.reply.template)
            note_feedback_request(updated, template, self.clock().date())
        elif typed.strip():
            updated.reply.status = ReplyStatus.DRAFTED
            updated.reply.sent_on = None
        journal = self.journal

        def work() -> Saved:
            # Based on the entry as it was opened: a change saved elsewhere
            # meanwhile is merged, never silently overwritten.
            return journal.save_edit(updated, base=entry)  # type: ignore[union-attr]

        def failed(error: CoachError) -> None:
            self.notify(
                f"{error} Your text is back in the editor; nothing typed is lost.",
                severity="error",
                timeout=12,
                markup=False,
            )
            self.open_draft(entry, on_done, typed=typed)

        def done(saved: Saved) -> None:
            self.saved_surface(f"draft:{entry.id}")
            self.notify("The draft is saved with the entry.")
            self.report_merge(saved)
            if on_done is not None:
                on_done(saved.entry)

        self.save_soon(work, done, failed)

    def report_merge(self, saved: Saved) -> None:
        """Say what a save merged from elsewhere, and where a conflicting version went."""
        from coach.wording import counted

        if saved.conflict_copy is not None:
            fields = ", ".join(saved.conflicts)
            self.notify(
                f"This entry was also changed elsewhere (another coach, a sync tool or a hand "
                f"edit) in the same {counted(len(saved.conflicts), 'field')} ({fields}). Yours "
                f"is saved; the other version is kept as a separate entry: "
                f"{saved.conflict_copy.summary()}.",
                severity="warning",
                timeout=15,
                markup=False,
            )
        elif saved.merged:
            self.notify(
                "This entry was also changed elsewhere; those changes are kept beside "
                f"yours ({', '.join(saved.merged)}).",
                timeout=8,
                markup=False,
            )

    def profile(self) -> Profile:
        """The person's details, or blank ones if the journal cannot be read now."""
        from coach.errors import CoachError
        from coach.model import Profile

        if self.journal is None:
            return Profile()
        try:
            return self.journal.profile()
        except CoachError as error:
            self.notify(str(error), severity="error", timeout=10, markup=False)
            return Profile()

    def on_journal_screen_draft_requested(self, message: JournalScreen.DraftRequested) -> None:
        """From the journal: edit an entry's reply, then show the saved entry."""
        self.open_draft(message.entry, message.on_done)

    def open_draft_by_id(self, entry_id: str) -> None:
        """`coach draft ID`: straight to that entry's reply."""
        from coach.errors import CoachError

        if self.journal is None:
            return
        try:
            entry = self.journal.get(entry_id)
        except CoachError as error:
            self.notify(str(error), severity="error", timeout=10, markup=False)
            return
        self.open_draft(entry)

    def on_step_edited(self, message: StepEdited) -> None:
        """Typing in the walk: autosave it (after a pause)."""
        if self.walk is not None:
            self.walk.edited(message.values)

    # -- keys and commands --------------------------------------------------

    def action_help(self) -> None:
        """Open help, unless it is already open."""
        # Imported here: help pulls in the Markdown widget, which would slow
        # the first screen for everyone.
        from screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keymap if self.config else None))

    def action_support(self) -> None:
        """Show where to find support, over whatever is on screen."""
        from screens.support import SupportScreen

        if isinstance(self.screen, SupportScreen):
            return
        guide = self.content.guides.get("low-mood")
        markdown = f"# {guide.title}\n\n{guide.body_markdown}" if guide else ""
        self.push_screen(SupportScreen(markdown))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The app's own commands in the palette, beside Textual's."""
        yield from super().get_system_commands(screen)
        # First of the app's own, and offered even when the journal won't open.
        yield SystemCommand(
            "Support: if today feels very heavy",
            "People to talk to, and crisis lines by country (F2)",
            self.action_support,
        )
        # A screen may offer its own commands (the walk's "Paste the email").
        screen_commands = getattr(screen, "palette_commands", None)
        if callable(screen_commands):
            yield from screen_commands()
        if self.journal is None:
            return
        if self.walk is None:
            yield SystemCommand("New rejection", "Start the coaching walk", lambda: self.go("new"))
        else:
            yield SystemCommand(
                "New rejection",
                "Not now: a walk is already open; finish it or Esc back to its start",
                self._walk_already_open,
            )
        yield SystemCommand("Journal", "Every rejection so far", lambda: self.go("journal"))
        yield SystemCommand(
            "Insights", "Where in the funnel you are stopped", lambda: self.go("insights")
        )
        yield SystemCommand("Profile", "Your details for replies", lambda: self.go("profile"))
        yield SystemCommand(
            "Guidance", "Everything the coach teaches, to read", lambda: self.go("guidance")
        )
        yield SystemCommand(
            "Plans", "Check in on plans whose day has come", lambda: self.check_in(quiet=False)
        )
        yield SystemCommand("Help", "Keys and what coach is for", self.action_help)
        yield SystemCommand(
            "Light or dark", "Switch between a light and a dark look", self.toggle_look
        )

    def _walk_already_open(self) -> None:
        self.notify(
            "A walk is already open. Finish it (ctrl+n on each step), or press Esc back "
            "to its first step; what you typed is kept either way.",
            severity="warning",
            timeout=8,
        )

    def toggle_look(self) -> None:
        """Between Textual's light and dark themes (the palette's Theme offers more)."""
        self.choose_theme("textual-light" if self.current_theme.dark else "textual-dark")

    def search_themes(self) -> None:
        """The palette's Theme command; a theme picked there is kept for next time."""
        from textual.command import CommandPalette

        from screens.theme_choice import ChosenThemeProvider

        self.push_screen(
            CommandPalette(providers=[ChosenThemeProvider], placeholder="Search for themes…")
        )

    def choose_theme(self, name: str) -> None:
        """Use a theme the person chose (not a preview) and write it to the config file."""
        from coach.config import ConfigWriteError, save_setting

        self.theme = name
        config = self.config
        if config is None:
            return
        try:
            save_setting(config.path, "theme", name)
        except ConfigWriteError as error:
            self.notify(str(error), severity="warning", timeout=10, markup=False)
            return
        source = config.source("theme")
        if source.startswith(("env", "flag")):
            self.notify(
                f"Theme {name} saved in {config.path}, "
                f"but {source} overrides it at the next start.",
                markup=False,
            )

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        """A remapped key took a key another action had: say which, once per run."""
        from screens.keys import describe_keys

        keymap = self.config.keymap if self.config else {}
        told: set[tuple[str, str]] = self.__dict__.setdefault("_clashes_told", set())
        for binding in clashed_bindings:
            # Textual counts a binding with two keys (f1,?) remapped to one
            # key as clashing with itself; that is no clash.
            if binding.id and binding.key in keymap.get(binding.id, "").split(","):
                continue
            name = binding.id or binding.action
            if (name, binding.key) in told:
                continue  # bindings are re-checked on every refresh
            told.add((name, binding.key))
            self.notify(
                f"The keymap gives {describe_keys(binding.key)} to another action here, so "
                f"{binding.description or name} ({name}) lost that key. `coach config` "
                "shows the keymap.",
                severity="warning",
                timeout=10,
                markup=False,
            )

    def _fatal_error(self) -> None:
        # Textual's own crash report prints local variables, which here would
        # be someone's private journal; show the bare traceback instead.
        import rich
        from rich.segment import Segments
        from rich.traceback import Traceback

        self.bell()
        traceback = Traceback(show_locals=False, width=None, suppress=[rich])
        self._exit_renderables.append(
            Segments(self.console.render(traceback, self.console.options))
        )
        self._close_messages_no_wait()


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


def app_config(
    places: Locations,
    config_flag: str | None,
    flags: dict[str, str | None],
    *,
    templates: set[str] | None = None,
) -> Config:
    """The settings, checked against the themes, templates and keys the app really has."""
    from textual.theme import BUILTIN_THEMES

    from coach.config import config_path, load_config

    path = config_path(config_flag, places.config_dir)
    config = load_config(path, flags=flags, themes=set(BUILTIN_THEMES), templates=templates)
    if config.keymap:
        # Only now import every screen to learn the ids: a first paint
        # without a keymap should not wait for screens it may never show.
        from coach.config import drop_keymap_entry
        from screens.keys import binding_defaults, describe_keys, keymap_clashes

        config = load_config(
            path,
            flags=flags,
            themes=set(BUILTIN_THEMES),
            templates=templates,
            bindings=set(binding_defaults()),
        )
        # Textual's long key names ("?" is question_mark), so checks compare like with like.
        config.keymap = dict(App._normalize_keymap(config.keymap))
        for binding_id, key, other, screen in keymap_clashes(config.keymap):
            where = screen.removesuffix("Screen").lower() or "every"
            drop_keymap_entry(
                config,
                binding_id,
                f"{describe_keys(key)} is already the key for {other} on the {where} screen",
            )
    return config


def run_app(
    places: Locations,
    *,
    draft_id: str | None = None,
    config: Config | None = None,
    codec: Codec | None = None,
) -> int:
    """Open the journal and run the full-screen app until the person quits."""
    import os

    from coach.crypto import PassphraseNeeded
    from coach.errors import CoachError
    from coach.journal import Journal
    from coach.sealing import journal_codec, remembered

    journal: Journal | None = None
    problem: str | None = None
    locked = False
    try:
        codec = codec or journal_codec(places, ask=None)
        # A big journal is read after home is on screen; a small one now, so a
        # damaged file (or a missing passphrase) shows before anything else.
        journal = Journal.open(places.journal, codec=codec, lazy=True)
        if journal.load_is_quick():
            journal.entries()
    except PassphraseNeeded:
        locked = True  # the app asks, in a masked field, before home
    except CoachError as error:
        problem = str(error)
    app = make_app(
        journal=journal,
        places=places,
        problem=problem,
        draft_id=draft_id,
        config=config,
        codec=codec,
        locked=locked,
    )
    if codec is not None and codec.encrypted and remembered(places):
        from coach.crypto import PASSPHRASE_ENV

        if not os.environ.get(PASSPHRASE_ENV):
            # Opening without asking is what the person chose; still, say so.
            app.opened_note = (
                "Opened with the passphrase remembered in your OS keyring "
                "(`coach passphrase --forget` stops that)."
            )
    try:
        app.run()
    finally:
        if app.unsaved is not None:
            app.unsaved.close()  # a last flush, then the lock is let go
    return app.return_code or 0
