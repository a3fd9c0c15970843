"""Every coach's autosave files in a data folder: their names, a coach running there, litter."""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from pathlib import Path

from coach.errors import CoachError
from coach.files import EDITOR_HANDOFF_PREFIX, TEMP_MARK
from coach.unsaved_locks import held as _held
from coach.unsaved_locks import lock_exclusive as _lock_exclusive
from coach.unsaved_locks import unlock as _unlock

PREFIX = "unsaved-"
EDITOR_PREFIX = EDITOR_HANDOFF_PREFIX


def editor_temp_path(data_dir: Path, token: str) -> Path:
    """Where a draft waits while $EDITOR has it: private, in the data folder, ours by token."""
    return data_dir / f"{EDITOR_PREFIX}{token}-{secrets.token_hex(3)}.txt"


class CoachRunning(CoachError):
    """Another coach is running on this folder, so its files must not change form now."""

    def __init__(self, data_dir: Path, locks: list[Path]) -> None:
        names = ", ".join(lock.name for lock in locks)
        super().__init__(
            f"Another coach is running on {data_dir} (its autosave lock {names} is held). "
            "It keeps saving your unsaved typing as the folder was when it started, so a "
            "change of encryption now could leave that typing unreadable or unencrypted. "
            "Nothing was changed. Close the other coach first, then run the command again."
        )
        self.locks = locks


@contextlib.contextmanager
def no_coach_running(data_dir: Path) -> Iterator[None]:
    """Hold every coach session's lock in the folder; CoachRunning if one is live.

    For changing the form of every file (encrypt, decrypt, a new passphrase):
    a running coach keeps rewriting its autosave in the form it started
    with, and a stopped one's leftovers must not be picked up halfway.
    """
    held: list[int] = []
    live: list[Path] = []
    try:
        for lock in sorted(data_dir.glob(f"{PREFIX}*.lock")):
            fd = _lock_exclusive(lock)
            if fd is None:
                live.append(lock)
            else:
                held.append(fd)
        if live:
            raise CoachRunning(data_dir, live)
        yield
    finally:
        for fd in held:
            _unlock(fd)


def clean_litter(data_dir: Path) -> list[Path]:
    """Remove temp files left by coaches that died: editor copies and half-written files.

    A file is only removed when its owner's session lock is free, so a
    running coach's editor file or a save in progress is never touched.
    """
    removed: list[Path] = []
    for path in list(data_dir.glob(f"{EDITOR_PREFIX}*.txt")):
        token = path.name[len(EDITOR_PREFIX) :].split("-", 1)[0]
        lock = data_dir / f"{PREFIX}{token}.lock"
        with _held(lock) as ours:
            if ours:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
        if ours:
            with contextlib.suppress(OSError):
                if not (data_dir / f"{PREFIX}{token}.json").exists():
                    lock.unlink()
    for path in list(data_dir.glob(f".{PREFIX}*{TEMP_MARK}*")):
        token = path.name[len(PREFIX) + 1 :].split(".", 1)[0]
        with _held(data_dir / f"{PREFIX}{token}.lock") as ours:
            if ours:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed
