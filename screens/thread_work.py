"""Work for a thread worker that leaves the thread holding nothing of its screen when done."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from textual.worker import active_worker

Result = TypeVar("Result")


def forgetting(work: Callable[..., Result], *handed: Any) -> Callable[[], Result]:
    """work(*handed); then the thread forgets both the worker it ran and what it was handed.

    Textual notes the worker in the pool thread's own context and leaves it
    there until that thread runs another: the worker, and through it the
    screen that started it, stayed alive long after the screen closed, and
    a closed screen kept alive cannot be freed or left out when the app sets
    what lives long aside (screens/collector.py).

    And a finished worker keeps its work, with all it holds, until its
    screen's garbage is collected: a journal filter's 50,000 entries and
    texts, once per keystroke, which the first full collection after the
    screen closed walked again (30 ms at 50,000 entries). Handed here rather
    than held by a lambda, they are let go of when the work is done.
    """
    held = list(handed)

    @functools.wraps(work)
    def run() -> Result:
        try:
            return work(*held)
        finally:
            held.clear()
            active_worker.set(None)  # type: ignore[arg-type]

    return run
