"""The follow-up's reason reads as a person would say it, at any number of days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.content import load_content
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


@pytest.mark.parametrize("days", [14, 60])
def test_a_follow_up_weeks_after_applying_is_fair(days: int) -> None:
    reason = follow_up_offer(TODAY - timedelta(days=days), TODAY).reason
    assert "is fair" in reason and "silence is the answer" not in reason


def test_months_of_silence_turn_the_advice_to_something_new() -> None:
    # rv51 D6: 338 days of silence were still called a fair time to follow up.
    offer = follow_up_offer(TODAY - timedelta(days=338), TODAY)
    assert offer.offered  # a follow-up drafted earlier must still open
    assert "338 days" in offer.reason and "silence is the answer" in offer.reason
    assert "fresh application" in offer.reason and "is fair" not in offer.reason


def test_the_follow_up_draft_says_no_time_that_may_be_wrong() -> None:
    # It may go out weeks or months after applying: "a little while ago" was wrong at 338 days.
    template = load_content().content.templates["follow-up"]
    text = " ".join(part.text for part in template.parts).lower()
    assert " ago" not in text and "recently" not in text and "while" not in text
