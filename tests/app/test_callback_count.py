"""The callback count the app tests use is Textual's own, for every shape of callable."""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import partial
from typing import Any

import textual._callback
import textual.reactive
from textual._callback import _count_parameters

from tests.app.callback_count import counted_by, plain_count


def _shapes() -> list[Callable[..., Any]]:
    """Callables of every shape Textual is handed: fresh each time, so no count is kept on them."""

    def none() -> None: ...
    def one(a: int) -> None: ...
    def two(a: int, /, b: int = 1) -> None: ...
    def kw(a: int, *, b: int, c: int = 2) -> None: ...
    def star(*args: int) -> None: ...
    def everything(a: int, /, b: int, *args: int, c: int, **kw: int) -> None: ...

    @functools.wraps(one)
    def wrapped(*args: int, **kw: int) -> None: ...

    class Holder:
        def method(self, a: int) -> None: ...
        def bare(self) -> None: ...
        def spread(*args: int) -> None: ...
        def selfish(self, *args: int) -> None: ...
        async def later(self, a: int, b: int) -> None: ...
        def __call__(self, a: int) -> None: ...

    holder = Holder()
    plain = [none, one, two, kw, star, everything, wrapped, lambda: None, lambda x, y=1: None]
    bound = [holder.method, holder.bare, holder.spread, holder.selfish, holder.later, holder]
    partials = [partial(f) for f in plain + bound]
    partials += [partial(one, 1), partial(kw, 1, b=2), partial(holder.later, 1), partial(print)]
    return [*plain, *bound, *partials, print, len]


def _textual_count(func: Callable[..., Any]) -> int:
    """What Textual's own count_parameters says, worked out again rather than read back."""
    if isinstance(func, partial):
        return _count_parameters(func.func) - (len(func.args) + len(func.keywords))
    if hasattr(func, "__func__"):
        return _count_parameters(func.__func__) - 1  # type: ignore[attr-defined]
    return _count_parameters(func)


def test_every_shape_is_counted_as_textual_counts_it() -> None:
    count = counted_by(_textual_count)
    for made, again in zip(_shapes(), _shapes(), strict=True):
        assert count(made) == _textual_count(again), made


def test_plain_functions_and_methods_are_counted_from_their_code_alone() -> None:
    counted = [plain_count(f) for f in _shapes()[:15]]
    # The wrapped function and the method taking only *args are left to inspect.
    assert counted == [0, 1, 2, 3, 1, 5, None, 0, 2, 1, 0, None, 1, 2, None]


def test_the_app_tests_use_the_count() -> None:
    assert textual._callback.count_parameters is textual.reactive.count_parameters
    assert textual._callback.count_parameters.__qualname__.startswith("counted_by")
