"""A button whose Enter is its screen's: a dialog's own Enter then shows in the footer."""

from __future__ import annotations

from textual.widgets import Button


class ScreenEnterButton(Button, inherit_bindings=False):
    """A Button with no Enter binding of its own; the dialog's Enter presses it.

    Textual's footer lists the focused widget's binding for a key before the
    screen's, and a Button's Enter is hidden: a dialog whose Enter is not a
    priority binding (so a key typed ahead reaches the screen first) showed
    no Enter at all, though Enter chose the lit button.
    """
