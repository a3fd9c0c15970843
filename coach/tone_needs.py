"""The words one of which every match of a pattern holds, so a search can be skipped."""

from __future__ import annotations

import functools
import re
import re._constants as sre  # the parser's opcodes: stable within a Python version
import re._parser as sre_parse
from collections.abc import Iterable

from coach.tone_memo import by_identity

# Why: most of a sentence's shape patterns (coach/tone_shapes.py) and its
# calm phrases (coach/tone_features.py) find nothing in most sentences, yet
# each search walks the sentence character by character. Each pattern is
# read once, with Python's own parser, for a set of whole words such that
# every match holds one of them; the sentence's words are found once, and a
# pattern none of whose words is among them cannot match and is not
# searched. A test for strings inside words (`"finally" in text`) was
# tried first: over a set of tens of strings it cost more than the search.
# Nothing is skipped on a guess: a construct the reading does not follow
# yields no words, and a pattern without words is always searched.

# More strings than this in one set are not kept (their product grows fast).
_LIMIT = 64
# A word edge in the strings below: \b, ^, $, (?<!\w), (?!\w). A word next
# to one, or next to a character that is not \w, is a whole word.
_EDGE = "\0"
_WORD = re.compile(r"\w+")

# What one piece of a pattern is known to match: `exact`, the finite set of
# strings it matches (edges written as _EDGE; None when not finite or too
# many); `prefix` and `suffix`, strings one of which each match starts
# (ends) with, "" among them when nothing is known; `keys`, whole words one
# of which each match holds (None when none are known). A word cut by the
# piece's ends is read whole with what stands around it (see _sequence).
_Info = tuple[frozenset[str] | None, frozenset[str], frozenset[str], frozenset[str] | None]
_NONE = frozenset({""})
_NOTHING_KNOWN: _Info = (None, _NONE, _NONE, None)


def words(text: str) -> frozenset[str]:
    """The whole words of a text, as `may_match` takes them."""
    return frozenset(_WORD.findall(text))


def may_match(pattern: re.Pattern[str], text_words: frozenset[str]) -> bool:
    """False only when `pattern` cannot match in a text whose `words` these are."""
    found = keys(pattern)
    return found is None or not found.isdisjoint(text_words)


@functools.lru_cache(maxsize=4096)
def _whole_words(string: str) -> list[str]:
    """The words of a string that are whole wherever it stands: an edge or a non-word
    character on both sides, inside the string."""
    found = _WORD.findall(string)
    if found and _WORD.match(string[0]):
        found = found[1:]  # it may go on before the string
    if found and _WORD.match(string[-1]):
        found = found[:-1]  # or after it
    return found


@functools.lru_cache(maxsize=4096)
def _keyed(strings: frozenset[str] | None) -> frozenset[str] | None:
    """A whole word of each string (one already taken where it can, else the longest);
    None if some string has none."""
    if strings is None:
        return None
    out: set[str] = set()
    for s in sorted(strings, key=len):
        found = _whole_words(s)
        if not found:
            return None
        if out.isdisjoint(found):
            out.add(max(found, key=len))
    return frozenset(out)


def _exact(info_exact: frozenset[str]) -> _Info:
    return info_exact, info_exact, info_exact, _keyed(info_exact)


def _times(one: frozenset[str], other: frozenset[str]) -> frozenset[str] | None:
    """Each string of one followed by each of other; None past _LIMIT."""
    if len(one) * len(other) > _LIMIT:
        return None
    return frozenset(a + b for a in one for b in other)


def _better(one: frozenset[str] | None, other: frozenset[str] | None) -> frozenset[str] | None:
    """The more telling of two sets of words: the one less likely met in a sentence."""
    if one is None or other is None:
        return one if other is None else other
    return one if _odds(one) <= _odds(other) else other


def _odds(found: frozenset[str]) -> float:
    # Short words are the common ones ("i", "as", "the"): each letter halves the odds.
    return sum(2.0 ** -len(w) for w in found)


def _char(code: int, folded: bool) -> str | None:
    """A literal character as the text holds it; None when case folding makes it unsure."""
    c = chr(code)
    if not folded:
        return c
    # Under IGNORECASE only ASCII is read, lower case (the text must be
    # ASCII in lower case): "K" (Kelvin) or "ſ" match ASCII letters.
    return c.lower() if c.isascii() else None


def _class(items: list[tuple[object, object]], folded: bool) -> frozenset[str] | None:
    """The characters a small [class] of plain characters stands for; None otherwise."""
    out = set()
    for op, av in items:
        if op is not sre.LITERAL:
            return None  # a range, a category, a negation: not a short list
        c = _char(av, folded)  # type: ignore[arg-type]
        if c is None:
            return None
        out.add(c)
    return frozenset(out) if len(out) <= 8 else None


def _sequence(
    items: list[tuple[object, object]], folded: bool, before: frozenset[str], after: frozenset[str]
) -> _Info:
    """What a sequence matches, with `before` and `after` what stands around it (a word
    cut by its ends may be whole with them)."""
    items = _merged(items, folded)
    rights = _rights(items, folded, after)
    run = _NONE  # what the items so far match, while that is finite
    prefix = tail = _NONE
    best: frozenset[str] | None = None
    exact = True
    for (op, av), right in zip(items, rights, strict=True):
        left = (_times(before, run) or run) if exact else tail
        item_exact, item_prefix, item_suffix, item_keys = _item(op, av, folded, left, right)
        best = _better(best, item_keys)
        if exact and item_exact is not None:
            grown = _times(run, item_exact)
            if grown is not None:
                run = grown
                best = _better(best, _keyed(_times(before, run)))
                continue
        # Where two pieces meet, a word may run across: read the strings joined.
        best = _better(best, _keyed(_times(left, item_prefix)))
        if exact:
            exact = False
            prefix = _times(run, item_prefix) or run
            tail = item_suffix
        elif item_exact is not None:
            tail = _times(tail, item_exact) or item_exact
        else:
            tail = item_suffix
    if exact:
        return run, run, run, _better(best, _keyed(_times(_times(before, run) or run, after)))
    best = _better(best, _keyed(_times(tail, after)))
    return None, prefix, tail, best


_TEXT = "text"  # a run of literal characters read as one piece


def _merged(items: Iterable[tuple[object, object]], folded: bool) -> list[tuple[object, object]]:
    """The items with each run of literal characters made one piece (far fewer products)."""
    out: list[tuple[object, object]] = []
    for op, av in items:
        c = _char(av, folded) if op is sre.LITERAL else None  # type: ignore[arg-type]
        if c is None:
            out.append((op, av))
        elif out and out[-1][0] == _TEXT:
            out[-1] = (_TEXT, out[-1][1] + c)  # type: ignore[operator]
        else:
            out.append((_TEXT, c))
    return out


def _rights(
    items: list[tuple[object, object]], folded: bool, after: frozenset[str]
) -> list[frozenset[str]]:
    """For each item, strings one of which what follows it (to `after`) starts with."""
    if not items:
        return []
    out = [after]
    for op, av in reversed(items[1:]):
        item_exact, item_prefix, _suffix, _keys = _item(op, av, folded, _NONE, _NONE)
        if item_exact is None:
            out.append(item_prefix)
        else:
            out.append(_times(item_exact, out[-1]) or item_exact)
    return out[::-1]


def _assertion(av: object) -> str:
    """(?<!\\w) and (?!\\w) are word edges; any other lookaround takes nothing known."""
    direction, items = av  # type: ignore[misc]
    if list(items) == [(sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)])] and direction in (-1, 1):
        return _EDGE
    return ""


# Each piece read once per context while one pattern is read (a piece is
# read for what it takes alone, and again with what stands around it).
_memo: dict[tuple[object, int, bool, frozenset[str], frozenset[str]], _Info] = {}


def _item(
    op: object, av: object, folded: bool, before: frozenset[str], after: frozenset[str]
) -> _Info:
    if op == _TEXT:
        return _exact(frozenset({av}))  # type: ignore[arg-type]
    key = (op, id(av), folded, before, after)
    if key not in _memo:
        _memo[key] = _read(op, av, folded, before, after)
    return _memo[key]


def _read(
    op: object, av: object, folded: bool, before: frozenset[str], after: frozenset[str]
) -> _Info:
    if op is sre.LITERAL:
        c = _char(av, folded)  # type: ignore[arg-type]
        return _exact(frozenset({c})) if c is not None else _NOTHING_KNOWN
    if op is sre.IN:
        chars = _class(av, folded)  # type: ignore[arg-type]
        return _exact(chars) if chars is not None else _NOTHING_KNOWN
    if op is sre.AT:
        # \B alone is no edge; ^, $, \A, \Z and \b all stand where a word cannot go on.
        return _exact(frozenset({"" if av is sre.AT_NON_BOUNDARY else _EDGE}))
    if op is sre.ASSERT_NOT:
        return _exact(frozenset({_assertion(av)}))
    if op is sre.ASSERT:
        return _exact(_NONE)
    if op is sre.BRANCH:
        infos = [_sequence(alt, folded, before, after) for alt in av[1]]  # type: ignore[index]
        exacts, prefixes, suffixes, found = zip(*infos, strict=True)
        keys = None if any(k is None for k in found) else frozenset().union(*found)
        if all(e is not None for e in exacts):
            union = frozenset().union(*exacts)
            if len(union) <= _LIMIT:
                return union, union, union, _better(keys, _keyed(union))
        prefix = frozenset().union(*prefixes)
        suffix = frozenset().union(*suffixes)
        return (
            None,
            prefix if len(prefix) <= _LIMIT else _NONE,
            suffix if len(suffix) <= _LIMIT else _NONE,
            keys,
        )
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = av  # type: ignore[misc]
        if add or remove:
            return _NOTHING_KNOWN  # a flag changed inside: letters read otherwise
        return _sequence(inner, folded, before, after)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, folded, before, after)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, inner = av  # type: ignore[misc]
        inner_exact, inner_prefix, inner_suffix, inner_keys = _sequence(inner, folded, _NONE, _NONE)
        if low == 0 and high == 1 and inner_exact is not None:
            return _exact(inner_exact | _NONE)
        if low == 0:
            # Matching nothing, what stands before runs on: it is part of what ends here.
            return None, inner_prefix | _NONE, inner_suffix | before, None
        return None, inner_prefix, inner_suffix, inner_keys
    return _NOTHING_KNOWN


@by_identity
def keys(pattern: re.Pattern[str], *, lower_ascii: bool = False) -> frozenset[str] | None:
    """Whole words one of which every match of `pattern` holds; None when none are known.

    A pattern that ignores case is read only for text the caller knows to be
    ASCII in lower case (`lower_ascii`); its words are then in lower case.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        flags = pattern.flags | parsed.state.flags
        folded = bool(flags & re.IGNORECASE)
        if flags & (re.LOCALE | re.ASCII) or (folded and not lower_ascii):
            return None
        return _sequence(list(parsed.data), folded, _NONE, _NONE)[3]
    except (RecursionError, AttributeError, TypeError, ValueError, IndexError):
        # re._parser is private: should a later Python lay its tree out
        # otherwise, every search is made, only slower.
        return None
    finally:
        _memo.clear()
        _keyed.cache_clear()
        _whole_words.cache_clear()
