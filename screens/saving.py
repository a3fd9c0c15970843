"""Journal saves from the app: never freezing on another coach's lock, merges reported."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from coach.wording import counted

if TYPE_CHECKING:
    from coach.errors import CoachError
    from coach.journal import Saved
    from coach.model import Profile


class Saving:
    """Saves run at once, or on a thread while another coach holds the lock; merges said."""

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

    def report_merge(self, saved: Saved) -> None:
        """Say what a save merged from elsewhere, and where a conflicting version went."""

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

    def edit_profile(self, typed: Profile | None = None) -> None:
        """Open the profile screen and keep what is saved there."""
        from screens.home.profile import ProfileScreen

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
