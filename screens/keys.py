"""Every key binding of the app by id, key names as a person reads them, and keys kept in order."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.binding import Binding
from textual.message_pump import MessagePump
from textual.screen import Screen

if TYPE_CHECKING:
    from coach.config import Config

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
    "screens.dialogs.entry_gone",
    "screens.dialogs.quit_unsaved",
    "screens.dialogs.quit_vent",
    "screens.dialogs.problem",
    "screens.dialogs.plain_text",
    "screens.dialogs.help",
    "screens.journal.insights",
    "screens.dialogs.resume",
    "screens.home.checkin",
    "screens.walk.draft",
    "screens.home.profile",
    "screens.journal.entry",
    "screens.journal.entry_new_plan",
    "screens.journal.journal",
    "screens.dialogs.passphrase",
    "screens.dialogs.support",
    "screens.dialogs.settings_info",
    "screens.widgets.entry_table",
    "screens.widgets.writing_area",
)

# Bound after a screen's own Undo (same key, same id, so a keymap moves both): it runs
# only while that Undo is off, so ctrl+z with nothing to take back says so, not nothing.
NOTHING_TO_UNDO = Binding(
    "ctrl+z", "app.notify('Nothing to undo here.', 'Undo')", show=False, id="undo"
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


def shown_key(keymap: Mapping[str, str], binding_id: str, default: str) -> str:
    """The key a button or menu names for a binding: the person's keymap's, else the default."""
    chosen = keymap.get(binding_id)
    return describe_keys(chosen).replace(" or ", "/") if chosen else default


def key_display(app: App[Any], binding: Binding) -> str:
    """As Textual shows a key, but a function key as F4: a remapped key loses its F2 form."""
    shown = App.get_key_display(app, binding)
    _, key = binding.parse_key()
    if not binding.key_display and key[:1] == "f" and key[1:].isdigit():
        return shown[: -len(key)] + key.upper()  # beside F2 Support, not "f4 Help"
    return shown


def keymap_of(config: Config | None) -> dict[str, str]:
    """The person's keymap (binding id to keys), empty without settings."""
    return dict(config.keymap) if config is not None else {}


# Tab and shift+Tab for the app, with priority: focus moves at once, before
# the keys queued behind Tab are handed on. As an ordinary binding, Tab went
# to the field first, and keys typed in the same burst followed it into the
# field being left. No TextArea here uses tab for itself (tab_behavior="focus").
FOCUS_KEYS = [
    Binding("tab", "focus_next", "Next field", priority=True, show=False),
    Binding("shift+tab", "focus_previous", "Previous field", priority=True, show=False),
]

# Never wait longer than this for a field: one that cannot answer must not stop the keys.
LANDING_WAIT = 0.5
# At most this many times behind new messages in one queue (a timer must not hold it).
MOST_ROUNDS = 50


def typing_path(focused: MessagePump) -> list[MessagePump]:
    """The focused widget and its parents up to its screen: where typing's messages go."""
    path = [focused]
    while not isinstance(path[-1], Screen) and isinstance(path[-1].parent, MessagePump):
        path.append(path[-1].parent)
    return path


def call_after_pending(
    pumps: list[MessagePump], callback: Callable[[], object], rounds: int = MOST_ROUNDS
) -> None:
    """Run callback once each pump in turn has handled the messages queued for it.

    A key changes its field in the field's queue, and posts a Changed message
    there, behind anything queued meanwhile; Changed then climbs to the screen,
    which tells the app. So callback queues behind each hop until that hop's
    queue is empty, then moves on: it sees every change the keys made.
    """
    if not pumps:
        callback()
    elif rounds and pumps[0].message_queue_size:
        # More came in behind us: queue behind that too.
        if not pumps[0].call_later(call_after_pending, pumps, callback, rounds - 1):
            call_after_pending(pumps[1:], callback)  # closing: nothing more reaches it
    elif not pumps[0].call_later(call_after_pending, pumps[1:], callback):
        call_after_pending(pumps[1:], callback)


def call_after_keys_read(app: MessagePump, callback: Callable[[], object]) -> None:
    """Run callback once the keys the app has read are in their field and reported back.

    A key read from the terminal waits first in the app's queue, then in the
    focused field's; what it changed climbs back to the app. A signal comes
    from outside those queues, so it waits for all three hops, the field being
    the one focused once the app's queue is through (a Tab may move it).
    """

    def then_the_field() -> None:
        focused = getattr(app, "focused", None) or getattr(app, "screen", None)
        path = typing_path(focused) if isinstance(focused, MessagePump) else []
        call_after_pending([*path, app], callback)

    call_after_pending([app], then_the_field)


async def typed_keys_landed(focused: MessagePump | None) -> None:
    """Return once the keys already handed to the focused field have reached it.

    Textual runs a priority binding (ctrl+n, ctrl+s, Enter, Tab) the moment
    its key arrives, while keys typed just before it can still wait in the
    field's queue (a fast burst, a paste without bracketed paste, a busy
    moment): ctrl+n read "Foldwell In" of "Foldwell Industries". Until they
    are in, the app hands on no further key.
    """
    if focused is None or not focused.message_queue_size:
        return
    landed = asyncio.Event()
    call_after_pending(typing_path(focused), landed.set)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(landed.wait(), LANDING_WAIT)
