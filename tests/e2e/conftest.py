"""Fixtures shared by the tmux tests: the terminals a test opens, closed after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.terminal import Terminal


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    """A list a test appends each Terminal it opens to; every one is closed afterwards."""
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.close()
