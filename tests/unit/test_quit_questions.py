"""Quitting with an unkept vent while the autosave fails: both questions, the vent's first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from screens.dialogs.quit_unsaved import QuitUnsavedDialog
from screens.dialogs.quit_vent import QuitVentDialog
from screens.unsaved_typing import UnsavedTyping


class FailingStore:
    """An autosave that holds the walk's company but cannot write it (a read-only folder)."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {"company": "Vandelay", "vent": "", "keep_vent": False}

    def flush(self) -> None:
        raise OSError(30, "Read-only file system")

    def snapshot(self) -> dict[str, Any]:
        return {"walk": {"values": dict(self.values)}}


class Host:
    """The app as the quit path sees it: what it pushes, and whether it exited."""

    def __init__(self) -> None:
        self.asked: list[tuple[object, Callable[[Any], None]]] = []
        self.exited: int | None = None

    def push_screen(self, screen: object, callback: Callable[[Any], None]) -> None:
        self.asked.append((screen, callback))

    def notify(self, *_: object, **__: object) -> None:
        pass

    def exit(self, result: object = None, return_code: int = 0) -> None:
        self.exited = return_code


def quitting(vent: str) -> tuple[Host, UnsavedTyping, FailingStore]:
    host = Host()
    typing = UnsavedTyping(host)  # type: ignore[arg-type]
    store = FailingStore()
    typing.unsaved = store  # type: ignore[assignment]
    held = {"vent": vent}

    def keep() -> None:  # as the walk does: ticked, the vent joins what is autosaved
        store.values.update(vent=held["vent"], keep_vent=True)
        held["vent"] = ""

    typing.unkept_vent = lambda: bool(held["vent"])
    typing.keep_vent = keep
    typing._flush_and_exit()  # ctrl+q, once the keys typed before it have landed
    return host, typing, store


def test_discarding_the_vent_still_asks_about_the_typing_the_autosave_could_not_keep() -> None:
    host, typing, _ = quitting("so angry")
    # The vent's question first: the one below may copy what it keeps.
    vent_question, answer = host.asked[-1]
    assert isinstance(vent_question, QuitVentDialog) and host.exited is None
    answer("discard")
    # fz18: "Discard" quit at once, and the company typed was lost unasked.
    unsaved_question, answer = host.asked[-1]
    assert isinstance(unsaved_question, QuitUnsavedDialog) and host.exited is None
    held = typing._held_text()
    assert "Vandelay" in held and "so angry" not in held  # the copy it offers: no vent
    answer("quit")
    assert host.exited == 0 and len(host.asked) == 2


def test_keeping_the_vent_when_the_autosave_fails_puts_it_in_the_copy_offered() -> None:
    host, typing, _ = quitting("so angry")
    host.asked[-1][1]("keep")
    unsaved_question, answer = host.asked[-1]
    assert isinstance(unsaved_question, QuitUnsavedDialog) and host.exited is None
    assert "so angry" in typing._held_text()
    answer("stay")  # nothing is lost, and the next ctrl+q asks again
    assert host.exited is None and not typing._quitting
