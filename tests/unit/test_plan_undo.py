"""Taking back a plan change from its entry touches only what that change touched."""

from __future__ import annotations

from datetime import timedelta

from coach.journal import Journal
from coach.plan_undo import changed_here, undone
from coach.plans import Plan, edit_plan
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()


def _journal_with_plan() -> tuple[Journal, Plan]:
    journal = Journal.in_memory()
    plan = journal.save_plan(Plan("e1", "I sit down", "compare my CV", TODAY + timedelta(days=2)))
    return journal, plan


def test_a_day_changed_here_goes_back_under_the_words_stored_now() -> None:
    journal, shown = _journal_with_plan()
    worded = journal.save_plan(edit_plan(shown, shown.when, "call Ben", shown.due, FIXED_NOW))
    asked = edit_plan(shown, shown.when, shown.then, TODAY + timedelta(days=5), FIXED_NOW)
    saved = journal.save_plan(asked)  # over the words shown: the stored ones are kept
    before = changed_here(shown, asked, saved)
    back, refused, _ = undone(journal, before, saved)
    assert refused == "" and back is not None
    assert (back.then, back.due) == (worded.then, shown.due)


def test_a_change_taken_back_is_refused_when_it_was_changed_again_elsewhere() -> None:
    journal, shown = _journal_with_plan()
    asked = edit_plan(shown, shown.when, shown.then, TODAY + timedelta(days=5), FIXED_NOW)
    saved = journal.save_plan(asked)
    journal.save_plan(
        edit_plan(saved, saved.when, saved.then, TODAY + timedelta(days=9), FIXED_NOW)
    )
    back, refused, stored = undone(journal, changed_here(shown, asked, saved), saved)
    assert back is None and stored is not None and stored.due == TODAY + timedelta(days=9)
    assert "changed this plan again since" in refused
    assert journal.get_plan(shown.id).due == TODAY + timedelta(days=9)
