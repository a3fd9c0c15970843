"""Textual's Linux driver, reading the terminal through a PasteGuard before the key parser."""

from __future__ import annotations

import contextlib
import fcntl
import os
import selectors
import sys
import termios
from codecs import getincrementaldecoder

from textual.drivers.linux_driver import LinuxDriver

try:  # Textual's own parser, under private names (textual is capped to a tested series)
    from textual._parser import ParseError

    from screens.esc_keys import EscFirstParser
except ImportError:  # a Textual that moved them: its own input loop, without the guard
    EscFirstParser = None  # type: ignore[assignment,misc]

from screens.paste_guard import PasteGuard

_READ_SIZE = 4096


def typed_ahead(fileno: int) -> int:
    """How many bytes wait to be read now: at the start, those typed before coach took the keys.

    The terminal was still a shell's then, which turns Enter into a line feed.
    """
    try:
        waiting = fcntl.ioctl(fileno, termios.FIONREAD, b"\0" * 4)
    except OSError:
        return 0
    return int.from_bytes(waiting, sys.byteorder)


def enter_as_typed(data: bytes, ahead: int) -> tuple[bytes, int]:
    """The first `ahead` bytes with each line feed back to the Enter it was; how many remain.

    Read as Textual reads a line feed, it was ctrl+j, which nothing takes: the
    passphrase typed with Enter as coach started stayed unsent on the lock screen.
    """
    if ahead <= 0:
        return data, 0
    head = data[:ahead].replace(b"\n", b"\r")
    return head + data[ahead:], ahead - min(ahead, len(data))


class PasteGuardDriver(LinuxDriver):
    """LinuxDriver whose input loop hands the parser a paste with no ESC of its own.

    The loop is coach's own, written to the same contract as Textual's
    (read, decode, parse, pass each event on, tick for Esc timeouts), since
    Textual's keeps the parser out of reach; the parser is Textual's.
    """

    def start_application_mode(self) -> None:
        """Textual's; what it puts back on leaving (and for $EDITOR) is the echo coach found.

        coach turned the echo off as it started (coach.quiet_start), and Textual
        keeps the settings it finds, so the shell after coach showed nothing typed.
        """
        super().start_application_mode()
        from coach import quiet_start

        if quiet_start.found is not None and self.attrs_before is not None:
            self.attrs_before = list(quiet_start.found)

    def run_input_thread(self) -> None:
        """Read the terminal until the app stops, every read through the paste guard."""
        if EscFirstParser is None:
            # Pastes' own ESC bytes then act as keys, as in plain Textual; coach still starts.
            super().run_input_thread()
            return
        parser = EscFirstParser(self._debug)  # Esc and ctrl+n read together: both keys
        guard = PasteGuard()
        decode = getincrementaldecoder("utf-8")(errors="replace").decode
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)
        ahead = typed_ahead(self.fileno)  # typed before the terminal was set for coach

        def hand_on(text: str) -> None:
            """Parse text and pass its events on; "" (all held) would end the parser."""
            if text:
                for event in parser.feed(text):
                    self.process_message(event)

        def read_and_parse() -> bool:
            """One select's reads parsed; False once the terminal has nothing more to give."""
            nonlocal ahead
            for _key, mask in selector.select(0.1):
                if not mask & selectors.EVENT_READ:
                    continue
                data = os.read(self.fileno, _READ_SIZE)
                data, ahead = enter_as_typed(data, ahead)
                if not data:
                    # The end of input: what the guard holds goes as it is.
                    hand_on(guard.feed(decode(b"", final=True)) + guard.flush())
                    return False
                hand_on(guard.feed(decode(data)))
            timed_out = list(parser.tick())  # an Esc key alone is known by its pause
            if timed_out:
                guard.sequence_over()  # the parser is no longer inside a sequence
            for event in timed_out:
                self.process_message(event)
            return True

        try:
            # Textual's loop spins on after the end of input; there is nothing more to read.
            while not self.exit_event.is_set() and read_and_parse():
                pass
            selector.unregister(self.fileno)
        finally:
            selector.close()
            with contextlib.suppress(EOFError, ParseError):
                for _event in parser.feed(""):
                    pass
