"""Home's notices (entries to look at again, unreadable records), read after first paint."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from coach.journal_records import ENTRIES, table_where
from coach.wording import counted
from screens.background import hand_back
from screens.home.home import HomeScreen

if TYPE_CHECKING:
    from coach.content import Content, LoadResult
    from coach.insights import Insights
    from coach.journal import Journal
    from coach.paths import Locations
    from coach.plans import Plan
    from screens.home.plan_checkin import PlanCheckIn
    from screens.parts import Clock


# Home shows a few notices of each kind, then a count: a long journal can
# have thousands due, and home must stay a calm, short page.
NOTICES_OF_A_KIND = 3
_Item = TypeVar("_Item")


def _first_few(
    items: list[_Item], line: Callable[[_Item], str], more: Callable[[int], str]
) -> list[str]:
    """A notice line for each of the first NOTICES_OF_A_KIND items, then one for the rest."""
    lines = [line(item) for item in items[:NOTICES_OF_A_KIND]]
    if len(items) > NOTICES_OF_A_KIND:
        lines.append(more(len(items) - NOTICES_OF_A_KIND))
    return lines


def warm_imports() -> None:
    """In a thread: what the next keys need (modules, the tone check), off the UI thread.

    Loading the journal or insights screen's code takes tens of milliseconds
    (more when Python has to compile it); a key pressed later finds it loaded.
    """
    # Only a head start: a module that fails here fails again, and says why,
    # when its screen opens.
    with contextlib.suppress(ImportError):
        _import_next_screens()
    # The tone check's first run loads its rules, word lists and sentence model
    # (about 0.1 s); done here, the draft's first check after a pause is quick.
    # A broken rules file is reported where the check runs, as before.
    with contextlib.suppress(Exception):
        from coach.tone import check
        from coach.tone_hit_veto import shipped_hit_model

        check("Thank you for letting me know.")
        shipped_hit_model()  # read only when a draft first quotes them: not on that keystroke


def _import_next_screens() -> None:
    import filelock  # noqa: F401  (the first save's lock)

    import coach.insights  # noqa: F401
    import screens.journal.insights
    import screens.journal.journal
    import screens.walk.controller  # noqa: F401


class NoticesHost(Protocol):
    """The app as home's notices see it: the journal, and what the warm-up fills in."""

    journal: Journal | None
    places: Locations | None
    clock: Clock
    # The guidance if loaded yet, and insights worked out ahead: (entries' version, day).
    _content: Content | None
    _insights_memo: tuple[tuple[int, date], Insights] | None

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run callback on the UI thread."""
        ...

    def run_worker(
        self, work: Callable[[], None], *, group: str, thread: bool, exit_on_error: bool
    ) -> Any:
        """Run work in a worker (here, a thread)."""
        ...


class HomeNotices:
    """Home's notices, worked out after home is on screen; a big journal in a thread."""

    def __init__(
        self,
        app: NoticesHost,
        *,
        failed: Callable[[str], None],
        adopt: Callable[[LoadResult], None],
        plans: PlanCheckIn,
        read: Callable[[str | None, list[tuple[Plan, str]] | None], None],
        settle: Callable[[], None] = lambda: None,
    ) -> None:
        self.app = app
        # The journal, read here first, cannot be used: say why instead of home.
        self._failed = failed
        # Guidance read in the warm-up, handed back to be kept.
        self._adopt = adopt
        self.plans = plans
        # What follows once the journal is read, given the plans line and due plans.
        self._read = read
        # Once the warm-up is done, on the UI thread: what the app loaded so far
        # is set aside from full collections (if nothing but home is open).
        self._settle = settle

    def in_background(self, home: HomeScreen) -> None:
        from coach.errors import CoachError

        def load() -> None:
            try:
                waiting = self._saves_waiting()
                notices = waiting + self._notice_lines()
            except CoachError as error:
                hand_back(self.app, self._failed, str(error))
                return
            # Worked out here too, so the UI thread never reads the journal for them.
            plans_line, due = self.plans.plans_line(), self.plans.due_plans()
            hand_back(self.app, home.add_notices, notices, len(waiting))
            hand_back(self.app, self._read, plans_line, due)
            self._warm_up()

        self.app.run_worker(load, thread=True, group="home-notices", exit_on_error=False)

    def imports_in_background(self) -> None:
        """The next screens' code and the guidance, read in a thread while home waits for a key."""

        def warm() -> None:
            self._content_read()
            warm_imports()
            hand_back(self.app, self._settle)

        self.app.run_worker(warm, thread=True, group="warm-imports", exit_on_error=False)

    def _content_read(self) -> Content:
        """The guidance, read here if the app has none yet (the walk's first step needs it).

        Read on the UI thread when the walk starts, it held it over 100 ms.
        """
        content = self.app._content
        if content is None:
            from coach.content import load_content

            result = load_content(self.app.places.content_dir if self.app.places else None)
            hand_back(self.app, self._adopt, result)
            content = result.content
        return content

    def _warm_up(self) -> None:
        """In the notices' thread: what the journal and insights screens will need."""
        from coach.errors import CoachError
        from coach.insights import compute

        journal = self.app.journal
        if journal is None:
            return
        try:
            journal.with_search_text()
            entries, version = journal.entries_and_version()
            plans = journal.plans()
        except CoachError:
            return  # the screens that need them will say what is wrong
        content = self._content_read()
        today = self.app.clock().date()
        self.app._insights_memo = ((version, today), compute(entries, content, today, plans))
        warm_imports()
        hand_back(self.app, self._settle)
        # Last, as the least urgent: a big journal's word index for `coach list
        # --search`, when a fold (or an outside change) left it out of date.
        with contextlib.suppress(CoachError, OSError):
            journal.refresh_search_index()

    def at_once(self, home: HomeScreen) -> None:
        """A small journal's notices, read now; then what follows, as the thread does.

        A journal that cannot be read is said at once, as for a big one, not
        found only on the first key that needs it.
        """
        from coach.errors import CoachError

        try:
            waiting = self._saves_waiting()
            notices = waiting + self._notice_lines()
        except CoachError as error:
            self._failed(str(error))
            return
        home.add_notices(notices, len(waiting))
        self._read(None, None)
        self.imports_in_background()

    def _notice_lines(self) -> list[str]:
        half = self._half_sealed() + self._unlocked_anew() + self._typing_set_aside()
        if self.app.journal is None:
            return half
        if self.app.journal.path is not None:
            from coach.repair_copies import kept_aside_said

            # rv43 S5: what an earlier repair could not put back, said until it is dealt with.
            waiting = kept_aside_said(self.app.journal.path, "after quitting coach")
            half += [waiting] if waiting is not None else []
        due = self.app.journal.reapply_due(self.app.clock().date())
        problems = self.app.journal.unreadable
        # A whole entries table made a list: said with `coach repair`, not as one entry.
        whole = self._entries_table_advice(problems)
        if whole is not None:
            where = table_where(ENTRIES)
            problems = [problem for problem in problems if not problem.startswith(f"{where}:")]
        unreadable = [whole] if whole is not None else []
        unreadable += _first_few(
            problems,
            lambda problem: f"Could not read this journal entry; it is left as it is: {problem}",
            lambda rest: (
                f"…and {counted(rest, 'more entry', 'more entries')} that could not be "
                "read; `coach list` names them all."
            ),
        )
        # A plan that does not read is never asked about: said as an entry is (rv34).
        # The whole table damaged: said once, with the way to mend it (fz23).
        shape = self._plans_table_shape()
        plans = self._unreadable_plans() if shape is None else []
        if shape is not None:
            from coach.unreadable_advice import plans_table_advice

            unreadable.append(plans_table_advice(shape, entries_read=whole is None))
        unreadable += _first_few(
            plans,
            lambda plan: (
                "Could not read this plan, so coach never asks about it; it is left as "
                f"it is: {plan}"
            ),
            lambda rest: (
                f"…and {counted(rest, 'more plan')} that could not be read; "
                "`coach plans` names them all."
            ),
        )
        problems = [*problems, *plans]
        if problems and self.app.journal.path is not None:
            from coach.unreadable_advice import mend_by_hand

            sealed = self.app.codec.encrypted
            path = self.app.journal.path
            unreadable.append(mend_by_hand(path, sealed, len(problems), problems))
        lines = unreadable + _first_few(
            due,
            lambda entry: (
                f"Time to look again: {entry.summary_on_screen()} (reapply after "
                f"{entry.reapply_after.isoformat() if entry.reapply_after else ''})"
            ),
            lambda rest: (
                f"…and {counted(rest, 'more entry', 'more entries')} ready to look at "
                "again; Insights (i) lists them."
            ),
        )
        return half + lines

    def _entries_table_advice(self, problems: list[str]) -> str | None:
        """Home's words when the entries table is no object of entries; None when it is one."""
        from coach.errors import CoachError
        from coach.unreadable_advice import entries_table_advice

        if not problems or self.app.journal is None:
            return None
        try:
            shape = self.app.journal.table_shape(ENTRIES)
        except CoachError:
            return None
        return None if shape is None else entries_table_advice(shape)

    def _plans_table_shape(self) -> str | None:
        """What the plans table is when it is no object of plans; None when it is one."""
        from coach.errors import CoachError

        journal = self.app.journal
        try:
            # `is not None`: a journal none of whose entries read is falsy (its length).
            return journal.plans_table_shape() if journal is not None else None
        except CoachError:
            return None

    def _unreadable_plans(self) -> list[str]:
        """Each plan the journal holds that does not read, with why."""
        from coach.errors import CoachError

        journal = self.app.journal
        if journal is None:
            return []
        try:
            return journal.read_plans()[1]
        except CoachError:
            return []

    def _half_sealed(self) -> list[str]:
        """An encrypt, decrypt or passphrase change that stopped part way, and the way on."""
        from coach.half_sealed import half_done, half_sealed, way_out
        from coach.rekeying import stopped_note

        places = self.app.places
        stopped = stopped_note(places) if places is not None else None
        if stopped is not None:
            return [stopped]
        half = half_sealed(places) if places is not None else []
        return [f"{half_done(places, half)} {way_out(places)}"] if places and half else []

    def _unlocked_anew(self) -> list[str]:
        """A plain journal started after the locked one was moved aside (rv46 #4)."""
        from coach.errors import CoachError
        from coach.locked_aside import unlocked_beside_locked
        from coach.sealing import journal_is_sealed

        places = self.app.places
        if places is None:
            return []
        try:
            note = unlocked_beside_locked(places, journal_is_sealed(places))
        except CoachError:
            return []  # an unreadable folder is said by the journal's own reading
        return [note] if note is not None else []

    def _typing_set_aside(self) -> list[str]:
        """Autosaves an earlier coach could not read and set aside: where, and how to get them."""
        from coach.unsaved_aside import aside_notes

        places = self.app.places
        return aside_notes(places.data_dir, places.journal) if places is not None else []

    def recheck_saves_waiting(self, home: HomeScreen) -> None:
        """Home shown again: whether saves still wait (a repair in another shell merged them)."""

        def look() -> None:
            waiting = self._saves_waiting()
            hand_back(self.app, home.show_saves_waiting, waiting[0] if waiting else None)

        # In a thread: with saves waiting, the check reads the whole journal file.
        self.app.run_worker(look, thread=True, group="home-waiting", exit_on_error=False)

    def _saves_waiting(self) -> list[str]:
        """Saves of coach's kept outside the journal file (it changed outside coach), if any."""
        from coach.log_waiting import waiting_note

        journal = self.app.journal
        path = journal.path if journal is not None else None
        if path is None:
            return []
        folder = self.app.places.data_dir if self.app.places else path.parent
        note = waiting_note(path, folder)
        return [] if note is None else [note]
