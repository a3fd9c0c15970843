"""A Folded mounts folded or open as Textual's Collapsible does, without restyling its insides."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from textual.app import App, ComposeResult
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.widgets import Collapsible, Label

from screens.widgets.folded import FOLDED_CLASS, Folded


class FoldsApp(App[None]):
    """A Folded beside a plain Collapsible, both folded or both open, each holding labels."""

    def __init__(self, collapsed: bool) -> None:
        super().__init__()
        self.collapsed = collapsed

    def compose(self) -> ComposeResult:
        with Folded(title="ours", collapsed=self.collapsed, id="ours"):
            for n in range(5):
                yield Label(f"ours {n}", classes="ours")
        with Collapsible(title="textual", collapsed=self.collapsed, id="textual"):
            yield Label("textual")


@pytest.mark.parametrize("collapsed", [True, False])
async def test_a_folded_mounts_as_textuals_own_and_folds_and_opens_as_before(
    collapsed: bool,
) -> None:
    app = FoldsApp(collapsed)
    async with app.run_test(size=(40, 20)) as pilot:
        ours = app.query_one("#ours", Folded)
        textual = app.query_one("#textual", Collapsible)
        # The class pinned is the one Textual's own Collapsible sets.
        assert textual.has_class(FOLDED_CLASS) is collapsed
        assert ours.has_class(FOLDED_CLASS) is collapsed
        inside = ours.query_one(Collapsible.Contents)
        assert inside.display is not collapsed
        ours.collapsed = not collapsed
        await pilot.pause()
        assert ours.has_class(FOLDED_CLASS) is not collapsed
        assert inside.display is collapsed


async def test_mounting_a_folded_restyles_nothing_inside_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = App[None]()
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        restyled: list[DOMNode] = []
        update_nodes = Stylesheet.update_nodes

        def counting(self: Stylesheet, nodes: Iterable[DOMNode], animate: bool = False) -> None:
            nodes = list(nodes)
            restyled.extend(nodes)
            update_nodes(self, nodes, animate=animate)

        monkeypatch.setattr(Stylesheet, "update_nodes", counting)
        labels = [Label(f"line {n}") for n in range(5)]
        await app.screen.mount(Folded(*labels, title="folded"))
        await pilot.pause()
        assert all(label.is_mounted for label in labels)
        assert not [node for node in restyled if node in labels]
