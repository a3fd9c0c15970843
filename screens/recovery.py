"""Offering back, one at a time, the typing a stopped coach left unsaved."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from textual import events

from screens.home.checkin_typing import CHECKIN_KEY
from screens.leftover_claim import claim, still_left, watch
from screens.leftover_restore import (
    Resumed,
    is_walk,
    restore_draft,
    restore_entry,
)
from screens.leftover_words import (
    describe_leftover,
    kept_walk_note,
    one_walk_note,
    walk_taken_note,
)

if TYPE_CHECKING:
    from coach.unsaved import Leftover
    from coach.walk import WalkState
    from screens.parts import Saves, Session, Typing
    from screens.walk.draft_handoff import DraftHandoff
    from screens.walk.starting import Walks


class Recovery:
    """Leftover typing from a coach that stopped: offered back, restored or discarded."""

    def __init__(
        self,
        app: Session,
        typing: Typing,
        saves: Saves,
        walks: Walks,
        drafts: DraftHandoff,
    ) -> None:
        self.app = app
        self.typing = typing
        self.saves = saves
        self.walks = walks
        self.drafts = drafts
        self._told: set[str] = set()  # notices about autosaves said this run
        # A lasting note under home's menu; False where home cannot show it. The
        # app sets Opening's, which knows whether home is up and will be seen.
        self.note_on_home: Callable[[str], bool] = lambda _note: False
        # The walk home last said was waiting ("Unfinished: …"), to say where it went.
        self.walk_told: WalkState | None = None
        # The last stopped coach's walk offered here, for home to name while it is still
        # left there (Later); looked at anew only then, not by reading every autosave.
        self.walk_offered: tuple[Leftover, WalkState] | None = None

    def leftovers(self) -> list[tuple[Leftover, str, dict[str, Any]]]:
        """Every surface a coach that is no longer running left unsaved."""
        if self.typing.unsaved is None:
            return []
        try:
            leftovers, damaged = self.typing.unsaved.leftovers()
        except OSError:
            return []
        from screens.leftover_notices import tell_found

        tell_found(self.app, self.typing.unsaved, leftovers, damaged, self._told, self.note_on_home)
        return [(lo, key, rec) for lo in leftovers for key, rec in lo.surfaces.items()]

    def walk_is_finished(self, state: WalkState) -> bool:
        """Whether the journal holds that walk's entry as finished."""
        # The final save records the walk's id in the same write as the entry,
        # so a walk killed just after finishing is never offered again.
        if self.app.journal is None or not state.walk_id:
            return False
        from coach.errors import CoachError

        try:
            return self.app.journal.walk_finished(state.walk_id)
        except CoachError:
            return False

    def offer(self, then_new: bool = False) -> None:
        """Offer back, one at a time, the typing a stopped coach left (walk first)."""
        from coach.walk import WalkState

        own = self.typing.unsaved.get("walk") if self.typing.unsaved is not None else None
        offers: list[tuple[Leftover | None, str, dict[str, Any]]] = []
        own_typed = (
            own is not None and WalkState.from_record(own.get("values") or {}).holds_typing()
        )
        if self.walks.walk is None and own_typed:
            offers.append((None, "walk", own))  # left from its first step in this run
        for leftover, key, record in self.leftovers():
            if key == CHECKIN_KEY:
                continue  # the check-in puts a typed day back in its own field
            if key == "walk":
                state = WalkState.from_record(record.get("values") or {})
                # A walk left before anything was typed has nothing to give back.
                if self.walk_is_finished(state) or not state.holds_typing():
                    assert self.typing.unsaved is not None
                    self.typing.unsaved.discard(leftover, key)
                    continue
            offers.append((leftover, key, record))
        offers.sort(key=lambda item: not is_walk(item[1]))
        if self.walks.walk is not None:
            offers = [o for o in offers if not is_walk(o[1])]
        told, self.walk_told = self.walk_told, None
        if then_new and told is not None and not any(is_walk(o[1]) for o in offers):
            # Home said a walk waited; another coach took it up since (rv50 #3): without
            # a word, the blank walk that follows read as the typing lost.
            self.app.notify(walk_taken_note(told), markup=False, timeout=15)
        self._offer_next(offers, then_new)

    def adopt_checkin_typing(self) -> None:
        """Days typed for "not yet" that stopped coaches left: ours now, for the check-in."""
        from screens.home.checkin_leftovers import adopt_checkin_typing

        adopt_checkin_typing(self.typing.unsaved, self.leftovers())

    def offer_draft_leftover(self, entry_id: str) -> None:
        """`coach draft ID`: the typing stopped coaches left in this reply is offered first."""
        from screens.draft_leftovers import DraftLeftovers

        DraftLeftovers(self, entry_id).offer()

    def type_again(self, early: tuple[events.Key, ...] | list[events.Key]) -> None:
        """Keys typed before a question showed, posted for the screen now on top."""
        from screens.dialogs.early_keys import typed_again

        for key in typed_again(early):
            self.app.post_message(key)

    def not_typed(self, early: tuple[events.Key, ...] | list[events.Key]) -> None:
        """Keys typed before a question showed, meant for what was not chosen: said, not typed."""
        from screens.dialogs.early_keys import shown_keys

        if early:
            self.app.notify(
                f"Not typed anywhere (typed before the question): {shown_keys(early)}",
                markup=False,
            )

    def _offer_next(
        self,
        offers: list[tuple[Leftover | None, str, dict[str, Any]]],
        then_new: bool,
        early: tuple[events.Key, ...] = (),
        resumed: tuple[Resumed, ...] = (),
        held_said: bool = False,
    ) -> None:
        """Offer each leftover in turn; then a new walk if asked, and the keys typed too soon.

        What is resumed opens once every question is answered: opened at once, the
        next question came over the walk resumed and took its keys (rv41).
        """
        from screens.dialogs.resume import ResumeScreen

        if not offers:
            for item in resumed:
                item.restore()
            kept = self.own_walk_kept() if then_new and self.walks.walk is None else None
            if kept is not None:
                # This coach autosaves one walk: a new one would write over the kept one.
                # Said once: a Resume refused for it has said so already (held_said).
                if not held_said:
                    self.app.notify(kept_walk_note(kept), markup=False, timeout=8)
                self.not_typed(early)
                return
            if then_new and self.walks.walk is None:
                self.walks.start(None)
            # Typed before a question showed: meant for the walk or home now on top.
            self.type_again(early)
            return
        (leftover, key, record), rest = offers[0], offers[1:]
        if not still_left(self.typing, leftover, key):
            # Another coach open on this folder took it up meanwhile: it is not ours to offer.
            self._offer_next(rest, then_new, early, resumed, held_said)
            return
        title, description = self.describe(key, record)
        dialog = ResumeScreen(description, title=title)
        if leftover is not None and key == "walk":
            from coach.walk import WalkState

            self.walk_offered = (leftover, WalkState.from_record(record.get("values") or {}))

        def chosen(choice: str | None) -> None:
            from coach.walk import WalkState

            typed = (*early, *dialog.early)
            held = self._walk_held(leftover, resumed) if is_walk(key) else None
            if choice == "resume" and held is not None:
                # This coach autosaves one walk: a second resumed would write over it (rv43).
                other = WalkState.from_record(record.get("values") or {})
                self.app.notify(one_walk_note(held, other), markup=False, timeout=10)
                self._offer_next(rest, then_new, typed, resumed, held_said=True)
            elif choice == "resume":
                # Not for the walk resumed: said, so nothing typed vanishes unseen.
                self.not_typed(typed)
                claimed = claim(self.app, self.typing, leftover, key, record)
                if claimed is None:  # taken up elsewhere first, and said
                    self._offer_next(rest, then_new, (), resumed, held_said)
                    return
                restore = partial(self._restore, leftover, *claimed)
                item = Resumed(key, claimed[1], restore)
                self._offer_next(rest, False, resumed=(*resumed, item), held_said=held_said)
            elif choice == "discard":
                go_on = partial(self._offer_next, rest, then_new, typed, resumed, held_said)
                self.confirm_discard(leftover, key, record, go_on, kept_passes_on=False)
            else:
                self._offer_next(rest, then_new, typed, resumed, held_said)

        self.app.push_screen(dialog, callback=chosen)
        watch(dialog, self.typing, leftover, key)

    def _walk_held(
        self, leftover: Leftover | None, resumed: tuple[Resumed, ...]
    ) -> WalkState | None:
        """The walk a Resume of another walk would write over: one resumed already, or kept."""
        for item in resumed:
            walk = item.held_walk()
            if walk is not None:
                return walk
        return self.own_walk_kept() if leftover is not None else None

    def walk_left_offered(self) -> WalkState | None:
        """The stopped coach's walk last offered here, while it is still left there."""
        if self.walk_offered is None:
            return None
        leftover, state = self.walk_offered
        if not still_left(self.typing, leftover, "walk") or self.walk_is_finished(state):
            self.walk_offered = None  # resumed, discarded, or taken up by another coach
            return None
        return state

    def own_walk_kept(self) -> WalkState | None:
        """The walk this coach left for later and still autosaves, if it holds typing."""
        from coach.walk import WalkState
        from screens.walk.controller import WALK_KEY

        own = self.typing.unsaved.get(WALK_KEY) if self.typing.unsaved is not None else None
        state = WalkState.from_record((own or {}).get("values") or {})
        return state if own is not None and state.holds_typing() else None

    def describe(self, key: str, record: dict[str, Any]) -> tuple[str, str]:
        from coach.walk import WalkState

        walk_id = WalkState.from_record(record.get("values") or {}).walk_id if key == "walk" else ""
        return describe_leftover(key, record, vent_held=self.walks.holds_vent(walk_id))

    def confirm_discard(
        self,
        leftover: Leftover | None,
        key: str,
        record: dict[str, Any],
        then: Callable[[], None],
        *,
        kept_passes_on: bool,
    ) -> None:
        """Ask before discarding; `kept_passes_on`: keys typed behind the d still go on if kept."""
        from screens.dialogs.discard_ask import DiscardQuestion
        from screens.dialogs.early_keys import shown_keys

        detail = "What you typed there is deleted; this cannot be undone."
        entry_id = walk_id = ""
        if key == "walk":
            from coach.walk import WalkState

            discarded = WalkState.from_record(record.get("values") or {})
            entry_id, walk_id = discarded.entry_id, discarded.walk_id
            if entry_id and self._edited_since(discarded):
                entry_id = ""  # no longer half-finished: what was typed in the journal stays
                detail += (
                    " The entry it made was changed in your journal since, so that entry is kept."
                )
            elif entry_id:
                detail += " The half-finished entry it made in your journal is deleted too."

        question = DiscardQuestion(detail, kept_passes_on=kept_passes_on)

        def answered(yes: bool | None) -> None:
            if yes:
                if walk_id:
                    self.walks.forget_vent(walk_id)
                # What comes next waits for the discard: a new walk started before the
                # half-made entry is deleted would have its autosave forgotten with it.
                self._discard(leftover, key, entry_id, partial(go_on, yes))
            else:
                go_on(yes)

        def go_on(yes: bool | None) -> None:
            then()
            if yes or kept_passes_on:
                # Typed behind the d ("d n 7": discard, then a new walk): for what is on top now.
                self.type_again(question.early)
            elif question.early:
                # Meant for after a discard: home's n would bring back the walk just
                # kept, with nothing said. Named instead, so nothing typed goes unseen.
                self.app.notify(
                    "Kept. Not typed anywhere, as they were typed for after a discard: "
                    f"{shown_keys(question.early)}",
                    markup=False,
                )

        self.app.push_screen(question, callback=answered)

    def _edited_since(self, walk: WalkState) -> bool:
        """The entry the walk saved was changed since in the journal (rv43 D7)."""
        from coach.errors import CoachError
        from coach.records import EntryError, entry_from_record, entry_to_record

        if self.app.journal is None or not walk.saved_record:
            return False
        try:
            now = entry_to_record(self.app.journal.get(walk.entry_id))
            return now != entry_to_record(entry_from_record(walk.saved_record))
        except (CoachError, EntryError):
            return False  # gone or unreadable: the delete says so itself

    def _discard(
        self, leftover: Leftover | None, key: str, entry_id: str, after: Callable[[], None]
    ) -> None:
        """Discard the typing (and the entry a walk half made); then `after`, either way."""
        from coach.errors import CoachError, EntryNotFound

        def forget(_: object = None) -> None:
            if self.typing.unsaved is not None:
                if leftover is None:
                    self.typing.unsaved.forget(key)
                    self.typing.flush_unsaved()
                else:
                    self.typing.unsaved.discard(leftover, key)
            after()

        def failed(error: CoachError) -> None:
            if isinstance(error, EntryNotFound):
                forget()  # the half-made entry is gone already
                return
            self.app.notify(str(error), severity="error", markup=False)
            # The typing is kept: the entry is still there.
            after()

        if entry_id and self.app.journal is not None:
            # The typing goes only once the entry has: never one without the other.
            self.saves.delete_entry_soon(entry_id, forget, failed)
            return
        forget()

    def _restore(self, leftover: Leftover | None, key: str, record: dict[str, Any]) -> None:
        """Open what was resumed; a stopped coach's typing was claimed as Resume was chosen."""
        from coach.walk import WalkState

        if leftover is None and self.typing.unsaved is not None:
            self.typing.unsaved.forget(key)
        values = record.get("values") or {}
        if is_walk(key):
            self.walks.start(WalkState.from_record(values))
            if key != "walk" and self.typing.unsaved is not None:
                self.typing.unsaved.forget(key)  # a vent kept apart: its walk holds it now
                self.typing.flush_unsaved()
        elif key.startswith("draft:"):
            restore_draft(self.app, self.drafts, record, key=key)
        elif key.startswith("plan:"):
            restore_entry(self.app, record, plan_key=key)
        elif key.startswith("entry:"):
            restore_entry(self.app, record, entry_key=key)
        elif key.partition(":")[0] == "profile":
            from coach.records import profile_from_record

            self.saves.edit_profile(typed=profile_from_record(values), key=key)
