"""A walk that goes on after a merge keeps the other coach's changes (two coaches, one folder)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from coach.content.loader import load_content
from coach.journal import Journal
from coach.model import Profile
from coach.walk import WalkState
from screens.walk.controller import WalkController
from screens.walk.happened import HappenedScreen
from screens.walk.step import StepResult

CONTENT = load_content().content


class Host:
    """The walk's host with the screens left out: saves run at once, on one journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self.clock = lambda: datetime(2026, 11, 27, 10, 0)
        self.content = CONTENT
        self.keymap: dict[str, str] = {}
        self.toasts: list[str] = []
        self.finished = False
        # Saves held back, as when another coach holds the lock; None: saves run at once.
        self.held: list[tuple[Any, Any, str]] | None = None

    def profile(self) -> Profile:
        return Profile(name="Sam")

    def notify(self, message: str, **_: Any) -> None:
        self.toasts.append(message)

    def push_screen(self, screen: Any, *_: Any, **__: Any) -> None:
        pass

    def flush_unsaved(self) -> bool:
        return True

    def saved_surface(self, key: str) -> None:
        pass

    def make_draft_screen(self, *_: Any, **__: Any) -> Any:
        return type("Draft", (), {})()

    def walk_finished(self, *, saved: bool, note: str = "") -> None:
        self.finished = saved

    def save_entry_soon(self, edit: Any, done: Any, _: Any, *, finished_walk: str = "") -> None:
        if self.held is not None:
            self.held.append((edit, done, finished_walk))
            return
        self._save(edit, done, finished_walk)

    def run_held(self) -> None:
        """The lock is free: the saves held back run, in order, and from now on at once."""
        held, self.held = self.held or [], None
        for edit, done, finished_walk in held:
            self._save(edit, done, finished_walk)

    def _save(self, edit: Any, done: Any, finished_walk: str) -> None:
        entry, base = edit()
        saved = self.journal.save_edit(entry, base, finished_walk=finished_walk)
        if saved.merged:
            self.toasts.append("merged " + ", ".join(saved.merged))
        done(saved)


def _next(walk: WalkController, step: str, **values: Any) -> None:
    walk.on_result(step, StepResult("next", values))


def _walk_past_happened(tmp_path: Path, **happened: Any) -> tuple[Path, Host, WalkController]:
    """Coach A's walk, its entry saved at "What happened" (Globex, and `happened`)."""
    path = tmp_path / "journal.json"
    host = Host(Journal.open(path))
    walk = WalkController(host, WalkState(), None)  # type: ignore[arg-type]
    _next(walk, "kindness", mood_before=3)
    _next(walk, "happened", company="Globex", **happened)
    return path, host, walk


def _b_saves(path: Path, walk: WalkController, **changes: Any) -> None:
    """Coach B, on the same folder, saves `changes` to the walk's entry."""
    other = Journal.open(path)
    opened = other.get(walk.state.entry_id)
    changed = other.get(walk.state.entry_id)
    for name, value in changes.items():
        setattr(changed, name, value)
    other.save_edit(changed, opened)


def test_a_walk_going_on_after_a_merge_keeps_what_the_other_coach_saved(tmp_path: Path) -> None:
    path, host, walk = _walk_past_happened(tmp_path)
    _next(walk, "vent")  # coach A is on Reflect; the entry exists
    _b_saves(path, walk, role="Ltd", notes="B-NOTES-3")

    _next(walk, "reflect", answers={"what_went_well": "the portfolio"})
    assert any("merged" in toast for toast in host.toasts)
    # The walk now shows what it keeps, so nothing typed later undoes it unseen.
    assert (walk.state.role, walk.state.notes) == ("Ltd", "B-NOTES-3")
    _next(walk, "decide", replying=False)
    _next(walk, "close", mood_after=4)
    assert host.finished
    stored = Journal.open(path).get(walk.state.entry_id)
    assert (stored.role, stored.notes) == ("Ltd", "B-NOTES-3")
    assert stored.reflections.get("what_went_well") == "the portfolio"


def test_a_field_only_the_other_coach_shows_is_kept_too(tmp_path: Path) -> None:
    # The contact's channel is not a field the walk puts back on screen.
    path, _, walk = _walk_past_happened(tmp_path, role="Analyst")
    _b_saves(path, walk, mood_before=1, reflections={"what_to_learn": "B's answer"})

    _next(walk, "vent")
    # Reflect shows the other coach's answer; it hands back every answer it holds.
    assert walk.state.answers == {"what_to_learn": "B's answer"}
    _next(walk, "reflect", answers={**walk.state.answers, "what_went_well": "mine"})
    _next(walk, "decide", replying=False)
    _next(walk, "close", mood_after=4)
    stored = Journal.open(path).get(walk.state.entry_id)
    assert stored.mood_before == 1
    assert stored.reflections == {"what_to_learn": "B's answer", "what_went_well": "mine"}


def test_what_the_walk_changes_after_the_merge_is_still_its_own(tmp_path: Path) -> None:
    path, _, walk = _walk_past_happened(tmp_path)
    _b_saves(path, walk, role="Ltd")
    _next(walk, "vent")
    walk.on_result("reflect", StepResult("back", {}))
    walk.on_result("vent", StepResult("back", {}))
    _next(walk, "happened", company="Globex", role="Globex Ltd")
    stored = Journal.open(path).get(walk.state.entry_id)
    assert stored.role == "Globex Ltd"


def test_a_step_built_while_a_save_waited_does_not_hand_back_the_old_value_as_an_edit(
    tmp_path: Path,
) -> None:
    path, host, walk = _walk_past_happened(tmp_path)
    _b_saves(path, walk, role="Ltd")  # coach B changes the role

    host.held = []  # B holds the lock: leaving Vent, the save waits
    _next(walk, "vent")
    walk.on_result("reflect", StepResult("back", {}))
    walk.on_result("vent", StepResult("back", {}))
    # "What happened" is built now, before the save lands: it shows the role as empty.
    shown = walk.state.role
    host.run_held()  # the save lands, merged with B's role
    assert any("merged" in toast for toast in host.toasts)
    _next(walk, "happened", company="Globex", role=shown)  # unchanged on screen
    stored = Journal.open(path).get(walk.state.entry_id)
    assert (shown, stored.role) == ("", "Ltd")  # the old value shown is no edit of the walk's


class Shown:
    """A step on screen, as the walk sees it: its fields, and what it is told to fill anew."""

    is_mounted = True

    def __init__(self, kept_fields: dict[str, str], values: dict[str, Any]) -> None:
        self.KEPT_FIELDS = kept_fields
        self.boxes = dict(values)
        self.filled: dict[str, Any] = {}

    def values(self) -> dict[str, Any]:
        return dict(self.boxes)

    def show_kept(self, kept: dict[str, Any]) -> None:
        self.filled.update(kept)
        self.boxes.update(kept)


def _waiting_on_happened(tmp_path: Path) -> tuple[Path, Host, WalkController]:
    """B changed the role; the walk's save waited; "What happened" was built meanwhile."""
    path, host, walk = _walk_past_happened(tmp_path)
    _b_saves(path, walk, role="Ltd", contact="Bea")
    host.held = []
    _next(walk, "vent")
    walk.on_result("reflect", StepResult("back", {}))
    walk.on_result("vent", StepResult("back", {}))
    return path, host, walk


def test_the_step_on_screen_when_a_waiting_save_lands_shows_what_it_kept(
    tmp_path: Path,
) -> None:
    # fz11: the role box stayed empty after the save kept B's "Ltd"; only a toast named it.
    path, host, walk = _waiting_on_happened(tmp_path)
    fields = HappenedScreen.KEPT_FIELDS
    screen = Shown(fields, {"company": "Globex", "role": "", "contact": "Al", "notes": ""})
    walk._screen = screen  # type: ignore[assignment]  # on screen now, contact typed since
    host.run_held()
    assert screen.filled == {"role": "Ltd"}  # typed since: the walk's own, left as typed
    _next(walk, "happened", **screen.values())
    stored = Journal.open(path).get(walk.state.entry_id)
    assert (stored.role, stored.contact) == ("Ltd", "Al")
    # Typed over on screen after that: the walk's own edit now.
    walk.on_result("vent", StepResult("back", {}))
    _next(walk, "happened", company="Globex", role="Mine", contact="Al")
    assert Journal.open(path).get(walk.state.entry_id).role == "Mine"


def test_a_field_the_step_shows_but_cannot_fill_anew_is_left_and_theirs_kept(
    tmp_path: Path,
) -> None:
    path, host, walk = _waiting_on_happened(tmp_path)
    # A step that shows the role and cannot put a new value in it (none does now).
    screen = Shown({}, {"company": "Globex", "role": "", "contact": ""})
    walk._screen = screen  # type: ignore[assignment]
    host.run_held()
    assert screen.filled == {}
    _next(walk, "happened", **screen.values())
    stored = Journal.open(path).get(walk.state.entry_id)
    assert (stored.role, stored.contact) == ("Ltd", "Bea")  # the old "" is no edit
