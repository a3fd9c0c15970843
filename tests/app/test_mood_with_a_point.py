"""A mood typed with a point ("7.5") stays as typed and is answered, not read as 75."""

from __future__ import annotations

from pathlib import Path

from coach.mood import parse_mood
from screens.walk.kindness import KindnessScreen
from tests.app.walk_helpers import open_walk, walk_app


def test_a_mood_with_a_point_names_the_whole_numbers_either_side() -> None:
    assert parse_mood("7.5") == (None, "A whole number from 0 to 10, please: 7 or 8?")
    assert parse_mood("7,5")[1].endswith("7 or 8?")
    assert parse_mood("10.5")[1].endswith(": 10?")  # no 11 offered
    assert parse_mood("7") == (7, "")


async def test_the_walks_mood_keeps_the_point_typed(tmp_path: Path) -> None:
    # rv51 D3: the field refused the point, showed "75" and called it out of range.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await pilot.press("7", ".", "5", "ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, KindnessScreen)
        assert app.screen.query_one("#mood Input").value == "7.5"  # type: ignore[attr-defined]
        said = str(app.screen.query_one("#mood .field-error").render())
        assert "7 or 8?" in said, said
