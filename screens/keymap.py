"""The keymap checked against every screen's bindings: ids, defaults and clashes.

It loads every screen, so only `coach config` and a start with a keymap use it.
"""

from __future__ import annotations

import importlib
import inspect

from textual.binding import Binding
from textual.keys import Keys, _character_to_key, key_to_character

from screens.app import CoachApp
from screens.keys import BINDING_MODULES


def class_bindings(cls: type) -> list[Binding]:
    """A class's bindings with those of coach's classes it is built on, as Textual merges them."""
    return [
        binding
        for klass in reversed(cls.__mro__)
        if klass.__module__.startswith("screens.")
        for binding in vars(klass).get("BINDINGS", [])
        if isinstance(binding, Binding)
    ]


def binding_defaults() -> dict[str, str]:
    """Every binding id in the app and its default keys (ids shared by screens merge)."""
    found: dict[str, list[str]] = {}
    for name in BINDING_MODULES:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != name:
                continue
            for binding in class_bindings(cls):
                if binding.id:
                    keys = found.setdefault(binding.id, [])
                    for key in binding.key.split(","):
                        if key not in keys:
                            keys.append(key)
    return {binding_id: ",".join(keys) for binding_id, keys in sorted(found.items())}


def key_names() -> frozenset[str]:
    """Every key name Textual gives a key of more than one character: f5, escape, slash."""
    named = {key.value for key in Keys if "+" not in key.value and not key.value.startswith("<")}
    # Printable characters by name, as Textual spells them (question_mark, full_stop).
    named |= {_character_to_key(chr(code)) for code in range(33, 127)}
    return frozenset(name for name in named if len(name) > 1)


def _binding_classes() -> list[type]:
    classes = []
    for name in BINDING_MODULES:
        module = importlib.import_module(name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and class_bindings(cls):
                classes.append(cls)
    return classes


def keymap_clashes(keymap: dict[str, str]) -> list[tuple[str, str, str, str]]:
    """Remapped keys that another action on the same screen already uses.

    Each clash is (remapped id, key, the other id, the screen's class name).
    Textual's own check misses these, and the other action silently loses its
    key, so coach checks the keymap against every screen's bindings itself.
    """
    everywhere = [b for b in CoachApp.BINDINGS if isinstance(b, Binding)]
    found: list[tuple[str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for cls in _binding_classes():
        owners: dict[str, list[str]] = {}
        bindings = class_bindings(cls)
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


def typed_keys_inside_text(keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(binding id, key) for each plain typing key given to an action that works in text fields.

    Those actions (Next, Save, Quit...) fire even while a text field has the
    focus, so a plain letter for one would be taken from every field: "q" for
    Next turns "Quaqer" into "Qua" and a jump to the next step. A screen names
    in OFF_WHILE_TYPING the ones its check_action switches off in a field.
    """
    inside_text = {
        binding.id
        for cls in _binding_classes()
        for binding in class_bindings(cls)
        if binding.priority
        and binding.id
        and binding.id not in getattr(cls, "OFF_WHILE_TYPING", frozenset())
    }
    found = []
    for binding_id, keys in keymap.items():
        if binding_id not in inside_text:
            continue
        for key in keys.split(","):
            character = key_to_character(key.strip())
            if character is not None and character.isprintable():
                found.append((binding_id, key.strip()))
                break
    return found
