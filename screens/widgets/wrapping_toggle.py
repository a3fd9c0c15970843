"""Radio buttons and checkboxes whose long labels wrap instead of being cut."""

from __future__ import annotations

from textual.geometry import Size
from textual.widget import Widget
from textual.widgets import Checkbox, RadioButton


class WrappingRadioButton(RadioButton):
    """A radio button as tall as its wrapped label, so every choice can be read."""

    DEFAULT_CSS = """
    WrappingRadioButton {
        text-wrap: wrap;
        text-overflow: fold;
        height: auto;
    }
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Lines the label takes at this width (Textual's toggle says always one)."""
        return Widget.get_content_height(self, container, viewport, width)


class WrappingCheckbox(Checkbox):
    """A checkbox as tall as its wrapped label."""

    DEFAULT_CSS = """
    WrappingCheckbox {
        text-wrap: wrap;
        text-overflow: fold;
        height: auto;
    }
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """Lines the label takes at this width (Textual's toggle says always one)."""
        return Widget.get_content_height(self, container, viewport, width)
