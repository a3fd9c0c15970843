"""A scrolling body whose focus restyles itself, not every widget inside it."""

from __future__ import annotations

from textual._context import NoActiveAppError
from textual.containers import VerticalScroll
from textual.css.model import CombinatorType, Selector, SelectorType
from textual.widget import Widget

# The pseudo classes a widget's focus turns on or off.
FOCUS_STATES = frozenset({"focus", "blur"})


def _could_match(selector: Selector, node: Widget) -> bool:
    """Whether selector, its pseudo classes aside, matches node (a node of that type, id, class)."""
    if selector.type == SelectorType.TYPE:
        return selector.name in {cls.__name__ for cls in type(node).__mro__}
    if selector.type == SelectorType.CLASS:
        return node.has_class(selector.name)
    if selector.type == SelectorType.ID:
        return node.id == selector.name
    return True  # * and a nested rule's &: anything


def focus_styles_inside(node: Widget) -> bool:
    """Whether a rule styles a widget inside node by node's focus (as `Select:focus > X` does)."""
    for rule in node.app.stylesheet.rules:
        for selector_set in rule.selector_set:
            selectors = selector_set.selectors
            # The last compound (its selectors joined with no space) is the
            # styled widget itself; any before it is an ancestor of it.
            last = len(selectors) - 1
            while last > 0 and selectors[last].combinator == CombinatorType.SAME:
                last -= 1
            for selector in selectors[:last]:
                if selector.pseudo_classes & FOCUS_STATES and _could_match(selector, node):
                    return True
    return False


class FocusStylesItself:
    """Mixed into a focusable container (before it): its focus restyles it alone.

    Textual restyles a widget and everything inside it when the widget gains or
    loses the focus, in case a rule styles its insides by its focus. A step's
    scrolling body is focused as the step opens (Textual's auto focus), then
    loses the focus to the step's first field at once: two restyles of every
    widget inside (a journal entry: about 110), where no rule makes them differ.
    Where a rule does, every widget inside is restyled, as Textual would.
    """

    def watch_has_focus(self, _has_focus: bool) -> None:
        """Restyle for the focus gained or lost: this widget, and its insides if a rule says so."""
        node = self
        assert isinstance(node, Widget)
        try:
            app = node.app
        except NoActiveAppError:
            return
        if focus_styles_inside(node):
            node.update_node_styles()
        else:
            # What Textual's update_styles does for the whole subtree, for this one
            # node (its scrollbars included): the same rules, the same animation.
            app.stylesheet.update_nodes([node], animate=True)


class ScrollBody(FocusStylesItself, VerticalScroll):
    """A VerticalScroll (styled as one) whose focus restyles only itself."""
