"""Every key binding of the app by id, and key names as a person reads them."""

from __future__ import annotations

import importlib
import inspect

from textual.binding import Binding

# Every module that declares BINDINGS; `coach config` lists their ids.
BINDING_MODULES = (
    "screens.app",
    "screens.home",
    "screens.step",
    "screens.happened",
    "screens.paste_email",
    "screens.guidance",
    "screens.save_dialog",
    "screens.confirm",
    "screens.leave_dialog",
    "screens.problem",
    "screens.plain_text",
    "screens.help",
    "screens.insights",
    "screens.resume",
    "screens.checkin",
    "screens.draft",
    "screens.profile",
    "screens.entry",
    "screens.journal",
    "screens.passphrase",
    "screens.support",
    "screens.widgets.entry_table",
)

NAMED_KEYS = {
    "question_mark": "?",
    "slash": "/",
    "escape": "Esc",
    "enter": "Enter",
    "delete": "Del",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


def describe_key(key: str) -> str:
    """One key as written in help: ctrl+n → Ctrl+N, f2 → F2, question_mark → ?."""
    parts = key.strip().split("+")
    *modifiers, last = parts
    if last in NAMED_KEYS:
        name = NAMED_KEYS[last]
    elif (len(last) > 1 and last[0] == "f" and last[1:].isdigit()) or (
        modifiers and len(last) == 1
    ):
        name = last.upper()
    else:
        name = last
    return "+".join([*(m.capitalize() for m in modifiers), name])


def describe_keys(keys: str) -> str:
    """Several keys, as in "F2 or h"."""
    return " or ".join(describe_key(key) for key in keys.split(",") if key.strip())


def binding_defaults() -> dict[str, str]:
    """Every binding id in the app and its default keys (ids shared by screens merge)."""
    found: dict[str, list[str]] = {}
    for name in BINDING_MODULES:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name:
                continue
            for binding in getattr(cls, "BINDINGS", []):
                if isinstance(binding, Binding) and binding.id:
                    keys = found.setdefault(binding.id, [])
                    for key in binding.key.split(","):
                        if key not in keys:
                            keys.append(key)
    return {binding_id: ",".join(keys) for binding_id, keys in sorted(found.items())}


def _binding_classes() -> list[type]:
    classes = []
    for name in BINDING_MODULES:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and getattr(cls, "BINDINGS", None):
                classes.append(cls)
    return classes


def keymap_clashes(keymap: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """Remapped keys that another action on the same screen already uses.

    Each clash is (remapped id, key, the other id, the screen's class name).
    Textual's own check misses these, and the other action silently loses its
    key, so coach checks the keymap against every screen's bindings itself.
    """
    from screens.app import CoachApp

    everywhere = [b for b in CoachApp.BINDINGS if isinstance(b, Binding)]
    found: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for cls in _binding_classes():
        owners: dict[str, list[str]] = {}
        bindings = [b for b in cls.BINDINGS if isinstance(b, Binding)]
        if cls is not CoachApp:
            bindings += everywhere
        for binding in bindings:
            if not binding.id:
                continue
            keys = keymap.get(binding.id, binding.key)
            for key in keys.split(","):
                ids = owners.setdefault(key.strip(), [])
                if binding.id not in ids:
                    ids.append(binding.id)
        for key, ids in owners.items():
            remapped = [i for i in ids if i in keymap and key in keymap[i].split(",")]
            for binding_id in remapped:
                for other in ids:
                    if other != binding_id and (binding_id, key) not in seen:
                        seen.add((binding_id, key))
                        found.append((binding_id, key, other, cls.__name__))
    return found
