"""Entries shared from the journal's cache: read-only, and ordinary again when copied.

Cached entries are shared by every caller, so they are sealed: setting a field,
or changing their reflections or reply parts, raises `SharedEntryError`.
`copy.copy`, `copy.deepcopy`, `dataclasses.replace` and `thawed()` give an
ordinary entry to change.
"""

from __future__ import annotations

from typing import Any, NoReturn

from coach.model import Entry, ReplyPlan


class SharedEntryError(TypeError):
    """A cached entry was changed in place; copy it first."""


def _refuse(*_: object, **__: object) -> NoReturn:
    raise SharedEntryError(
        "entries read from the journal are shared; change a copy "
        "(copy.deepcopy, dataclasses.replace or entry_cache.thawed)"
    )


class FrozenDict(dict):  # type: ignore[type-arg]
    """A dict that refuses changes (still equal to, and serialised as, a dict)."""

    __slots__ = ()
    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = _refuse
    __ior__ = _refuse

    def __deepcopy__(self, memo: dict[int, Any]) -> dict[str, Any]:
        return dict(self)

    def __copy__(self) -> dict[str, Any]:
        return dict(self)


class FrozenList(list):  # type: ignore[type-arg]
    """A list that refuses changes (still equal to a list)."""

    __slots__ = ()
    __setitem__ = __delitem__ = append = extend = insert = pop = remove = _refuse
    clear = sort = reverse = __iadd__ = __imul__ = _refuse

    def __deepcopy__(self, memo: dict[int, Any]) -> list[Any]:
        return list(self)

    def __copy__(self) -> list[Any]:
        return list(self)


class SharedReplyPlan(ReplyPlan):
    """A cached entry's reply plan: read-only."""

    def __new__(cls, *args: Any, **kwargs: Any) -> ReplyPlan:  # type: ignore[misc]
        # dataclasses.replace builds through the class: hand back a plain plan.
        return _thaw_reply(ReplyPlan(*args, **kwargs))

    __setattr__ = __delattr__ = _refuse  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReplyPlan):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __copy__(self) -> ReplyPlan:
        return _thaw_reply(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> ReplyPlan:
        return _thaw_reply(self)


class SharedEntry(Entry):
    """A cached entry: read-only, equal to the plain entry it was parsed as."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Entry:  # type: ignore[misc]
        # dataclasses.replace builds through the class: hand back a plain entry.
        return thawed(Entry(*args, **kwargs))

    __setattr__ = __delattr__ = _refuse  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Entry):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None  # type: ignore[assignment]

    def __copy__(self) -> Entry:
        return thawed(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> Entry:
        return thawed(self)


def _thaw_reply(reply: ReplyPlan) -> ReplyPlan:
    copy = object.__new__(ReplyPlan)
    copy.__dict__.update(reply.__dict__)
    copy.__dict__["parts"] = list(reply.parts)
    return copy


def thawed(entry: Entry) -> Entry:
    """An ordinary entry with the same values, free to change."""
    copy = object.__new__(Entry)
    copy.__dict__.update(entry.__dict__)
    copy.__dict__["reflections"] = dict(entry.reflections)
    copy.__dict__["reply"] = _thaw_reply(entry.reply)
    return copy


def sealed(entry: Entry) -> SharedEntry:
    """The entry made read-only in place (it must not be used elsewhere)."""
    fields = entry.__dict__
    reply = entry.reply
    reply.__dict__["parts"] = FrozenList(reply.parts)
    object.__setattr__(reply, "__class__", SharedReplyPlan)
    fields["reflections"] = FrozenDict(entry.reflections)
    object.__setattr__(entry, "__class__", SharedEntry)
    return entry  # type: ignore[return-value]
