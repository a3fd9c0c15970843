"""A pattern that ignores case, compiled without it for text already in lower-case ASCII."""

from __future__ import annotations

import functools
import re
import re._constants as sre  # the parser's opcodes: stable within a Python version
import re._parser as sre_parse
import string

from coach.tone_memo import by_identity

# Why: the calm phrases (content/tone.toml) ignore case, and a search that
# ignores case took three times as long as one that does not. The model
# runs them over its own tokens: lower-case ASCII letters, digits,
# apostrophes and spaces. On such text a pattern matches the same with or
# without IGNORECASE when none of its characters or ranges matches a
# character of that alphabet only by ignoring case ("K", "[A-Z]", the
# Kelvin sign): each is tried on the whole alphabet both ways.
ALPHABET = string.ascii_lowercase + string.digits + "' "


@by_identity
def for_lower_ascii(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` without IGNORECASE where that matches the same on ALPHABET; else itself."""
    if not pattern.flags & re.IGNORECASE:
        return pattern
    try:
        plain = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
        if plain.flags & re.IGNORECASE or pattern.flags & re.LOCALE:
            return pattern  # "(?i)" written in the pattern itself
        if _same(sre_parse.parse(plain.pattern, plain.flags).data):
            return plain
    except (re.error, RecursionError, AttributeError, TypeError, ValueError, IndexError):
        # re._parser is private: a tree laid out otherwise keeps the slower pattern.
        pass
    return pattern


def _same(items: object) -> bool:
    """True when nothing in the parsed items matches otherwise on ALPHABET with IGNORECASE."""
    for op, av in items:  # type: ignore[attr-defined]
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _same_class(re.escape(chr(av))):  # type: ignore[arg-type]
                return False
        elif op is sre.RANGE:
            low, high = av  # type: ignore[misc]
            if not _same_class(f"[{re.escape(chr(low))}-{re.escape(chr(high))}]"):
                return False
        elif op is sre.IN:
            if not _same(av):
                return False
        elif op is sre.BRANCH:
            if not all(_same(alt) for alt in av[1]):  # type: ignore[index]
                return False
        elif op is sre.SUBPATTERN:
            if not _same(av[3]):  # type: ignore[index]
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _same(av[2]):  # type: ignore[index]
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _same(av[1]):  # type: ignore[index]
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _same(av):
                return False
        elif op is sre.GROUPREF_EXISTS:
            _group, yes, no = av  # type: ignore[misc]
            if not _same(yes) or (no is not None and not _same(no)):
                return False
        elif op not in (sre.AT, sre.CATEGORY, sre.NEGATE, sre.ANY, sre.GROUPREF):
            return False  # a construct not looked into: keep the pattern as it is
    return True


@functools.lru_cache(maxsize=1024)
def _same_class(written: str) -> bool:
    """True when `written` (one character or range) matches the same ALPHABET either way."""
    folded, plain = re.compile(written, re.IGNORECASE), re.compile(written)
    return all(bool(folded.fullmatch(c)) == bool(plain.fullmatch(c)) for c in ALPHABET)
