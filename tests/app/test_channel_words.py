"""Both ways the screens name how a rejection came cover every channel."""

from __future__ import annotations

from coach.model import Channel
from screens.journal.entry_view import CHANNEL_NAMES
from screens.walk.happened import CHANNEL_ANSWERS


def test_a_new_channel_is_named_in_the_walk_and_the_entry_form() -> None:
    assert list(CHANNEL_ANSWERS) == list(Channel)
    assert list(CHANNEL_NAMES) == list(Channel)
    # Whole answers in the walk, short names in the form: never the same words.
    assert not set(CHANNEL_ANSWERS.values()) & set(CHANNEL_NAMES.values())
