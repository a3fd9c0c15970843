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
            # Sent the way the keys were (thread-safe, in order), so the keys
            # already read reach the app before the hang-up does.
            self.send_message(events.Callback(callback=self.on_closed))


def closed_terminal_driver(on_closed: Callable[[], object]) -> type[LinuxDriver]:
    """The driver class for an app whose closed terminal calls on_closed."""
    return type("CoachDriver", (ClosedTerminalDriver,), {"on_closed": staticmethod(on_closed)})
