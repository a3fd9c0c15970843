"""A role whose own words look like the reader's marks: a role word inside it, a bracketed field."""

from __future__ import annotations

from datetime import date

import pytest

from coach.email_guess import guess_from_email

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        # "Process" ends a search's brief ("the hiring process"), but here a capital follows it.
        ("Thank you for your interest in the Senior Process Engineer position.",
         "Senior Process Engineer"),
        ("We enjoyed meeting you for the Lead Process Engineer role.", "Lead Process Engineer"),
        # The field in brackets comes after the job's head, and does not hide it.
        ("We have decided for another candidate for the position of Senior Process Engineer "
         "(Electrolysis Systems).", "Senior Process Engineer (Electrolysis Systems)"),
    ],
)  # fmt: skip
def test_a_role_word_inside_a_job_name_does_not_end_it(sentence: str, role: str) -> None:
    email = f"Dear Anna,\n\n{sentence} We will not proceed.\n\nKind regards,\nKronberg HR"
    assert guess_from_email(email, TODAY).role == role


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("We have closed the recruitment process for the Analyst role.", "Analyst"),
        ("Thank you for joining the Interim CFO brief.", "Interim CFO"),
    ],
)
def test_a_role_word_in_its_usual_place_still_ends_the_role(sentence: str, role: str) -> None:
    email = f"Dear Anna,\n\n{sentence} We will not proceed.\n\nKind regards,\nAcme HR"
    assert guess_from_email(email, TODAY).role == role
