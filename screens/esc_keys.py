"""Esc read together with a control key (ctrl+n, Enter) is two keys, not one Alt chord without Esc.

A terminal sends Alt+key as ESC and the key, so Textual's parser reads an
ESC followed at once by another byte as one Alt chord. For a control key it
then drops the Alt as well: Esc and ctrl+n typed fast, sent by tmux, or
pasted without bracketed paste came as a lone ctrl+n, and the step went on
instead of back. With a third key behind them before the parser gave up,
the Esc even came out as a typed "^". Coach binds no Alt+control chord, so
these are read as the two keys they nearly always are. Alt with a letter
(ESC d) stays a chord: a terminal set to send Alt as ESC does so for every
Alt chord, and a raw paste may hold an ESC before a letter, so read as Esc
they went back a step, or answered the leave dialog (Alt+s: "Save and
leave"). Esc then a letter sent too fast is left a chord for the same reason.
A digit (and - or =) after ESC is the same Alt chord and types its own key:
Textual read ESC 5 as a Mac symbol (∞, from WezTerm's Option row), so Esc
then 5 sent fast put a ∞ nobody typed into the mood field, where Esc then
a letter put the letter.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._ansi_sequences import ANSI_SEQUENCES_KEYS
from textual._xterm_parser import XTermParser

ESC = "\x1b"


def esc_then_control(sequence: str) -> bool:
    """ESC and one control character, which no terminal names as a key of its own."""
    return (
        len(sequence) == 2
        and sequence[0] == ESC
        and sequence[1] < " "
        and sequence[1] != ESC
        and sequence not in ANSI_SEQUENCES_KEYS  # ESC Tab is shift+Tab on a Linux console
    )


def esc_then_symbol_key(sequence: str) -> bool:
    """ESC and a key of the number row that Textual turns into a symbol (ESC 5 → ∞)."""
    return (
        len(sequence) == 2
        and sequence[0] == ESC
        and isinstance(ANSI_SEQUENCES_KEYS.get(sequence), str)
        and sequence[1].isprintable()
    )


class EscFirstParser(XTermParser):
    """Textual's key parser: ESC and a control character are Esc, then that key.

    ESC and a digit are Alt and that digit, as ESC and a letter are.
    """

    def _sequence_to_key_events(self, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        if esc_then_control(sequence):
            yield events.Key("escape", ESC)
            yield from super()._sequence_to_key_events(sequence[1])
            return
        if esc_then_symbol_key(sequence):
            yield from super()._sequence_to_key_events(sequence[1], alt=True)
            return
        yield from super()._sequence_to_key_events(sequence, alt)
