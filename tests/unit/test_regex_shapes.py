"""No pattern coach reads text with may start a match with a run of letters followed by more."""

from __future__ import annotations

import importlib
import pkgutil
import re
from re import _constants as sre
from re import _parser as sre_parse

import coach

# A search tries such a pattern at every letter of a word, and each try runs to the
# word's end: a long unbroken word (a pasted link, a base64 line, "xxxx...") costs the
# square of its length. "\w*gespräch" on 40,000 letters took 64 CPU-s; "\b\w*gespräch"
# finds the same matches (one starts where its run of letters starts) in linear time.
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_WORD = {sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD}


def _word_run(item: tuple) -> bool:
    """Whether one parsed item is an unbounded run of word characters (\\w* or \\w+)."""
    op, arg = item
    if op not in _REPEATS:
        return False
    _low, high, inner = arg
    if high != sre.MAXREPEAT or len(inner) != 1 or inner[0][0] != sre.IN:
        return False
    return [member for member in inner[0][1]] in ([(sre.CATEGORY, w)] for w in _WORD)


def _opens_with_a_word_run(parsed: sre_parse.SubPattern | list) -> bool:
    """Whether some way into the pattern starts with a word run that more must follow.

    A run that is the whole way in ("\\w+" alone) matches wherever it starts: linear.
    """
    items = list(parsed)
    if not items:
        return False
    op, arg = items[0]
    if op == sre.BRANCH:
        return any(_opens_with_a_word_run(list(branch) + items[1:]) for branch in arg[1])
    if op == sre.SUBPATTERN:
        return _opens_with_a_word_run(list(arg[-1]) + items[1:])
    return _word_run(items[0]) and len(items) > 1


def _coach_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern coach's modules hold, alone or in a list, tuple or dict."""
    found: dict[str, re.Pattern[str]] = {}

    def add(value: object, name: str, depth: int) -> None:
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
            found.setdefault(name, value)
        elif depth < 2 and isinstance(value, list | tuple | dict):
            pairs = value.items() if isinstance(value, dict) else enumerate(value)
            for key, inner in pairs:
                add(inner, f"{name}[{key!r}]", depth + 1)

    for module in pkgutil.walk_packages(coach.__path__, "coach."):
        if module.name.endswith("__main__"):
            continue  # running it is the command line
        for name, value in vars(importlib.import_module(module.name)).items():
            add(value, f"{module.name}.{name}", 0)
    return found


def test_the_check_finds_the_shape_it_is_about() -> None:
    assert _opens_with_a_word_run(sre_parse.parse(r"\w*gespräch"))
    assert _opens_with_a_word_run(sre_parse.parse(r"\bfoo|(?:\w+gesprek\w*)"))
    assert not _opens_with_a_word_run(sre_parse.parse(r"\b\w*gespräch|\bfoo\w*"))
    assert _opens_with_a_word_run(sre_parse.parse(r"(?:\w*|ab)cd"))
    assert not _opens_with_a_word_run(sre_parse.parse(r"\w+"))


def test_no_coach_pattern_opens_with_a_word_run() -> None:
    patterns = _coach_patterns()
    assert len(patterns) > 300  # the walk found the reader's patterns
    bad = [
        name
        for name, pattern in patterns.items()
        if _opens_with_a_word_run(sre_parse.parse(pattern.pattern, pattern.flags))
    ]
    assert bad == []
