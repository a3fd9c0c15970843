"""The tone panel's heading and the question before copying give the same count."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from screens.dialogs.confirm import ConfirmScreen
from tests.app.test_draft_screen import MANY_FINDINGS, findings, host

# Several findings and an unfilled placeholder, as in the review's draft.
WITH_A_SLOT = MANY_FINDINGS + "\n{contact_name} [b]"


async def test_the_panel_and_the_copy_question_count_the_same_things(tmp_path: Path) -> None:
    app = host(tmp_path, WITH_A_SLOT)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        count = len(findings(app))
        assert count >= 4
        heading = str(app.screen.query_one("#draft-tone-title", Static).render())
        assert heading == f"Tone: {count} things to look at"
        await pilot.press("ctrl+b")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmScreen)
        assert dialog.question.startswith(f"The tone check found {count} things to look at (")
        assert "{contact_name} is still to fill in." in dialog.question
