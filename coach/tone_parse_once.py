"""A rule's pattern parsed once: compiled from its tree, the tree kept for the scan to read."""

from __future__ import annotations

import _sre
import re
import re._compiler as sre_compile  # private, as re._parser: see compiled()
import re._parser as sre_parse
import weakref

# Why: the first check of a process compiles the ~27 shipped rules (about 120,000
# characters of pattern), and the scan (coach/tone_scan.py) then parsed each of
# them again to read where its matches can start. Parsing, not code generation,
# is most of a compile, so the second parse cost about a third of the first
# check. Here a rule is compiled from a tree parsed once, and the tree is kept
# until the scan has read it.

# Trees not yet read, by the identity of their pattern. The shipped rules' trees
# hold about 10 MB: each goes when it is read, or when its pattern goes (rules
# compiled only to be checked, as `coach content check` does); past this many
# (patterns kept but never scanned) the entries start afresh.
_KEPT = 64
_TREES: dict[int, tuple[weakref.ref[re.Pattern[str]], sre_parse.SubPattern]] = {}


def compiled(source: str) -> re.Pattern[str]:
    """re.compile(source) (equal to it, code and all), its parse tree kept for taken()."""
    tree = sre_parse.parse(source)  # raises re.error for a bad pattern, as re.compile does
    try:
        pattern = _from_tree(source, tree)
    except (AttributeError, TypeError, ValueError, IndexError):
        # re._compiler and _sre are private: should a later Python lay them out
        # otherwise, the pattern is compiled as usual and parsed again by the scan.
        return re.compile(source)
    if len(_TREES) >= _KEPT:
        _TREES.clear()
    key = id(pattern)
    _TREES[key] = (weakref.ref(pattern), tree)
    weakref.finalize(pattern, _TREES.pop, key, None)
    return pattern


def _from_tree(source: str, tree: sre_parse.SubPattern) -> re.Pattern[str]:
    """What re._compiler.compile(source) makes, from a tree already parsed (as it does)."""
    code = sre_compile._code(tree, 0)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return _sre.compile(
        source, tree.state.flags, code, tree.state.groups - 1, groupindex, tuple(indexgroup)
    )


def taken(pattern: re.Pattern[str]) -> sre_parse.SubPattern | None:
    """The tree compiled() kept for `pattern`, given once (then forgotten); None if none."""
    kept = _TREES.pop(id(pattern), None)
    if kept is None or kept[0]() is not pattern:
        return None
    return kept[1]
