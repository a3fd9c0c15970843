"""Keys typed while a screen opens wait for it, and reach it in order once it takes keys.

A key that opens a screen (home's n, Enter on a step's last field, Esc back,
a dialog's question) starts work the app finishes later: a message to the
app, a screen pushed whose fields mount and take the focus only in the app's
queue. Keys read meanwhile went to the screen being left, or to the new one
before it had a field focused, and were lost ("Globex" typed right after
Enter on step 1 left step 2's Company empty). Here, once a key has started
such work, the keys behind it are held, and handed on in order when the work
is done and the screen on top has its focus. A key with nothing before it
in flight is handed on at once, as before. A paste or a mouse event read
while keys are held waits in the same line, so it neither overtakes them nor
reaches the screen being left.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.message import Message
from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.widgets import Input, TextArea

from screens.keys import call_after_pending, typed_keys_landed, typing_path
from screens.own_keys import key_taken_in_order

# Never hold keys longer than this for a screen that does not take the focus:
# then they go on to its first field (focused for them), or as Textual would send them.
LONGEST_HOLD = 5.0
# Between looks at a screen still opening, once the app has nothing else to do.
LOOK_AGAIN = 0.02
# No key: every message waiting counts (a key started it, or came back up from a field).
NO_KEY = events.Key("", None)


def screen_ready(app: App[Any], seen: WeakSet[MessagePump]) -> bool:
    """True when the screen on top is mounted and, if new, has its focus (or nothing to focus)."""
    if not app.screen_stack:
        return True
    screen: Screen[Any] = app.screen
    if not screen.is_mounted:
        return False
    # A screen shown again (a dialog closed) may rightly have nothing focused:
    # its row was deleted. Textual focuses a new screen's first widget only once
    # a key or click has given the app the focus; before that, none is ready.
    if screen in seen or screen.focused is not None or not app.app_focus:
        return True
    return not screen.focus_chain


def queued_work(pumps: list[MessagePump], key: events.Key) -> set[int]:
    """The messages waiting for the screen or the app that a key may have started, by id.

    Messages and calls, not keys read from the terminal (nor what a field
    does with its own keys: the next key waits for those, typed_keys_landed);
    and the key itself on its way up from the field, when a binding above may
    take it there (home's n, which the menu hands on to home, which tells the app).
    Below the screen, a message climbing from a widget that is not a field
    counts too: a button's Enter runs its binding only at the app, and its
    Pressed then climbs back through the containers to the dialog, which
    closes; keys handed on meanwhile went to the dialog closing.
    """
    found: set[int] = set()
    for pump in pumps:
        whole = isinstance(pump, (Screen, App))
        climbing = not whole and not isinstance(pump, (Input, TextArea))
        for m in unhandled(pump):
            if m is key:
                # Looked up only when found: a screen's bindings take a walk to list.
                if key.key in key_bindings(pumps):
                    found.add(id(m))
            elif not isinstance(m, Message) or is_typed(m):
                continue
            elif whole or (climbing and m.bubble):
                found.add(id(m))
    return found


def unhandled(pump: MessagePump) -> list[object]:
    """The messages a pump has yet to handle: its queue, behind the one it took a look at.

    Textual takes the next message out of the queue to see whether it can
    merge it with the one in hand (`_pending_message`, a private name); there
    a key, or a button's Pressed, was out of sight and the dialog it would
    close looked settled.
    """
    looked_at = getattr(pump, "_pending_message", None)
    queued = list(getattr(pump._message_queue, "values", ()))
    return [looked_at, *queued] if looked_at is not None else queued


def from_terminal(event: events.Event) -> bool:
    """True for a key, paste or mouse event read from the terminal, not yet handed on."""
    return isinstance(event, (events.InputEvent, events.Paste)) and not event.is_forwarded


def focus_for_typing(screen: Screen[Any]) -> None:
    """Give a screen that never took a focus its first field, else its first focusable widget.

    Held keys are typing; sent to a screen with nothing focused, its letters went nowhere.
    """
    if screen.focused is not None or not screen.focus_chain:
        return
    fields = [w for w in screen.focus_chain if isinstance(w, (Input, TextArea))]
    screen.set_focus((fields or screen.focus_chain)[0])


def is_typed(message: Message) -> bool:
    """True for a key or mouse event read from the terminal, not yet handed on."""
    return isinstance(message, events.InputEvent) and not message.is_forwarded


def key_bindings(pumps: list[MessagePump]) -> set[str]:
    """The keys bound on the screen in these pumps (empty when none is a screen)."""
    screens = [p for p in pumps if isinstance(p, Screen) and p in p.app.screen_stack]
    return set(screens[0].active_bindings) if screens else set()


def key_path(app: App[Any]) -> list[MessagePump]:
    """Where a key's work can wait: the focused widget up to its screen, then the app."""
    if not app.screen_stack:
        return [app]
    return [*typing_path(app.focused or app.screen), app]


class OpeningKeys:
    """Holds the keys typed behind one that opens a screen, and hands them on once it is open."""

    def __init__(self, app: App[Any], textual: Callable[[events.Event], Awaitable[None]]) -> None:
        self.app = app
        # Textual's own handling of an event (and of a key own_keys did not take).
        self.textual_key = textual
        # Keys, and the pastes and mouse events read behind them, in the order read.
        self.held: list[events.Event] = []
        self.holding = False
        self.since = 0.0
        # What the keys handed on started (by message id), and the queues it waits in.
        self.work: set[int] = set()
        self.pumps: list[MessagePump] = []
        # The screen the last key was handed to: another on top is one opening.
        self.shown: MessagePump | None = None
        # Screens keys have gone to: shown again, they need not have a focus.
        self.seen: WeakSet[MessagePump] = WeakSet()
        # A click went on since the last key: what it set going may still be climbing.
        self.clicked = False

    def typed_on(self, screen: MessagePump) -> bool:
        """True once a key from the terminal went to this screen, is held, or waits to be read.

        Something opening over the screen unasked (the plan check-in over home) would
        take such keys as its own: home's n pressed in its first second was lost (rv51 D1).
        """
        waiting = (m for m in unhandled(self.app) if isinstance(m, events.Key))
        return screen in self.seen or bool(self.held) or any(is_typed(m) for m in waiting)

    def type_first(self, keys: list[events.Key]) -> None:
        """Keys a screen set aside as not its own, handed on ahead of any held behind them."""
        self.held[0:0] = keys
        self.hold()

    async def on_event(self, event: events.Event) -> None:
        """The app's events: a key from the terminal handed on now or held, the rest Textual's.

        While keys are held, a paste or a click read behind them waits its turn too.
        """
        if not from_terminal(event):
            await self.textual_key(event)  # a key on its way back up from a field too
        elif self.holding:
            self.held.append(event)
        elif isinstance(event, events.Key):
            await self.hand_on(event)
        else:
            await self.pass_on(event)

    async def pass_on(self, event: events.Event) -> None:
        """A paste or mouse event to Textual; after a click, the next key waits for its work."""
        await self.textual_key(event)
        if isinstance(event, events.MouseUp):
            self.clicked = True

    async def hand_on(self, event: events.Event) -> None:
        """Hand one key (or held paste or click) on; if it started a screen opening, hold."""
        app = self.app
        await typed_keys_landed(app.focused)
        if app.screen_stack and app.screen is not self.shown and not screen_ready(app, self.seen):
            # A screen the keys before opened as they landed (a button's Enter) is settling.
            self.held.insert(0, event)
            self.hold()
            return
        if not isinstance(event, events.Key):
            # A paste or a click, held behind keys: it goes where they went.
            await self.pass_on(event)
            return
        left = bool(app.screen_stack) and self.shown is not None and app.screen is not self.shown
        if self.clicked or left:
            # A click's work climbs from the widget clicked to the app, which
            # opens the screen (home's menu): "7" typed at once went to home.
            # A screen the keys before closed has left its answer's work in the
            # app's queue (the passphrase tried, then home put up): "n" typed
            # behind Enter went to the empty screen beneath.
            self.clicked = False
            pumps = key_path(app)
            begun = queued_work(pumps, NO_KEY)
            if begun:
                self.work |= begun
                self.pumps = [*self.pumps, *(p for p in pumps if p not in self.pumps)]
                self.held.insert(0, event)
                self.hold()
                return
        screen = app.screen if app.screen_stack else None
        pumps = key_path(app)
        before = queued_work(pumps, event)
        if not await key_taken_in_order(app, event):
            await self.textual_key(event)
        if not app.screen_stack:
            return
        started = queued_work(pumps, event) - before
        self.shown = screen
        if screen is not None:
            self.seen.add(screen)
        if started or app.screen is not screen:
            self.work |= started
            self.pumps = [*self.pumps, *(p for p in pumps if p not in self.pumps)]
            self.hold()

    def hold(self) -> None:
        """Hold the keys read from now on, until the work queued so far is done."""
        if not self.holding:
            self.holding = True
            self.since = time.monotonic()
            self.app.call_later(self.release)

    async def release(self) -> None:
        """Hand on the held keys once the screen on top takes them; else look again."""
        app = self.app
        if not app.screen_stack:
            # Closing: no screen is left to take them (own_keys drops them too).
            self.held.clear()
            self.holding = False
            return
        waited = time.monotonic() - self.since
        # The screen on top settles too: Textual focuses its first widget (a
        # scrolling text) before the step's own focus call reaches its field.
        settling = queued_work(key_path(app), NO_KEY)
        opened = app.screen is not self.shown and not screen_ready(app, self.seen)
        busy = self.work & queued_work(self.pumps, NO_KEY) or settling or opened
        if busy and (waited < LONGEST_HOLD or not app.screen.is_mounted):
            waiting = [p for p in key_path(app)[:-1] if p.message_queue_size]
            if app.message_queue_size:
                app.call_later(self.release)  # behind what the opening queued (its focus)
            elif waiting:  # behind what the screen still has to do, then the app's
                call_after_pending(waiting, lambda: app.call_later(self.release))
            else:
                app.set_timer(LOOK_AGAIN, self.release)
            return
        if busy:
            # Given up waiting: what was typed goes to the screen on top, into a field.
            focus_for_typing(app.screen)
        self.holding = False
        self.work, self.pumps, self.shown = set(), [], app.screen
        while self.held and not self.holding:
            await self.hand_on(self.held.pop(0))
