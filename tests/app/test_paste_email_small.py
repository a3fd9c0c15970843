"""At 40x12 "Paste the email" still shows how to go on: its key in the footer, its hint inside."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import TextArea

from screens.walk.paste_email import PasteEmailScreen
from tests.app.test_paste_email import to_happened
from tests.app.walk_helpers import until, walk_app


def _screen_text(app: object) -> str:
    """The screen as a person sees it, one line a row."""
    lines = app.screen._compositor.render_strips()  # type: ignore[attr-defined]
    return "\n".join(strip.text for strip in lines)


async def test_at_40x12_the_paste_dialog_keeps_ctrl_n_and_its_hint(tmp_path: Path) -> None:
    # rv49 #7: the buttons and the hint hidden, the footer only Esc and F1: a dead end.
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, PasteEmailScreen)
        await until(pilot, lambda: isinstance(app.focused, TextArea))
        await pilot.pause()
        seen = _screen_text(app)
        assert "^n Fill fields" in seen, seen
        assert "esc Cancel" in seen and "F1 Help" in seen, seen
        assert "Paste the email here, then" in seen and "ctrl+n fills the fields." in seen, seen
