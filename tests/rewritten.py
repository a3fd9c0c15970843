"""Test modules' rewritten asserts made once per run and shared by every xdist worker."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.assertion.rewrite import (
    PYC_TAIL,
    _read_pyc,
    _rewrite_test,
    _write_pyc,
    assertstate_key,
    get_cache_dir,
)

TESTS = Path(__file__).parent


def asked_for(args: list[str]) -> list[Path]:
    """The test modules under the paths pytest was given, in the order it collects them."""
    modules: set[Path] = set()
    for arg in args:
        path = Path(arg.split("::")[0]).resolve()
        if path.is_dir():
            modules.update(path.rglob("test_*.py"))
        elif path.name.startswith("test_") and path.suffix == ".py":
            modules.add(path)
    return sorted(modules)


def share(modules: list[Path], index: int, count: int) -> list[Path]:
    """The modules worker `index` of `count` rewrites for all: every count-th one.

    Every worker collects the modules in the same order, so each finds the others' share
    written by the time it gets there.
    """
    return modules[index::count]


def rewrite_ahead(config: pytest.Config, modules: list[Path]) -> int:
    """Write pytest's rewritten code for each module whose cached copy is missing or stale.

    Each of the four workers rewrote all 170 modules itself (3 CPU-s each): where Python is
    told not to write bytecode, pytest keeps none. These are pytest's own functions, so the
    code is what its import would make, and it checks each copy's source time and size when
    it reads it, as for any copy it wrote itself. Returns how many were written.
    """
    state = config.stash[assertstate_key]
    written = 0
    for module in modules:
        pyc = get_cache_dir(module) / (module.name[:-3] + PYC_TAIL)
        if _read_pyc(module, pyc) is not None:
            continue
        try:
            pyc.parent.mkdir(exist_ok=True)
        except OSError:  # a folder that cannot be written: pytest rewrites on import instead
            continue
        source_stat, code = _rewrite_test(module, config)
        written += _write_pyc(state, code, source_stat, pyc)
    return written
