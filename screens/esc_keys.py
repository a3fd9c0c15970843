"""Esc read together with the key after it (ctrl+n, n) is two keys, not one Alt chord without Esc.

A terminal sends Alt+key as ESC and the key, so Textual's parser reads an
ESC followed at once by another byte as one Alt chord: for a control key it
drops the Alt too, and for a letter coach binds nothing. So Esc then ctrl+n
typed fast, sent by tmux (which itself joins Esc and a key within its
escape-time), pasted without bracketed paste, or read late on a busy machine
came as a lone ctrl+n, and the step went on instead of back; Esc then n on
help left help open. With another Esc behind them before the parser gave up,
the first Esc even came out as a typed "^". Here they are the two keys they
nearly always are. Kept as Textual reads them: the pairs it names itself
(ESC b and ESC f are a Mac's Option+arrows, ESC 5 its Option+5), and ESC
before @, capitals and [ \\ ] ^ _, which open the terminal's own sequences
(ESC [ A is Up, ESC O P is F1) and answers.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser

ESC = "\x1b"
# ESC and one of these opens a sequence (ESC [ is CSI, ESC P a terminal's answer).
SEQUENCE_OPENERS = range(0x40, 0x60)


def esc_then_key(sequence: str) -> bool:
    """ESC and one more key that Textual names no key for and that opens no sequence."""
    if len(sequence) != 2 or sequence[0] != ESC or sequence in ANSI_SEQUENCES_KEYS:
        return False
    key = sequence[1]
    if key < " ":
        return True  # a control key: ctrl+n, Enter
    return key.isprintable() and ord(key) not in SEQUENCE_OPENERS


class EscFirstParser(XTermParser):
    """Textual's key parser, reading ESC and one more key as Esc, then that key."""

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if esc_then_key(sequence):
            yield events.Key("escape", ESC)
            yield from super()._sequence_to_key_events(sequence[1])
            return
        yield from super()._sequence_to_key_events(sequence, alt)
