"""Keys typed behind the Enter that closes a screen wait for what its answer opens."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Input

from coach.crypto import KdfParams, Sealer
from coach.journal import Journal
from coach.paths import locate
from screens.app import make_app
from screens.walk.kindness import KindnessScreen
from tests.app.walk_helpers import until
from tests.conftest import make_entry


def _keys(*names: str) -> list[events.Key]:
    """Keys made now, so read (as by a terminal) in one burst before any of them is handled."""
    return [events.Key(name, "\r" if name == "enter" else name) for name in names]


async def test_a_wrong_then_a_right_passphrase_then_n_and_a_mood_typed_in_one_burst(
    tmp_path: Path,
) -> None:
    places = locate(tmp_path / "data")
    Journal.open(places.journal, codec=Sealer("pw1", KdfParams(log_n=10))).add(make_entry("Co"))
    app = make_app(journal=None, places=places, locked=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for key in _keys("q", "enter", "p", "w", "1", "enter", "n", "7"):
            app.post_message(key)
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        assert isinstance(app.screen, KindnessScreen), app.screen  # n was not lost
        await until(pilot, lambda: app.screen.query_one("#mood Input", Input).value)
        assert app.screen.query_one("#mood Input", Input).value == "7"
