"""A walk left for later is never written over nor deleted by home's n (rv41, defect 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from coach.walk import WalkState
from screens.dialogs.discard_ask import DiscardQuestion
from screens.dialogs.resume import ResumeScreen
from screens.home.home import HomeScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.vent import VentScreen
from tests.app.conftest import said
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import (
    open_walk,
    press_to,
    type_into,
    unsaved_surfaces,
    until,
    walk_app,
)
from tests.conftest import make_entry


@pytest.fixture
def journal_read(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Set once opening has read the journal: what it offers back is asked by then."""
    from screens.opening import Opening

    read: list[bool] = []
    first = Opening.journal_read

    def reading(self: Opening, *args: object, **kwargs: object) -> None:
        first(self, *args, **kwargs)  # type: ignore[arg-type]
        read.append(True)

    monkeypatch.setattr(Opening, "journal_read", reading)
    return read


def _kept_company(data_dir: Path) -> str:
    return str(unsaved_surfaces(data_dir).get("walk", {}).get("values", {}).get("company", ""))


async def _leave_a_walk_about_foocorp(pilot: Pilot, read: list[bool]) -> None:
    # Read first, as a person is slower than this: what opening offers back is asked then.
    await until(pilot, lambda: read)
    await open_walk(pilot)
    await pilot.press("6")
    await press_to(pilot, "enter", HappenedScreen)
    await type_into(pilot, "#company", "FooCorp")
    await press_to(pilot, "escape", KindnessScreen)
    await pilot.press("escape")
    await until(pilot, lambda: isinstance(pilot.app.screen, HomeScreen))


@pytest.mark.parametrize("answer", [("escape",), ("d", "n")], ids=["later", "discard-keep-it"])
async def test_a_walk_kept_on_ns_question_is_not_replaced_by_a_new_one(
    tmp_path: Path, answer: tuple[str, ...], journal_read: list[bool]
) -> None:
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _leave_a_walk_about_foocorp(pilot, journal_read)
        assert _kept_company(data) == "FooCorp"
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        for key in answer:
            await pilot.press(key)
            await pilot.pause()
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause(0.3)
        assert isinstance(app.screen, HomeScreen) and app.walks.walk is None
        assert any("Kept for later: the walk about FooCorp" in n for n in said(app)), said(app)
        assert _kept_company(data) == "FooCorp"
        await pilot.press("n")  # asks again, about the same walk
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        assert isinstance(app.screen, ResumeScreen)
    stopped(app)
    assert _kept_company(data) == "FooCorp"
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await press_to(pilot, "r", KindnessScreen)
        await press_to(pilot, "enter", HappenedScreen)
        assert again.screen.query_one("#company", Input).value == "FooCorp"
    stopped(again)


async def test_a_walk_discarded_on_ns_question_leaves_the_new_walk_its_autosave(
    tmp_path: Path, journal_read: list[bool]
) -> None:
    # The half-made entry is deleted on a thread; the new walk started before it was,
    # and the discard then forgot the autosave slot the new walk was already using.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    half = make_entry("FooCorp")
    app.journal.add(half)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: journal_read)
        app.start_walk(WalkState(step="vent", company="FooCorp", entry_id=half.id))
        await until(pilot, lambda: isinstance(app.screen, VentScreen))
        await press_to(pilot, "escape", HappenedScreen)
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, DiscardQuestion))
        # As for a big journal: the delete runs on a thread, after the question closes.
        app.journal.storage.rewrite_is_near = lambda: True  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")  # Discard
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        await until(pilot, lambda: not app.journal.entries())
        assert not app.journal.entries()  # the half-made entry went with the walk
        await pilot.pause(0.3)
        await type_into(pilot, "#mood Input", "3")
        app.walks.walk.autosave()
        await until(pilot, lambda: "walk" in unsaved_surfaces(data))
        walk = unsaved_surfaces(data).get("walk", {}).get("values", {})
        assert walk.get("mood_before") == 3 and not walk.get("company")
    stopped(app)


async def test_every_question_is_asked_before_the_walk_resumed_opens(
    tmp_path: Path, journal_read: list[bool]
) -> None:
    # rv41: Resume opened the walk, then "Your details were not saved" came over it.
    from screens.home.profile import ProfileScreen
    from tests.app.walk_helpers import leave_unsaved

    walk = WalkState(step="happened", company="FooCorp")
    details = {"kind": "profile", "values": {"name": "Sam", "linkedin_url": "", "phone": ""}}
    leave_unsaved(
        tmp_path / "data",
        {"walk": {"kind": "walk", "values": walk.to_record()}, "profile": details},
    )
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        assert app.screen.title_text == "You have an unfinished walk"  # type: ignore[attr-defined]
        await pilot.press("r")
        await until(
            pilot,
            lambda: getattr(app.screen, "title_text", "") == "Your details were not saved",
        )
        assert app.walks.walk is None  # nothing opened under the question yet
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        assert app.walks.walk is not None and app.walks.walk.state.company == "FooCorp"
        assert app.screen.query_one("#name", Input).value == "Sam"
    stopped(app)


def _companies_on_disk(data_dir: Path) -> list[str]:
    import json

    return sorted(
        str(json.loads(p.read_text())["surfaces"].get("walk", {}).get("values", {}).get("company"))
        for p in data_dir.glob("unsaved-*.json")
    )


async def test_resume_on_another_coachs_walk_keeps_the_walk_kept_for_later(
    tmp_path: Path, journal_read: list[bool]
) -> None:
    # rv43 D1: Resume adopted the other walk into this coach's one slot, over FooCorp.
    from tests.app.walk_helpers import leave_walk

    data = tmp_path / "data"
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _leave_a_walk_about_foocorp(pilot, journal_read)
        leave_walk(data, WalkState(step="happened", company="OtherCo"))
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")  # later, for FooCorp
        await until(pilot, lambda: "OtherCo" in str(getattr(app.screen, "description", "")))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause(0.3)
        assert _companies_on_disk(data) == ["FooCorp", "OtherCo"]
        assert app.walks.walk is None
        assert any("One walk at a time" in n for n in said(app)), said(app)
        # One message: "Kept for later: the walk about FooCorp…" after it said the same twice.
        assert not any(n.startswith("Kept for later") for n in said(app)), said(app)
    stopped(app)
    assert _companies_on_disk(data) == ["FooCorp", "OtherCo"]


async def test_resume_on_two_stopped_walks_keeps_the_second_in_its_file(
    tmp_path: Path, journal_read: list[bool]
) -> None:
    # rv43 D1b: both were adopted into the one slot; the second vanished.
    from tests.app.walk_helpers import leave_walk

    data = tmp_path / "data"
    leave_walk(data, WalkState(step="happened", company="AlphaCo"))
    leave_walk(data, WalkState(step="happened", company="BetaCo"))
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        asked_first = app.screen.description  # type: ignore[attr-defined]
        await pilot.press("r")
        await until(pilot, lambda: getattr(app.screen, "description", asked_first) != asked_first)
        await pilot.press("r")
        await until(pilot, lambda: app.walks.walk is not None)
        await pilot.pause(0.3)
        first = app.walks.walk.state.company
        app.walks.walk.autosave()
        await until(pilot, lambda: len(_companies_on_disk(data)) == 2)
        assert _companies_on_disk(data) == ["AlphaCo", "BetaCo"]
        assert any("One walk at a time" in n for n in said(app)), said(app)
        assert first in {"AlphaCo", "BetaCo"}
    stopped(app)
    assert _companies_on_disk(data) == ["AlphaCo", "BetaCo"]


@pytest.mark.parametrize("edited", [True, False], ids=["edited-in-journal", "as-the-walk-left-it"])
async def test_discarding_a_walk_keeps_its_entry_once_edited_in_the_journal(
    tmp_path: Path, journal_read: list[bool], edited: bool
) -> None:
    # rv43 D7: Discard deleted the half-made entry even after the role was typed in the journal.
    from coach.records import entry_to_record

    app = walk_app(tmp_path)
    half = app.journal.add(make_entry("DelCo", role=""))
    saved = entry_to_record(app.journal.get(half.id))
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: journal_read)
        state = WalkState(step="vent", company="DelCo", entry_id=half.id, saved_record=saved)
        app.start_walk(state)
        await until(pilot, lambda: isinstance(app.screen, VentScreen))
        await press_to(pilot, "escape", HappenedScreen)
        await press_to(pilot, "escape", KindnessScreen)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        if edited:
            typed = app.journal.get(half.id)
            typed.role = "Staff Engineer, notes I typed later"
            app.journal.save(typed)
        await pilot.press("n")
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, DiscardQuestion))
        kept_said = "changed in your journal since" in app.screen.detail  # type: ignore[attr-defined]
        await pilot.press("tab", "enter")  # Discard
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        await pilot.pause(0.3)
        roles = [e.role for e in app.journal.entries()]
        assert roles == (["Staff Engineer, notes I typed later"] if edited else [])
        assert kept_said == edited
    stopped(app)
