"""Patterns rewritten to open with a character class find exactly what their plain forms find."""

from __future__ import annotations

import re

import pytest

from coach.tone_edges import _EDGE, edge_offsets
from coach.tone_quote_foreign import _QUOTE
from coach.tone_shouting import _MARK_RUN
from coach.tone_slot_styles import _ORDER_TOKEN
from coach.tone_structure import CAPS_RUN

_MARKS = "!?¡¿！？❗❕❓❔"
# Each pattern as it was written before, with its lookbehind or alternatives first.
_PLAIN = {
    "caps": (
        CAPS_RUN,
        r"(?<![\w'’-])[A-Z][A-Z'’-]*(?![\w'’-])(?:[ \t,]+(?<![\w'’-])[A-Z][A-Z'’-]*(?![\w'’-]))*",
    ),
    "marks": (_MARK_RUN, rf"[{_MARKS}‼⁉⁈]{{2,}}|[{_MARKS}](?:\s?[{_MARKS}])+|[‼⁉⁈]"),
    "order": (_ORDER_TOKEN, r"(?<![\w-])[A-Z]+(?:[-_][A-Z]+)+(?![\w-])"),
    "quote": (_QUOTE, r"""["“][^"“”\n]{1,200}["”]|(?<!\w)['‘][^"“”'‘’\n]{1,200}['’](?!\w)"""),
}
_TEXTS = [
    "",
    "A",
    "I AM SO ANGRY, REALLY",
    "xAB and AB, 'AB' -AB _AB ÉAB O'NEIL",
    "INSERT-URL-HERE, aINSERT-URL, -YOUR_NAME, YOUR_NAME_HERE-",
    "Why?! Really!!! ‼ ?‼ ! ? ¡¿ ！？ ❗❗ a!b ⁉",
    """He said "no way", she said 'not now', don't 'x' y'z'a "unclosed""",
    "‘curly’ “double” a‘b’ 'end'",
    "It's the TEAM's call\nNEW LINE\tTAB,COMMA",
]


@pytest.mark.parametrize("name", sorted(_PLAIN))
def test_a_rewritten_pattern_finds_what_its_plain_form_finds(name: str) -> None:
    fast, plain = _PLAIN[name]
    slow = re.compile(plain)
    for text in _TEXTS:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]
        for at in range(len(text)):
            found, wanted = fast.match(text, at), slow.match(text, at)
            assert (found and found.span()) == (wanted and wanted.span()), (text, at)


@pytest.mark.parametrize(
    "text", ["", " ", "a", "a ", " a", "__x__", "..", "a.b", "Hi Sam,\n\n0 days. ok", "naïve café"]
)
def test_edges_counted_off_are_the_edges_searched_for(text: str) -> None:
    assert edge_offsets(text) == [m.start() for m in _EDGE.finditer(text)]
