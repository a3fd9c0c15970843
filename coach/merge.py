"""Three-way merge of two edits of one entry: one-sided changes merge, two-sided ones conflict."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol, TypeVar

# Bookkeeping, not something a person edits.
UNMERGED = frozenset({"id", "revision"})

# Added to the company of the other side's version, kept whole when a field clashed.
OTHER_VERSION = " (other version)"


# Shorter forms of the mark for a narrow column, longest first.
_MARKS = (OTHER_VERSION, " (other)", "(other)")


def company_name(company: str) -> str:
    """The company as a reply names it: a clash copy's marker is the journal's, not its name."""
    return company.removesuffix(OTHER_VERSION)


def clip_keeping_mark(
    company: str, width: int, clip: Callable[[str, int], str], size: Callable[[str], int] = len
) -> str:
    """The company cut to width by `clip`; a clash copy's name is cut, never its mark.

    Two versions of one entry differ only in that mark, so a row cut where it
    stands (at 80 columns) showed the two alike.
    """
    name = company.removesuffix(OTHER_VERSION)
    if name == company or size(company) <= width:
        return clip(company, width)
    # The longest mark that leaves the name a few cells; the shortest if none does.
    mark = next((m for m in _MARKS if width - size(m) >= 4), _MARKS[-1])
    room = width - size(mark)
    return clip(name, room) + mark if room > 0 else clip(mark, width)


class _Counted(Protocol):
    company: str
    created_at: datetime
    date: date


CountedEntry = TypeVar("CountedEntry", bound=_Counted)


def counted_once(entries: Sequence[CountedEntry]) -> list[CountedEntry]:
    """The entries as rejections: a clash's other version beside its entry is not a second one.

    The copy keeps the created_at of the entry it was split from (that never
    changes in an edit), and the two differ only in the fields that clashed,
    so the same created_at and the same company or the same day finds its
    entry. A copy whose entry was deleted counts: it is then the only record
    of that rejection.
    """
    by_created: dict[datetime, list[CountedEntry]] = {}
    for entry in entries:
        if not entry.company.endswith(OTHER_VERSION):
            by_created.setdefault(entry.created_at, []).append(entry)

    def beside_its_entry(copy: CountedEntry) -> bool:
        company = copy.company.removesuffix(OTHER_VERSION).casefold()
        return any(
            entry.company.casefold() == company or entry.date == copy.date
            for entry in by_created.get(copy.created_at, [])
        )

    return [e for e in entries if not (e.company.endswith(OTHER_VERSION) and beside_its_entry(e))]


@dataclass
class Merge:
    """The merged record, which fields came from the other side, and which clashed."""

    record: dict[str, Any]
    theirs_taken: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def content_of(record: dict[str, Any]) -> dict[str, Any]:
    """A record without its bookkeeping, for comparing what a person sees."""
    return {k: v for k, v in record.items() if k not in UNMERGED}


def merge_records(
    base: dict[str, Any] | None, mine: dict[str, Any], theirs: dict[str, Any]
) -> Merge:
    """Merge my edit and theirs, both made from base (None: base unknown).

    A field only one side changed takes that side's value; a field both
    changed to different values keeps mine and is named in conflicts.
    Reflections merge per question, as each answer is its own field to a person.
    """
    known = base or {}
    result = Merge(record=dict(mine))
    for name in sorted(set(mine) | set(theirs)):
        if name in UNMERGED:
            continue
        if name == "reflections" and base is not None:
            _merge_answers(known.get(name), mine.get(name), theirs.get(name), result)
            continue
        ours, other = mine.get(name), theirs.get(name)
        if ours == other:
            continue
        was = known.get(name) if base is not None else object()
        if ours == was:
            result.record[name] = other
            result.theirs_taken.append(name)
        elif other != was:
            result.conflicts.append(name)
    return result


def _merge_answers(base: Any, mine: Any, theirs: Any, result: Merge) -> None:
    base = base if isinstance(base, dict) else {}
    mine = mine if isinstance(mine, dict) else {}
    theirs = theirs if isinstance(theirs, dict) else {}
    merged = dict(mine)
    for question in sorted(set(mine) | set(theirs) | set(base)):
        ours, other, was = mine.get(question), theirs.get(question), base.get(question)
        if ours == other:
            continue
        if ours == was:
            if other is None:
                merged.pop(question, None)
            else:
                merged[question] = other
            if "reflections" not in result.theirs_taken:
                result.theirs_taken.append("reflections")
        elif other != was and "reflections" not in result.conflicts:
            result.conflicts.append("reflections")
    result.record["reflections"] = merged
