"""No pattern coach searches text with may start a match with a run of letters or spaces."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from re import _constants as sre
from re import _parser as sre_parse

import coach

# A search tries such a pattern at every letter of a word, and each try runs to the
# word's end: a long unbroken word (a pasted link, a base64 line, "xxxx...") costs the
# square of its length. "\w*gespräch" on 40,000 letters took 64 CPU-s; "\b\w*gespräch"
# finds the same matches (one starts where its run of letters starts) in linear time.
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_WORD = {sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD}
# The same holds for a run of spaces: a pasted email or a draft may hold thousands
# ("\\s+@\\s+" split a line of 3,000 spaces in 0.3 CPU-s, tone_open_door's clauses
# in 1). "(?<!\\s)\\s+@" finds the same matches (one starts where its run starts).
_SPACE = {sre.CATEGORY_SPACE, sre.CATEGORY_UNI_SPACE}


def _word_run(item: tuple, kinds: set = _WORD) -> bool:
    """Whether one parsed item is an unbounded run of word characters (\\w* or \\w+).

    With kinds=_SPACE, of spaces: \\s* or a class that holds \\s, as [,\\s]+.
    """
    op, arg = item
    if op not in _REPEATS:
        return False
    _low, high, inner = arg
    if high != sre.MAXREPEAT or len(inner) != 1 or inner[0][0] != sre.IN:
        return False
    members = list(inner[0][1])
    if kinds is _SPACE:
        negated = (sre.NEGATE, None) in members
        return not negated and any((sre.CATEGORY, s) in members for s in _SPACE)
    return members in ([(sre.CATEGORY, w)] for w in kinds)


def _opens_with_a_word_run(parsed: sre_parse.SubPattern | list, kinds: set = _WORD) -> bool:
    """Whether some way into the pattern starts with a word run that more must follow.

    A run that is the whole way in ("\\w+" alone) matches wherever it starts: linear.
    """
    items = list(parsed)
    if not items:
        return False
    op, arg = items[0]
    if op == sre.BRANCH:
        return any(_opens_with_a_word_run(list(b) + items[1:], kinds) for b in arg[1])
    if op == sre.SUBPATTERN:
        return _opens_with_a_word_run(list(arg[-1]) + items[1:], kinds)
    return _word_run(items[0], kinds) and len(items) > 1


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


# Patterns that open with a run of spaces but are only ever matched at one place
# (match, fullmatch): one try, not one at every space of a run. Each is checked
# below to be used so and no other way.
_MATCHED_IN_PLACE = {
    "coach.email_events._NEXT_WORD",
    "coach.html_text._HTML_START",
    "coach.tone_own_future._ENDS",
    "coach.tone_own_future._WHOLE",
    "coach.tone_own_future._GREETING",
    "coach.tone_own_future._SET_SIGN_OFF",
    "coach.tone_quote_foreign._JOIN",
    "coach.tone_quote_kept._NOUN_AFTER",
    "coach.tone_quote_owner._SELF_AFTER",
    "coach.tone_quote_owner._ENDORSED",
    "coach.tone_quote_saying._FIRST_WORD",
    "coach.tone_shouting._HEADING",
    "coach.tone_shouting._HEADING_END",
    "coach.tone_shouting._GREETING",
    "coach.tone_target._INTRODUCER",
    "coach.tone_target._EMPTY_IT",
    "coach.tone_target._MADE_TO",
    "coach.tone_target._ADDED",
    "coach.tone_target._DOING",
    "coach.tone_verdict._TAIL",
    "coach.tone_wording._POINTS_BACK",
}


def test_the_check_finds_a_run_of_spaces() -> None:
    assert _opens_with_a_word_run(sre_parse.parse(r"\s+@\s+"), _SPACE)
    assert _opens_with_a_word_run(sre_parse.parse(r"x|[,\s]+inc$"), _SPACE)
    assert not _opens_with_a_word_run(sre_parse.parse(r"(?<!\s)\s+@|,\s+"), _SPACE)
    assert not _opens_with_a_word_run(sre_parse.parse(r"[^,\s]+,"), _SPACE)
    assert not _opens_with_a_word_run(sre_parse.parse(r"\w+x"), _SPACE)


def test_no_coach_pattern_searched_with_opens_with_a_run_of_spaces() -> None:
    patterns = _coach_patterns()
    bad = [
        name
        for name, pattern in patterns.items()
        if name not in _MATCHED_IN_PLACE
        and _opens_with_a_word_run(sre_parse.parse(pattern.pattern, pattern.flags), _SPACE)
    ]
    assert bad == []
    assert set(patterns) >= _MATCHED_IN_PLACE  # none of them renamed or gone


def _sources_using(module: str, name: str) -> list[str]:
    """The source of `module` and of each coach module importing `name` from it."""
    folder = Path(coach.__file__).parent
    own = (folder / f"{module.removeprefix('coach.')}.py").read_text(encoding="utf-8")
    others = [path.read_text(encoding="utf-8") for path in folder.glob("*.py")]
    importing = re.compile(rf"from {re.escape(module)} import \(?[^)]*\b{name}\b")
    return [own] + [source for source in others if importing.search(source)]


def test_the_patterns_matched_in_place_are_used_no_other_way() -> None:
    for full in _MATCHED_IN_PLACE:
        module, name = full.rsplit(".", 1)
        # Any use but .match( or .fullmatch(, its definition or its import, is a search.
        other = re.compile(
            rf"\b{name}\b(?!\.(?:full)?match\(|\s*=\s*re\.compile\(|,$|$)", re.MULTILINE
        )
        found = [m.group() for text in _sources_using(module, name) for m in other.finditer(text)]
        assert found == [], full
