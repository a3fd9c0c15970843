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
        "Hi Sam, fair play to you for ringing me yourself, that was classy. Gutted, mind.",
        "Bit sad but you guys were amazing. The cake at the interview was a nice touch.",
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
        # Another sentence of the draft that is cool on them, or turns it.
        "You got my name wrong twice on the call. Thanks for ringing me yourself, it was classy.",
        "Thanks for ringing me yourself, that was classy. Ringing at 6am, less so.",
        "Thanks for ringing me yourself, that was classy. I enjoyed hearing it over your radio.",
        "Thanks for phoning me yourself. It was a nice touch. News deserves a face, not a phone.",
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
        # A harsh word as the degree of praise.
        "You were awful nice to me on the day and I mean that.",
        # A moment shared with them.
        "The bit where we both got lost looking for the meeting room was a highlight.",
        # A failing they could have chosen and did not.
        "Fair play, you could've just ghosted and you didn't.",
    ],
)
def test_casual_praise_the_rules_read_as_a_charge_is_let_go(text: str) -> None:
    assert _anger(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Awful nice of you to ghost me for a month.",
        "You were awful nice to me until the offer went to your nephew.",
        "The panel were dreadful friendly, right up to the moment I mentioned my salary.",
        "The bit where we both realised nobody had read my CV was a highlight.",
        "The part where we all waited two hours in reception was a highlight.",
        "You could have ghosted me and you didn't, you just took six weeks instead.",
        "You ghosted me and didn't even say why.",
    ],
)
def test_the_same_words_turned_are_still_the_charge(text: str) -> None:
    assert _anger(text) != []
