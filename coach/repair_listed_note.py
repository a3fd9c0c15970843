"""What `coach repair` says of a table that was a list: kept, mended, listed twice, unmended."""

from __future__ import annotations

from coach.journal_records import PLANS
from coach.repair_described import count_records
from coach.repair_listed import Listed


def listed_note(listed: Listed, journal_name: str) -> str:
    """What `coach repair` did with a table that was a list, for the person to read."""
    kind = "plans" if listed.table == PLANS else "entries"
    if listed.was_list and not listed.records and not listed.others:
        # rv40 D4: coach never saves an empty list, so it is no way of deleting them all.
        return (
            f"The journal's {kind} table was an empty list, not the table coach keeps. Coach "
            f"never saves one, so the backup's {kind} (if it holds any) are put back, below; "
            f"delete again in coach any you meant to remove."
        )
    said = f"The journal's {kind} table was a list, not the table coach keeps"
    if not listed.was_list and (listed.unread or listed.mended or listed.twice or listed.noted):
        said = f"The journal's {kind} table held records coach could not read or tell apart."
    elif not listed.was_list and (listed.others or listed.empties):
        said = f"The journal's {kind} table held items that are no record."
    elif not listed.was_list:
        said = f"The journal's {kind} table needed mending."
    elif listed.read:
        said += (
            f": {count_records(listed.read)} in it {'is' if listed.read == 1 else 'are'} put "
            f"back in a table as the damaged file held {'it' if listed.read == 1 else 'them'} "
            f"({_against_backup(listed)})."
        )
    else:
        said += "; it is a table again."
    if listed.mended:
        one = len(listed.mended) == 1
        said += (
            f" {count_records(len(listed.mended))} in it did not read for a field the edit "
            f"lost or broke: {'that field takes' if one else 'those fields take'} the "
            "backup's value, and the rest is kept as the damaged file held it: "
            f"{_some(listed.mended)}."
        )
    if listed.put_back:
        one = len(listed.put_back) == 1
        said += (
            f" {count_records(len(listed.put_back))} in it held words where coach keeps text "
            f"as a list or a number: {'they are' if one else 'each is'} put back there as "
            "text (a list's items one a line, or joined in a plan's words): "
            f"{_some(listed.put_back)}."
        )
    if listed.noted:
        one = len(listed.noted) == 1
        said += (
            f" {count_records(len(listed.noted))} in it held words in a field that cannot "
            f"hold them (a mood, a day): they are added to {'its' if one else 'each one’s'} "
            f"notes, which say so: {_some(listed.noted)}."
        )
    if listed.emptied:
        one = len(listed.emptied) == 1
        said += (
            f" {count_records(len(listed.emptied))} in it did not read for a field the edit "
            f"broke, and no copy that reads holds {'it' if one else 'them'}: that field is "
            f"left empty now: {_some(listed.emptied)}."
        )
    if listed.twice:
        one = len(listed.twice) == 1
        said += (
            f" {count_records(len(listed.twice))} in it {'was' if one else 'were'} listed "
            f"twice under one id; the copy that reads is kept once: {_some(listed.twice)}."
        )
    if listed.given:
        one = len(listed.given) == 1
        it, them = ("it", "it") if one else ("each", "them")
        said += (
            f" {count_records(len(listed.given))} in it had no id (read so, {it} got a new "
            f"one every time, and `coach show` could not find {them}): "
            f"{'it has' if one else 'each has'} one that stays now: {_some(listed.given)}."
        )
    if listed.unread:
        one = len(listed.unread) == 1
        search = (
            "the words named here" if listed.unread_without_id else ("the id" if one else "the ids")
        )
        said += (
            f" {count_records(len(listed.unread))} in it {'does' if one else 'do'} not read, "
            f"and {no_copy(listed)}: {_some(listed.unread)}. "
            f"{'It is' if one else 'They are'} kept as {'it is' if one else 'they are'}, "
            "where coach cannot use "
            f"{'it' if one else 'them'}: with coach closed, put back what is missing in "
            f"{journal_name} with a text editor (search for {search})."
        )
    if listed.too_deep:
        one = len(listed.too_deep) == 1
        said += (
            f" {count_records(len(listed.too_deep))} in it held a value nested deeper than "
            f"coach can write back, so no save could land: {_some(listed.too_deep)}. "
            f"{'That value is' if one else 'Those values are'} left out of the journal (the "
            "backup's, where it holds one that can be written), and kept only in the copy "
            "kept aside."
        )
    if listed.differs:
        said += (
            f" The damaged file held other values in {count_records(len(listed.differs))} "
            f"that did not read: {_some(listed.differs)}. Those values are only in the copy "
            "kept aside (the damaged file named above, marked KEEP IT below): search it for "
            "them, and put back by hand what you want."
        )
    shape = "list" if listed.was_list else "table"
    if listed.others:
        items = "1 item" if len(listed.others) == 1 else f"{len(listed.others)} items"
        more = len(listed.others) - 3
        # rv42 D6: "4 items … (5, null, "call Ana back")" named 3 of the 4.
        shown = ", ".join(listed.others[:3]) + (f", and {more} more" if more > 0 else "")
        said += (
            f" {items} of the {shape} {'is' if len(listed.others) == 1 else 'are'} no record "
            f"({shown}): still in the copy kept aside, to mend by hand."
        )
    if listed.empties:
        count = len(listed.empties)
        items = "1 empty item" if count == 1 else f"{count} empty items"
        are = "is" if count == 1 else "are"
        written = ", ".join(sorted(set(listed.empties)))
        said += (
            f" {items} ({written}) of the {shape} held nothing, and {are} left out; the "
            f"backup's {kind} the {shape} lacks (if it holds any) are put back, below: delete "
            "again in coach any you meant to remove."
        )
    return said


def no_copy(listed: Listed) -> str:
    """Why no copy of a record came from the backup (rv40 D8: "holds no copy" with none)."""
    if listed.backup == "none":
        return "there is no backup to take a copy from"
    if listed.backup == "unread":
        return "the backup could not be read either"
    return "the backup holds no copy that does"


def _some(said: list[str]) -> str:
    """The first three, and how many more."""
    more = "" if len(said) <= 3 else f"; and {len(said) - 3} more"
    return "; ".join(said[:3]) + more


def _against_backup(listed: Listed) -> str:
    """How the records kept stand to the backup: newer than its copies, the same, or not in it.

    rv40 D13: "newer than the backup's" was said of records the same as the backup's.
    """
    if listed.backup != "read":
        return "there is no backup to compare them with"
    newer = listed.in_backup - listed.same
    new = listed.read - listed.in_backup
    parts = [
        (newer, "newer than the backup's"),
        (listed.same, "the same as the backup's"),
        (new, "not in the backup"),
    ]
    said = [(count, words) for count, words in parts if count]
    if len(said) == 1:
        return said[0][1]
    return ", ".join(f"{count} {words}" for count, words in said)
