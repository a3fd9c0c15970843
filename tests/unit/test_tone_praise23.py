"""Warm praise in casual words against sarcasm dressed as praise (p23): kept, and turned."""

from __future__ import annotations

import dataclasses

import pytest

from coach import tone
from coach.tone_rules import ToneRules, shipped_rules


def _anger(text: str, *, rules: ToneRules | None = None) -> list[str]:
    """The anger findings of the rules alone, by their text."""
    return [f.text for f in tone.check(text, model={}, rules=rules) if f.kind == "anger"]


@pytest.mark.parametrize(
    "text",
    [
        "Hey Sam, thanks for ringing me yourself, that was classy. Gutted, but I'll live.",
        "Thank you for taking the time to phone me personally, Ana. That was classy. All the best.",
        "Cheers for the voicemail too, it was a nice touch. Enjoyed meeting the team.",
        "Phoning me yourself was classy. Best of luck with the new starter.",
    ],
)
def test_plain_applause_of_a_kindness_in_person_is_sincere(text: str) -> None:
    assert _anger(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # The thanks holds more than the kindness: the rest may be the slight.
        "Thanks for ringing me yourself at 11pm, that was classy.",
        "Thanks for letting me find out from the job board first, that was classy.",
        # A slight beside it, or a next sentence that turns it.
        "Thanks for the call after six weeks of silence. That was classy.",
        "Thanks for ringing me yourself, that was classy. Shame about the form email before it.",
        "Thanks for ringing me yourself, that was classy. By the recruiter's intern, mind.",
        # Intensified applause, or applause of a slight.
        "Thanks for ringing me yourself, that was really classy.",
        "Thanks for the automated email, that was a nice touch.",
        "You reposted the advert before telling me. Classy.",
    ],
)
def test_applause_with_a_slight_or_a_turn_is_still_sarcasm(text: str) -> None:
    assert _anger(text) != []


def test_a_persons_own_applause_rule_is_not_released() -> None:
    shipped = shipped_rules()
    mine = next(r for r in shipped.rules if r.name == "sarcasm-idioms")
    own = ToneRules(
        shipped.classes,
        tuple(
            dataclasses.replace(r, reason="my own: no applause") if r is mine else r
            for r in shipped.rules
        ),
        shipped.context,
        shipped.model_cues,
        shipped.suggestions,
    )
    text = "Hey Sam, thanks for ringing me yourself, that was classy."
    assert "classy" in _anger(text, rules=own)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you again for a process that treated candidates like people.",
        "Your team treats applicants like adults, and it showed all day.",
    ],
)
def test_treated_with_the_respect_owed_is_praise(text: str) -> None:
    assert _anger(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for a process that treated candidates like people, for once.",
        "I wish you had treated candidates like people.",
        "Maybe try treating applicants like adults next time.",
        "You treated me like a person right up until the rejection.",
        "It would help if you treated candidates like people.",
        "Your firm treats applicants like cattle.",
    ],
)
def test_treated_like_people_wished_for_or_turned_is_still_the_charge(text: str) -> None:
    assert _anger(text) != []
