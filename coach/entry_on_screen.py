"""An entry as a screen shows it: free of control codes saved before imports cleaned them."""

from __future__ import annotations

import dataclasses

from coach.model import Entry
from coach.shared_entry import thawed
from coach.terminal_text import for_screen, one_line_for_screen

ONE_LINE = ("company", "role", "contact", "next_step")
FREE_TEXT = ("notes", "private_note", "feedback_text", "email_text")


def entry_for_screen(entry: Entry) -> Entry:
    """The entry itself when it holds no control character, else a cleaned copy.

    Only what is drawn changes: the journal keeps what it holds until the
    person saves the entry (then what they saw is what is saved).
    """
    changes: dict[str, object] = {}
    for names, clean in ((ONE_LINE, one_line_for_screen), (FREE_TEXT, for_screen)):
        for name in names:
            value = getattr(entry, name)
            shown = clean(value)
            if shown is not value:
                changes[name] = shown
    reflections = {key: for_screen(text) for key, text in entry.reflections.items()}
    if any(reflections[key] is not text for key, text in entry.reflections.items()):
        changes["reflections"] = reflections
    draft = for_screen(entry.reply.draft)
    if not changes and draft is entry.reply.draft:
        return entry
    copy = dataclasses.replace(thawed(entry), **changes)  # type: ignore[arg-type]
    copy.reply = dataclasses.replace(copy.reply, draft=draft)
    return copy
