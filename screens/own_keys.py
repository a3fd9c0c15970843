"""Keys bound by a field, a screen or the app keep their place among the keys typed around them.

Textual hands a key to the focused field, and a binding for it (Input's
ctrl+u, a screen's Esc) runs only once the key has climbed back up through
every container to the app, behind the keys read meanwhile. Letters go
straight into the field, and a priority key (ctrl+n) runs at once. So in a
fast burst, or on a busy machine, letters typed after ctrl+u landed first
and ctrl+u then wiped them ("+1 555 0199" left the field holding "9"), and
ctrl+n typed after Esc went on before going back. Here a field's own binding
is queued in the field, in line with the letters, and a binding above it
runs as its key is read, once the keys before it have landed.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import App
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, TextArea

from screens.keys import typed_keys_landed, typing_path

# Keys a field handles itself (in its own key handler) before any binding is looked at.
HANDLED_BY_THE_FIELD = {
    Input: frozenset(),
    TextArea: frozenset({"enter", "tab"}),
}


# Textual's own Esc handler on every screen: it clears a text selection and the key goes on.
# A private name: if a later Textual drops it, nothing is passed over and coach still starts.
PASSED_ON = frozenset(h for h in (getattr(Screen, "_key_escape", None),) if h is not None)


def clear_tooltip(screen: Screen[Any]) -> None:
    """Hide the screen's tooltip, as Textual does for any key (its private method, if there)."""
    clear = getattr(screen, "_clear_tooltip", None)
    if callable(clear):
        clear()


def handles_keys_itself(node: MessagePump, event: events.Key) -> bool:
    """True when a widget or screen has its own key handler that may take this key first."""
    cls = type(node)
    return (
        getattr(cls, "_on_key", None) is not Widget._on_key
        or getattr(cls, "handle_key", None) is not Widget.handle_key
        or hasattr(node, "on_key")
        or any(
            getattr(cls, f"{p}key_{name}", node) not in PASSED_ON
            for p in ("", "_")
            for name in event.name_aliases
            if hasattr(node, f"{p}key_{name}")
        )
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
    field's own key is then queued in the field, a screen's or the app's runs
    here, and Textual need not see it.
    A key with no screen left to go to (the app is closing) is taken and
    dropped: handed on, Textual asked for the screen and ended with an error.
    """
    if event.is_forwarded:
        return False  # on its way back up from a field
    if not app.screen_stack:
        return True
    await typed_keys_landed(app.focused)
    # The last screen may have gone while the typing landed (a quit in the burst).
    if not app.screen_stack:
        return True
    if not (queue_own_binding(app, event) or await run_binding_above(app, event)):
        return False
    app.app_focus = True  # as Textual marks it for any key
    return True


def takes_the_key_first(node: MessagePump, event: events.Key) -> bool:
    """True when this widget on the key's way up takes the key before any binding above it."""
    if isinstance(node, (Input, TextArea)):
        handled = HANDLED_BY_THE_FIELD[TextArea if isinstance(node, TextArea) else Input]
        return event.is_printable or event.key in handled
    return handles_keys_itself(node, event)


async def run_binding_above(app: App[Any], event: events.Key) -> bool:
    """Run a screen's (or container's, or the app's) binding for this key now; False if none.

    Textual runs such a binding once the key has gone through the focused
    widget and climbed back to the app, behind every key read meanwhile:
    Esc then ctrl+n went on from the step before going back, and a letter
    typed after Esc landed in the field being left. The keys before this one
    have landed (key_taken_in_order waited), so running it here is in order,
    and sooner. Keys some widget on the way takes itself go Textual's way.
    """
    screen = app.screen
    if screen.maximized is not None:
        return False
    active = screen.active_bindings.get(event.key)
    if active is None or active.binding.priority or not active.enabled:
        return False
    focused = app.focused
    if focused is not None and active.node is focused:
        return False  # the widget's own, queued in it (queue_own_binding)
    path = typing_path(focused) if focused is not None else [screen]
    if any(takes_the_key_first(node, event) for node in path):
        return False
    if focused is not None:
        clear_tooltip(screen)
    if event.key == "escape":
        screen.clear_selection()  # what the screen's own Esc handler would have done
    # Skipped (nothing to do here), the key goes on as Textual sends it, to the next binding.
    return await app.run_action(active.binding.action, active.node)
