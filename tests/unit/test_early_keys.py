"""A key held down before a question showed keeps repeating after: its repeats are not answers."""

from __future__ import annotations

from textual import events

from screens.dialogs.early_keys import EarlyKeys


def _key(char: str, at: float) -> events.Key:
    key = events.Key(char, char)
    key.time = at
    return key


def test_repeats_of_a_key_held_from_before_are_set_aside_and_a_fresh_press_answers() -> None:
    dialog = EarlyKeys()
    dialog.note_put_up()
    start = dialog._put_up_at
    for key in (_key("d", start - 0.2), _key("n", start - 0.01)):
        dialog.on_key(key)  # typed before it was put up
    held = [_key("n", start + 0.5), _key("n", start + 0.53)]  # the first delay, then the rate
    for key in held:
        dialog.on_key(key)
    assert [k.key for k in dialog.early] == ["d", "n", "n", "n"]
    answers = [_key("n", start + 2.0), _key("y", start + 0.55)]
    for key in answers:
        dialog.on_key(key)  # a fresh press, and another key: answers
    assert len(dialog.early) == 4
    assert not answers[0]._stop_propagation and not answers[1]._stop_propagation
