"""Handing a thread worker's result back to the UI thread, quietly if the app has gone."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Protocol


class UIThread(Protocol):
    """The app as a worker thread sees it: a way back onto the UI thread."""

    def call_from_thread(self, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run callback on the UI thread and wait for it."""
        ...


def hand_back(app: UIThread, callback: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Run callback on the UI thread; nothing happens if the app quit meanwhile."""
    # call_from_thread raises once the app has stopped: a person quitting
    # while a big journal loads must never see a traceback.
    with contextlib.suppress(RuntimeError):
        app.call_from_thread(callback, *args, **kwargs)
