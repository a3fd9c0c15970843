"""Round 12's last review: three exceptions narrowed too far, each held at its edge."""

from __future__ import annotations

import pytest

from coach import tone


def _letter(body: str) -> str:
    """A body inside a plain greeting and sign-off."""
    return f"Hi Dana,\n\n{body}\n\nBest,\nSam"


def _kinds(body: str, *, rules_only: bool) -> set[str]:
    """The kinds the check finds in the letter, with the model or the rules alone."""
    text = _letter(body)
    findings = tone.check(text, model={}) if rules_only else tone.check(text)
    return {finding.kind for finding in findings}


CALM = [
    # Talking a subject over is talking it through, not talking over people.
    "Thank you. It was kind that the team talked over the decision with me rather than emailing.",
    "It was good that Priya talked over the next steps with me so clearly.",
    # Telling them not to apologise, in any of the usual words.
    "Thanks for letting me know. Don't apologise, these things take time.",
    "You needn't apologise for the wait. Thank you for the feedback.",
    "Do not apologise for the wait. Thank you for the feedback.",
    # A harsh word aimed at the writer's own work is about the writer.
    "Thank you for the feedback. Looking back, I belittled my own experience, and I'm on it.",
    "Thanks for the honest notes. I've belittled my own work for years; your comments helped.",
]

STILL_FLAGGED = [
    ("Your director talked over everyone in the room, so I am not surprised.", "anger"),
    ("Your panel talked over my answers twice.", "anger"),
    ("You belittled my experience in front of the panel.", "anger"),
    ("I do not apologise lightly, but I owe you one.", "apology"),
    ("I can not apologise enough for my rambling answers.", "apology"),
]


@pytest.mark.parametrize("body", CALM)
@pytest.mark.parametrize("rules_only", [True, False])
def test_a_calm_reply_stays_calm(body: str, rules_only: bool) -> None:
    assert _kinds(body, rules_only=rules_only) == set()


@pytest.mark.parametrize(("body", "kind"), STILL_FLAGGED)
@pytest.mark.parametrize("rules_only", [True, False])
def test_the_real_problem_is_still_named(body: str, kind: str, rules_only: bool) -> None:
    assert kind in _kinds(body, rules_only=rules_only)
