"""The follow-up's reason reads as a person would say it, at any number of days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.follow_up import follow_up_offer

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("days", "said", "wait"),
    [
        (0, "the date given is today", "14 more days"),
        (1, "it has been 1 day,", "13 more days"),
        (13, "it has been 13 days,", "1 more day."),
    ],
)
def test_the_wait_is_said_in_days(days: int, said: str, wait: str) -> None:
    # rv13 item 12: "it has been 0 so far".
    offer = follow_up_offer(TODAY - timedelta(days=days), TODAY)
    assert not offer.offered
    assert said in offer.reason and wait in offer.reason
    assert " 0 so far" not in offer.reason and "been 0" not in offer.reason


def test_a_future_date_counts_as_today_and_two_weeks_offers_one() -> None:
    assert "the date given is today" in follow_up_offer(TODAY + timedelta(days=2), TODAY).reason
    assert follow_up_offer(TODAY - timedelta(days=14), TODAY).offered
