"""Fixtures the app tests share: pictures that do not depend on a cursor's blink phase."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea


@pytest.fixture
def no_blinking(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cursor shows exactly when its field has the focus: no blink phase to race.

    A blink tick queued before a test switched blinking off could still flip the
    cursor once on a loaded machine, so the picture changed from run to run.
    """
    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
