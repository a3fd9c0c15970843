"""The model: stages, defaults, and checking records from outside."""

from __future__ import annotations

from datetime import date

import pytest

from coach.model import ReplyPart, Stage, default_reply_parts
from coach.records import EntryError, entry_from_record, entry_to_record
from tests.conftest import make_entry


def test_interviewed_stages_match_the_design() -> None:
    interviewed = {s.value for s in Stage if s.interviewed}
    assert interviewed == {"phone_screen", "technical", "final", "offer"}


def test_feedback_is_on_by_default_only_after_an_interview() -> None:
    assert ReplyPart.FEEDBACK in default_reply_parts(Stage.PHONE_SCREEN)
    assert ReplyPart.FEEDBACK not in default_reply_parts(Stage.NO_REPLY)
    assert ReplyPart.THANKS in default_reply_parts(Stage.NO_REPLY)


def test_feedback_is_on_when_the_email_invites_it_at_any_stage() -> None:
    from coach.walk import WalkState

    assert ReplyPart.FEEDBACK in default_reply_parts(Stage.APPLICATION, feedback_invited=True)
    state = WalkState(company="Acme", stage="application")
    assert ReplyPart.FEEDBACK not in state.chosen_parts()
    state.feedback_invited = True
    assert ReplyPart.FEEDBACK in state.chosen_parts()
    # Parts the person chose stay chosen, invitation or not.
    state.parts = ["thanks"]
    assert state.chosen_parts() == [ReplyPart.THANKS]
    # The autosave keeps it.
    assert WalkState.from_record(WalkState(feedback_invited=True).to_record()).feedback_invited


def test_record_round_trip_is_lossless() -> None:
    entry = make_entry(reflections={"a": "b"}, mood_before=0, reapply_after=date(2027, 1, 1))
    entry.reply.parts = [ReplyPart.THANKS, ReplyPart.LINKEDIN]
    entry.reply.draft = "Hi {contact_name}"
    assert entry_from_record(entry_to_record(entry)) == entry


def test_minimal_record_gets_defaults() -> None:
    entry = entry_from_record({"company": " Acme ", "stage": "offer"}, today=date(2026, 1, 1))
    assert entry.company == "Acme"
    assert entry.date == date(2026, 1, 1)
    assert entry.id


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"stage": "offer"}, "company is missing"),
        ({"company": "A"}, "stage is missing"),
        ({"company": "A", "stage": "hired"}, "stage 'hired' is not one of"),
        ({"company": "A", "stage": "offer", "date": "25/11/2026"}, "YYYY-MM-DD"),
        ({"company": "A", "stage": "offer", "mood_before": "11"}, "outside 0 to 10"),
        ({"company": "A", "stage": "offer", "mood_after": "sad"}, "whole number"),
        ({"company": "A", "stage": "offer", "channel": "pigeon"}, "channel"),
        ({"company": "A", "stage": "offer", "reflections": "{oops"}, "JSON"),
        (["A", "offer"], "fields should be here"),
    ],
)
def test_bad_records_name_what_is_wrong(record: object, message: str) -> None:
    with pytest.raises(EntryError, match=message):
        entry_from_record(record)  # type: ignore[arg-type]
