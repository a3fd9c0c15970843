"""A rule's regular expression regrouped by the character its matches start with, for speed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from coach import tone_parse_once

# Word edges as compile_rule_pattern (coach/tone_rules.py) writes them.
EDGE_BEFORE = r"(?<!\w)(?<!\w['’])"
EDGE_AFTER = r"(?!\w)(?!['’]\w)"
_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = set("*+?{")
# Compiling takes time in proportion to a pattern's length, once per process
# (a one-off `coach check` pays it): regrouping that would make a rule more than
# this many times longer is not worth it. At 3 the rules compile in about 90 ms
# of CPU instead of 55 (130 with no cap) and scan a 400-word draft in 2.4 ms
# instead of 3.2 (2.3 with no cap).
MAX_GROWTH = 3.0
# "\1" or "(?(1)...)" in a person's own pattern: groups counted by number.
_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?\(")


def regrouped(pattern: str) -> str | None:
    """`pattern` between word edges, rewritten to match exactly the same spans, faster.

    A pattern that opens with a lookbehind (the word edge) makes the matcher
    start a match at every character of the draft, and then try each of the
    rule's alternatives in turn. Here every alternative is split into its
    first character and the rest, and the alternatives are grouped by that
    character: the matcher then skips straight to characters some
    alternative can start with, and tries only that group. Two alternatives
    that start with different characters cannot match at the same place, and
    within a group the order is kept, so each match is the one the plain
    pattern finds. A lookbehind before the first character is checked just
    after it instead (the character itself appended to it, so it is still
    fixed width). None when some alternative does not start with a plain
    character (a class, a repeat, a named group): such rules are left as
    written.
    """
    if "(?P" in pattern or _BACK_REFERENCE.search(pattern):
        return None  # a group may not be written twice, nor its number change
    heads = _heads(pattern)
    if not heads:
        return None
    groups = _grouped(heads)
    edge = r"(?<!\w{c})(?<!\w['’]{c})"
    body = "|".join(c + edge.format(c=c) + f"(?:{'|'.join(rests)})" for c, rests in groups)
    return f"(?:{body}){EDGE_AFTER}"


def _grouped(heads: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    groups: dict[str, list[str]] = {}
    for c, rest in heads:
        groups.setdefault(c, []).append(rest)
    return list(groups.items())


def _heads(pattern: str) -> list[tuple[str, str]] | None:
    """Each alternative of `pattern` as (its first character, the rest), in order."""
    out: list[tuple[str, str]] = []
    for alternative in _alternatives(pattern):
        heads = _head(alternative)
        if heads is None:
            return None
        out += heads
    return out


def _head(alternative: str) -> list[tuple[str, str]] | None:
    behind: list[str] = []
    i = 0
    while alternative.startswith(("(?<!", "(?<=", "^"), i):
        if alternative[i] == "^":
            behind.append(r"(?<![\s\S])")  # nothing before: the draft's start
            i += 1
            continue
        end = _closing(alternative, i)
        if end is None:
            return None
        behind.append(alternative[i : end + 1])
        i = end + 1
    if alternative.startswith("(?:", i):
        end = _closing(alternative, i)
        if end is None:
            return None
        after = alternative[end + 1 : end + 3]
        # An optional group first, (?:A)?B, tries A then B, else B alone: A B|B.
        optional = after[:1] == "?" and after != "??"
        if after[:1] in _QUANTIFIERS and not optional:
            return None
        rest = alternative[end + 2 :] if optional else alternative[end + 1 :]
        without = _head(rest) if optional else []
        inner = _heads(alternative[i + 3 : end])
        if inner is not None:
            heads = [(c, f"(?:{'|'.join(rests)}){rest}") for c, rests in _grouped(inner)]
        else:
            # "(?:^|(?<=\n)|how )X": an alternative with no character of its
            # own takes its first from what follows, so each is read with it.
            heads = []
            for sub in _alternatives(alternative[i + 3 : end]):
                if (one := _head(sub + rest)) is None:
                    return None
                heads += one
        if without is None:
            return None
        heads += without
    elif alternative.startswith("[", i):
        # A class of plain characters, ["“] or ['’], is one of them: "X|“X.
        members = _class_members(alternative, i)
        if members is None:
            return None
        chars, end = members
        if alternative[end : end + 1] in _QUANTIFIERS:
            return None
        heads = [(c, alternative[end:]) for c in chars]
    else:
        first = _first_char(alternative, i)
        if first is None:
            return None
        heads = [(first, alternative[i + len(first) :])]
    # (?<!X) before the character c is (?<!Xc) just after it.
    return [(c, "".join(b[:-1] + c + ")" for b in behind) + rest) for c, rest in heads]


def _first_char(alternative: str, i: int) -> str | None:
    """The literal character at `i` (maybe escaped), unless a repeat follows it."""
    char = alternative[i : i + 1]
    if not char:
        return None
    if char == "\\":
        escaped = alternative[i + 1 : i + 2]
        if not escaped or escaped.isalnum() or escaped == "_":
            return None  # \w, \s, \b, \x20: classes and edges, not one character
        token = alternative[i : i + 2]
    elif char in _SPECIAL:
        return None
    else:
        token = char
    return None if alternative[i + len(token) : i + len(token) + 1] in _QUANTIFIERS else token


def _class_members(pattern: str, at: int) -> tuple[list[str], int] | None:
    """The characters of a class of plain characters at `at` (escaped), and where it ends."""
    chars: list[str] = []
    i = at + 1
    while i < len(pattern) and pattern[i] != "]":
        if pattern[i] == "\\":
            escaped = pattern[i + 1 : i + 2]
            if not escaped or escaped.isalnum() or escaped == "_":
                return None
            char = escaped
            i += 2
        elif pattern[i] in "-^[" or (pattern[i] == "]" and i == at + 1):
            return None  # ranges, negation, nested sets: not plain characters
        else:
            char = pattern[i]
            i += 1
        if char not in chars:
            chars.append(char)
    if i >= len(pattern) or not chars:
        return None
    return [re.escape(c) for c in chars], i + 1


def _outside_classes(pattern: str, at: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character from `at` outside escapes and [classes], with the group depth at it.

    A ")" counts as already closed, so the one closing a group opened at `at` has depth 0.
    """
    depth, in_class, i = 0, False, at
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": a ] first in a class is a member
        else:
            depth -= char == ")"
            yield i, char, depth
            depth += char == "("
        i += 1


def _alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level bars."""
    out, start = [], 0
    for i, char, depth in _outside_classes(pattern):
        if char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _closing(pattern: str, at: int) -> int | None:
    """Where the group opening at `at` closes."""
    return next(
        (i for i, char, depth in _outside_classes(pattern, at) if char == ")" and depth == 0),
        None,
    )


def compiled(pattern: str) -> re.Pattern[str]:
    """`pattern` between word edges, regrouped when it can be, as written otherwise."""
    plain = f"{EDGE_BEFORE}(?:{pattern}){EDGE_AFTER}"
    fast = regrouped(pattern)
    if fast is not None and len(fast) <= MAX_GROWTH * len(plain):
        try:
            return tone_parse_once.compiled(fast)
        except re.error:
            pass  # written in a way the regrouping does not cover: as written
    return tone_parse_once.compiled(plain)
