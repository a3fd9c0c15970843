"""The if-then plans kept beside the entries: their own table in the same durable file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from typing import Any

from coach.dates import day_label, describe_day
from coach.errors import CoachError
from coach.journal_records import PLANS, key_of, shape_of
from coach.journal_store import JournalStore
from coach.plan_record import plan_from_record, plan_to_record
from coach.plans import Plan, PlanError, PlanStatus, same_answer, sort_plans

# Who else changes a plan: a coach open beside this one, or `coach plans` in a shell.
ELSEWHERE = "Another coach (or a `coach plans` command)"


class PlanNotFound(CoachError):
    """No plan has this id (or a unique id starting with it)."""

    def __init__(self, plan_id: str, *, ambiguous: bool = False) -> None:
        if not plan_id:
            message = "Give a plan id; `coach plans --all` lists them."
        elif ambiguous:
            message = (
                f"More than one plan id starts with {plan_id!r}; type more of it "
                "(`coach plans --all` lists them)."
            )
        else:
            message = f"No plan has the id {plan_id!r}; `coach plans --all` lists them."
        super().__init__(message)


class PlanAnsweredElsewhere(CoachError):
    """Another coach answered this plan since it was shown here; nothing was saved."""

    def __init__(self, stored: Plan, shown: Plan | None = None) -> None:
        # No clock here: the words name days by date; a screen says them against its today.
        super().__init__(answered_elsewhere_text(stored, None, shown))
        self.stored = stored


class PlanEditedElsewhere(CoachError):
    """Another coach reworded this plan since it was shown here; nothing was saved."""

    def __init__(self, stored: Plan) -> None:
        super().__init__(
            f"{ELSEWHERE} already reworded this plan to “{stored.text}”; that wording is "
            "kept. Edit it again to change it."
        )
        self.stored = stored


def answered_elsewhere_text(stored: Plan, today: date | None, shown: Plan | None = None) -> str:
    """What another coach's answer was, and when, as a person reads it.

    today: None names days by date ("on Sat 28 Nov"): the journal keeps no clock,
    and the plan's old day is no stand-in for today (rv37 D5). shown: the plan as
    shown here, to say its words changed too, not only its day (rv37 D4).
    """

    def day(when: date) -> str:
        return f"on {day_label(when)}" if today is None else describe_day(when, today)

    if stored.status is PlanStatus.DONE:
        what = "marked it done"
    elif stored.status is PlanStatus.DROPPED:
        what = "let it go"
    else:
        reworded = shown is not None and (shown.when, shown.then) != (stored.when, stored.then)
        words = f"changed this plan to “{stored.text}” and " if reworded else ""
        to = day(stored.due).removeprefix("on ")
        subject = "it" if reworded else "this plan"
        return f"{ELSEWHERE} already {words}moved {subject} to {to}; that answer is kept."
    when = f" {day(stored.closed_on)}" if stored.closed_on else ""
    return f"{ELSEWHERE} already {what}{when}; that answer is kept."


class JournalPlans(JournalStore):
    """The if-then plans kept beside the entries: their own table, the same durable file.

    A layer of Journal (kept apart so plan changes stay additive to the entry code).
    Like the entries, plans are read and written by key, never through TinyDB's
    Table, so one odd record is reported and skipped and the rest stay as they are.
    """

    unreadable_plans: list[str]

    def _plan_records(self) -> tuple[list[Any], list[str]]:
        """The stored plan records, and what is wrong with the table holding them."""
        if not self._schema_checked:
            # Nothing read yet (a command such as `coach stats`): read the
            # plans a line at a time rather than the whole journal.
            scanned = self._scan_table(PLANS)
            if scanned is not None:
                return scanned, []
        table = self._data().get(PLANS, {})
        if isinstance(table, dict):
            return list(table.values()), []
        return [], [f"the {PLANS!r} table: it is {shape_of(table)}, not an object"]

    def plans_table_shape(self) -> str | None:
        """What the plans table is when it is no object of plans ("a list"); None when it is one.

        Then no plan reads, and none can be saved: home says so, and that `coach repair` mends it.
        """
        table = self._data().get(PLANS, {})
        return None if isinstance(table, dict) else shape_of(table)

    def read_plans(self) -> tuple[list[Plan], list[str]]:
        """Every plan that can be read, and why each of the others cannot.

        Built afresh for each caller, so home reading it in a thread and the
        check-in reading it at once do not share a list (rv35).
        """
        records, unreadable = self._plan_records()
        plans = []
        for record in records:
            try:
                plans.append(plan_from_record(record))
            except PlanError as error:
                label = record.get("id") if isinstance(record, dict) else None
                unreadable.append(f"plan {label or 'without an id'}: {error}")
        return plans, unreadable

    def plans(self) -> list[Plan]:
        """Every plan that can be read; the others are noted in `unreadable_plans`."""
        plans, self.unreadable_plans = self.read_plans()
        return plans

    def plans_for(self, entry_id: str) -> list[Plan]:
        """The readable plans made from one entry: open ones by day, then the closed ones."""
        return sort_plans(plan for plan in self.plans() if plan.entry_id == entry_id)

    def get_plan(self, plan_id: str) -> Plan:
        """The plan with this id, or with a unique id starting with it."""
        plan_id = plan_id.strip()
        records = [r for r in self._plan_records()[0] if isinstance(r, dict)]
        hits = [r for r in records if str(r.get("id", "")) == plan_id]
        if not hits and plan_id:
            hits = [r for r in records if str(r.get("id", "")).startswith(plan_id)]
        if len(hits) != 1 or not plan_id:
            raise PlanNotFound(plan_id, ambiguous=len(hits) > 1)
        try:
            return plan_from_record(hits[0])
        except PlanError as error:
            raise CoachError(
                f"The plan {plan_id!r} cannot be read ({error}). It is left as it is."
            ) from None

    def save_plan(self, plan: Plan) -> Plan:
        """Save a plan: replace the one with its id, or add it.

        An answer to a plan (plan.answers set) is saved only over the plan as
        it was asked about: two coaches may show the same due plan, and the
        second answer must never silently replace the first. Then
        PlanAnsweredElsewhere is raised and nothing is saved.
        """
        with self._transaction():
            data = self._data()
            table = self._writable_table(data, PLANS)
            plan = self._over_the_one_shown(table, plan)
            key = key_of(table, plan.id) or self._free_key(PLANS, data.get(PLANS), table)
            table[key] = plan_to_record(plan)
            self._write(data, **{PLANS: table})
        return plan

    def _over_the_one_shown(self, table: dict[str, Any], plan: Plan) -> Plan:
        """The plan to write: refused if answered or reworded elsewhere in a way it undoes.

        Wording changed elsewhere and left alone here is kept (an answer, or a
        new day, made from the old wording must not put the old wording back).
        """
        key = key_of(table, plan.id)
        shown = plan.answers
        if shown is None or key is None:
            return plan
        try:
            stored = plan_from_record(table[key])
        except PlanError:
            return plan  # unreadable now: the answer mends it
        if not same_answer(stored, shown):
            raise PlanAnsweredElsewhere(stored, shown)
        if (stored.when, stored.then) == (shown.when, shown.then):
            return plan
        if (plan.when, plan.then) == (shown.when, shown.then):
            # Their new cue counts from when they changed it, unless this changes the day.
            edited = stored.edited_at if plan.edited_at == shown.edited_at else plan.edited_at
            return replace(plan, when=stored.when, then=stored.then, edited_at=edited)
        raise PlanEditedElsewhere(stored)

    def import_plans(self, plans: Iterable[Plan]) -> tuple[list[Plan], list[Plan]]:
        """Add many plans in one save: (added, already here)."""
        self._ensure_schema()
        with self._transaction():
            data = self._data()
            added, skipped, table = self._plans_added(data, plans)
            if added:
                self._write(data, **{PLANS: table})
        return added, skipped

    def _plans_added(
        self, data: dict[str, Any], plans: Iterable[Plan]
    ) -> tuple[list[Plan], list[Plan], dict[str, Any]]:
        """The plans table with the new ones in (not saved): (added, already here, table)."""
        plans = list(plans)
        went_in, table = self._new_plan_records(data, [plan_to_record(p) for p in plans])
        added = [plan for plan, new in zip(plans, went_in, strict=True) if new]
        skipped = [plan for plan, new in zip(plans, went_in, strict=True) if not new]
        return added, skipped, table
