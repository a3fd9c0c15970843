"""Textual's private part the form's choice lists lean on, pinned: a change in it fails here.

Textual offers no public way to put a RadioSet's cursor on a choice
(RadioSet._selected). screens/widgets/form_radio.py sets it so that a list
shown again starts on the choice made; were it renamed, the set would quietly
take a plain attribute, its cursor would start on the first choice again, and
Enter on the way through the close step would pick the first idea over the
person's own words (rv38 N3).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.reactive import Reactive
from textual.widgets import RadioButton, RadioSet

from screens.widgets.form_radio import ChosenRadioSet
from tests.app.walk_helpers import until


def test_textual_still_has_the_private_cursor_the_choice_lists_set() -> None:
    assert isinstance(RadioSet.__dict__.get("_selected"), Reactive), (
        "Textual's RadioSet has no `_selected` reactive any more: ChosenRadioSet sets it "
        "to start the cursor on the choice made; find its new name or a public way."
    )


class ThirdChosen(App[None]):
    def compose(self) -> ComposeResult:
        with ChosenRadioSet():
            yield RadioButton("first")
            yield RadioButton("second")
            yield RadioButton("third", value=True)


async def test_enter_on_a_list_shown_again_keeps_the_choice_made() -> None:
    app = ThirdChosen()
    async with app.run_test(size=(40, 12)) as pilot:
        choices = app.query_one(ChosenRadioSet)
        choices.focus()
        await until(pilot, lambda: choices.query(".-selected"))
        await pilot.press("enter")
        await pilot.pause()
        assert choices.pressed_index == 2, "Enter picked another choice: see _selected"
