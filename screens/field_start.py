"""A one-line field that is left shows the start of what it holds, not where typing stopped."""

from __future__ import annotations

from textual.widgets import Input


def show_field_start(field: Input) -> None:
    """Scroll a field just left back to its first character.

    A company name longer than the field (at 40x12) was left showing its
    middle ("ternational Holdings GmbH &"), which reads as another name.
    Focused again, the field scrolls to show its cursor (SteadyInput, every field).
    """
    if field.scroll_x:
        field.scroll_to(x=0, animate=False, immediate=True)
