"""A value too deep to write outside entries and plans: put back as text, else set aside.

closing23: a hand edit nesting a value hundreds of lists deep in the details,
coach's bookkeeping or a table of its own made every save fail, and `coach
repair` only named it. It is mended as an entry's is: where coach reads the
field as text its words go back as text; elsewhere the value is left out of
the journal and stays only in the copy kept aside (KEEP IT), and it is said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from coach.journal_records import ENTRIES, META_TABLE, PLANS, PROFILE
from coach.repair_put_back import texts_of
from coach.storage import STORAGE_TABLE

# The fields of the person's details that coach reads as text, each a single line.
_PROFILE_TEXT = ("name", "linkedin_url", "phone")
# rv48: one of them longer than this is a nest's dump (a 1,220-character name), not
# what a person typed there; it is kept aside rather than signing every reply.
_PLAUSIBLE = 200
# Coach's own bookkeeping, which it writes afresh (the schema, the log's generation):
# rv48 was asked to put a deep `_meta.schema` back by hand, a number coach had restored.
_COACHS_OWN = {(META_TABLE, "schema"), (STORAGE_TABLE, "generation")}


@dataclass
class DeepMend:
    """What a repair did with values too deep to write outside entries and plans."""

    # Fields whose words went back as text: '"name" of your details'.
    put_back: list[str] = field(default_factory=list)
    # Values left out of the journal, with words only in the copy kept aside.
    aside: list[str] = field(default_factory=list)
    # Values left out that held no words: nothing of them to keep.
    emptied: list[str] = field(default_factory=list)
    # Coach's own bookkeeping left out: coach writes it again, nothing of the person's.
    own: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything was mended, so the journal must be written again."""
        return bool(self.put_back or self.aside or self.emptied or self.own)


def writable(value: Any) -> bool:
    """Whether a value can be written where a record's field sits in the journal."""
    try:
        orjson.dumps({"": {"": {"": value}}})
    except (TypeError, RecursionError):
        return False
    return True


def mend_deep_elsewhere(data: dict[str, Any]) -> tuple[dict[str, Any], DeepMend]:
    """The journal with each too-deep value outside entries and plans mended, and how.

    Entries and plans are left to repair_listed, which mends theirs with the backup.
    """
    done = DeepMend()
    mended = dict(data)
    for name, table in data.items():
        if name in (ENTRIES, PLANS):
            continue
        if not isinstance(table, dict):
            if not writable(table):
                del mended[name]
                _left_out(done, f'the table "{name}"', table)
            continue
        rows = dict(table)
        for key, record in table.items():
            if not isinstance(record, dict):
                if not writable(record):
                    del rows[key]
                    _left_out(done, f'record "{key}" in "{name}"', record)
                continue
            fixed = dict(record)
            for field_name, value in record.items():
                if writable(value):
                    continue
                where = _where(name, key, field_name)
                text = typed_words(value) if name == PROFILE else ""
                if field_name in _PROFILE_TEXT and 0 < len(text) <= _PLAUSIBLE:
                    fixed[field_name] = text
                    done.put_back.append(where)
                elif (name, field_name) in _COACHS_OWN:
                    # The one number the nest holds is the value (the schema, the generation);
                    # any other is read as none, as a value of the wrong kind already is.
                    leaves = _leaves(value)
                    number = leaves[0] if len(leaves) == 1 else None
                    if isinstance(number, int) and not isinstance(number, bool):
                        fixed[field_name] = number
                    else:
                        del fixed[field_name]
                    done.own.append(where)
                else:
                    del fixed[field_name]
                    _left_out(done, where, value)
            rows[key] = fixed
        mended[name] = rows
    return (mended, done) if done.changed else (data, done)


def typed_words(value: Any) -> str:
    """The words a person typed in a nest, on one line: its strings and numbers, never its keys.

    rv48: a name nested in 600 objects keyed "a" came back as "a a a … a: Ana".
    """
    found = [item if isinstance(item, str) else str(item) for item in _leaves(value)]
    return " ".join(" ".join(found).split())


def _leaves(value: Any) -> list[Any]:
    """The strings and numbers a nest holds, in order, without the keys of its objects."""
    found: list[Any] = []
    stack = [value]  # walked without recursion: the nest is too deep for it
    while stack:
        item = stack.pop()
        if isinstance(item, str) or (isinstance(item, int | float) and not isinstance(item, bool)):
            found.append(item)
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
    return found


def _where(table: str, key: str, field_name: str) -> str:
    """A field as a person finds it in the journal (the save's error names it the same)."""
    return f'"{field_name}" of record "{key}" in "{table}"'


def _left_out(done: DeepMend, where: str, value: Any) -> None:
    """A value left out of the journal: kept aside when it held words, else only said."""
    (done.aside if texts_of(value) else done.emptied).append(where)


def deep_note(done: DeepMend, journal_name: str) -> str:
    """What the repair did with values too deep outside entries and plans, for the person."""
    said = []
    if done.put_back:
        said.append(
            f"{_some(done.put_back)} held words nested deeper than coach can write back, so "
            "no save could land: they are put back there as text, on one line."
        )
    if done.aside:
        one = len(done.aside) == 1
        said.append(
            f"{_some(done.aside)} held {'a value' if one else 'values'} nested deeper than "
            "coach can write back, so no save could land, in a place coach does not read as "
            f"text: {'it is' if one else 'they are'} left out of {journal_name}, and "
            f"{'its' if one else 'their'} words are only in the copy kept aside (the file "
            "named above, marked KEEP IT below): search it for the name, and put back by "
            "hand what you want."
        )
    if done.emptied:
        said.append(
            f"{_some(done.emptied)} held nothing but lists nested deeper than coach can write "
            "back: left out, with no words lost."
        )
    if done.own:
        said.append(
            f"{_some(done.own)} held coach's own bookkeeping nested deeper than it can write "
            "back: coach mended it (the one number it held, else left out to be written "
            "afresh), with no words of yours lost."
        )
    return " ".join(said)


def _some(places: list[str]) -> str:
    """The first few places, then how many more."""
    shown = "; ".join(places[:3])
    more = f"; and {len(places) - 3} more" if len(places) > 3 else ""
    return (shown + more)[:1].upper() + (shown + more)[1:]
