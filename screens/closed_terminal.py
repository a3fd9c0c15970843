"""The terminal closing under coach (its window shut): a hang-up, never a crash."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.drivers.linux_driver import LinuxDriver

from screens.guarded_input import PasteGuardDriver


class ClosedTerminalDriver(PasteGuardDriver):
    """Textual's driver, but a terminal that can no longer be read ends coach as SIGHUP does.

    Shutting the window closes the terminal: reading it fails (EIO), often
    before the hang-up signal arrives. Textual took that for a crash and closed
    every queue at once, dropping the keys read but not yet in their field.
    The end of input (a read of nothing: a terminal hung up, or one that is
    not coach's own terminal closing, with no signal at all) is the same news.
    """

    # What the app does when its terminal is gone; set by closed_terminal_driver.
    on_closed: Callable[[], object] | None = None

    def run_input_thread(self) -> None:
        """Read keys through the paste guard; a terminal gone reaches the app as a hang-up."""
        try:
            super().run_input_thread()
        except OSError:
            if self.on_closed is None:
                raise
            self._closed()
            return
        # The input loop ends by itself only at the end of input: asked to stop,
        # the app sets exit_event first. Left there, coach ran on with no keys to
        # read, the last typing not yet written, holding its autosave.
        if self.on_closed is not None and not self.exit_event.is_set():
            self._closed()

    def _closed(self) -> None:
        # Sent the way the keys were (thread-safe, in order), so the keys
        # already read reach the app before the hang-up does.
        assert self.on_closed is not None
        self.send_message(events.Callback(callback=self.on_closed))


def closed_terminal_driver(on_closed: Callable[[], object]) -> type[LinuxDriver]:
    """The driver class for an app whose closed terminal calls on_closed."""
    return type("CoachDriver", (ClosedTerminalDriver,), {"on_closed": staticmethod(on_closed)})
