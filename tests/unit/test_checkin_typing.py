"""Days left typed for one plan by two stopped coaches: both kept, each for its plan's day."""

from __future__ import annotations

from datetime import date

from screens.home.checkin_typing import days_for, fresh, joined, typed_value

DAY = date(2026, 3, 2)
LATER = date(2026, 3, 9)


def test_two_coaches_days_for_one_plan_are_both_kept_the_last_typed_first() -> None:
    early = typed_value("friday", DAY)
    late = typed_value("in 5 days", DAY)
    both = joined(late, early, "2026-03-02T11:40:00", "2026-03-02T09:05:00")
    assert [one["typed"] for one in days_for(both, DAY)] == ["in 5 days", "friday"]
    assert [one["at"] for one in days_for(both, DAY)] == [
        "2026-03-02T11:40:00",
        "2026-03-02T09:05:00",
    ]


def test_the_same_day_left_twice_is_one_day() -> None:
    one = typed_value("friday", DAY)
    assert joined(one, dict(one), "a", "b") == one


def test_a_day_typed_for_the_plan_before_it_moved_goes_the_other_stays() -> None:
    both = joined(typed_value("friday", DAY), typed_value("sunday", LATER), "1", "2")
    assert fresh(both, LATER) == {"at": "2", **typed_value("sunday", LATER)}
    assert [one["typed"] for one in days_for(both, DAY)] == ["friday"]
    assert fresh(both, date(2026, 4, 1)) is None


def test_an_older_coachs_words_alone_are_kept_beside_a_day() -> None:
    both = joined("tomorrow", typed_value("friday", DAY), "1", "2")
    assert [one["typed"] for one in days_for(both, DAY)] == ["friday", "tomorrow"]
