"""A dropdown in a form: Up and Down move between the fields, Enter or Space opens it."""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding, BindingType
from textual.widgets import Select

T = TypeVar("T")


class FormSelect(Select[T]):
    """A Select that Up/Down pass by, as they do the form's one-line fields.

    Textual's Select opens its list on Up and Down too: going down through
    a form, the next Down after reaching it opened the list, and the one
    after that changed the choice.
    """

    inherit_bindings: ClassVar[bool] = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,space", "show_overlay", "Show menu", show=False),
        Binding("up", "app.focus_previous", "Previous field", show=False),
        Binding("down", "app.focus_next", "Next field", show=False),
    ]
