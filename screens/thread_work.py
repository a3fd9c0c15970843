"""Work for a thread worker that leaves the thread holding nothing of its screen when done."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from textual.worker import active_worker

Result = TypeVar("Result")


def forgetting(work: Callable[[], Result]) -> Callable[[], Result]:
    """work, after which the thread forgets the worker it ran.

    Textual notes the worker in the pool thread's own context and leaves it
    there until that thread runs another: the worker, and through it the
    screen that started it, stayed alive long after the screen closed, and
    a closed screen kept alive cannot be freed or left out when the app sets
    what lives long aside (screens/collector.py).
    """

    @functools.wraps(work)
    def run() -> Result:
        try:
            return work()
        finally:
            active_worker.set(None)  # type: ignore[arg-type]

    return run
