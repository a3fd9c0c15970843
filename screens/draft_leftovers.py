"""`coach draft ID`: every reply draft a stopped coach left for that entry, offered in turn."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from screens.leftover_claim import still_left, watch
from screens.leftover_restore import key_of_its_own, restore_draft
from screens.leftover_words import taken_elsewhere_note

if TYPE_CHECKING:
    from coach.model import Entry
    from coach.unsaved import Leftover
    from screens.parts import Session, Typing
    from screens.walk.draft_handoff import DraftHandoff


class Asking(Protocol):
    """What the offer asks of `Recovery` (named here: recovery.py imports this module)."""

    app: Session
    typing: Typing
    drafts: DraftHandoff

    def leftovers(self) -> list[tuple[Leftover, str, dict[str, Any]]]: ...

    def describe(self, key: str, record: dict[str, Any]) -> tuple[str, str]: ...

    def type_again(self, early: Any) -> None: ...

    def not_typed(self, early: Any) -> None: ...

    def confirm_discard(
        self,
        leftover: Leftover | None,
        key: str,
        record: dict[str, Any],
        then: Callable[[], None],
        *,
        kept_passes_on: bool,
    ) -> None: ...


def numbered(title: str, at: int, count: int) -> str:
    """A question's title, "(1 of 2)" after it only when more than one is asked about."""
    return f"{title} ({at + 1} of {count})" if count > 1 else title


class DraftLeftovers:
    """The drafts left for one entry: asked about one at a time, then the saved reply.

    Only the first was offered, and a second one was reachable only by a plain
    start (fz38). Each is asked about in turn; one resumed opens in the editor,
    and the next question waits until that editor is left. Once every one is
    answered, the command ends if any was resumed, else opens the saved reply,
    as with none.
    """

    def __init__(self, recovery: Asking, entry_id: str) -> None:
        self.recovery = recovery
        self.entry_id = entry_id
        self.entry: Entry | None = None
        self.resumed = False

    def offer(self) -> None:
        """Ask about the first draft left, or open the saved reply when there is none."""
        from coach.errors import CoachError

        recovery = self.recovery
        if recovery.app.journal is not None:
            # A bad id: open_draft_by_id says what is wrong with it.
            with contextlib.suppress(CoachError):
                self.entry = recovery.app.journal.get(self.entry_id)
        found = [
            (leftover, key, record)
            for leftover, key, record in recovery.leftovers()
            # Keyed by the entry alone, or by the entry and one editor (fz38).
            if self.entry is not None and f"{key}:".startswith(f"draft:{self.entry.id}:")
        ]
        if not found:
            recovery.drafts.open_draft_by_id(self.entry_id)
            return
        self._ask(found, 0)

    def _ask(self, found: list[tuple[Leftover, str, dict[str, Any]]], at: int) -> None:
        from screens.dialogs.resume import ResumeScreen

        recovery = self.recovery
        if at == len(found):
            if self.resumed:
                recovery.typing.quit()  # the last editor left: as `coach draft ID` ends
            else:
                self._saved_draft(())
            return
        leftover, key, record = found[at]
        if not still_left(recovery.typing, leftover, key):
            # Another coach took it up since this one looked (while an editor was open).
            self._ask(found, at + 1)
            return
        title, description = recovery.describe(key, record)
        dialog = ResumeScreen(description, title=numbered(title, at, len(found)))

        def go_on() -> None:
            self._ask(found, at + 1)

        def chosen(choice: str | None) -> None:
            last = at + 1 == len(found)
            if choice == "resume":
                unsaved = recovery.typing.unsaved
                taken = unsaved.adopt(leftover, key) if unsaved is not None else record
                if taken is None:
                    alone = last and not self.resumed
                    said = taken_elsewhere_note(key, record, saved_next=alone)
                    recovery.app.notify(said, markup=False, timeout=15)
                    go_on()
                    return
                recovery.not_typed(dialog.early)
                self.resumed = True
                own = key_of_its_own(recovery.typing, key, taken)
                # As `coach draft ID` opens it otherwise: leaving the last ends the command.
                restore_draft(recovery.app, recovery.drafts, taken, on_closed=go_on, key=own)
            elif choice == "discard":
                # Either answer goes on: to the next question, else to the saved draft.
                alone = last and not self.resumed
                then = (lambda: self._saved_draft(dialog.early)) if alone else go_on
                # Keys typed behind the d go on only to the saved draft, never to a question.
                recovery.confirm_discard(leftover, key, record, then, kept_passes_on=alone)
            elif last and not self.resumed:
                self._saved_draft(dialog.early)  # later: each leftover stays kept for next time
            else:
                recovery.not_typed(dialog.early)
                go_on()

        recovery.app.push_screen(dialog, callback=chosen)
        watch(dialog, recovery.typing, leftover, key)

    def _saved_draft(self, early: Any) -> None:
        """The draft as saved, and what was typed for it before the question showed."""
        fresh = self.entry.id if self.entry is not None else self.entry_id
        self.recovery.drafts.open_draft_by_id(fresh)
        self.recovery.type_again(early)
