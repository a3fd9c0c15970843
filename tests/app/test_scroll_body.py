"""A scrolling body's focus restyles the body alone, unless a rule styles its insides by it."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.widgets import Input, Label

from screens.widgets.scroll_body import ScrollBody


class BodyApp(App[None]):
    """A body of many labels, then a field to move the focus to."""

    def __init__(self, css: str = "") -> None:
        self.CSS = css
        super().__init__()

    def compose(self) -> ComposeResult:
        with ScrollBody(id="body"):
            for n in range(40):
                yield Label(f"line {n}", id=f"line-{n}")
        yield Input(id="field")


def restyled_while(monkeypatch: pytest.MonkeyPatch) -> list[DOMNode]:
    """Every node the stylesheet styles from now on, in order."""
    seen: list[DOMNode] = []
    update_nodes = Stylesheet.update_nodes

    def counting(self: Stylesheet, nodes: Iterable[DOMNode], animate: bool = False) -> None:
        nodes = list(nodes)
        seen.extend(nodes)
        update_nodes(self, nodes, animate=animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", counting)
    return seen


async def test_focus_on_and_off_the_body_restyles_the_body_and_nothing_inside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = BodyApp()
    async with app.run_test(size=(40, 12)) as pilot:
        body = app.query_one("#body", ScrollBody)
        field = app.query_one("#field", Input)
        field.focus()
        await pilot.pause()
        seen = restyled_while(monkeypatch)
        body.focus()
        await pilot.pause()
        assert app.focused is body
        field.focus()
        await pilot.pause()
        assert app.focused is field
        labels = [node for node in seen if isinstance(node, Label)]
        assert labels == []
        assert body in seen


async def test_a_rule_on_the_bodys_focus_still_styles_what_is_inside_it() -> None:
    app = BodyApp("ScrollBody:focus Label { color: red; }")
    async with app.run_test(size=(40, 12)) as pilot:
        body = app.query_one("#body", ScrollBody)
        label = app.query_one("#line-0", Label)
        field = app.query_one("#field", Input)
        field.focus()
        await pilot.pause()
        assert label.styles.color != Color.parse("red")
        body.focus()
        await pilot.pause()
        assert label.styles.color == Color.parse("red")
        field.focus()
        await pilot.pause()
        assert label.styles.color != Color.parse("red")


async def test_the_bodys_own_focus_style_still_shows() -> None:
    app = BodyApp("ScrollBody:focus { background: red; }")
    async with app.run_test(size=(40, 12)) as pilot:
        body = app.query_one("#body", ScrollBody)
        field = app.query_one("#field", Input)
        field.focus()
        await pilot.pause()
        assert body.styles.background != Color.parse("red")
        body.focus()
        await pilot.pause()
        assert body.styles.background == Color.parse("red")
        field.focus()
        await pilot.pause()
        assert body.styles.background != Color.parse("red")
