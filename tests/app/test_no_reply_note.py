"""A reply to a no-reply box: Step 5 and the draft say so, with the signature's address."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.test_paste_email import paste, to_happened
from tests.app.walk_helpers import press_to, type_into, walk_app

SIGNED = Path(__file__).resolve().parent.parent / "data" / "emails" / "no_reply_signed.txt"


async def test_a_no_reply_sender_is_said_on_step_5_and_on_the_draft(tmp_path: Path) -> None:
    from screens.home.profile import ProfileScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        await paste(pilot, SIGNED.read_text())
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HappenedScreen)
        for step in (VentScreen, ReflectScreen, DecideScreen):
            await press_to(pilot, "ctrl+n", step)
        said = str(app.screen.query_one("#no-reply-box", Static).render())
        assert "takes no replies" in said
        assert "Its signature gives priya.natarajan@northwindlabs.com" in said
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ProfileScreen)
        await type_into(pilot, "#name", "Sam Rivera")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        note = app.screen.query_one("#draft-no-reply", Static)
        assert note.display and "priya.natarajan@northwindlabs.com" in str(note.render())
