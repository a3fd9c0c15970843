"""What the walk says, and keeps, when its plan cannot be saved (a damaged plans table)."""

from __future__ import annotations

from coach.dates import day_label
from coach.plans import Plan, plan_sentence

# The start of the line kept in the entry's notes: found again, it is not added twice.
NOT_SAVED_MARK = "Plan not saved"


def plans_closed_note(shape: str) -> str:
    """The close step's words, before any typing, while the plans table is damaged."""
    return (
        f"Plans cannot be kept right now: the journal's plans table is {shape}, not the "
        "set of plans coach keeps. To save this entry now, pick “No plan this time”. "
        "To keep your plan, quit (ctrl+q) and run `coach repair`: this walk is kept as "
        "it is and offered again when coach starts, plan and all."
    )


def refused_plan_line(plan: Plan) -> str:
    """The plan as one line for the entry's notes, to make it again later."""
    sentence = plan_sentence(plan.when, plan.then)
    return f"{NOT_SAVED_MARK} (make it again): {sentence} By {day_label(plan.due)}."


def with_refused_plan(notes: str, line: str) -> str:
    """The notes with the refused plan's line added once at the end."""
    if line in notes:
        return notes
    return f"{notes.rstrip()}\n\n{line}" if notes.strip() else line


def plan_not_saved(reason: str, line: str) -> str:
    """The toast when the entry was saved and its plan was not: each said as it is."""
    return (
        f"Your entry is saved; your plan is not. {reason} The plan is kept in the "
        f"entry's notes, to make it again: “{line}”"
    )


def plan_kept_in_walk(reason: str, line: str) -> str:
    """The toast when neither the plan nor the entry's notes could take it: the walk keeps it."""
    return (
        f"Your entry is saved; your plan is not, and it could not be put in the entry's "
        f"notes either. {reason} This walk is kept with your plan: coach offers it again "
        f"when you start a new entry or when coach next starts. Your plan: “{line}”"
    )
