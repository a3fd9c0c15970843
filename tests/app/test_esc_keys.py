"""Esc and a control key read in one go are both keys; Alt chords and known sequences stay."""

from __future__ import annotations

import pytest
from textual import events

from screens.esc_keys import EscFirstParser


def keys(*reads: str) -> list[str]:
    """The keys the parser makes of the terminal's reads, the input then ending."""
    parser = EscFirstParser()
    out = [event for text in reads for event in parser.feed(text)]
    out += parser.feed("")  # the end: anything held waiting for more goes out
    return [event.key for event in out if isinstance(event, events.Key)]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("\x1b\x0e", ["escape", "ctrl+n"]),  # came as ctrl+n alone: the step went on
        ("\x1b\x13", ["escape", "ctrl+s"]),
        ("\x1b\r", ["escape", "enter"]),
        ("\x1b\x0e\x1b", ["escape", "ctrl+n", "escape"]),  # the first Esc came as "^"
        ("ab\x1b\x0ecd", ["a", "b", "escape", "ctrl+n", "c", "d"]),
    ],
)
def test_esc_then_a_control_key_in_one_read_is_both_keys(typed: str, expected: list[str]) -> None:
    assert keys(typed) == expected


def test_esc_then_a_control_key_in_two_reads_is_both_keys() -> None:
    assert keys("\x1b", "\x0e") == ["escape", "ctrl+n"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("\x1b", ["escape"]),
        ("\x1b\x1b", ["escape", "escape"]),
        # Alt with a letter (a terminal sending Alt as ESC) stays one chord, never Esc:
        # read as Esc, Alt+s answered the leave dialog's "Save and leave".
        ("\x1bs", ["alt+s"]),
        ("\x1bn", ["alt+n"]),
        ("Eng\x1bneer", ["E", "n", "g", "alt+n", "e", "e", "r"]),  # a raw paste: no step back
        ("\x1bb", ["ctrl+left"]),  # a Mac's Option+Left, as Textual names it
        ("\x1bP", ["alt+shift+p"]),  # ESC P opens a terminal's answer: left to Textual
        ("\x1b\x7f", ["ctrl+w"]),  # Alt+Backspace, Textual's word delete
        ("\x1b\t", ["shift+tab"]),  # a Linux console's shift+Tab
        ("\x1b[A", ["up"]),
        ("\x1bOP", ["f1"]),
        ("\x0e", ["ctrl+n"]),
    ],
)
def test_other_keys_are_read_as_before(typed: str, expected: list[str]) -> None:
    assert keys(typed) == expected


@pytest.mark.parametrize(
    ("typed", "key", "character"),
    [
        ("\x1bs", "alt+s", "s"),
        ("\x1b5", "alt+5", "5"),  # was "∞": Esc then 5 sent fast typed a symbol nobody typed
        ("\x1b0", "alt+0", "0"),
        ("\x1b-", "minus", "-"),  # was "–"
    ],
)
def test_esc_then_a_letter_or_a_digit_in_one_read_is_one_alt_chord_typing_that_key(
    typed: str, key: str, character: str
) -> None:
    # One rule for both: the terminal's Alt chord, which types the key pressed (no Esc).
    parser = EscFirstParser()
    out = [e for e in [*parser.feed(typed), *parser.feed("")] if isinstance(e, events.Key)]
    assert [(e.key, e.character) for e in out] == [(key, character)]
