"""own_keys uses two private Textual names; without them coach still starts and keys still run."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest
from textual.screen import Screen
from textual.widgets import Input

import screens.own_keys as own_keys
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from tests.app.test_tab_burst import burst, settled
from tests.app.walk_helpers import open_walk, press_to, walk_app


def own_keys_as_loaded_now() -> ModuleType:
    """A fresh copy of screens/own_keys.py, read against Textual as it is patched now."""
    spec = importlib.util.spec_from_file_location("own_keys_fresh", own_keys.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_module_loads_and_clears_no_tooltip_when_textual_has_neither_name(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Read at import, Screen._key_escape renamed away stopped coach from starting.
    monkeypatch.delattr(Screen, "_key_escape")
    fresh = own_keys_as_loaded_now()
    assert not fresh.PASSED_ON
    fresh.clear_tooltip(SimpleNamespace())  # a screen with no _clear_tooltip: nothing to do


async def test_esc_and_the_keys_after_it_still_run_without_textuals_escape_handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(Screen, "_key_escape")
    monkeypatch.setattr(own_keys, "PASSED_ON", own_keys_as_loaded_now().PASSED_ON)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        burst(app, ["escape"])
        await settled(pilot, app)
        assert isinstance(app.screen, KindnessScreen)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        burst(app, ["A", "c", "m", "e"])
        await settled(pilot, app)
        assert app.screen.query_one("#company", Input).value == "Acme"
