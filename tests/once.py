"""Slow set-ups made once per test run and shared by every xdist worker."""

from __future__ import annotations

import fcntl
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest


def once_per_run(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]
) -> Path:
    """The folder `make` filled, made by the first worker to ask; the others wait for it.

    A module-scoped fixture is made again by each worker that runs one of the module's
    tests, and worksteal hands a module's tests to several workers: the wheel was built
    three times in one run. A folder left half made by a failed `make` is made again.
    """
    base = tmp_path_factory.getbasetemp()
    # Each worker's base folder sits in the one folder of this run.
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder = root / name
    with open(root / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not (folder / ".made").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            (folder / ".made").touch()
    return folder
