"""The draft's tone check: on the UI thread when short, in a thread when long or full of quotes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from coach.tone import Finding, check
from screens.thread_work import forgetting

# A draft this long is checked off the UI thread, after a pause that grows
# with it: checking 80,000 characters took most of a second, at every pause.
LONG_DRAFT = 5_000
# Quotes cost the check most: each quote in one long sentence has the sentence
# read again, so a few thousand characters of quotes with no full stop took
# 9 s ('"a" ' repeated). A draft holding many quote marks is checked aside too.
MANY_QUOTE_MARKS = 60
_QUOTE_MARK = re.compile(r"(?<!\w)['‘’\"“”]|['‘’\"“”](?!\w)")


def checked_aside_first(text: str) -> bool:
    """Whether the check of `text` may take long enough to hold the screen still."""
    return len(text) >= LONG_DRAFT or len(_QUOTE_MARK.findall(text)) > MANY_QUOTE_MARKS


# Long enough that the check waits for a pause in typing, short enough to feel live.
SETTLE_SECONDS = 0.3
LONGEST_SETTLE = 2.0

Shown = tuple[list[Finding], list[str]]  # the findings shown, and the slots to fill in
Then = Callable[[Shown], None]


class DraftChecking:
    """The draft screen's tone checks; none of them holds the screen still while it runs.

    The draft's opening, its return from $EDITOR, each pause in typing and each
    Copy, Save, Mail or Sent all check it. A long draft is checked in a worker
    thread, so a pasted megabyte never freezes the screen; an action waiting
    for the verdict runs (or asks) once it comes.
    """

    _asks = 0  # bumped by each action waiting for a check: only the newest goes on

    def check_then(self, then: Then | None = None) -> None:
        """Check the text as it stands and show the findings; then call `then` with them."""
        text = self.text
        if not checked_aside_first(text):
            shown = self.show_findings(check(text, rules=self.tone_rules, names=self.names))
            if then is not None:
                then(shown)
            return
        ask = None
        if then is not None:
            self._asks += 1
            ask = (self._asks, then)
            self.notify("Checking the tone of this draft first…", timeout=3)
        self.run_worker(
            forgetting(partial(self._check_aside, text, ask)),
            thread=True,
            # Its own group for a waiting action: a pause in typing never cancels it.
            group="tone" if ask is None else "tone-ask",
            exclusive=True,
            exit_on_error=False,
        )

    def _check_aside(self, text: str, ask: tuple[int, Then] | None = None) -> None:
        """The tone check in a worker thread; its findings go back to the UI thread."""
        found = check(text, rules=self.tone_rules, names=self.names)
        self.app.call_from_thread(self.checked_aside, text, found, ask)

    def checked_aside(
        self, text: str, found: list[Finding], ask: tuple[int, Then] | None = None
    ) -> None:
        """Show a check made in a thread, unless the draft changed since (it gets its own).

        An action waiting for it goes on, unless a newer one took its place; if
        the draft changed meanwhile, the draft as it stands is checked for it.
        """
        if not self.is_mounted:
            return
        if text != self.text:
            if ask is not None and ask[0] == self._asks:
                self.check_then(ask[1])
            return
        shown = self.show_findings(found)
        if ask is not None and ask[0] == self._asks:
            ask[1](shown)

    def on_text_area_changed(self, event: object) -> None:
        """Wait for a pause in typing before checking and autosaving."""
        event.stop()
        if self._settle_timer is not None:
            self._settle_timer.stop()
        size = len(event.text_area.text)
        settle = min(LONGEST_SETTLE, SETTLE_SECONDS * (1 + size // LONG_DRAFT))
        self._settle_timer = self.set_timer(settle, self._settle)

    def _settle(self) -> None:
        """Typing paused: check the tone (a long draft in a thread) and report the draft once."""
        self._settle_timer = None
        self.check_then()
        self._report()

    def _flush(self) -> None:
        """Run a pending check and report now, as the person leaves the step."""
        if self._settle_timer is not None:
            self._settle_timer.stop()
            self._settle()

    def _check_now(self, then: Then) -> None:
        """Check the text as it stands, not as at the last pause in typing; then `then`."""
        if self._settle_timer is not None:
            self._settle_timer.stop()
            self._settle_timer = None
        self._report()
        self.check_then(then)
