"""The entry screen's form as plain values: read, filled, compared, and kept for the autosave."""

from __future__ import annotations

import contextlib
import secrets
from enum import Enum
from typing import Any

from textual.widgets import Collapsible, Input, Select, Static, TextArea

from coach.entry_fields import form_of
from coach.model import Entry
from coach.records import entry_to_record
from screens.widgets.static_words import show_words

# The autosave's note of the field that had the keyboard (a key no widget id takes).
FOCUSED_FIELD = "focused"
# Beside it when resumed: the autosave key the typing was put back under.
RESUMED_KEY = "resumed_key"


def entry_key(entry_id: str) -> str:
    """A fresh autosave key for one entry screen's typing.

    One of its own per screen: two leftovers of one entry resumed under one key
    wrote over each other, and one was lost at the next quit (fz38).
    """
    return f"entry:{entry_id}:{secrets.token_hex(4)}"


class EntryForm:
    """Reading and filling the entry form's fields, and what the autosave keeps of them."""

    # The entry as stored (the screen's `entry` is it as shown).
    stored: Entry
    # Each reflection's question id and words, in the order their boxes appear.
    _questions: list[tuple[str, str]]
    _question_ids: list[str]

    def _form(self) -> dict[str, str]:
        """Every field as typed, by widget id (valid or not), for the autosave."""
        values: dict[str, str] = {}
        # Walked, not queried: the autosave asks every half second, and matching a
        # selector against each of the form's widgets cost a key's worth of work.
        for widget in self.walk_children(with_self=False):
            if not isinstance(widget, Input | TextArea | Select):
                continue
            if not widget.id or not widget.id.startswith("f-"):
                continue
            if isinstance(widget, Input):
                values[widget.id] = widget.value
            elif isinstance(widget, TextArea):
                values[widget.id] = widget.text
            elif isinstance(widget, Select):
                values[widget.id] = str(widget.value)
        return values

    def _fill(self, values: dict[str, str]) -> None:
        """Put typed values back into the form."""
        for widget_id, value in values.items():
            if not isinstance(value, str):
                continue
            try:
                widget = self.query_one(f"#{widget_id}")
            except Exception:  # a field this version of the form does not have
                continue
            # The cursor goes to the end of the text put back, where typing left off;
            # an Input keeps its old place otherwise, inside the restored text.
            if isinstance(widget, Input):
                widget.value = value
                widget.cursor_position = len(value)
            elif isinstance(widget, TextArea):
                widget.load_text(value)
                widget.move_cursor(widget.document.end)
            elif isinstance(widget, Select):
                # Every Select here holds enum members; match them by value.
                current = widget.value
                if isinstance(current, Enum):
                    with contextlib.suppress(ValueError):
                        widget.value = type(current)(value)

    def _form_of(self, entry: Entry) -> dict[str, str]:
        """The form's fields for an entry, by widget id."""
        return form_of(entry, self._question_ids)

    def unsaved_meta(self) -> dict[str, Any]:
        """Which entry the autosaved typing belongs to, and the entry as opened."""
        return {
            "kind": "entry",
            "entry_id": self.entry.id,
            "label": self.entry.summary_on_screen(),
            "base": entry_to_record(self.stored),
            # What each reflection's box answers, for a copy of the typing (unsaved_text.py).
            "questions": [list(pair) for pair in self._questions],
        }

    def unsaved_values(self) -> dict[str, str] | None:
        """The form now, or None when it holds nothing unsaved."""
        self.query_one("#f-company")  # raises once unmounted: the last values are kept
        form = self._form()
        if self._dropped or not form or not self.dirty:
            return None
        # The field being typed in, so Resume puts the person back in it.
        focused = self.focused
        if focused is not None and focused.id in form:
            form[FOCUSED_FIELD] = focused.id
        return form

    def _restored_focus(self, widget_id: str) -> bool:
        """Focus the field typing was in before coach stopped (opening its fold); False if none."""
        if not widget_id.startswith("f-"):
            return False
        try:
            widget = self.query_one(f"#{widget_id}")
        except Exception:  # not a field this form has (a bad id, an older form)
            return False
        if not isinstance(widget, Input | TextArea | Select):
            return False
        for ancestor in widget.ancestors:
            if isinstance(ancestor, Collapsible):
                ancestor.collapsed = False
        self.call_after_refresh(widget.focus)
        return True

    def _value(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        raise TypeError(selector)

    def _select(self, selector: str) -> Any:
        return self.query_one(selector, Select).value

    def _show_error(self, error_id: str, message: str) -> None:
        widget = self.query_one(f"#{error_id}", Static)
        show_words(widget, message)
        widget.display = bool(message)
