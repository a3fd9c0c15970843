"""A rule the scan cannot read whole, read by its alternatives, and the strings the rest need."""

from __future__ import annotations

import re
import re._constants as sre  # the parser's opcodes: stable within a Python version
import re._parser as sre_parse
from collections.abc import Callable, Iterable
from typing import NamedTuple

from coach.tone_first_char import EDGE_AFTER, EDGE_BEFORE, _alternatives, _closing

# Why: a rule one of whose alternatives opens on any word ("[a-z'’-]+ laughed",
# "(?P<repeated>\w+) weeks. (?P=repeated).") cannot be read for where its
# matches start (coach/tone_scan.py), and was searched whole in every draft:
# on bench/tone.py's real drafts the two such shipped rules cost 0.47 ms a
# draft, more than all the others together. Yet every match of each such
# alternative holds a string few drafts hold ("laughed", "weeks."). Where
# no alternative left unread can match (none of its strings is in the draft),
# the rule can only match where one of its read alternatives starts, and is
# tried there alone, as a read rule is.


class Parts(NamedTuple):
    """A pattern read alternative by alternative (see parts)."""

    starts: frozenset[str]  # where its read alternatives can start, as tone_scan.starts
    needs: tuple[frozenset[str], ...]  # for each other alternative, the strings it needs


def parts(
    pattern: re.Pattern[str], read: Callable[[str, int], frozenset[str] | None]
) -> Parts | None:
    """`pattern`, as compile_rule_pattern writes it, read by its top-level alternatives.

    `read(source, flags)` is tone_scan's reading of where a pattern's matches
    can start. An alternative it cannot read must hold one of a few strings
    (see needed); None when one holds none known, or the pattern is not of
    the two forms coach/tone_first_char.py writes.
    """
    cut = _cut(pattern.pattern)
    if cut is None:
        return None
    prefix, alternatives, suffix = cut
    keys: set[str] = set()
    needs: list[frozenset[str]] = []
    for alternative in alternatives:
        # Each alternative read as a pattern of its own, between the same edges.
        source = f"{prefix}(?:{alternative}){suffix}"
        # One alternative alone is the pattern, already found unread (reading it
        # again cost 24 ms of the first check for the laughter rule).
        found = read(source, pattern.flags) if len(alternatives) > 1 else None
        if found is not None:
            keys |= found
            continue
        need = needed(source, pattern.flags)
        if need is None:
            return None
        needs.append(need)
    if sum(map(len, needs)) > _LIMIT:
        return None  # looking for that many strings in each draft could cost the search
    # A start that may go on with anything covers the longer ones it begins.
    short = frozenset(k for k in keys if not any(k[:n] in keys for n in range(1, len(k))))
    return Parts(short, tuple(needs))


def _cut(source: str) -> tuple[str, list[str], str] | None:
    """The source as (prefix, its top-level alternatives, suffix): EDGE_BEFORE(?:A|B)EDGE_AFTER
    as written, or (?:A|B)EDGE_AFTER as regrouped; None for any other form."""
    prefix = EDGE_BEFORE if source.startswith(EDGE_BEFORE + "(?:") else ""
    if not source.startswith(prefix + "(?:") or not source.endswith(")" + EDGE_AFTER):
        return None
    # The group opened after the prefix must be the one closed before the suffix.
    if _closing(source, len(prefix)) != len(source) - len(EDGE_AFTER) - 1:
        return None
    body = source[len(prefix) + 3 : -len(EDGE_AFTER) - 1]
    return prefix, _alternatives(body), EDGE_AFTER


# More strings than this in one set are not kept (their product grows fast).
_LIMIT = 64
_EMPTY = frozenset({""})
# What one piece of a pattern is known to match: the finite set of strings it
# matches (None when not finite or too many), and strings one of which every
# match of it needs in the text searched (None when none are known).
_Info = tuple[frozenset[str] | None, frozenset[str] | None]
_UNKNOWN: _Info = (None, None)


def needed(source: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which the text holds wherever `source` matches in it; None if unknown.

    Read with Python's own parser. Anything it does not follow is taken as
    matching anything (a lookaround too, unless it asserts that a string is
    there), so no string is claimed that a match could do without.
    """
    try:
        parsed = sre_parse.parse(source, flags)
        if (flags | parsed.state.flags) & (re.IGNORECASE | re.LOCALE):
            return None  # a letter could match in another case
        return _sequence(list(parsed.data))[1]
    except (RecursionError, AttributeError, TypeError, ValueError, IndexError, re.error):
        # re._parser is private: should a later Python lay its tree out
        # otherwise, the rule is searched whole, only slower.
        return None


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two sets of strings: the one less likely in a draft."""
    if one is None or "" in one:
        return None if other is None or "" in other else other
    if other is None or "" in other:
        return one
    return one if _odds(one) <= _odds(other) else other


def _odds(strings: frozenset[str]) -> float:
    # Short strings are the common ones: each letter, digit or space halves the
    # odds, and a mark divides them by 8 ("weeks." is rarer than "weeks").
    return sum(2.0 ** -sum(1 if c.isalnum() or c == " " else 3 for c in s) for s in strings)


def _times(one: frozenset[str], other: frozenset[str]) -> frozenset[str] | None:
    """Each string of one followed by each of other; None past _LIMIT."""
    if len(one) * len(other) > _LIMIT:
        return None
    return frozenset(a + b for a in one for b in other)


def _sequence(items: Iterable[tuple[object, object]]) -> _Info:
    run: frozenset[str] = _EMPTY  # the strings the items since the last unknown one match
    whole = True  # every item so far matches a known, finite set of strings
    best: frozenset[str] | None = None
    for op, av in items:
        exact, need = _item(op, av)
        best = _better(best, need)
        grown = None if exact is None else _times(run, exact)
        if grown is not None:
            run = grown
            continue
        # What the run matched is in the text whatever follows it: keep it, start again.
        best = _better(best, run)
        whole = False
        run = exact if exact is not None else _EMPTY
    best = _better(best, run)
    return (run if whole else None), best


def _item(op: object, av: object) -> _Info:
    if op is sre.LITERAL:
        return frozenset({chr(av)}), None  # type: ignore[arg-type]
    if op is sre.IN:
        chars = _class(av)  # type: ignore[arg-type]
        return chars, None
    if op in (sre.AT, sre.ASSERT_NOT):
        return _EMPTY, None  # takes no character, asserts nothing is there
    if op is sre.ASSERT:
        _direction, inner = av  # type: ignore[misc]
        exact, need = _sequence(inner)
        # Zero width, but what it asserts stands in the text.
        return _EMPTY, _better(need, exact)
    if op is sre.BRANCH:
        infos = [_sequence(alternative) for alternative in av[1]]  # type: ignore[index]
        exacts = [exact for exact, _need in infos]
        union: frozenset[str] | None = None
        if all(exact is not None for exact in exacts):
            union = frozenset().union(*exacts)  # type: ignore[arg-type]
            union = union if len(union) <= _LIMIT else None
        each = [_better(need, exact) for exact, need in infos]
        need = None if any(n is None for n in each) else frozenset().union(*each)  # type: ignore[arg-type]
        return union, need
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = av  # type: ignore[misc]
        return _UNKNOWN if add or remove else _sequence(inner)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        exact, need = _sequence(inner)
        if low == high == 1:
            return exact, need
        if low == 0 and high == 1:
            return (None if exact is None else exact | _EMPTY), None
        return None, (_better(need, exact) if low >= 1 else None)
    return _UNKNOWN  # any character, a group taken up again, a condition: anything


def _class(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The characters of a small [class] of plain characters; None otherwise."""
    out = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None  # a range, a category, a negation: not a short list
        out.add(chr(av))  # type: ignore[arg-type]
    return frozenset(out) if len(out) <= 8 else None
