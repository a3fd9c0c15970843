"""The plans check-in from the app: which plans are due, and saving each answer at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from screens.home.home import HomeScreen
from screens.parts import Session
from screens.stale_toasts import drop_toasts, toast

if TYPE_CHECKING:
    from datetime import date

    from coach.errors import CoachError
    from coach.plans import Plan
    from screens.home.checkin import CheckInScreen
    from screens.opening_keys import OpeningKeys
    from screens.parts import Saves, Typing


class CheckInHost(Session, Protocol):
    """The app as the check-in sees it: its session, the screens now open and the keys read."""

    keys: OpeningKeys

    @property
    def screen_stack(self) -> list[Any]:
        """The screens open now, home at the bottom."""
        ...


class PlanCheckIn:
    """Plans whose day has come: asked about on opening and from the palette; home's plans line."""

    def __init__(self, app: CheckInHost, saves: Saves, typing: Typing) -> None:
        self.app = app
        self.saves = saves
        self.typing = typing
        # How many check-ins were shown this run: one put off until home counts them,
        # as one shown (answered, or left with Esc: "not now") meanwhile stands for it.
        self.shown = 0
        # Asks again once home shows again: a check-in that stepped aside for keys
        # typed on home (set by Opening; by default the plans wait for next time).
        self.put_off: Callable[[], None] = lambda: None

    def show_plans_line(self, line: str | None = None) -> None:
        """Home's one line about plans carried through and the next one (if any).

        line: worked out already (in a thread); else read from the journal now.
        """
        if line is None:
            line = self.plans_line()
            if line is None:
                return
        for screen in self.app.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.show_plans_line(line)

    def plans_line(self, *, asking: bool = False) -> str | None:
        """Home's plans line ("" for none), or None if the journal cannot say.

        asking: as it reads behind the check-in, which asks about the plans due.
        """
        from coach.errors import CoachError
        from coach.plan_insights import home_line

        if self.app.journal is None:
            return None
        try:
            # The clock's hour too: a plan for this evening is asked about tomorrow.
            return home_line(self.app.journal.plans(), self.app.clock(), asking=asking) or ""
        except CoachError:
            return None

    def due_plans(self) -> list[tuple[Plan, str]]:
        """Up to three plans whose day has come, each with the company it was made for."""
        from coach.errors import CoachError
        from coach.plans import due_for_checkin

        journal = self.app.journal
        if journal is None:
            return []
        try:
            due = due_for_checkin(journal.plans(), self.app.clock())
            companies = journal.companies_of({plan.entry_id for plan in due}) if due else {}
        except CoachError:
            return []  # a check-in must never stop home from showing
        return [(plan, companies.get(plan.entry_id, "")) for plan in due]

    def _ahead(self) -> tuple[list[tuple[Plan, str]], str]:
        """Open plans not asked about yet (to answer early), and when the first is asked."""
        from coach.errors import CoachError
        from coach.plan_time import asked_words
        from coach.plans import ahead_for_checkin

        journal = self.app.journal
        if journal is None:
            return [], ""
        now = self.app.clock()
        try:
            ahead = ahead_for_checkin(journal.plans(), now)
            companies = journal.companies_of({plan.entry_id for plan in ahead}) if ahead else {}
        except CoachError:
            return [], ""
        if not ahead:
            return [], ""
        asks = asked_words(ahead[0].asked_from, now.date())
        return [(plan, companies.get(plan.entry_id, "")) for plan in ahead], asks

    def _nothing_waiting(self) -> str:
        from coach.errors import CoachError
        from coach.plan_insights import nothing_waiting

        try:
            journal = self.app.journal
            if journal is not None and journal.plans_table_shape() is not None:
                # Not "none waiting": none could be read (home says how to mend it).
                return "Your plans could not be read; home says how to mend them."
            plans = journal.plans() if journal is not None else []
        except CoachError:
            plans = []
        return nothing_waiting(plans, self.app.clock())

    def check_in(
        self,
        then: Callable[[], None] | None = None,
        *,
        quiet: bool = True,
        due: list[tuple[Plan, str]] | None = None,
    ) -> None:
        """Show the plans whose day has come, if any; then carry on with `then`.

        due: worked out already (in a thread); else read from the journal now.
        """
        from screens.home.checkin import CheckInScreen

        if any(isinstance(screen, CheckInScreen) for screen in self.app.screen_stack):
            # One is open already (the one coach put off, opened as the palette closed):
            # a second behind it would come back after Esc, which means "not now" (fz28).
            if then is not None:
                then()
            return
        due = self.due_plans() if due is None else due
        asks = ""
        if not due and not quiet:
            # Asked for from the palette with none due: a plan done early (an evening
            # plan that very night) may be answered now; coach's own asking is unchanged.
            due, asks = self._ahead()
        left = self._typed_days([plan for plan, _ in due])
        typed = {plan_id: str(days[0]["typed"]) for plan_id, days in left.items()}
        if not due:
            if not quiet:
                self.app.notify(self._nothing_waiting())
                # Another coach may have answered what home still says waits (rv34 #6).
                self.show_plans_line()
            if then is not None:
                then()
            return
        # Two days left for one plan (two coaches stopped): both shown, which is which.
        both = {plan_id: days for plan_id, days in left.items() if len(days) > 1}
        if both:
            self.app.notify(
                "Two coaches that stopped each left a day typed for a plan: the last "
                "typed is in its field, the other named under it.",
                timeout=8,
            )
        elif typed:
            self.app.notify(
                "The day you typed for a plan earlier is back in its field: "
                "press Enter to move the plan to it.",
                timeout=8,
            )

        def answered(_: None) -> None:
            self.show_plans_line()  # a plan just done shows on home at once
            # What is left typed for the plans not answered waits for next time; none, nothing.
            self._typed_days([plan for plan, _ in due])
            if screen.typed_for_home:
                from screens.dialogs.early_keys import typed_again

                # Typed on home before the check-in showed: home's, ahead of any typed
                # since; the check-in (and what follows it) waits for home again.
                self.app.keys.type_first(typed_again(screen.typed_for_home))
                self.put_off()
                return
            if then is not None:
                then()

        behind = self.plans_line(asking=True)
        if behind is not None:
            # Home under the check-in would say a plan waits, and how to reach it.
            self.show_plans_line(behind)
        screen = CheckInScreen(due, self.app.clock().date(), typed, asks, self._aside(due), both)
        # Unasked for, it steps aside for keys typed on home before it showed (rv51 D1).
        screen.steps_aside = quiet
        self.shown += 1
        self.app.push_screen(screen, callback=answered)

    def _typed_days(self, due: list[Plan]) -> dict[str, list[dict[str, Any]]]:
        """Days typed for "not yet" and not saved (this run or stopped coaches'), for plans due.

        Each plan's days, the one for its field first: two stopped coaches may each
        have left one. A day typed for a plan that is no longer open (answered
        elsewhere), or that has moved since from the day it was typed for, is
        dropped; one typed for a plan asked early from the palette waits for it.
        """
        from screens.home.checkin_typing import CHECKIN_KEY, CHECKIN_META, days_for, fresh

        store = self.typing.unsaved
        record = store.get(CHECKIN_KEY) if store is not None else None
        if store is None or record is None:
            return {}
        values = record.get("values") or {}
        days = self._open_days(values) | {plan.id: plan.due for plan in due}
        kept = {k: fresh(v, days[k]) for k, v in values.items() if k in days}
        kept = {k: v for k, v in kept.items() if v is not None}
        if kept != values or not kept:
            if kept:
                store.put(CHECKIN_KEY, kept, **CHECKIN_META)
            else:
                store.forget(CHECKIN_KEY)
            self.typing.flush_unsaved()
        shown = {plan.id: plan.due for plan in due if plan.id in kept}
        return {k: days_for(kept[k], day) for k, day in shown.items()}

    def _aside(self, due: list[tuple[Plan, str]]) -> dict[str, object]:
        """Days held typed for plans this check-in does not ask about, kept with its own."""
        from screens.home.checkin_typing import CHECKIN_KEY

        record = self.typing.unsaved.get(CHECKIN_KEY) if self.typing.unsaved else None
        asked = {plan.id for plan, _ in due}
        held = (record or {}).get("values") or {}
        return {key: value for key, value in held.items() if key not in asked}

    def _open_days(self, among: dict[str, object]) -> dict[str, date]:
        """The day of each of these plans still open (none when the journal cannot say)."""
        from coach.errors import CoachError
        from coach.plans import PlanStatus

        if self.app.journal is None or not among:
            return {}
        try:
            plans = self.app.journal.plans()
        except CoachError:
            return {}
        return {p.id: p.due for p in plans if p.id in among and p.status is PlanStatus.OPEN}

    def decided(self, message: CheckInScreen.Decided) -> None:
        """Save the answer to a plan at once (a quit straight after waits for that save)."""
        from coach.dates import day_label, describe_day
        from coach.plan_cue_day import stale_words_note
        from coach.plans import let_go, mark_done, move_to

        if self.app.journal is None:
            return
        if message.answer == "undo":
            self.undo(message)
            return
        today = self.app.clock().date()
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
            shown = message.checkin.today
            if shown != today:
                # Past midnight since it opened: the words were read against the day the
                # person saw, and the new day is named, not called "today" (rv19).
                outcome = (
                    f"Moved to {day_label(due)}, {describe_day(due, shown)} as it was when "
                    f"you chose it; the date has turned since, so that is "
                    f"{describe_day(due, today)} now. No rush."
                )
            outcome += stale_words_note(plan, due)
        checkin = message.checkin

        def failed(error: CoachError) -> None:
            from coach.journal_plans import PlanAnsweredElsewhere, answered_elsewhere_text

            if isinstance(error, PlanAnsweredElsewhere):
                # Said in the row, which now holds that answer to keep or change.
                said = answered_elsewhere_text(error.stored, today, plan)
                checkin.answered_elsewhere(error.stored, said, today)
                return
            self.app.notify(str(error), severity="error", timeout=10, markup=False)
            checkin.not_saved(plan.id)

        # The journal's one save path: another coach's lock is waited for off the UI
        # thread. An answer is saved only over the plan as shown (see save_plan).
        def done(saved: Plan) -> None:
            checkin.settled(plan.id, outcome, saved, today)

        self.saves.save_plan_soon(updated, done, failed)

    def undo(self, message: CheckInScreen.Decided) -> None:
        """Save a plan as it was before its answer, over that answer (the check-in's ctrl+z)."""
        from coach.plans import reopen

        if self.app.journal is None:
            return
        checkin = message.checkin
        before = message.plan
        if message.answered is None:
            return

        answered = message.answered

        def failed(error: CoachError) -> None:
            # Another coach answered it since, or the save failed: said, and left as it is,
            # with the undo back on the stack so ctrl+z can try it again.
            self.app.notify(str(error), severity="error", timeout=10, markup=False)
            if checkin.is_attached:
                checkin.undoable.append((before, answered))
                checkin.refresh_bindings()

        def done(saved: Plan) -> None:
            if checkin.is_attached:
                checkin.run_worker(checkin.reopened(before), group="checkin-undo")
            drop_toasts(self.app, ("answered", before.id))  # acted on
            # Not "asked about again": one answered early is asked only once its time comes.
            said = "Taken back: the plan is open again, as it was."
            toast(self.app, ("undone", before.id), said, title="Undone")

        self.saves.save_plan_soon(reopen(before, answered), done, failed)
