"""Python's cycle collector kept still while a big journal's objects are made in a thread.

Reading 50,000 entries makes millions of objects. Each time their number grows
by a quarter, the collector walks all of them (80 ms and more at 50,000
entries) in whichever thread is running, holding the interpreter, so the UI
thread stands still too. While a read is under way the collector is off; when
the last read ends, everything alive is set aside for good (`gc.freeze`), so
later collections never walk the journal again. Frozen objects are still
freed when nothing refers to them; only cycles among them stay.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

_lock = threading.Lock()
_reading = 0
_was_enabled = True


@contextlib.contextmanager
def collector_still() -> Iterator[None]:
    """No cycle collection while the body runs (in any thread); what it made is set aside after."""
    global _reading, _was_enabled
    with _lock:
        if _reading == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _reading += 1
    try:
        yield
    finally:
        with _lock:
            _reading -= 1
            if _reading == 0:
                gc.freeze()
                if _was_enabled:
                    gc.enable()
