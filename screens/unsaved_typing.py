"""Typing not yet in the journal: the per-coach autosave, flushed on every way out."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from screens.keys import call_after_keys_read, call_after_pending, typing_path
from screens.parts import Screens

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from coach.crypto import Codec
    from coach.paths import Locations
    from coach.unsaved import UnsavedStore


# How often typing is written to the autosave file (only when it changed);
# every way out (quit, a signal, $EDITOR, a screen change) also flushes at once.
AUTOSAVE_EVERY = 0.5
# After SIGHUP or SIGTERM, how long the keys already read may take to land
# before coach writes what the fields hold and ends anyway.
SIGNAL_WAIT = 2.0
# How long quit, then a signal, waits for saves still waiting on their thread
# (another coach holds the journal): an undo or a plan's answer may be there
# and nowhere else. A signal waits less: the system may not wait long for us.
QUIT_SAVES_WAIT = 10.0
SIGNAL_SAVES_WAIT = 5.0


class TypingHost(Screens, Protocol):
    """The app as the autosave sees it: where its files go, timers, and how it ends."""

    places: Locations | None
    codec: Codec

    @property
    def focused(self) -> DOMNode | None:
        """The widget with the keyboard, if any."""
        ...

    @property
    def screen(self) -> DOMNode:
        """The screen on top."""
        ...

    def set_interval(self, interval: float, callback: Callable[[], Any]) -> Any:
        """Call callback every interval seconds."""
        ...

    def set_timer(self, delay: float, callback: Callable[[], Any]) -> Any:
        """Call callback once, after delay seconds."""
        ...

    def exit(self, result: Any = None, return_code: int = 0) -> None:
        """End the app."""
        ...


class UnsavedTyping:
    """The app's side of the autosave: opened, flushed, and flushed on every way out."""

    def __init__(self, app: TypingHost) -> None:
        self.app = app
        # This coach's autosave file, once opened (after any passphrase).
        self.unsaved: UnsavedStore | None = None
        # Its lock, taken at launch before the journal's form was read (see
        # coach/coach_start.py); it becomes the autosave once the codec is known.
        self.claimed: UnsavedStore | None = None
        self._autosave_warned = False
        # Why the last autosave failed ("Read-only file system"); None while it works.
        self.autosave_failure: str | None = None
        # Why the autosave could not start at all (said once on home); None if it did.
        self.open_failure: str | None = None
        # Where the typing was copied as plain text when quitting could not keep it.
        self.rescued: Path | None = None
        self._quitting = False
        self._exiting = False
        # The quit question (or its Save dialog) is open: coach is not ending yet,
        # so a signal in the meantime must still end it.
        self._asking = False
        self._quit_timer: Any = None
        # Set once the app is told to exit; what a later signal asks for runs then.
        self._exited = False
        self._after_exit: list[Callable[[], object]] = []
        # How many journal saves wait on their thread; Saving hands its count here.
        self.saves_waiting: Callable[[], int] = lambda: 0
        # Saves still waiting when the wait at exit ran out (said after the app ends).
        self.not_saved = 0
        # Whether private writing is held in memory only (the vent, "keep" not
        # ticked), and how to keep it after all: the walks hand these here.
        self.unkept_vent: Callable[[], bool] = lambda: False
        self.keep_vent: Callable[[], None] = lambda: None

    def open(self) -> None:
        """Start this coach's autosave file, or say once why there is none."""
        if self.app.places is None or self.unsaved is not None:
            return
        from coach.unsaved import UnsavedStore

        store = self.claimed
        if store is not None:
            store.codec = self.app.codec  # nothing was written before it was known
        else:
            store = UnsavedStore(self.app.places.data_dir, codec=self.app.codec)
            try:
                store.open()
            except OSError as error:
                # A read-only folder: home says so once, before anything is typed;
                # the toast comes when there is typing to keep and its write fails.
                self.open_failure = error.strerror or str(error)
        if self.open_failure is None:
            store.bring_back()
        self.unsaved = store
        # Prompt, and cheap: a write happens only when something changed.
        self.app.set_interval(AUTOSAVE_EVERY, self.flush_unsaved)

    def flush_unsaved(self) -> bool:
        """Write every open surface's typing now; False (and one warning) on failure."""
        if self.unsaved is None:
            return True
        try:
            self.unsaved.flush()
        except OSError as error:
            self.autosave_failure = error.strerror or str(error)
            self._warn_autosave(error)
            return False
        self.autosave_failure = None
        if self._autosave_warned:
            self._autosave_warned = False
            self.app.notify("Autosave works again.", timeout=3)
        return True

    def _warn_autosave(self, error: OSError) -> None:
        # One warning until it works again: a toast at every pause buried the screen.
        if self._autosave_warned:
            return
        self._autosave_warned = True
        self.app.notify(
            f"Could not autosave ({error.strerror or error}). Your typing is still on "
            "screen; save it to the journal when you can.",
            severity="warning",
            timeout=10,
            markup=False,
        )

    def before_push(self, screen: Any) -> None:
        """Flush before the screen changes, and follow a screen that edits something."""
        key = getattr(screen, "unsaved_key", None)
        if key and self.unsaved is not None:
            self.unsaved.track(key, screen.unsaved_values, screen.unsaved_meta)
        self.flush_unsaved()

    def before_pop(self) -> None:
        """Take a closing screen's last typing, then flush, before it goes."""
        key = getattr(self.app.screen, "unsaved_key", None)
        if key and self.unsaved is not None:
            self.unsaved.untrack(key)
        self.flush_unsaved()

    def quit(self) -> None:
        """Quit, once the keys already typed have landed and are on disk."""
        if self._quitting:
            return
        self._quitting = True
        # Keys typed just before ctrl+q still wait in the focused widget's queue,
        # and what they change reaches the app as messages: flush behind them.
        target = self.app.focused or self.app.screen
        call_after_pending([*typing_path(target), self.app], self._flush_and_exit)
        # Should that widget never get to it, quit anyway a moment later.
        self._quit_timer = self.app.set_timer(1.0, self._flush_and_exit)

    def _flush_and_exit(self, vent_answered: bool = False) -> None:
        if self._exiting or self._asking:
            return
        if self._quit_timer is not None:  # once only: after "stay" it must not ask again
            self._quit_timer.stop()
            self._quit_timer = None
        flushed = self.flush_unsaved()
        if not vent_answered and self.unkept_vent():
            # Not on disk by design, so quitting would drop it: asked first, so that
            # a vent kept goes into the copy the question below offers, and one
            # discarded leaves that question to ask about the rest (fz18).
            self._ask_about_vent()
            return
        if not flushed and self._held_text():
            # The typing is in memory only: quitting now would lose it unasked.
            self._ask_before_losing()
            return
        self._exit_after_saves()

    def _ask_about_vent(self) -> None:
        from screens.dialogs.quit_vent import QuitVentDialog, VentChoice

        def answered(choice: VentChoice | None) -> None:
            self._asking = False
            if self._exiting:  # a signal is ending coach already
                return
            if choice == "keep":
                self.keep_vent()
                self._flush_and_exit()  # an autosave that fails now asks as above
            elif choice == "discard":
                # Unkept, the vent is in no autosave and no copy; the rest of the
                # typing, if the autosave failed, is still asked about.
                self._flush_and_exit(vent_answered=True)
            else:  # stay: the next ctrl+q asks again
                self._quitting = False

        self._asking = True
        self.app.push_screen(QuitVentDialog(), callback=answered)

    def _exit_after_saves(self) -> None:
        if self._exiting:  # a signal got there first
            return
        self._exiting = True
        self._after_saves(QUIT_SAVES_WAIT, self._exit)

    def _held_text(self) -> str:
        """The typing held for the autosave, as plain text ('' when nothing is typed)."""
        from coach.unsaved_text import unsaved_text

        return unsaved_text(self.unsaved.snapshot()) if self.unsaved is not None else ""

    def _ask_before_losing(self) -> None:
        from screens.dialogs.quit_unsaved import QuitChoice, QuitUnsavedDialog

        def answered(choice: QuitChoice | None) -> None:
            self._asking = False
            if self._exiting:  # a signal is ending coach already
                return
            if choice == "quit":
                self._exit_after_saves()
            elif choice == "copy":
                self._save_copy()
            else:  # stay: the next ctrl+q asks again
                self._quitting = False

        self._asking = True
        reason = self.autosave_failure or "the data folder cannot be written"
        self.app.push_screen(QuitUnsavedDialog(reason), callback=answered)

    def _save_copy(self) -> None:
        """Ask where to put the typing as a plain text file, then quit; Cancel asks again."""
        from datetime import datetime

        from coach.files import write_private
        from screens.dialogs.save import SaveDialog

        try:
            folder = Path.home()
        except RuntimeError:  # no home folder known
            folder = Path.cwd()
        default = folder / f"coach-unsaved-{datetime.now():%Y-%m-%d-%H%M}.txt"

        def write(path: Path) -> None:
            write_private(path, self._held_text().encode("utf-8"))

        def saved(path: Path | None) -> None:
            self._asking = False
            if path is not None:
                self.rescued = path
            if self._exiting:  # a signal is ending coach already
                return
            if path is None:
                self._ask_before_losing()
                return
            self._exit_after_saves()

        dialog = SaveDialog(
            default=default,
            base=folder,
            write=write,
            own_files=self.app.places,
            unencrypted_warning=self.app.codec.encrypted,
            title="Save what you typed",
            hint="It is saved as plain text. Choose a folder coach can write to.",
            what="a copy of your typing",
        )
        self._asking = True
        self.app.push_screen(dialog, callback=saved)

    def _exit(self, code: int = 0) -> None:
        self._exited = True
        self.app.exit(return_code=code)
        for then in self._after_exit:
            then()

    def _after_saves(self, bound: float, then: Callable[[], object]) -> None:
        """then(), once the saves waiting on their thread are written or bound seconds passed."""
        import time

        if not self.saves_waiting():
            then()
            return
        self.app.notify("Saving…", timeout=bound)
        give_up_at = time.monotonic() + bound

        def check() -> None:
            if self.saves_waiting() and time.monotonic() < give_up_at:
                return
            ticker.stop()
            self.not_saved = self.saves_waiting()
            then()

        ticker = self.app.set_interval(0.1, check)

    def handle_exit_signal(self, signum: int, then: Callable[[], object] | None = None) -> None:
        """SIGHUP (terminal closed) or SIGTERM: keep the typing, keys already read too; end.

        What the fields hold is written at once, whatever follows; then, as
        ctrl+q does, the keys already read from the terminal land first (they
        wait in the app's queue, then the field's) and are written too.
        """
        self.flush_unsaved()
        if self._exiting:  # already ending (ctrl+q, an earlier signal)
            if then is not None:
                if self._exited:
                    then()
                else:  # once the saves it waits for are written
                    self._after_exit.append(then)
            return
        self._quitting = True
        code = 128 + signum
        if then is not None:
            self._after_exit.append(then)

        def finish() -> None:
            if self._exiting:
                return
            self._exiting = True
            self.flush_unsaved()
            self._after_saves(SIGNAL_SAVES_WAIT, lambda: self._exit(code))

        call_after_keys_read(self.app, finish)  # type: ignore[arg-type]
        # Should the keys never get through, end anyway a moment later.
        self.app.set_timer(SIGNAL_WAIT, finish)

    def terminal_closed(self) -> None:
        """The terminal went away under the app (its window was shut): a hang-up."""
        import signal

        self._on_exit_signal(signal.SIGHUP)

    def _on_exit_signal(self, signum: int) -> None:
        """The process's own signal handler: end for certain, even if shutdown hangs."""
        import os
        import signal
        import threading

        code = 128 + signum
        then = None
        if signum == signal.SIGHUP:
            # Nobody sees the screen now: painting it would only slow the keys
            # still landing (a long text costs a second a key to paint).
            with contextlib.suppress(AttributeError):
                self.app._begin_batch()  # type: ignore[attr-defined]
            # The terminal is gone: there is nothing to restore, and Textual's
            # shutdown can block for ever writing to it, leaving a coach that
            # holds its autosave lock so no other coach may offer the typing back.
            then = functools.partial(os._exit, code)
        self.handle_exit_signal(signum, then)
        # A backstop for a loop that never gets to it, or a shutdown that hangs;
        # a daemon, so harmless once the app ended. What the fields held is on disk.
        backstop = threading.Timer(SIGNAL_WAIT + SIGNAL_SAVES_WAIT + 2.0, os._exit, args=(code,))
        backstop.daemon = True
        backstop.start()

    def install_signal_handlers(self) -> None:
        """Keep the typing when the terminal closes or coach is told to stop."""
        import asyncio
        import signal

        try:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGHUP, signal.SIGTERM):
                loop.add_signal_handler(signum, self._on_exit_signal, signum)
        except (NotImplementedError, RuntimeError, AttributeError, ValueError):
            pass  # not on this platform or thread; quit still flushes

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now: stop holding it."""
        if self.unsaved is not None:
            self.unsaved.forget(key)
            self.flush_unsaved()
