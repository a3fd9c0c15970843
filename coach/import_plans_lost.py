"""Plans an import leaves out: their entry is nowhere, or was itself left out of the import."""

from __future__ import annotations

from collections.abc import Iterable

from coach.model import Entry
from coach.plans import Plan
from coach.wording import counted


def plans_with_entries(
    plans: list[Plan], known: set[str], aside: Iterable[Entry], notes: list[str], *, rest: bool
) -> list[Plan]:
    """The plans whose entry is `known` (in these files or the journal); the others in notes.

    A plan whose entry is nowhere would never show on an entry, and its
    company would read as empty. It is left out rather than refusing the
    whole file: a journal that lost an entry but kept its plans (a delete
    before coach took plans with it) exports them, and that export must
    still bring the entries in. A plan whose entry is `aside` (in the file,
    left out for its long company) is said to wait for that entry instead
    (rv23: it was said to be "deleted earlier").
    """
    missing = {plan.entry_id for plan in plans} - known
    if not missing:
        return plans
    left_aside = {entry.id for entry in aside} & missing
    with_entry = sorted(plan.id for plan in plans if plan.entry_id in left_aside)
    lost = sorted(plan.id for plan in plans if plan.entry_id in missing - left_aside)
    kept = [plan for plan in plans if plan.entry_id not in missing]
    if with_entry:
        notes.append(_with_entry_note(with_entry))
    if lost:
        notes.append(_left_out_note(lost, rest=rest or bool(kept)))
    return kept


def _shown(ids: list[str]) -> str:
    return ", ".join(ids[:5]) + (", …" if len(ids) > 5 else "")


def _with_entry_note(plan_ids: list[str]) -> str:
    """Plans left out with their entry, whose company was too long: they come in with it."""
    one = len(plan_ids) == 1
    return (
        f"{counted(len(plan_ids), 'plan')} ({_shown(plan_ids)}) {'was' if one else 'were'} "
        f"left out with {'its entry' if one else 'their entries'} (company name too long); "
        f"{'it comes' if one else 'they come'} in when you import the shortened file."
    )


def _left_out_note(lost: list[str], *, rest: bool) -> str:
    """Which plans were left out for want of their entry, and whether anything went in."""
    one = len(lost) == 1
    return (
        f"{counted(len(lost), 'plan')} ({_shown(lost)}) {'was' if one else 'were'} "
        f"left out: {'its' if one else 'their'} entry is neither in these files "
        "nor in the journal (deleted earlier). "
        + ("The rest was imported." if rest else "Nothing was imported.")
    )
