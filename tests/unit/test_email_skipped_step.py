"""An early step the writer is let off, then invited past, is no no to the application."""

from __future__ import annotations

import pytest

from coach.email_skipped_step import without_skipped_steps
from coach.email_verdict import not_a_rejection

INVITED = "it reads like an invitation to a next step"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "You were not selected for the first round, but we would like to invite you to an "
            "interview at our open day on 2 May instead, if that suits you.",
            id="not selected for the first round, invited to an interview",
        ),
        pytest.param(
            "Your CV was so strong that you have not been selected for the telephone interview: "
            "the panel would like to move you straight to the assessment centre.",
            id="not selected for the phone interview, moved straight on",
        ),
        pytest.param(
            "After your referral you have not been put forward for the initial online "
            "assessment; we would like to invite you to the final stage instead. Are you free?",
            id="not put forward for a step named with two words",
        ),
        pytest.param(
            "Given your experience, we won't need you to do the phone screen. Please pick a "
            "slot for the technical interview next week.",
            id="spared the step, asked to pick a slot for a later one",
        ),
        pytest.param(
            "As you were referred by our staff, you will not go through the initial screening "
            "call. Could you let us know when you are free for an interview with the team lead?",
            id="spared the step with no word of favour, asked when free for an interview",
        ),
        pytest.param(
            "You were not selected for the phone screen, as you won't need it: we would like "
            "to invite you to the final interview.",
            id="a judged step and a contracted 'won't need' in the writer's favour",
        ),
    ],
)
def test_an_early_step_let_off_then_a_later_one_is_an_invitation(text: str) -> None:
    assert not_a_rejection(text, text) == INVITED


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "You were not selected for the first round. We'd like to invite you to a feedback "
            "session; the candidates chosen will be invited to the final interview.",
            id="others invited",
        ),
        pytest.param(
            "You were not selected for the first round. We would like to invite you to an "
            "interview when the scheme opens again next year.",
            id="invited to interview next year",
        ),
        pytest.param(
            "You were not selected for the first stage. We'd like to invite you to the next "
            "round of applications in the spring.",
            id="the next round of something else",
        ),
        pytest.param(
            "You were not chosen for the first stage of the process. We'd love to invite you "
            "to our assessment centre evening for students, where you can meet the team.",
            id="a gathering named after a step",
        ),
        pytest.param(
            "Sadly you have not been put forward for the initial video interview, and we will "
            "invite you to the final stage only if a place opens up.",
            id="nothing says the step was passed over in the writer's favour",
        ),
        pytest.param(
            "You were not selected for the screening call; instead we'll invite you to a final "
            "interview only if the current finalists withdraw.",
            id="an invitation under a condition",
        ),
        pytest.param(
            "You won't need to do the phone screen, as the role has now been filled. We'd like "
            "to invite you to an interview practice session with our careers coach.",
            id="spared the step because the job is gone, invited to practice",
        ),
    ],
)
def test_an_early_step_denied_with_no_later_step_for_this_job_is_a_rejection(text: str) -> None:
    assert not_a_rejection(text, text) == ""


def test_only_the_early_step_is_let_off() -> None:
    text = "You were not selected for the next round. We'd like to invite you to an interview."
    assert without_skipped_steps(text) == text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "You won't need to do the phone screen: we'd like to go straight to a face-to-face "
            "chat with the team. Can you do Monday at 2pm?",
            id="spared, then a time asked with no step named",
        ),
        pytest.param(
            "You were not selected for the first round, as we'd rather skip it in your case. "
            "Can you do Monday at 2pm?",
            id="passed over in favour, then can you do a day",
        ),
        pytest.param(
            "You were not selected for the phone screen, as we want to skip it for you. Would "
            "Friday at 10am work?",
            id="passed over in favour, then would a time work",
        ),
        pytest.param(
            "Unfortunately we won't be doing the phone screen for this role after all; instead "
            "the hiring manager would like to meet you directly. How about Tuesday at 3pm?",
            id="rv48: spared, then how about a day and hour",
        ),
    ],
)
def test_a_time_put_to_the_writer_is_an_invitation_on(text: str) -> None:
    # closing20: 17/20 on an unseen batch; the three misses asked a time and named no step.
    assert not_a_rejection(text, text) == INVITED


@pytest.mark.parametrize(
    "text",
    [
        "Unfortunately you were not selected for the first round. Can you do Monday at 2pm? "
        "We can give you feedback on the phone.",
        "You were not selected for the phone screen stage of this process. Would Friday at "
        "10am work for a short feedback call?",
        "Unfortunately you were not selected for the first round. How about Monday at 2pm for "
        "a feedback call?",
    ],
)
def test_a_time_asked_after_a_judged_no_with_no_favour_stays_a_rejection(text: str) -> None:
    assert not_a_rejection(text, text) == ""
