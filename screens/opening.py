"""What happens as the app opens: settings applied, the passphrase asked, home shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol

from screens.collector import IdleCollector
from screens.home.home import HomeScreen
from screens.home.notices import HomeNotices, NoticesHost
from screens.parts import Session
from screens.widgets.title_header import DRAFT_TITLE

if TYPE_CHECKING:
    from coach.content import Content, LoadResult
    from coach.plans import Plan
    from coach.walk import WalkState
    from screens.home.plan_checkin import PlanCheckIn
    from screens.opening_keys import OpeningKeys
    from screens.recovery import Recovery
    from screens.unsaved_typing import UnsavedTyping


class OpeningHost(Session, NoticesHost, Protocol):
    """The app as its opening sees it: what it opens with, and what opening settles."""

    locked: bool
    # The keys read so far: whether home has been typed on yet.
    keys: OpeningKeys
    opened_note: str | None
    theme: str

    @property
    def is_headless(self) -> bool:
        """Run by tests, with no terminal."""
        ...

    @property
    def available_themes(self) -> dict[str, Any]:
        """Themes by name."""
        ...

    def set_keymap(self, keymap: dict[str, str]) -> None:
        """Give bindings (by id) other keys."""
        ...

    def call_after_refresh(self, callback: Callable[..., Any], *args: Any) -> bool:
        """Run callback once the screen has been drawn."""
        ...

    @property
    def screen_stack(self) -> list[Any]:
        """The screens open, the first at the bottom."""
        ...

    def pop_screen(self) -> Any:
        """Close the top screen."""
        ...


class Opening:
    """From the first frame to home: settings, an encrypted journal's passphrase, home."""

    def __init__(
        self,
        app: OpeningHost,
        plans: PlanCheckIn,
        typing: UnsavedTyping,
        recovery: Recovery,
        *,
        problem: str | None,
        draft_id: str | None,
    ) -> None:
        self.app = app
        self.plans = plans
        self.typing = typing
        self.recovery = recovery
        # Why the journal could not be opened, if it could not.
        self.problem = problem
        # `coach draft ID`: open that entry's reply instead of the check-in.
        self.draft_id = draft_id
        # What opening asks (plans due, typing left unsaved), waiting for home to be
        # shown again: the person had gone on (a walk) before the journal was read.
        self.after_home: Callable[[], None] | None = None
        plans.put_off = self.put_off_check_in
        # Full collections of the cycle collector wait for an idle moment.
        self.idle = IdleCollector(app, at_rest=self.at_home)
        self.notices = HomeNotices(
            app,
            failed=self.journal_failed,
            adopt=self.adopt_content,
            plans=plans,
            read=self.journal_read,
            settle=self.idle.settle,
        )

    def open(self) -> None:
        """Apply the settings, ask for the passphrase if locked, then show home."""
        self.idle.start()
        if not self.app.is_headless:
            self.typing.install_signal_handlers()
        self.apply_config()
        if self.app.locked:
            self.ask_passphrase()
            return
        self.show_home()

    def load_content(self) -> Content:
        """The guidance, read now (the first screen did not wait for it)."""
        from coach.content import load_content

        places = self.app.places
        self.adopt_content(load_content(places.content_dir if places else None))
        assert self.app._content is not None
        return self.app._content

    def adopt_content(self, result: LoadResult) -> None:
        """Keep guidance read here or in the background, unless some is already kept."""
        if self.app._content is None:
            self.app._content = result.content
            self.report_content_problems(result)

    def report_content_problems(self, result: LoadResult) -> None:
        """Say that some content files were skipped, and how to find out why."""
        if result.problems:
            self.app.notify(
                f"{len(result.problems)} problem(s) in your content files; those files "
                "were skipped and the built-in guidance used. `coach content check` "
                "lists them.",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def apply_config(self) -> None:
        """The settings' theme and keymap; a word about any setting that was ignored."""
        config = self.app.config
        if config is None:
            return
        if config.theme in self.app.available_themes:
            self.app.theme = config.theme
        if config.keymap:
            self.app.set_keymap(config.keymap)
        if config.problems:
            self.app.notify(
                "Some settings were ignored and their defaults used:\n"
                + "\n".join(config.problems),
                title="Settings",
                severity="warning",
                timeout=20,
                markup=False,
            )

    def ask_passphrase(self, problem: str = "", lost: str = "") -> None:
        """An encrypted journal: ask for its passphrase (again, with the reason)."""
        from screens.dialogs.passphrase import PassphraseScreen

        where = str(self.app.places.journal) if self.app.places else "the journal"
        screen = PassphraseScreen(where, problem, lost)
        self.app.push_screen(screen, callback=self._try_passphrase)

    def _try_passphrase(self, passphrase: str | None) -> None:
        """Open the journal with what was typed, or ask again with the reason."""
        from coach.crypto import PLAIN, Codec, WrongPassphrase
        from coach.errors import CoachError
        from coach.journal import Journal
        from coach.locked_aside import lost_passphrase
        from coach.rekeying import stopped_note
        from coach.sealing import journal_is_sealed, unlock

        if not passphrase or self.app.places is None:
            return
        try:
            sealer: Codec = unlock(self.app.places, passphrase)
            if not journal_is_sealed(self.app.places):
                # Decrypted meanwhile (by a coach from before the lock screen
                # held its folder): it is plain now, so open it as it is.
                sealer = PLAIN
            journal = Journal.open(self.app.places.journal, codec=sealer)
        except WrongPassphrase:
            # A passphrase change stopped part way: the old one still opens it, not lost.
            lost = stopped_note(self.app.places) or lost_passphrase(self.app.places)
            self.ask_passphrase("That passphrase does not open this journal. Try again.", lost)
            return
        except CoachError as error:
            self.problem = str(error)
        else:
            self.app.journal = journal
            self.app.codec = sealer
        self.app.locked = False
        self.show_home()

    def at_home(self) -> bool:
        """Whether home is the only screen open (nothing over it)."""
        stack = self.app.screen_stack
        return len(stack) <= 2 and isinstance(stack[-1], HomeScreen)

    def note_on_home(self, note: str) -> bool:
        """A lasting note under home's menu, after its own; False if home will not show it.

        `coach draft ID` ends when the draft closes, so its home is never seen.
        """
        if self.draft_id:
            return False
        home = next((s for s in self.app.screen_stack if isinstance(s, HomeScreen)), None)
        if home is None or not home.notices_ready:
            return False
        home.add_notices([note])
        return True

    def show_home(self) -> None:
        """Home, then its notices, the plans check-in and any leftover typing."""
        # The autosave opens once the codec is known (after any passphrase); opening
        # it cleans what stopped coaches left, plain $EDITOR copies included.
        self.typing.open()
        if self.app.journal is None:
            self.show_problem()
            return
        if self.app.opened_note:
            self.app.notify(self.app.opened_note, timeout=8, markup=False)
        if self.typing.open_failure and self.app.places is not None:
            # Said before anything is typed, not only once typing fails to autosave.
            self.app.notify(
                f"Coach cannot write to its folder {self.app.places.data_dir} "
                f"({self.typing.open_failure}). You can read your journal, but nothing "
                "you type can be saved there until the folder can be written.",
                severity="warning",
                timeout=15,
                markup=False,
            )
        keymap = self.app.config.keymap if self.app.config else None
        home = HomeScreen(keymap, shown_again=self.home_again)
        if self.draft_id:
            # `coach draft ID` ends with its draft, so home is never to be seen: its
            # notices still read the journal, under a ground that takes no keys.
            from screens.home.draft_ground import DraftGround

            home.sub_title = DRAFT_TITLE
            self.app.push_screen(home)
            self.app.push_screen(DraftGround())
        else:
            self.app.push_screen(home)
        # Reading every entry for the notices waits until home is on screen,
        # and a big journal is read in a thread, so home answers keys at once;
        # what else needs the journal read follows it.
        if self.app.journal.load_is_quick():
            self.app.call_after_refresh(self.notices.at_once, home)
        else:
            self.app.call_after_refresh(self.notices.in_background, home)

    def journal_read(
        self, plans_line: str | None = None, due: list[tuple[Plan, str]] | None = None
    ) -> None:
        """Once the journal is read: home's plans line, then the check-in or the draft.

        A big journal's thread hands over the plans line and the due plans it
        worked out, so the UI thread does not read the journal for them.
        """
        self.plans.show_plans_line(plans_line)
        if self.draft_id:
            # What a stopped coach left typed in this reply is offered first.
            self.app.call_after_refresh(self.recovery.offer_draft_leftover, self.draft_id)
        else:
            # Plans whose day has come are asked about first (with any day a stopped
            # coach left typed for one); then what else a stopped coach left unsaved.
            self.recovery.adopt_checkin_typing()
            if self.at_home() and not self.typed_on_home():
                self.plans.check_in(self.recovery.offer, due=due)
            else:
                # A dialog over a step the person is typing in took the keys
                # (Enter pressed its "Done"), and over home it took the keys
                # already typed there (n, rv51 D1): asked once they are back on
                # home, and read anew then: meanwhile a plan may have been answered,
                # reworded or moved (another coach, `coach plans edit`).
                self.put_off_check_in()

    def put_off_check_in(self) -> None:
        """The check-in, and what follows it, asked once home shows again."""
        self.after_home = partial(self._check_in_put_off, self.plans.shown)

    def typed_on_home(self) -> bool:
        """Whether the person has typed on home yet (a key handled, held or waiting)."""
        home = self.app.screen_stack[-1] if self.app.screen_stack else None
        return home is not None and self.app.keys.typed_on(home)

    def _check_in_put_off(self, shown: int) -> None:
        """The check-in opening put off, unless one was shown since (fz28: Esc is "not now")."""
        if self.plans.shown != shown:
            self.recovery.offer()  # what else a stopped coach left still comes
            return
        self.plans.check_in(self.recovery.offer)

    def home_again(self, home: HomeScreen) -> None:
        """Home shown again: its saves-waiting notice looked at anew, then what opening put off."""
        self.notices.recheck_saves_waiting(home)
        # Back from the journal: an entry deleted with its plans, or a plan changed,
        # changes what home says of plans (rv34).
        self.plans.show_plans_line()
        # A walk left for later with Esc is offered back only on n: home says so (closing24).
        from screens.leftover_words import waiting_walk_line

        kept = self.waiting_walk()
        self.recovery.walk_told = kept
        home.show_walk_line(waiting_walk_line(kept) if kept is not None else "")
        if self.after_home is not None and self.at_home():
            ask, self.after_home = self.after_home, None
            ask()

    def waiting_walk(self) -> WalkState | None:
        """The walk n would offer back: this coach's, left for later, else a stopped coach's."""
        return self.recovery.own_walk_kept() or self.recovery.walk_left_offered()

    def journal_failed(self, problem: str) -> None:
        """The journal, read after the first screen, cannot be used: say why."""
        self.app.journal = None
        self.problem = problem
        self.show_problem()

    def show_problem(self) -> None:
        """Why the journal cannot be opened; r tries again (after a repair run elsewhere)."""
        from screens.dialogs.problem import FOLDER_RETRY_HINT, RETRY_HINT, ProblemScreen

        places = self.app.places
        # A file where the folder should be is not something a repair mends.
        folder_problem = places is not None and not places.data_dir.is_dir()
        screen = ProblemScreen(
            "The journal could not be opened",
            self.problem or "",
            retry=places is not None,
            retry_hint=FOLDER_RETRY_HINT if folder_problem else RETRY_HINT,
        )
        self.app.push_screen(screen, callback=self._retried)

    def _retried(self, again: bool | None) -> None:
        """r on the problem screen: open the journal again; home if it reads now."""
        from coach.crypto import PLAIN
        from coach.errors import CoachError
        from coach.journal import Journal
        from coach.sealing import journal_is_sealed

        places = self.app.places
        if not again or places is None:
            return
        codec = self.app.codec or PLAIN
        try:
            if journal_is_sealed(places) and not codec.encrypted:
                self.ask_passphrase()  # encrypted meanwhile: its passphrase opens it
                return
            journal = Journal.open(places.journal, codec=codec, lazy=True)
            if journal.load_is_quick():
                journal.entries()
        except CoachError as error:
            self.problem = str(error)
            self.show_problem()
            self.app.notify("It still cannot be opened.", severity="warning", markup=False)
            return
        self.problem = None
        self.app.journal = journal
        # An earlier "It still cannot be opened" would linger over home for seconds.
        self.app.clear_notifications()
        # A home shown before the journal failed was built on the old one.
        while len(self.app.screen_stack) > 1:
            self.app.pop_screen()
        self.show_home()
