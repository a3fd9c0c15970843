"""Every key binding of the app by id, and key names as a person reads them."""

from __future__ import annotations

from textual.binding import Binding

# Every module that declares BINDINGS; `coach config` lists their ids.
BINDING_MODULES = (
    "screens.app",
    "screens.home.home",
    "screens.walk.step",
    "screens.walk.happened",
    "screens.walk.paste_email",
    "screens.home.guidance",
    "screens.dialogs.save",
    "screens.dialogs.confirm",
    "screens.dialogs.leave",
    "screens.dialogs.problem",
    "screens.dialogs.plain_text",
    "screens.dialogs.help",
    "screens.journal.insights",
    "screens.dialogs.resume",
    "screens.home.checkin",
    "screens.walk.draft",
    "screens.home.profile",
    "screens.journal.entry",
    "screens.journal.journal",
    "screens.dialogs.passphrase",
    "screens.dialogs.support",
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


def shown_key(app: object, binding_id: str, default: str) -> str:
    """The key a button names for a binding: the person's keymap's, else the default."""
    config = getattr(app, "config", None)
    keymap = getattr(config, "keymap", None) or {}
    chosen = keymap.get(binding_id) if isinstance(keymap, dict) else None
    return describe_keys(chosen).replace(" or ", "/") if chosen else default


# Tab and shift+Tab for the app, with priority: focus moves at once, before
# the keys queued behind Tab are handed on. As an ordinary binding, Tab went
# to the field first, and keys typed in the same burst followed it into the
# field being left. No TextArea here uses tab for itself (tab_behavior="focus").
FOCUS_KEYS = [
    Binding("tab", "focus_next", "Next field", priority=True, show=False),
    Binding("shift+tab", "focus_previous", "Previous field", priority=True, show=False),
]
