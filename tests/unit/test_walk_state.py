"""The walk's pure parts: dates as typed, step order, the autosave file."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from coach.dates import DateInputError, parse_received
from coach.flow import STEPS, next_step, previous_step, progress
from coach.model import ReplyPart, ReplyStatus, Stage
from coach.walk import WalkFile, WalkState, entry_from_walk

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", TODAY),
        ("today", TODAY),
        (" Yesterday ", date(2026, 11, 24)),
        ("3 days ago", date(2026, 11, 22)),
        ("a week ago", date(2026, 11, 18)),
        ("2 weeks ago", date(2026, 11, 11)),
        ("2026-10-01", date(2026, 10, 1)),
    ],
)
def test_dates_people_type(typed: str, expected: date) -> None:
    assert parse_received(typed, TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-12-01", "in the future"),
        ("tomorrow", "not a date I know"),
        ("25/11/2026", "not a date I know"),
        ("[b]x[/b]", "not a date I know"),
    ],
)
def test_dates_we_cannot_use_are_explained(typed: str, message: str) -> None:
    with pytest.raises(DateInputError, match=message):
        parse_received(typed, TODAY)


def test_the_draft_is_skipped_when_not_replying() -> None:
    assert next_step("decide", replying=False) == "close"
    assert previous_step("close", replying=False) == "decide"
    assert next_step("decide", replying=True) == "draft"
    assert next_step("close", replying=True) is None
    assert previous_step("kindness", replying=None) is None
    assert progress("vent") == f"Step 3 of {len(STEPS)}"


def test_an_entry_from_a_walk() -> None:
    state = WalkState(
        company=" Acme ",
        stage="phone_screen",
        received="yesterday",
        answers={"q1": "yes", "q2": "  "},
        vent="grr",
        draft="Hi Ana",
    )
    entry = entry_from_walk(state, TODAY)
    assert entry.company == "Acme" and entry.stage is Stage.PHONE_SCREEN
    assert entry.date == date(2026, 11, 24)
    assert entry.reflections == {"q1": "yes"}
    assert entry.private_note == ""  # not kept unless chosen
    assert ReplyPart.FEEDBACK in entry.reply.parts  # interviewed: on by default
    assert entry.reply.status is ReplyStatus.DRAFTED
    state.keep_vent, state.sent = True, True
    entry = entry_from_walk(state, TODAY)
    assert entry.private_note == "grr"
    assert entry.reply.status is ReplyStatus.SENT and entry.reply.sent_on == TODAY


def test_a_skipped_stage_counts_as_an_application_no() -> None:
    assert entry_from_walk(WalkState(company="A"), TODAY).stage is Stage.APPLICATION


def test_the_autosave_file_round_trips_privately(tmp_path: Path) -> None:
    walk_file = WalkFile(tmp_path / "d" / "walk.json")
    state = WalkState(step="draft", company="Zoë [/x]", draft="Hi\nthere", parts=["thanks"])
    walk_file.save(state)
    assert stat.S_IMODE(os.stat(walk_file.path).st_mode) == 0o600
    assert walk_file.load() == state
    walk_file.clear()
    assert walk_file.load() is None


def test_the_vent_is_autosaved_only_when_kept(tmp_path: Path) -> None:
    walk_file = WalkFile(tmp_path / "walk.json")
    walk_file.save(WalkState(vent="secret fury"))
    assert "secret fury" not in walk_file.path.read_text(encoding="utf-8")
    walk_file.save(WalkState(vent="secret fury", keep_vent=True))
    assert walk_file.load().vent == "secret fury"


def test_a_damaged_autosave_is_set_aside_not_lost(tmp_path: Path) -> None:
    walk_file = WalkFile(tmp_path / "walk.json")
    walk_file.path.write_text("{half")
    assert walk_file.load() is None
    assert (tmp_path / "walk.json.damaged").read_text() == "{half"


def test_odd_values_in_the_autosave_fall_back_to_defaults() -> None:
    state = WalkState.from_record({"step": "nowhere", "company": 5, "mood_before": 4, "x": 1})
    assert state.step == "kindness" and state.company == "" and state.mood_before == 4
