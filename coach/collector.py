"""Python's cycle collector kept still while a big journal's objects are made in a thread.

Reading 50,000 entries makes millions of objects. Each time their number grows
by a quarter, the collector walks all of them (80 ms and more at 50,000
entries) in whichever thread is running, holding the interpreter, so the UI
thread stands still too. While a read is under way the collector is off; when
the last read ends after making many objects, everything alive is set aside
for good (`gc.freeze`), so later collections never walk the journal again. Frozen objects are still
freed when nothing refers to them; only cycles among them stay.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

# Objects made (less those freed) past which a read's are set aside: a first
# read of a big journal makes millions; a read from the cache a few hundred.
# Only then, so garbage that happens to be alive (a closed screen's cycles) is
# rarely kept for good.
SET_ASIDE_OVER = 100_000

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
                if gc.get_count()[0] > SET_ASIDE_OVER:
                    gc.freeze()
                if _was_enabled:
                    gc.enable()
