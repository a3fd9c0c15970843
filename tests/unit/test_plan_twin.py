"""The same plan made twice for one entry is found before it is saved (fz45)."""

from __future__ import annotations

from datetime import date

from coach.plan_twin import twin_of
from coach.plans import Plan, PlanStatus

DAY = date(2026, 12, 4)


def test_the_same_words_for_the_same_entry_are_its_twin() -> None:
    there = Plan(entry_id="e1", when="I open my laptop", then="write to Sam", due=DAY)
    again = Plan(entry_id="e1", when="When I  open my laptop", then="Write to Sam.", due=DAY)
    assert twin_of(again, [there]) is there


def test_other_words_another_entry_or_a_plan_done_are_no_twin() -> None:
    again = Plan(entry_id="e1", when="I open my laptop", then="write to Sam", due=DAY)
    other_words = Plan(entry_id="e1", when="I open my laptop", then="write to Ana", due=DAY)
    other_entry = Plan(entry_id="e2", when="I open my laptop", then="write to Sam", due=DAY)
    done = Plan(entry_id="e1", when="I open my laptop", then="write to Sam", due=DAY)
    done.status = PlanStatus.DONE
    assert twin_of(again, [other_words, other_entry, done]) is None
    assert twin_of(again, [again]) is None  # itself, saved again, is no twin
