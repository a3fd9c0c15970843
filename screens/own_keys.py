"""A field's own keys (ctrl+u, End, Backspace...) keep their place among the letters around them.

Textual hands a key to the focused field, and a field's own binding for it
(Input's ctrl+u deletes to the start, End moves to the end) runs only once
the key has climbed back up through every container to the app. Letters go
straight into the field. So in a fast burst, or on a busy machine, letters
typed after ctrl+u landed first and ctrl+u then wiped them: "+1 555 0199"
typed after ctrl+u left the field holding "9". Here the binding's action is
queued in the field itself instead, in line with the letters.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input, TextArea

from screens.keys import typed_keys_landed, typing_path

# Keys a field handles itself (in its own key handler) before any binding is looked at.
HANDLED_BY_THE_FIELD = {
    Input: frozenset(),
    TextArea: frozenset({"enter", "tab"}),
}


def handles_keys_itself(node: MessagePump, event: events.Key) -> bool:
    """True when a widget or screen has its own key handler that may take this key first."""
    cls = type(node)
    return (
        getattr(cls, "_on_key", None) is not Widget._on_key
        or getattr(cls, "handle_key", None) is not Widget.handle_key
        or hasattr(node, "on_key")
        or any(hasattr(node, f"{p}key_{name}") for p in ("", "_") for name in event.name_aliases)
    )


def queue_own_binding(app: App[Any], event: events.Key) -> bool:
    """Queue the focused widget's own binding for this key in it; False when it has none.

    A field's (Input, TextArea) and any other widget's: a RadioSet's Down and
    Enter, a Checkbox's Space. Textual runs such a binding only when the key has
    climbed back to the app, behind every key read meanwhile, so a ctrl+n typed
    after Enter on a RadioSet ran first and went on with the old choice.

    Only a non-priority binding of the field itself counts, and only when no
    priority binding anywhere takes the key (the screen's map says which wins).
    """
    field = app.focused
    if field is None or app.screen.maximized is not None:
        return False
    if isinstance(field, (Input, TextArea)):
        handled = HANDLED_BY_THE_FIELD[TextArea if isinstance(field, TextArea) else Input]
        if event.is_printable or event.key in handled:
            return False
    elif any(handles_keys_itself(node, event) for node in typing_path(field)):
        return False  # a key handler on the way up comes first, as in Textual
    active = app.screen.active_bindings.get(event.key)
    if active is None or active.node is not field or active.binding.priority:
        return False
    if not active.enabled:
        return False
    if isinstance(field, Input) and active.binding.action in PAGE_ACTIONS:
        return page_around(field, active.binding.action)
    if isinstance(field, Input) and active.binding.action in FIELD_STEPS:
        return step_to_field(field, event.key, active.binding.action)
    # In the field's queue, behind the letters already handed to it.
    return field.call_later(run_own_binding, app, field, active.binding.action, event)


async def run_own_binding(app: App[Any], field: Widget, action: str, event: events.Key) -> None:
    """Run the widget's own action; if it skips (nothing to scroll), the key goes on up.

    Textual would then try the bindings above the widget: the key is handed
    to the app as Textual hands it on, so the screen's binding still runs.
    """
    if not await app.run_action(action, field):
        event._set_forwarded()
        app.post_message(event)


# The page keys a one-line field inherits from Textual's scroll container,
# with nothing of its own to page: PageDown in a form's field did nothing.
PAGE_ACTIONS = frozenset({"page_up", "page_down"})


def page_around(field: Input, action: str) -> bool:
    """Page the scrolling container around the field instead; False if none can scroll."""
    for node in field.ancestors:
        if isinstance(node, Widget) and node.allow_vertical_scroll:
            page = node.scroll_page_down if action == "page_down" else node.scroll_page_up
            return field.call_later(page, animate=False)
    return False


# Up and Down, which a one-line field also inherits with nothing to scroll:
# they did nothing in a form. They move between fields there, as Tab does.
FIELD_STEPS = {"scroll_up": "focus_previous", "scroll_down": "focus_next"}
SCROLL_ACTIONS = frozenset(FIELD_STEPS)


def step_to_field(field: Input, key: str, action: str) -> bool:
    """Move to the previous or next field; False when something around takes the key.

    A list's cursor, the command palette's, or a screen's own Up/Down binding
    keeps the key: only a container's scrolling would have had it otherwise.
    """
    for node in field.ancestors:
        bindings = getattr(getattr(node, "_bindings", None), "key_to_bindings", {})
        if any(b.action not in SCROLL_ACTIONS for b in bindings.get(key, ())):
            return False  # Textual hands the key on to that binding
    return field.call_later(getattr(field.screen, FIELD_STEPS[action]))


async def key_taken_in_order(app: App[Any], event: events.Key) -> bool:
    """Hold a key from the terminal until the keys before it reached the field; True if taken.

    Every key waits for the typing before it (see typed_keys_landed); a
    field's own key is then queued in the field, and Textual need not see it.
    """
    if event.is_forwarded or not app.screen_stack:
        return False  # on its way back up from a field, or the app is closing
    await typed_keys_landed(app.focused)
    # The last screen may have gone while the typing landed (a quit in the burst).
    if not app.screen_stack or not queue_own_binding(app, event):
        return False
    app.app_focus = True  # as Textual marks it for any key
    return True
