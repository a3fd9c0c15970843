"""A broken field's words put back into its record as text, so none rests only in a copy aside.

rv43 S3, S5 and fz31's leftover: notes pasted as a list of lines, a salary
typed as a number or a mood written in words were kept aside and quoted
(exit 1); once the terminal scrolled away only a note beside the copy
remembered them. Where the field holds text, its words go back as text;
where it cannot (a mood, a day), an entry's notes take them, saying so.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from coach.journal_records import ENTRIES, PLANS

# The fields coach reads as text, and how the pieces of a list join there: lines in a
# field a person writes at length, one line in a short one (a company, a plan's words).
_LINES = "\n"
_ONE_LINE = " "
TEXT_FIELDS = {
    ENTRIES: {
        "id": _ONE_LINE,
        "company": _ONE_LINE,
        "role": _ONE_LINE,
        "contact": _ONE_LINE,
        "next_step": _ONE_LINE,
        "notes": _LINES,
        "private_note": _LINES,
        "reply_template": _LINES,
        "reply_draft": _LINES,
        "feedback_text": _LINES,
        "email_text": _LINES,
    },
    PLANS: {"id": _ONE_LINE, "entry_id": _ONE_LINE, "when": _ONE_LINE, "then": _ONE_LINE},
}

# What an entry's notes say of words moved there from a field that cannot hold them.
MOVED = "coach repair moved these words here from “{field}”, where coach cannot read them: {words}"


def as_text(value: Any, joiner: str = _LINES) -> str | None:
    """A value put where text belongs, as text: a number's digits, a list's texts joined.

    None when it holds no words (null, true, an empty list): nothing to put back.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    pieces = texts_of(value)
    if not pieces:
        return None
    if joiner == _ONE_LINE:
        return " ".join(" ".join(pieces).split())
    return joiner.join(pieces)


def texts_of(value: Any) -> list[str]:
    """Each text and number a value holds, in order; a table's as "key: value"."""
    found: list[str] = []
    stack = [value]  # walked without recursion: a hand edit can nest a value 1000 deep
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if item.strip():
                found.append(item)
        elif isinstance(item, int | float) and not isinstance(item, bool):
            found.append(str(item))
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            pieces: list[Any] = []
            for key, inner in item.items():
                if isinstance(inner, str | int | float) and not isinstance(inner, bool):
                    pieces.append(f"{key}: {inner}")
                else:
                    pieces += [key, inner]
            stack.extend(reversed(pieces))
    return found


def texts_put_back(table: str, record: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The record with each text field that holds no text given its words as text, and which."""
    fields = TEXT_FIELDS.get(table, {})
    mended = dict(record)
    names = []
    for name, joiner in fields.items():
        value = record.get(name)
        if value is None or isinstance(value, str):
            continue
        if table == PLANS and name not in ("when", "then") and isinstance(value, int | float):
            continue  # a plan's id as a number reads as its digits already
        text = as_text(value, joiner)
        if text is not None:
            mended[name] = text
            names.append(name)
    answers = record.get("reflections") if table == ENTRIES else None
    if isinstance(answers, dict) and any(not isinstance(a, str) for a in answers.values()):
        texts = {q: a if isinstance(a, str) else as_text(a) for q, a in answers.items()}
        if any(text is not None for q, text in texts.items() if not isinstance(answers[q], str)):
            # An answer with no words (null) is left out: there was nothing in it.
            mended["reflections"] = {q: text for q, text in texts.items() if text is not None}
            names.append("reflections")
    return mended, names


def words_to_notes(
    record: dict[str, Any], damaged: dict[str, Any], names: list[str], where: str = ""
) -> dict[str, Any]:
    """An entry with the words these fields held in the damaged copy added to its notes.

    where: what held them, when it was no field ("this entry's place in the journal").
    """
    from coach.field_words import field_word

    lines = []
    for name in names:
        words = texts_of(damaged.get(name))
        if words:
            said = where or field_word(name)
            lines.append(MOVED.format(field=said, words=" / ".join(words)))
    if not lines:
        return record
    notes = record.get("notes") if isinstance(record.get("notes"), str) else ""
    said = "\n\n".join(lines)
    return {**record, "notes": f"{notes}\n\n{said}" if notes else said}


def settled(record: dict[str, Any]) -> dict[str, Any]:
    """An entry with a field dropped that would otherwise read differently every time.

    Without a stored day it reads as today's, and without a time logged as
    now; the day of the repair is put in, said in its notes (repair_filled).
    """
    from coach.repair_filled import dated

    record = dated(ENTRIES, record)
    if record.get("created_at") in (None, ""):
        record = {**record, "created_at": datetime.now().replace(microsecond=0).isoformat()}
    return record
