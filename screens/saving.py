"""Journal writes from the app: the one place screens' changes are written, never freezing."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from screens.after_save import then_backup_checked, then_reindexed
from screens.journal.changes import DeleteUndone, EntryDeleted, EntryEdited, PlanEdited
from screens.parts import Screens

if TYPE_CHECKING:
    from coach.config import Config
    from coach.errors import CoachError
    from coach.journal import Journal, ProfileSaved, Saved
    from coach.model import Entry, Profile
    from coach.plans import Plan
    from screens.parts import Typing

# Guards the queue of saves waiting for another coach's lock: the UI thread
# adds to it while the waiting thread takes from it.
_QUEUE_GUARD = threading.Lock()
# The profile's fields as the details screen labels them.
# How long a save waits on its thread for another coach: the screen stays
# live meanwhile, so this can be far longer than a wait that froze it.
WAIT_ON_THREAD_SECONDS = 60.0


class SavingHost(Screens, Protocol):
    """The app as its saves see it: the journal, and a way back onto the UI thread."""

    journal: Journal | None
    config: Config | None

    @property
    def is_running(self) -> bool:
        """The app has not ended yet."""
        ...

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run callback on the UI thread and wait for it."""
        ...


class Saving:
    """Every journal write a screen causes: at once, or on a thread while another coach saves.

    Screens never write the journal themselves (a test holds them to it):
    they post what the person did (EntryEdited, EntryDeleted, DeleteUndone),
    which the app hands here, or a part calls one of the *_soon methods here,
    and gets the outcome back on the UI thread. Merges with changes saved
    elsewhere are said here too.
    """

    def __init__(self, app: SavingHost, typing: Typing) -> None:
        self.app = app
        self.typing = typing
        typing.saves_waiting = self.waiting  # quit and signals wait for the queue to empty
        # Saves waiting for another coach's lock, in order: (work, done, failed).
        self._waiting_saves: list[tuple[Any, Any, Any]] = []
        # Each entry's revision as this coach last wrote it: a save merged with that one
        # met this coach's own other screen on the entry, not another coach (fz38's note).
        self._written: dict[str, int] = {}
        # What saves said of other versions met, in order: `coach draft` ends as its
        # save lands, so these are said again on the terminal after (rv51 D5).
        self.merge_notes: list[str] = []

    def save_soon(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[CoachError], None],
        *,
        journal: Journal | None = None,
    ) -> None:
        """Run a journal write without ever freezing the screen on another coach's lock.

        Tried at once; if another coach holds the lock, the wait happens on a
        thread of its own with a visible notice, keys keep reaching the screen,
        and done/failed run back on the UI thread. Writes queue in order. A save
        that may rewrite a big journal whole goes to that thread from the start.
        """
        from coach.errors import CoachError, JournalBusy

        target = journal if journal is not None else self.app.journal
        storage = getattr(target, "storage", None)
        done = then_backup_checked(self.app, storage, done)
        with _QUEUE_GUARD:
            if self._waiting_saves:
                self._waiting_saves.append((work, done, failed))
                return
        waiting_up_to = getattr(storage, "waiting_up_to", None)
        rewrite_is_near = getattr(storage, "rewrite_is_near", None)
        if target is not None and rewrite_is_near is not None and rewrite_is_near():
            # Rewriting a big journal whole takes seconds: on the thread too.
            self.app.notify("Saving… a journal this big takes a few seconds now and then.")
            self._save_on_thread(work, then_reindexed(target, done), failed, waiting_up_to)
            return
        no_wait = getattr(storage, "no_wait", None)
        try:
            with no_wait() if no_wait is not None else contextlib.nullcontext():
                result = work()
        except JournalBusy:
            self.app.notify("Waiting for another coach to finish saving…", timeout=4)
            self._save_on_thread(work, done, failed, waiting_up_to)
            return
        except CoachError as error:
            failed(error)
            return
        done(result)

    def _save_on_thread(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[CoachError], None],
        waiting_up_to: Callable[[float], Any] | None,
    ) -> None:
        with _QUEUE_GUARD:
            self._waiting_saves.append((work, done, failed))
        threading.Thread(target=self._save_waiting, args=(waiting_up_to,), daemon=True).start()

    def _save_waiting(self, waiting_up_to: Callable[[float], Any] | None) -> None:
        # On the waiting thread: each queued save in turn, results back on the UI thread.
        while True:
            with _QUEUE_GUARD:
                work, done, failed = self._waiting_saves[0]
            answer, value = self._run_waiting(work, done, failed, waiting_up_to)
            try:
                if not self.app.is_running:
                    return  # coach ended before this save was written: nobody is left to tell
                # Answered before it leaves the queue: a save asked for meanwhile
                # queues behind it, so it builds on what this one's answer keeps.
                self.app.call_from_thread(answer, value)
            finally:
                # The queue moves on whatever happened: a save left at its head
                # kept every later one waiting for ever, with nothing said.
                with _QUEUE_GUARD:
                    self._waiting_saves.pop(0)
                    more = bool(self._waiting_saves)
            if not more:
                return

    @staticmethod
    def _run_waiting(
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[CoachError], None],
        waiting_up_to: Callable[[float], Any] | None,
    ) -> tuple[Callable[[Any], None], Any]:
        """One queued save, once the lock is free: (done, result) or (failed, the error)."""
        from coach.errors import CoachError

        try:
            patient = (
                waiting_up_to(WAIT_ON_THREAD_SECONDS)
                if waiting_up_to is not None
                else contextlib.nullcontext()
            )
            with patient:
                result = work()
        except CoachError as error:
            return failed, error
        except Exception as error:  # a bug, but said on screen, not a silent dead thread
            return failed, CoachError(
                f"A change could not be saved ({type(error).__name__}: {error}). What is on "
                "screen is kept, and so is the typing in the autosave; try it again."
            )
        return done, result

    def waiting(self) -> int:
        """How many saves are still waiting on their thread."""
        with _QUEUE_GUARD:
            return len(self._waiting_saves)

    # -- what screens ask to have written ---------------------------------

    def save_entry_soon(
        self,
        edit: Callable[[], tuple[Entry, Entry | None]],
        done: Callable[[Saved], None],
        failed: Callable[[CoachError], None],
        *,
        finished_walk: str = "",
        journal: Journal | None = None,
    ) -> None:
        """Save an edit: edit() gives (entry, the entry as it was opened) when the write runs.

        Built when it runs, so queued saves of one walk build on each other.
        Changes saved elsewhere meanwhile merge, and the person is told.
        """
        target = journal if journal is not None else self.app.journal

        def work() -> Saved:
            entry, base = edit()
            return target.save_edit(entry, base, finished_walk=finished_walk)  # type: ignore[union-attr]

        def saved(result: Saved) -> None:
            self.report_merge(result)
            self._written[result.entry.id] = result.entry.revision
            done(result)

        self.save_soon(work, saved, failed, journal=target)

    def delete_entry_soon(
        self,
        entry_id: str,
        done: Callable[[Entry], None],
        failed: Callable[[CoachError], None],
        *,
        journal: Journal | None = None,
    ) -> None:
        """Delete an entry; done gets it back (for an undo)."""
        target = journal if journal is not None else self.app.journal
        self.save_soon(lambda: target.delete(entry_id), done, failed, journal=target)  # type: ignore[union-attr]

    def restore_entry_soon(
        self,
        entry: Entry,
        done: Callable[[Entry], None],
        failed: Callable[[CoachError], None],
        *,
        journal: Journal | None = None,
    ) -> None:
        """Put a deleted entry back; done gets what was written.

        Saved as an edit of the entry as deleted, so if another coach saved it
        again meanwhile, their changes are kept (and said), not written over.
        """
        target = journal if journal is not None else self.app.journal

        def restored(result: Saved) -> None:
            result.restored = False  # putting it back is what undo is for
            self.report_merge(result)
            done(result.entry)

        self.save_soon(
            lambda: target.restore_deleted(entry),  # type: ignore[union-attr]
            restored,
            failed,
            journal=target,
        )

    def save_profile_soon(
        self,
        profile: Profile,
        base: Profile | None,
        done: Callable[[ProfileSaved], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Keep the details, edited from `base`; a save made elsewhere merges, and is said."""
        journal = self.app.journal

        def saved(result: ProfileSaved) -> None:
            self.report_profile_merge(result)
            done(result)

        self.save_soon(lambda: journal.save_profile(profile, base), saved, failed)  # type: ignore[union-attr]

    def report_profile_merge(self, saved: ProfileSaved) -> None:
        """Say which details another coach saved meanwhile were kept, and which were replaced."""
        from screens.details_merged import details_merged_notices

        for message, options in details_merged_notices(saved.replaced, saved.merged):
            self.app.notify(message, markup=False, **options)

    def save_plan_soon(
        self,
        plan: Plan,
        done: Callable[[Plan], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Save a plan (new, or changed at a check-in)."""
        journal = self.app.journal
        self.save_soon(lambda: journal.save_plan(plan), done, failed)  # type: ignore[union-attr]

    def changed(self, message: Any) -> None:
        """A screen's change to the journal, by its kind; a plan only over the one shown."""
        if isinstance(message, PlanEdited):
            message.stop()
            plan, journal = message.plan, message.journal
            self.save_soon(lambda: journal.save_plan(plan), message.done, message.failed)
        elif isinstance(message, EntryEdited):
            self.entry_edited(message)
        elif isinstance(message, EntryDeleted):
            self.entry_deleted(message)
        elif isinstance(message, DeleteUndone):
            self.delete_undone(message)

    def entry_edited(self, message: EntryEdited) -> None:
        """An entry screen's save: written here, merged with changes from elsewhere."""
        message.stop()
        entry, base = message.entry, message.base
        self.save_entry_soon(
            lambda: (entry, base), message.done, message.failed, journal=message.journal
        )

    def entry_deleted(self, message: EntryDeleted) -> None:
        """A confirmed delete from the journal or an entry."""
        message.stop()
        self.delete_entry_soon(
            message.entry.id, message.done, message.failed, journal=message.journal
        )

    def delete_undone(self, message: DeleteUndone) -> None:
        """The journal's undo: the entry deleted last goes back."""
        message.stop()
        self.restore_entry_soon(
            message.entry, message.done, message.failed, journal=message.journal
        )

    def report_merge(self, saved: Saved) -> None:
        """Say what a save merged from elsewhere, and where a conflicting version went."""
        from screens.entry_merged import entry_merged_notice
        from screens.keys import keymap_of

        # The version met was this coach's own last save of it (its revision then).
        ours = self._written.get(saved.entry.id) == saved.entry.revision - 1
        notice = entry_merged_notice(saved, keymap_of(self.app.config), ours=ours)
        if notice is not None:
            message, options = notice
            self.merge_notes.append(message)
            self.app.notify(message, markup=False, **options)

    def profile(self) -> Profile:
        """The person's details, or blank ones if the journal cannot be read now."""
        from coach.errors import CoachError
        from coach.model import Profile

        if self.app.journal is None:
            return Profile()
        try:
            return self.app.journal.profile()
        except CoachError as error:
            self.app.notify(str(error), severity="error", timeout=10, markup=False)
            return Profile()

    def edit_profile(self, typed: Profile | None = None, key: str = "") -> None:
        """Open the profile screen and keep what is saved there (autosaved under key)."""
        from screens.home.profile import ProfileScreen
        from screens.keys import keymap_of

        journal = self.app.journal
        if journal is None:
            return

        opened = self.profile()

        def saved(profile: object) -> None:
            if profile is None:
                return

            def done(_: object) -> None:
                self.typing.saved_surface(screen.unsaved_key)
                self.app.notify("Your details are saved.")

            def failed(error: CoachError) -> None:
                self.app.notify(
                    f"{error} What you typed is kept and offered back next time.",
                    severity="error",
                    markup=False,
                )

            self.save_profile_soon(profile, opened, done, failed)  # type: ignore[arg-type]

        screen = ProfileScreen(opened, typed=typed, keymap=keymap_of(self.app.config), key=key)
        self.app.push_screen(screen, callback=saved)
