"""A feedback call offered as a question after a no is feedback offered (rv48)."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    "said",
    [
        "Unfortunately you were not selected. Would Friday at 10am work for a short feedback call?",
        "We have decided not to proceed to the final round with you. Would Tuesday work for a "
        "feedback call?",
    ],
)
def test_a_feedback_call_asked_for_after_a_no_is_feedback_offered(said: str) -> None:
    email = f"From: Lena <lena@orchardfoods.com>\nSubject: Your application\n\nHi Sam,\n\n{said}\n"
    read = guess_from_email(email, TODAY)
    assert read.feedback_invited and not read.to_json()["not_a_rejection"]


def test_a_feedback_call_refused_is_none_offered() -> None:
    email = (
        "From: Lena <lena@orchardfoods.com>\nSubject: Your application\n\nHi Sam,\n\n"
        "Unfortunately you were not selected. We cannot offer a feedback call.\n"
    )
    assert not guess_from_email(email, TODAY).feedback_invited
