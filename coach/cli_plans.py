"""CLI commands on the if-then plans: list them, answer, reopen or edit one."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime
from typing import TYPE_CHECKING, TextIO

from coach.cli_journal import _index_in_step
from coach.cli_unlocking import open_existing_journal
from coach.errors import CoachError
from coach.journal import Journal
from coach.journal_records import ENTRIES, PLANS
from coach.paths import Locations

if TYPE_CHECKING:
    from coach.plans import Plan

# Said under a plan whose entry was deleted by hand or never came with an import.
ENTRY_GONE = "(its entry is not in the journal; the plan is kept on its own)"


def cmd_plans(args: argparse.Namespace, places: Locations, out: TextIO) -> int:
    """List the if-then plans, or mark one done or let go."""
    from coach.plan_record import plan_to_record
    from coach.plans import PlanStatus, format_plan_line, sort_plans

    journal = open_existing_journal(places)
    today = date.today()
    if getattr(args, "plan_action", None) == "edit":
        return _edit_plan(journal, args, today, out)
    if getattr(args, "plan_action", None):
        return _change_plan(journal, args.plan_action, args.id, today, out)
    plans = sort_plans(journal.plans())
    if not args.all:
        plans = [plan for plan in plans if plan.status is PlanStatus.OPEN]
    # The whole table a list: said with `coach repair`, not as "no plans yet" (rv40 D9).
    shape = journal.plans_table_shape() if journal.unreadable_plans else None
    if shape is not None:
        from coach.unreadable_advice import plans_table_advice

        entries_read = journal.table_shape(ENTRIES) is None
        print(f"coach: {plans_table_advice(shape, entries_read)}", file=sys.stderr)
    for problem in journal.unreadable_plans:
        if shape is None or not problem.startswith(f"the {PLANS!r} table"):
            print(f"coach: could not read {problem}; it is left as it is", file=sys.stderr)
    found = journal.companies_of({plan.entry_id for plan in plans})
    if args.json:
        # A script sees the same note the text listing gives under an orphaned plan.
        records = [
            plan_to_record(plan) | {"entry_missing": plan.entry_id not in found} for plan in plans
        ]
        out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not plans and shape is not None:
        return 1  # not "no plans yet": they could not be read, said above with the way out
    if not plans:
        print(
            "No open plans. Plans made at the end of a walk show here."
            if not args.all
            else "No plans yet. The close step of a walk offers a few.",
            file=out,
        )
        return 0
    lines = [
        format_plan_line(plan, today) + ("" if plan.entry_id in found else f"\n    {ENTRY_GONE}")
        for plan in plans
    ]
    out.write("\n".join(lines) + "\n")
    return 0


def _change_plan(journal: Journal, action: str, plan_id: str, today: date, out: TextIO) -> int:
    from coach.dates import describe_day
    from coach.plans import PlanStatus, let_go, mark_done, open_again

    plan = journal.get_plan(plan_id)
    if action == "reopen":
        if plan.status is PlanStatus.OPEN:
            print(f"That plan is open already; nothing changed: {plan.text}", file=out)
            return 0
        journal.save_plan(open_again(plan))
        when = "from today" if plan.due <= today else f"on {describe_day(plan.due, today)}"
        print(f"Open again: {plan.text} The check-in asks about it {when}.", file=out)
        _index_in_step(journal)
        return 0
    if plan.status is not PlanStatus.OPEN:
        state = "done" if plan.status is PlanStatus.DONE else "let go"
        print(f"That plan is already {state}; nothing changed: {plan.text}", file=out)
        return 0
    if action == "done":
        journal.save_plan(mark_done(plan, today))
        print(f"Done: {plan.text} Well done for following through.", file=out)
    else:
        journal.save_plan(let_go(plan, today))
        print(f"Let go: {plan.text} It will not come up again.", file=out)
    _index_in_step(journal)  # the save may have folded the log into a new file
    return 0


def _edit_plan(journal: Journal, args: argparse.Namespace, today: date, out: TextIO) -> int:
    """`coach plans edit ID`: new wording or a new day, refused as the walk refuses them."""
    from coach.dates import DateInputError, describe_day, parse_due
    from coach.plan_cue import clock_note
    from coach.plan_time import asked_note
    from coach.plans import PlanError, PlanStatus, edit_plan, split_sentence

    if args.text is not None and (args.when is not None or args.then is not None):
        raise CoachError("Give --text, or --when and --then, not both.")
    if args.text is None and args.when is None and args.then is None and args.on is None:
        raise CoachError("Say what to change: --text (or --when, --then) and/or --on DAY.")
    if args.on is not None and not args.on.strip():
        raise CoachError("Give --on a day: 2026-12-05, saturday, in 3 days … Nothing changed.")
    plan = journal.get_plan(args.id)
    now = datetime.now()
    if args.on is not None and plan.status is not PlanStatus.OPEN:
        state = "done" if plan.status is PlanStatus.DONE else "let go"
        raise CoachError(
            f"That plan is {state}, so it has no day to move; `coach plans reopen "
            f"{plan.id}` first. Nothing changed."
        )
    when, then = plan.when, plan.then
    # As the app's fields take them: a control character typed or pasted never gets in.
    text, when_given, then_given = (_typed(args.text), _typed(args.when), _typed(args.then))
    try:
        if text is not None:
            when, then = split_sentence(text)
        when = when_given if when_given is not None else when
        then = then_given if then_given is not None else then
        due = plan.due if args.on is None else parse_due(args.on, today)
        edited = edit_plan(plan, when, then, due, now)
    except (DateInputError, PlanError) as error:
        raise CoachError(f"{error} Nothing changed.") from None
    if (edited.when, edited.then, edited.due) == (plan.when, plan.then, plan.due):
        print(f"That is how the plan stands already; nothing changed: {plan.text}", file=out)
        return 0
    saved = journal.save_plan(edited)
    step = _step_follows(journal, plan, saved)
    day = ""
    if saved.status is PlanStatus.OPEN:
        # When coach will ask, as "Change plan…" says it.
        day = f" For {describe_day(saved.due, today)}; {asked_note(saved.asked_from, now)}."
    # As the walk and "Change plan…" say it: "at 7:30" was read as the evening.
    how = f"with `coach plans edit {saved.id} --when …`"
    read = clock_note(saved.when, how) if saved.status is PlanStatus.OPEN else ""
    print(f"Changed: {saved.text}{day}" + (f" {read}" if read else "") + step, file=out)
    _index_in_step(journal)
    return 0


def _step_follows(journal: Journal, old: Plan, new: Plan) -> str:
    """The entry's "Next step" takes the plan's new words, as "Change plan…" does; said so."""
    from coach.plan_next_step import follow_in_entry

    try:
        followed = follow_in_entry(journal, old, new)
    except CoachError as error:
        # The plan is saved: say why its entry still quotes the old words.
        return f" The entry's “Next step” still quotes the plan as it was: {error}"
    return " The entry's “Next step” now says the same." if followed else ""


def _typed(words: str | None) -> str | None:
    """Words given on the command line, their control characters and escapes left out."""
    from coach.terminal_text import without_controls

    # A line end too: a plan's halves are one line each, as in the app. Any run of
    # whitespace is one space, as the app shows it and the ask day is read (rv38: a
    # tab between "9" and "pm" left "pm" unread).
    return None if words is None else " ".join(without_controls(words)[0].split())
