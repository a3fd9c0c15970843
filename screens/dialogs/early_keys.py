"""A dialog never takes as its answer a key read before it was put up; it sets such keys aside."""

from __future__ import annotations

import sys
import time

from textual import events

# The clock Textual stamps its events with (its _time.get_time, a private name).
_event_clock = time.perf_counter if sys.platform == "win32" else time.monotonic

# A held key repeats after a first delay of 0.25-0.6 s (then every 25-40 ms):
# the same key again within this of the last one set aside is still that key held.
HELD_REPEAT = 0.7


def shown_keys(keys: list[events.Key] | tuple[events.Key, ...]) -> str:
    """Keys as a person would recognise them: letters as typed, others by name."""
    return "".join(k.character if k.is_printable and k.character else f"<{k.key}>" for k in keys)


def typed_again(keys: list[events.Key] | tuple[events.Key, ...]) -> list[events.Key]:
    """Fresh copies of keys set aside, to post to the app once the screen they were for is up.

    They keep the moment they were typed: a question put up on the way (the
    LinkedIn one, before a saved draft with no URL) sets them aside again
    instead of taking them as its answer.
    """
    copies = [events.Key(key.key, key.character) for key in keys]
    for copy, key in zip(copies, keys, strict=True):
        copy.time = key.time
        # Typed again on purpose, once the question said where they go: a draft that
        # refuses keys read before it was up (WritingArea.refuses_early_keys) takes these.
        copy.typed_again = True  # type: ignore[attr-defined]
    return copies


class EarlyKeys:
    """Mixed into a dialog: keys typed before it was put up are kept in `early`, not answers.

    Keys typed in one burst behind the key that opened the dialog (ctrl+r,
    then "Dear Sally") are read before it exists and handed to it once it is
    up; each of them would otherwise press its letter's button. Put up, not
    drawn: a key sent once the dialog is on the stack (as a test, or a
    person's next key within a frame of it) is an answer.
    """

    def note_put_up(self) -> None:
        """Call when the dialog is made, just before it is pushed."""
        self.early: list[events.Key] = []
        self._put_up_at = _event_clock()

    def on_key(self, event: events.Key) -> None:
        """A key typed before the question showed is kept aside, never taken as an answer."""
        if event.time >= self._put_up_at and not self._held(event):
            return
        event.stop()
        event.prevent_default()
        self.early.append(event)
        self.early_keys_set_aside(shown_keys(self.early))

    def _held(self, event: events.Key) -> bool:
        """The key set aside last, repeating because it is still held down: not an answer."""
        if not self.early:
            return False
        last = self.early[-1]
        return event.key == last.key and event.time - last.time < HELD_REPEAT

    def early_keys_set_aside(self, typed: str) -> None:
        """Say on the dialog what was set aside so far (nothing, unless a dialog says it)."""
