"""How many arguments Textual passes a callback, counted from its code, not by inspect."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial
from types import FunctionType, MethodType
from typing import Any

# A function that says its own signature, or wraps another, is counted by inspect.
_SAYS_ITS_SIGNATURE = ("__wrapped__", "__signature__")


def plain_count(func: Callable[..., Any]) -> int | None:
    """What inspect.signature would count for a plain function or bound method; else None."""
    bound = type(func) is MethodType
    target = func.__func__ if bound else func  # type: ignore[union-attr]
    if type(target) is not FunctionType or any(n in target.__dict__ for n in _SAYS_ITS_SIGNATURE):
        return None
    code = target.__code__
    positional = code.co_argcount
    if bound:
        if positional == 0:  # the instance goes into *args, which stays listed
            return None
        positional -= 1
    flags = code.co_flags
    starred = bool(flags & inspect.CO_VARARGS) + bool(flags & inspect.CO_VARKEYWORDS)
    return positional + code.co_kwonlyargcount + starred


def counted_by(own: Callable[[Callable[..., Any]], int]) -> Callable[[Callable[..., Any]], int]:
    """Textual's count_parameters, without inspect for the callbacks made fresh on each call.

    Textual keeps a count on the callable itself, so a closure or a partial made anew for
    each call (every call_later, and every widget Pilot waits on at each pause or key) was
    counted by inspect.signature every time.
    """

    def count_parameters(func: Callable[..., Any]) -> int:
        if type(func) is partial:
            inner = plain_count(func.func)
            if inner is not None:
                return inner - (len(func.args) + len(func.keywords))
        else:
            whole = plain_count(func)
            if whole is not None:
                return whole
        return own(func)

    return count_parameters
