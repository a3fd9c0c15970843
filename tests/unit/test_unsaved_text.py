"""unsaved_text: the typing that could not be autosaved, readable as a plain file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

from coach.content import load_content
from coach.entry_fields import form_of
from coach.model import Stage
from coach.records import entry_to_record
from coach.unsaved import UnsavedStore
from coach.unsaved_text import unsaved_text
from coach.walk import WalkState
from coach.walk_questions import walk_questions
from screens.walk.controller import WalkController
from tests.conftest import make_entry


def test_the_walk_and_a_draft_read_as_named_fields_without_bookkeeping() -> None:
    state = WalkState(company="Umbrella Corp", mood_before=5, notes="Two lines\nof notes")
    state.plan_due, state.plan_due_on = "tomorrow", "2026-11-28"
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
        and "2026-11-28" not in text  # the day the plan's field meant: kept for coach only
    )


def test_nothing_typed_is_empty() -> None:
    assert unsaved_text({}) == ""
    assert unsaved_text({"walk": {"values": {"company": "  ", "walk_id": "x"}}}) == ""


def test_an_entrys_typing_reads_by_the_names_and_words_on_its_screen() -> None:
    # rv22: "f-role: RO-EDIT", "f-feedback: not_requested", and every field, typed or not.
    entry = make_entry("Zeta Labs", Stage.APPLICATION, role="Designer")
    entry.reflections = {"learned": "kept as it was"}
    entry.notes = "A first line"
    typed = form_of(entry, ["learned", "next"])
    typed.update({"f-role": "RO-EDIT", "f-stage": "phone_screen", "f-reflection-1": "Ask sooner"})
    typed["f-notes"] = ""
    record = {
        "kind": "entry",
        "label": "Zeta Labs (Application)",
        "base": entry_to_record(entry),
        "questions": [["learned", "What did you learn?"], ["next", "What will you try next?"]],
        "values": {**typed, "focused": "f-role"},
    }
    text = unsaved_text({f"entry:{entry.id}": record})
    assert text.splitlines() == [
        "== Zeta Labs (Application) ==",
        "Role: RO-EDIT",
        "Stage: Phone screen",
        "Notes: (emptied)",
        "What will you try next?: Ask sooner",
    ]


def test_an_entrys_typing_without_the_entry_as_opened_names_every_filled_field() -> None:
    values = {
        "f-company": "Acme",
        "f-feedback": "not_requested",
        "f-reflection-0": "yes",
        "f-x": "",
    }
    text = unsaved_text({"entry:e1": {"label": "Acme", "values": values}})
    assert "Company: Acme" in text and "Feedback: Not asked for" in text
    assert "Reflection 1: yes" in text and "f-" not in text


def test_the_walks_answers_are_named_by_the_question_asked(tmp_path: Path) -> None:
    # fz13: the walk's copy read "answers, learned: …", a question id nobody saw.
    content = load_content().content
    question = walk_questions(content, Stage.TECHNICAL)[0]
    store = UnsavedStore(tmp_path)
    store.open()
    host = SimpleNamespace(content=content, clock=lambda: datetime(2026, 11, 27, 10, 0))
    walk = WalkController(host, WalkState(company="Umbrella", stage="technical"), store)  # type: ignore[arg-type]
    walk.state.answers = {question.id: "to ask sooner", "gone_id": "kept all the same"}
    text = unsaved_text(store.snapshot())
    store.close()
    assert f"{question.text}: to ask sooner" in text.splitlines()
    assert "answers, gone id: kept all the same" in text  # a question no longer known
    assert f"answers, {question.id.replace('_', ' ')}" not in text


def test_two_questions_worded_alike_keep_both_answers() -> None:
    # rv24: the answers were keyed by the question's words, so one answer was lost.
    record = {
        "questions": [["learned", "What now?"], ["next", "What now?"]],
        "values": {"company": "Acme", "answers": {"learned": "ask sooner", "next": "rest"}},
    }
    lines = unsaved_text({"walk": record}).splitlines()
    assert "What now?: ask sooner" in lines and "What now?: rest" in lines
