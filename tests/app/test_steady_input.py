"""A key typed into a field redraws the field, not the layout; what it shows is unchanged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, Label, Static

import screens
from screens.widgets.static_words import show_words
from screens.widgets.steady_input import SteadyInput

LONG = "x" * 100


class _Form(App[None]):
    """A field among other widgets, as on a form, and a hint beside it."""

    def __init__(self, field: type[Input], value: str = "") -> None:
        super().__init__()
        self.field_type = field
        self.value = value

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            for number in range(20):
                yield Label(f"line {number}")
            yield self.field_type(self.value, id="field")
            yield Static("", id="hint")


def _layouts(monkeypatch: pytest.MonkeyPatch, widget: Widget) -> list[int]:
    """Every layout the widget asks for from now on, counted."""
    counted: list[int] = []
    refresh = Widget.refresh

    def counting(self: Widget, *regions: Region, **flags: bool) -> Widget:
        if self is widget and flags.get("layout"):
            counted.append(1)
        return refresh(self, *regions, **flags)

    monkeypatch.setattr(Widget, "refresh", counting)
    return counted


async def test_keys_typed_into_a_field_lay_out_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    app = _Form(SteadyInput)
    async with app.run_test(size=(40, 12)) as pilot:
        field = app.query_one("#field", Input)
        field.focus()
        await pilot.pause()
        layouts = _layouts(monkeypatch, field)
        await pilot.press(*"Acme Ltd")
        await pilot.pause()
        assert field.value == "Acme Ltd"
        assert layouts == []  # Textual's Input laid out the screen at every key


async def _scrolled(field_type: type[Input], size: tuple[int, int]) -> list[tuple[object, ...]]:
    """Where a long field's text is scrolled to as it is typed, cut, scrolled back and cleared."""
    app = _Form(field_type, LONG)
    seen: list[tuple[object, ...]] = []
    async with app.run_test(size=size) as pilot:
        field = app.query_one("#field", Input)
        field.focus()
        for keys in (("end",), ("backspace",) * 30, ("home",), ("end", *"abc"), ("ctrl+u",)):
            await pilot.press(*keys)
            await pilot.pause()
            seen.append((field.scroll_x, field.max_scroll_x, field.cursor_position))
            # As screens/field_start.py scrolls a field left back to its start.
            field.scroll_to(x=0, animate=False, immediate=True)
            await pilot.pause()
            seen.append((field.scroll_x, field.allow_horizontal_scroll))
        field.value = ""
        await pilot.pause()
        seen.append((field.scroll_x, field.max_scroll_x, field.cursor_position))
    return seen


@pytest.mark.parametrize("size", [(40, 12), (80, 24)])
async def test_a_long_field_scrolls_as_textuals_own_does(size: tuple[int, int]) -> None:
    assert await _scrolled(SteadyInput, size) == await _scrolled(Input, size)


async def test_words_said_again_lay_out_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    app = _Form(SteadyInput)
    async with app.run_test(size=(40, 12)) as pilot:
        hint = app.query_one("#hint", Static)
        show_words(hint, "→ Fri 27 Nov")
        await pilot.pause()
        layouts = _layouts(monkeypatch, hint)
        show_words(hint, "→ Fri 27 Nov")
        await pilot.pause()
        assert layouts == []
        show_words(hint, "→ Sat 28 Nov")  # new words are shown, laid out as before
        await pilot.pause()
        assert str(hint.render()) == "→ Sat 28 Nov"
        assert layouts


def test_every_field_the_screens_make_is_steady() -> None:
    # A plain Input made anywhere would lay its screen out again at every key.
    made = re.compile(r"(?<![\w.])Input\(")
    plain = [
        f"{path}:{number}"
        for path in sorted(Path(screens.__file__).parent.rglob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if made.search(line)
    ]
    assert plain == []
