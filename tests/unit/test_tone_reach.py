"""A quote's readers scan a bounded stretch around it, so a draft of many quotes costs linearly."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

from coach import tone_reach
from coach.tone_cue_owner import saying_only
from coach.tone_reach import REACH, own_end, own_start, reach
from coach.tone_wording import wording

# Every module that reads the words around a quote, and the one that asks it.
_READERS = (
    "coach.tone_quotes",
    "coach.tone_quote_owner",
    "coach.tone_quote_kept",
    "coach.tone_quote_judged",
    "coach.tone_quote_foreign",
    "coach.tone_quote_turn",
    "coach.tone_quote_saying",
    "coach.tone_cue_owner",
    "coach.tone_wording",
)
# The calls that walk a stretch; `match` is left out: it reads only what it matches.
_WALKS = frozenset({"search", "finditer", "findall", "sub", "fullmatch"})


class _Counted:
    """A compiled pattern that adds up how many characters its walks are given."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]) -> None:
        self._pattern = pattern
        self._tally = tally

    def __getattr__(self, name: str) -> Any:
        found = getattr(self._pattern, name)
        if name not in _WALKS:
            return found

        def walk(*args: Any, **kwargs: Any) -> Any:
            string, *where = args[1:] if name == "sub" else args
            pos, endpos = (list(where) + [0, len(string)][len(where) :])[:2]
            self._tally[0] += max(0, min(endpos, len(string)) - pos)
            return found(*args, **kwargs)

        return walk


@pytest.fixture
def scanned(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """A one-item list that counts the characters the quote readers' patterns walk.

    The reach is made small, so that short drafts (quick to check) already
    hold sentences far longer than it.
    """
    monkeypatch.setattr(tone_reach, "REACH", 40)
    monkeypatch.setattr(tone_reach, "NEIGHBOUR", 80)
    tally = [0]
    for name in _READERS:
        module = importlib.import_module(name)
        for attribute, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                monkeypatch.setattr(module, attribute, _Counted(value, tally))
    yield tally


def _cost(tally: list[int], text: str) -> int:
    tally[0] = 0
    wording(text)
    return tally[0]


def test_one_quote_in_a_longer_sentence_is_read_no_further(scanned: list[int]) -> None:
    # One quote handed back, in the middle of a sentence that never ends.
    def draft(words: int) -> str:
        filler = "and so on " * words
        return f'You wrote {filler}that I was "too keen" {filler}for the role'

    near = _cost(scanned, draft(20))
    far = _cost(scanned, draft(80))
    assert near > 0
    # What grows is one pass over the draft for its quotes (coach/tone_quote_foreign.py),
    # not the stretch the quote's readers walk, once each.
    assert far - near <= 1.5 * (len(draft(80)) - len(draft(20)))


def test_a_sentence_of_many_quotes_costs_in_proportion_to_them(scanned: list[int]) -> None:
    # '"a" "a" "a" ...': every quote once read the whole sentence, so four
    # times the quotes cost sixteen times the reading.
    few = _cost(scanned, '"a" ' * 100)
    many = _cost(scanned, '"a" ' * 400)
    assert many < 5 * few


def test_the_model_asking_whether_a_sentence_is_a_saying_costs_in_proportion_to_its_quotes(
    scanned: list[int],
) -> None:
    # The model's question (coach/tone_cue_owner.py) reads each quote's owner too.
    def cost(text: str) -> int:
        scanned[0] = 0
        saying_only(text, 0, len(text))
        return scanned[0]

    assert cost('"ab" ' * 400) < 5 * cost('"ab" ' * 100)


def test_the_reach_stops_between_words_and_inside_the_sentence() -> None:
    text = "word " * 200 + '"quote"' + " word" * 200
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    lo, hi = reach(text, (0, len(text)), start, end)
    assert start - REACH <= lo < start and " " in text[lo - 1 : lo + 1]
    assert end < hi <= end + REACH and " " in text[hi - 1 : hi + 1]
    assert reach(text, (start - 3, end + 3), start, end) == (start - 3, end + 3)
    assert own_start(text, 0, start) == lo
    assert own_end(text, end) == hi
