"""A rule's matches in a draft, its pattern tried only at the word edges a match can start at."""

from __future__ import annotations

import re
import re._constants as sre  # the parser's opcodes: stable within a Python version
import re._parser as sre_parse
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from coach.tone_edges import edge_offsets
from coach.tone_memo import by_identity
from coach.tone_parse_once import taken
from coach.tone_scan_parts import parts

# Why: every rule's pattern starts each match at a word edge (coach/tone_first_char.py
# wraps it so), yet a search still stops at every character some alternative
# starts with, mid-word too, and enters the pattern there; over the ~25 rules
# that floor was about half of what the rules cost on a 400-word draft, and
# a rule that could not be regrouped tried all its alternatives at each stop.
# Here each pattern is read once for the first KEY characters a match can
# start with, and the draft once for the KEY characters at each word edge;
# a pattern is then tried only at the edges it can start at, in order,
# skipping those inside its last match. Pattern.match at an offset sees the
# text before it (lookbehinds work as in a search) and returns what a search
# reaching that offset would, so the matches are exactly finditer's.

# The draft and the patterns are read with every whitespace character as a
# space and every digit as 0 (what \s and \d stand for): a superset, never a miss.
_SPACE = " "
_DIGIT = "0"
_WHITESPACE = re.compile(r"\s")
_DIGITS = re.compile(r"\d")
# The same reading of an ASCII draft as one byte translation, its table made from the
# two patterns: on the bench's real drafts 0.001 ms against 0.05 for the substitutions.
_ASCII_READ = bytes(
    ord(_SPACE) if _WHITESPACE.match(chr(b)) else ord(_DIGIT) if _DIGITS.match(chr(b)) else b
    for b in range(128)
) + bytes(range(128, 256))


def _read(text: str) -> str:
    """The text with every whitespace character as a space and every digit as 0."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_READ).decode("ascii")
    return _DIGITS.sub(_DIGIT, _WHITESPACE.sub(_SPACE, text))


# How many characters of a match are read. On bench/tone.py's 400-word draft
# (443 edges, 23 rules read) the rules were tried 3,552 times with two, 1,741
# with three, 995 with four; the scan took 3.4, 2.4, 2.1 ms (2.2 with five),
# against 4.7 ms for finditer, and the same shares on long drafts of the corpus.
KEY = 4


class _Unread(Exception):
    """A construct the reading does not follow: the pattern is searched as before."""


# One way into a pattern so far: the characters it took, at most KEY (\0s for
# any whitespace, \0d any digit), the last None when it could be any character;
# and whether the word edge (?<!\w) was asserted at the first one.
_State = tuple[tuple[str | None, ...], bool]


def _norm(char: str) -> str:
    if char in _CATEGORIES:
        return _CATEGORIES[char]
    if char.isspace():
        return _SPACE
    return _DIGIT if char.isdecimal() else char


# \s and \d in a pattern, told apart from a space or a digit written out.
_CATEGORIES = {"\0s": _SPACE, "\0d": _DIGIT}


def _class(items: Iterable[tuple[object, object]]) -> set[str | None]:
    """What one character of a [class] can be; None for a class too wide to list."""
    out: set[str | None] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is sre.RANGE and av[1] - av[0] < 128:  # type: ignore[index]
            out.update(chr(c) for c in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            out.add("\0s")
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            out.add("\0d")
        else:
            return {None}  # \w, a negated class, a wide range
    return out


# Past this many ways in, a pattern is left unread (searched whole, as any
# pattern starts() cannot read). Every shipped pattern but one stays under
# 2,000; one that opens on any word ("[a-z'’-]+ laughed") grew to tens of
# thousands and took 12 s to read, on the first check of every run.
_MOST_WAYS = 4096


def _took(states: set[_State], chars: set[str | None]) -> set[_State]:
    out = set()
    for first, edged in states:
        if len(first) >= KEY or (first and first[-1] is None):
            out.add((first, edged))  # known as far as it is worth knowing
        else:
            out.update(((*first, c), edged) for c in chars)
    if len(out) > _MOST_WAYS:
        raise _Unread
    return out


def _word_edge(av: object, first: tuple[str | None, ...]) -> bool:
    """True for (?<!\\w) before the first character, or (?<!\\wc) just after it, c."""
    direction, items = av  # type: ignore[misc]
    if direction != -1 or len(items) == 0:
        return False
    head, *rest = items
    if head != (sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)]):
        return False
    if not first:
        return not rest
    c = first[0]
    return len(first) == 1 and c is not None and len(c) == 1 and rest == [(sre.LITERAL, ord(c))]


def _sequence(items: Iterable[tuple[object, object]], states: set[_State]) -> set[_State]:
    for op, av in items:
        if all(len(first) >= KEY or (first and first[-1] is None) for first, _ in states):
            break  # every way in is known as far as it is read: the rest changes nothing
        states = _item(op, av, states)
    return states


def _item(op: object, av: object, states: set[_State]) -> set[_State]:
    if op is sre.LITERAL:
        return _took(states, {chr(av)})  # type: ignore[arg-type]
    if op is sre.IN:
        return _took(states, _class(av))  # type: ignore[arg-type]
    if op in (sre.ANY, sre.NOT_LITERAL):
        return _took(states, {None})
    if op is sre.BRANCH:
        return set().union(*(_sequence(alt, states) for alt in av[1]))  # type: ignore[index]
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = av  # type: ignore[misc]
        if add or remove:
            raise _Unread  # a flag changed inside: letters or dots read otherwise
        return _sequence(inner, states)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, states)  # type: ignore[arg-type]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeat(av, states)
    if op is sre.GROUPREF:
        return states | _took(states, {None})  # what a group took: anything, or nothing
    if op is sre.ASSERT_NOT:
        return {(first, edged or _word_edge(av, first)) for first, edged in states}
    if op in (sre.ASSERT, sre.AT):
        return states  # takes no character
    raise _Unread


def _repeat(av: object, states: set[_State]) -> set[_State]:
    low, high, inner = av  # type: ignore[misc]
    out = set(states) if low == 0 else set()
    current, times = states, 0
    while times < high:
        times += 1
        following = _sequence(inner, current)
        if times >= low or following == current:
            out |= following
        if following == current:
            break  # one more repeat reaches nothing new, nor would any after it
        current = following
    return out


@by_identity
def starts(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The first KEY characters (normalised) a match can start with, or fewer where the
    next can be anything or the match may end. None when the pattern cannot be read so:
    a match could be empty, start off a word edge, or start with any character at all."""
    # A rule's tree as parsed for its compiling (coach/tone_parse_once.py), if kept.
    return _starts(pattern.pattern, pattern.flags, taken(pattern))


def _starts(
    source: str, flags: int, parsed: sre_parse.SubPattern | None = None
) -> frozenset[str] | None:
    """starts() of a pattern's source and flags (an alternative is read so: tone_scan_parts)."""
    try:
        if parsed is None:
            parsed = sre_parse.parse(source, flags)
        if (flags | parsed.state.flags) & (re.IGNORECASE | re.ASCII | re.LOCALE):
            return None  # letters or word edges read otherwise than here
        ends = _sequence(parsed.data, {((), False)})
    except (_Unread, RecursionError):
        return None
    except re.error:
        # An alternative read alone (tone_scan_parts) may name a group of another
        # ("(a)x|\w+ \1y"): it is not read, as a pattern this cannot follow.
        return None
    except (AttributeError, TypeError, ValueError, IndexError):
        # re._parser is private: should a later Python lay its tree out
        # otherwise, the rules are searched as before, only slower.
        return None
    keys: set[str] = set()
    for first, edged in ends:
        if not first or not edged or first[0] is None:
            return None
        keys.add("".join(_norm(c) for c in first if c is not None))
    # A start that may go on with anything covers the longer ones it begins.
    return frozenset(k for k in keys if not any(k[:n] in keys for n in range(1, len(k))))


@by_identity
def _split(pattern: re.Pattern[str]) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """starts(pattern) as the starts of KEY characters and the shorter ones; None as there."""
    keys = starts(pattern)
    if keys is None:
        return None
    return frozenset(k for k in keys if len(k) == KEY), tuple(k for k in keys if len(k) < KEY)


class _Table(NamedTuple):
    """Where the starts (see starts()) of a few patterns lead: the indexes of the patterns
    each begins, the KEY-character starts by themselves, the shorter ones (a few) by their
    first character; which patterns could be read at all, and for each read only in part
    (tone_scan_parts) the strings a draft must hold none of for it to be tried at its starts."""

    full: dict[str, tuple[int, ...]]
    short: dict[str, tuple[tuple[str, tuple[int, ...]], ...]]
    read: tuple[bool, ...]
    needs: tuple[tuple[str, ...], ...]


def _reading(pattern: re.Pattern[str]) -> tuple[frozenset[str] | None, tuple[str, ...]]:
    """A pattern's starts, read whole or else by its alternatives; and the strings that,
    in a draft, leave some alternative unread able to match (none for one read whole)."""
    whole = starts(pattern)
    if whole is not None:
        return whole, ()
    by_parts = parts(pattern, _starts)
    if by_parts is None:
        return None, ()
    return by_parts.starts, tuple(sorted(frozenset().union(*by_parts.needs)))


# The last few tables made, by the identities of their patterns (each kept alive with it).
_TABLES: dict[tuple[int, ...], tuple[tuple[re.Pattern[str], ...], _Table]] = {}


def _table(patterns: tuple[re.Pattern[str], ...]) -> _Table:
    """The table of `patterns`' starts, made once for each set of patterns."""
    key = tuple(map(id, patterns))
    kept = _TABLES.get(key)
    if kept is not None and all(a is b for a, b in zip(kept[0], patterns, strict=True)):
        return kept[1]
    table: dict[str, list[int]] = {}
    read = [_reading(pattern) for pattern in patterns]
    for i, (keys, _needs) in enumerate(read):
        for start in keys or ():
            table.setdefault(start, []).append(i)
    short: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
    for start, found in table.items():
        if len(start) < KEY:
            short.setdefault(start[0], []).append((start, tuple(found)))
    made = _Table(
        {start: tuple(found) for start, found in table.items() if len(start) == KEY},
        {first: tuple(found) for first, found in short.items()},
        tuple(keys is not None for keys, _needs in read),
        tuple(needs for _keys, needs in read),
    )
    if len(_TABLES) >= 16:
        _TABLES.clear()  # own rules read afresh, again and again
    _TABLES[key] = (patterns, made)
    return made


class Edges:
    """The word edges of one draft (offsets not just after a letter, digit or _),
    by the KEY characters that stand there (fewer at the draft's end)."""

    def __init__(self, text: str, patterns: Sequence[re.Pattern[str]] = ()) -> None:
        self.text = text
        self._keyed = _read(text)
        # The edges, and their characters by slicing: a group captured at each
        # edge cost more than the slice.
        self._edges = edge_offsets(self._keyed)
        self._at: dict[str, list[int]] | None = None
        self._by_prefix: dict[int, dict[str, list[int]]] = {}
        self._walked: dict[int, tuple[re.Pattern[str], list[int]]] = {}
        if patterns:
            self._walk(tuple(patterns))

    @property
    def at(self) -> dict[str, list[int]]:
        """The edges by their characters; made only for a pattern the walk was not given."""
        if self._at is None:
            keyed = self._keyed
            at: dict[str, list[int]] = {}
            for p in self._edges:
                key = keyed[p : p + KEY]
                if key in at:
                    at[key].append(p)
                else:
                    at[key] = [p]
            self._at = at
        return self._at

    def _walk(self, patterns: tuple[re.Pattern[str], ...]) -> None:
        """Where each of `patterns` can start, all found in one pass over the draft's edges.

        Asking pattern by pattern cost a set operation over every edge and a
        prefix index for each length, per rule. Here each edge's characters
        are looked up once, for the starts of every pattern at once, straight
        from the edges in order: filing them by their characters first, then
        sorting each pattern's places again, did the work twice.
        """
        table = _table(patterns)
        found: list[list[int]] = [[] for _ in patterns]
        full, short, keyed = table.full.get, table.short.get, self._keyed
        for p in self._edges:
            key = keyed[p : p + KEY]
            # A pattern's starts never begin one another (see starts()), so each
            # edge is filed at most once for each pattern, and in order. Nearly
            # every start is KEY characters long: one look-up finds those, and
            # the few shorter ones are tried only at edges that begin with their
            # first character.
            hit = full(key)
            if hit is not None:
                for i in hit:
                    found[i].append(p)
            for start, indexes in short(key[0], ()):
                if key.startswith(start):
                    for i in indexes:
                        found[i].append(p)
        text = self.text
        for pattern, places, read, needs in zip(
            patterns, found, table.read, table.needs, strict=True
        ):
            # A pattern read in part is tried at its starts only in a draft where no
            # alternative left unread can match; in any other it is searched whole.
            if read and not any(need in text for need in needs):
                self._walked[id(pattern)] = (pattern, places)

    def _prefixed(self, prefix: str) -> list[int]:
        """The edges whose characters start with `prefix` (shorter than KEY)."""
        size = len(prefix)
        if size not in self._by_prefix:
            index: dict[str, list[int]] = {}
            for key, places in self.at.items():
                index.setdefault(key[:size], []).extend(places)
            self._by_prefix[size] = index
        return self._by_prefix[size].get(prefix, [])

    def _places(self, full: frozenset[str], short: tuple[str, ...]) -> list[int]:
        """The edges, in order, a pattern with these starts (see _split) can start at."""
        at = self.at
        # The starts found at this draft's edges in one set operation: a rule
        # has up to ~200 starts, a lookup each cost more than the matching.
        places = [p for key in at.keys() & full for p in at[key]]
        for key in short:
            places += self._prefixed(key)
        places.sort()
        return places

    def finditer(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """What pattern.finditer(text) finds, in the same order."""
        walked = self._walked.get(id(pattern))
        if walked is not None and walked[0] is pattern:
            places = walked[1]
        else:
            split = _split(pattern)
            if split is None:
                yield from pattern.finditer(self.text)
                return
            places = self._places(*split)
        match, text, last = pattern.match, self.text, 0
        for p in places:
            if p < last:
                continue  # inside the last match: a search goes on from its end
            m = match(text, p)
            if m is not None:
                last = m.end()
                yield m
