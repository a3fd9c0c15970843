"""Home's notices (entries to look at again, unreadable records), read after first paint."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from coach.wording import counted
from screens.background import hand_back
from screens.home.home import HomeScreen

if TYPE_CHECKING:
    from coach.content import LoadResult


# Home shows a few notices of each kind, then a count: a long journal can
# have thousands due, and home must stay a calm, short page.
NOTICES_OF_A_KIND = 3


def warm_imports() -> None:
    """In a thread: the modules the next keys on home need, so the UI thread need not load them.

    Loading the journal or insights screen's code takes tens of milliseconds
    (more when Python has to compile it); a key pressed later finds it loaded.
    """
    # Only a head start: a module that fails here fails again, and says why,
    # when its screen opens.
    with contextlib.suppress(ImportError):
        _import_next_screens()


def _import_next_screens() -> None:
    import filelock  # noqa: F401  (the first save's lock)

    import coach.insights  # noqa: F401
    import screens.journal.insights
    import screens.journal.journal
    import screens.walk.controller  # noqa: F401


class HomeNotices:
    """Home's notices, worked out after home is on screen; a big journal in a thread."""

    def _notices_in_background(self, home: HomeScreen) -> None:
        from coach.errors import CoachError

        def load() -> None:
            try:
                notices = self._notice_lines()
            except CoachError as error:
                hand_back(self, self.journal_failed, str(error))
                return
            # Worked out here too, so the UI thread never reads the journal for them.
            plans_line, due = self._plans_line(), self._due_plans()
            hand_back(self, home.add_notices, notices)
            hand_back(self, self.journal_read, plans_line, due)
            self._warm_up()

        self.run_worker(load, thread=True, group="home-notices", exit_on_error=False)

    def _imports_in_background(self) -> None:
        self.run_worker(warm_imports, thread=True, group="warm-imports", exit_on_error=False)

    def _warm_up(self) -> None:
        """In the notices' thread: what the journal and insights screens will need."""
        from coach.content import load_content
        from coach.errors import CoachError
        from coach.insights import compute

        journal = self.journal
        if journal is None:
            return
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
        warm_imports()

    def _adopt_content(self, result: LoadResult) -> None:
        if self._content is None:
            self._content = result.content
            self._report_content_problems(result)

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
