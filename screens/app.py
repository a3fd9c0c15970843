"""The Textual app: opens home, routes between screens, owns the walk in progress."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from screens.home import HomeScreen
from screens.step import StepEdited, StepResult

if TYPE_CHECKING:
    from pathlib import Path

    from coach.config import Config
    from coach.content import Content
    from coach.crypto import Codec
    from coach.journal import Journal
    from coach.model import Entry, Profile
    from coach.paths import Locations
    from coach.plans import Plan
    from coach.walk import WalkFile, WalkState
    from screens.checkin import CheckInScreen
    from screens.draft import DraftScreen
    from screens.journal import JournalScreen
    from screens.walk_controller import WalkController

Clock = Callable[[], datetime]


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

    @property
    def content(self) -> Content:
        """The guidance; loaded on first use so the first screen is quick."""
        if self._content is None:
            from coach.content import load_content

            result = load_content(self.places.content_dir if self.places else None)
            self._content = result.content
            if result.problems:
                self.notify(
                    f"{len(result.problems)} problem(s) in your content files; those files "
                    "were skipped and the built-in guidance used. `coach content check` "
                    "lists them.",
                    severity="warning",
                    timeout=8,
                    markup=False,
                )
        return self._content

    @property
    def walk_file(self) -> WalkFile | None:
        """Where the walk in progress is autosaved (none without a data folder)."""
        if self.places is None:
            return None
        from coach.walk import WalkFile

        return WalkFile(self.places.walk, self.codec)

    # -- start ------------------------------------------------------------

    def on_mount(self) -> None:
        """Apply the settings, ask for the passphrase if locked, then show home."""
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
        if self.places is not None:
            from coach.files import remove_editor_handoffs

            remove_editor_handoffs(self.places.data_dir)
        if self.journal is None:
            from screens.problem import ProblemScreen

            self.push_screen(ProblemScreen("The journal could not be opened", self.problem or ""))
            return
        if self.opened_note:
            self.notify(self.opened_note, timeout=8, markup=False)
        home = HomeScreen(self.config.keymap if self.config else None)
        self.push_screen(home)
        # Reading every entry for the notices waits until home is on screen.
        self.call_after_refresh(lambda: home.add_notices(self._home_notices()))
        self.call_after_refresh(self.show_plans_line)
        if self.draft_id:
            self.call_after_refresh(self.open_draft_by_id, self.draft_id)
        else:
            # Plans whose day has come are asked about first; then an unfinished walk.
            self.call_after_refresh(self.check_in, self._offer_resume)

    def _home_notices(self) -> list[str]:
        if self.journal is None:
            return []
        from coach.errors import CoachError
        from coach.insights import reapply_due

        try:
            due = reapply_due(self.journal.entries(), self.clock().date())
        except CoachError:
            return []  # a notice must never stop home from showing
        unreadable = [
            f"Could not read this journal entry; it is left as it is: {problem}"
            for problem in self.journal.unreadable
        ]
        return unreadable + [
            f"Time to look again: {entry.summary()} (reapply after "
            f"{entry.reapply_after.isoformat() if entry.reapply_after else ''})"
            for entry in due
        ]

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
        from coach.errors import CoachError
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
        try:
            self.journal.save_plan(updated)
        except CoachError as error:
            self.notify(str(error), severity="error", timeout=10, markup=False)
            message.checkin.not_saved(plan.id)
            return
        message.checkin.settled(plan.id, outcome)

    def _unfinished_walk(self) -> WalkState | None:
        walk_file = self.walk_file
        if walk_file is None:
            return None
        state = walk_file.load()
        if walk_file.damaged is not None:
            self.notify(
                f"The unfinished walk could not be read, so it was set aside at "
                f"{walk_file.damaged}. Your journal is not affected.",
                severity="warning",
                timeout=10,
                markup=False,
            )
        return state

    def _offer_resume(self, then_new: bool = False) -> None:
        from screens.resume import ResumeScreen

        if self.walk is not None:
            return  # a walk started already (a quick key press beat this offer)
        state = self._unfinished_walk()
        if state is None:
            if then_new:
                self.start_walk(None)
            return
        from coach.flow import STEP_TITLES

        company = state.company.strip() or "a company not named yet"
        description = (
            f"About {company}, stopped at “{STEP_TITLES[state.step]}”. "
            "What you typed is kept (the private vent only if you ticked “keep”)."
        )

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                self.start_walk(state)
            elif choice == "discard":
                if self.walk_file is not None:
                    self.walk_file.clear()
                if then_new:
                    self.start_walk(None)

        self.push_screen(ResumeScreen(description), callback=chosen)

    # -- routing ------------------------------------------------------------

    def on_home_screen_chosen(self, message: HomeScreen.Chosen) -> None:
        """Go where the person chose on the home screen."""
        self.go(message.choice)

    def go(self, place: str) -> None:
        """Open one of the app's places: new, journal, insights, profile."""
        if self.journal is None:
            return
        if place == "new":
            self._offer_resume(then_new=True)  # starts a fresh walk when none is waiting
        elif place == "journal":
            from screens.journal import JournalScreen

            self.push_screen(
                JournalScreen(journal=self.journal, content=self.content, today=self.clock().date())
            )
        elif place == "insights":
            from screens.insights import InsightsScreen

            self.push_screen(
                InsightsScreen(
                    journal=self.journal, content=self.content, today=self.clock().date()
                )
            )
        elif place == "profile":
            self.edit_profile()
        elif place == "guidance":
            from coach.guidance import guidance_markdown
            from screens.guidance import GuidanceScreen

            self.push_screen(GuidanceScreen(guidance_markdown(self.content)))

    def edit_profile(self) -> None:
        """Open the profile screen and keep what is saved there."""
        from coach.errors import CoachError
        from screens.profile import ProfileScreen

        journal = self.journal
        if journal is None:
            return

        def saved(profile: object) -> None:
            if profile is None:
                return
            try:
                journal.save_profile(profile)  # type: ignore[arg-type]
            except CoachError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.notify("Your details are saved.")

        self.push_screen(ProfileScreen(self.profile()), callback=saved)

    def start_walk(self, state: WalkState | None) -> None:
        """Begin a walk, or pick one up where it stopped."""
        from coach.walk import WalkState
        from screens.walk_controller import WalkController

        if state is None:
            state = WalkState()
            if self.config is not None:
                state.template = self._default_template(self.config)
        self.walk = WalkController(self, state, self.walk_file)
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

    def make_draft_screen(self, entry: Entry, text: str, *, sent: bool) -> DraftScreen:
        """The draft editor for an entry's reply, used by the walk and the journal."""

        from screens.draft import DraftScreen

        contact = entry.contact or "them"
        return DraftScreen(
            text=text,
            heading=f"Your reply to {contact} at {entry.company}",
            subject=f"Thank you – {entry.role}" if entry.role else "Thank you",
            recipient="",
            save_dir=self._drafts_dir(),
            today=self.clock().date(),
            editor=self.editor(),
            company=entry.company,
            sent=sent,
            handoff_dir=self.places.data_dir if self.places else None,
        )

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
            parts = entry.reply.parts or default_reply_parts(entry.stage)
            template = self.content.template(entry.reply.template)
            text = build_draft(template, entry=entry, profile=self.profile(), parts=parts)
        already_sent = entry.reply.status is ReplyStatus.SENT

        def done(result: StepResult | None) -> None:
            if result is not None:
                self._keep_draft(entry, result, shown=text, on_done=on_done)

        screen = self.make_draft_screen(entry, typed or text, sent=already_sent)
        self.push_screen(screen, callback=done)

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

        from coach.errors import CoachError
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
            updated.reply.status = ReplyStatus.SENT
            updated.reply.sent_on = entry.reply.sent_on or self.clock().date()
        elif typed.strip():
            updated.reply.status = ReplyStatus.DRAFTED
            updated.reply.sent_on = None
        try:
            self.journal.save(updated)  # type: ignore[union-attr]
        except CoachError as error:
            self.notify(
                f"{error} Your text is back in the editor; nothing typed is lost.",
                severity="error",
                timeout=12,
                markup=False,
            )
            self.open_draft(entry, on_done, typed=typed)
            return
        self.notify("The draft is saved with the entry.")
        if on_done is not None:
            on_done(updated)

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
        if self.journal is None:
            return
        yield SystemCommand("New rejection", "Start the coaching walk", lambda: self.go("new"))
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
        journal = Journal.open(places.journal, codec=codec)
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
    app.run()
    return app.return_code or 0
