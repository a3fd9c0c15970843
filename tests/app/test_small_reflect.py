"""At 40x12 each reflection question shows with its box, and the stage advice fits its box."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.widgets import Collapsible, Input, Label, Markdown, RadioButton, RadioSet, TextArea

from coach.model import Stage
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from tests.app.walk_helpers import until, walk_app


def shows_question_with_box(screen: ReflectScreen, answer: TextArea) -> bool:
    """The answer's question and the box's first line are inside the page's view."""
    window = screen.query_one(".step-body").scrollable_content_region
    number = str(answer.id).removeprefix("answer-")
    question = screen.query_one(f"#q-{number}", Label)
    box_top = Region(answer.region.x, answer.region.y, answer.region.width, 2)
    return window.contains_region(question.region) and window.contains_region(box_top)


async def test_each_question_comes_into_view_with_its_box(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen) and app.focused)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.query("#company"))
        app.screen.query_one("#company", Input).value = "Acme"
        buttons = list(app.screen.query_one("#stage", RadioSet).query(RadioButton))
        buttons[list(Stage).index(Stage.PHONE_SCREEN)].value = True
        await pilot.press("ctrl+n", "ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen) and app.focused)
        screen = app.screen
        answers = list(screen.query(".answer").results(TextArea))
        assert len(answers) >= 3 and screen.query(".hint-below")  # phone-screen hints
        moves = [("tab", a) for a in answers[1:]] + [("shift+tab", a) for a in answers[-2::-1]]
        for key, answer in moves:
            await pilot.press(key)
            await until(pilot, lambda: shows_question_with_box(screen, answer))  # noqa: B023
            assert app.focused is answer
            assert shows_question_with_box(screen, answer), answer.id
        # The stage advice says its heading once: in its box's title, not again inside.
        advice = screen.query_one("#diagnosis", Collapsible)
        body = advice.query_one(Markdown).source
        assert screen.diagnosis is not None and screen.diagnosis.title not in body
