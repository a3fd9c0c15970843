"""What happens as the app opens: settings applied, the passphrase asked, home shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screens.home.home import HomeScreen

if TYPE_CHECKING:
    from coach.content import LoadResult
    from coach.plans import Plan


class Opening:
    """From the first frame to home: settings, an encrypted journal's passphrase, home."""

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
        from screens.dialogs.passphrase import PassphraseScreen

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
            from screens.dialogs.problem import ProblemScreen

            self.push_screen(ProblemScreen("The journal could not be opened", self.problem or ""))
            return
        if self.opened_note:
            self.notify(self.opened_note, timeout=8, markup=False)
        home = HomeScreen(self.config.keymap if self.config else None)
        self.push_screen(home)
        # Reading every entry for the notices waits until home is on screen,
        # and a big journal is read in a thread, so home answers keys at once;
        # what else needs the journal read follows it.
        if self.journal.load_is_quick():
            self.call_after_refresh(lambda: home.add_notices(self._home_notices()))
            self.call_after_refresh(self.journal_read)
            self.call_after_refresh(self._imports_in_background)
        else:
            self.call_after_refresh(self._notices_in_background, home)

    def journal_read(
        self, plans_line: str | None = None, due: list[tuple[Plan, str]] | None = None
    ) -> None:
        """Once the journal is read: home's plans line, then the check-in or the draft.

        A big journal's thread hands over the plans line and the due plans it
        worked out, so the UI thread does not read the journal for them.
        """
        self.show_plans_line(plans_line)
        if self.draft_id:
            # What a stopped coach left typed in this reply is offered first.
            self.call_after_refresh(self.offer_draft_leftover, self.draft_id)
        else:
            # Plans whose day has come are asked about first; then what a stopped
            # coach left unsaved.
            self.check_in(self._offer_recovered, due=due)

    def journal_failed(self, problem: str) -> None:
        """The journal, read after the first screen, cannot be used: say why."""
        from screens.dialogs.problem import ProblemScreen

        self.journal = None
        self.problem = problem
        self.push_screen(ProblemScreen("The journal could not be opened", problem))
