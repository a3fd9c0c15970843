"""unsaved_text: the typing that could not be autosaved, readable as a plain file."""

from __future__ import annotations

from coach.unsaved_text import unsaved_text
from coach.walk import WalkState


def test_the_walk_and_a_draft_read_as_named_fields_without_bookkeeping() -> None:
    state = WalkState(company="Umbrella Corp", mood_before=5, notes="Two lines\nof notes")
    state.answers = {"learned": "to ask sooner"}
    text = unsaved_text(
        {
            "walk": {"kind": "walk", "values": state.to_record()},
            "draft:abc": {"label": "Acme (Offer)", "values": {"text": "Dear Ana,\nThanks."}},
            "entry:xyz": {"label": "closed unchanged"},  # no values: nothing to say
        }
    )
    assert text.startswith("== The walk ==\n")
    assert "company: Umbrella Corp" in text and "mood before: 5" in text
    assert "notes:\nTwo lines\nof notes" in text
    assert "answers, learned: to ask sooner" in text
    assert "== Acme (Offer) ==\ntext:\nDear Ana,\nThanks." in text
    assert (
        "version" not in text
        and "walk id" not in text
        and state.walk_id not in text
        and "closed" not in text
    )


def test_nothing_typed_is_empty() -> None:
    assert unsaved_text({}) == ""
    assert unsaved_text({"walk": {"values": {"company": "  ", "walk_id": "x"}}}) == ""
