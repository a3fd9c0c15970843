"""What to do about an entry coach cannot read: mend the field named, by hand."""

from __future__ import annotations

from pathlib import Path

# How a record that is no record at all (null, text) is said (records.py, plan_record.py):
# it has no field nor id to search for.
NO_RECORD = "fields should be here"


def mend_by_hand(
    journal: Path, sealed: bool, count: int = 1, problems: list[str] | None = None
) -> str:
    """How to see such entries again: by hand, or `coach repair` where the backup can mend them.

    problems: what was said of them; when none is a record at all (null, text),
    there is no field nor id to search for, and repair is the way (rv43 D2).
    """
    fields, them, ids = ("field", "it", "id") if count == 1 else ("fields", "them", "ids")
    if problems and all(NO_RECORD in problem for problem in problems):
        return (
            f"With coach closed, run `coach repair`: it keeps a copy of {journal.name}, leaves "
            f"out what holds no {'record' if count == 1 else 'records'}, keeping any words "
            "there, and puts back the backup's copy where it holds one."
        )
    if sealed:
        return (
            f"{journal.name} is encrypted, so it cannot be mended in a text editor as it is: "
            f"with coach closed, run `coach decrypt`, mend the {fields} named in "
            f"{journal}, then `coach encrypt` again."
        )
    # rv40 D16: repair now mends such a record from the backup, when it holds one that reads.
    return (
        f"To see {them} again, close coach and mend the {fields} named in {journal} with a "
        f"text editor (search for the {ids}); coach keeps each record as it is until then. "
        f"`coach repair` mends {them} from the backup instead, where the backup holds a "
        "copy that reads."
    )


def entries_table_advice(shape: str, leave: str = "quit coach") -> str:
    """The words when the whole entries table is damaged: not "empty"; `coach repair` (rv40 D9)."""
    return (
        f"Your entries could not be read: the journal's entries table is {shape}, not the "
        "set of entries coach keeps, so coach shows none (the journal is not empty). To "
        f"mend it, {leave} and run `coach repair`: it keeps the damaged file aside, puts "
        "back in their table the entries it can read there, and takes the others from the "
        "backup where it has them."
    )


def plans_table_advice(shape: str, entries_read: bool = True) -> str:
    """Home's words when the whole plans table is damaged: what it means, and `coach repair`.

    entries_read: False when the entries table is damaged too, and no entry saves
    (fz31: "Your entries still save" was said then too).
    """
    saves = (
        "Your entries still save, and a save leaves the plans table and the backup as they are."
        if entries_read
        else "The entries table is damaged too, so no entry saves either until then."
    )
    return (
        f"Your plans could not be read: the journal's plans table is {shape}, not the "
        "set of plans coach keeps, so coach cannot ask about a plan or keep a new one. "
        f"{saves} To mend it, quit coach and run `coach repair`: it keeps the damaged "
        "file aside, puts back in their table the plans it can read there, and takes the "
        "others from the backup where it has them."
    )
