"""Tests for warm sentences the tone rules leave calm, and their near misses that still count."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_length import length
from coach.tone_structure import placeholders
from coach.tone_wording import wording


def rule_kinds(text: str) -> set[str]:
    """What the rules alone flag (model={}: the sentence model reads these on its own)."""
    return {f.kind for f in check(text, model={})}


@pytest.mark.parametrize(
    "text",
    [
        "I was sorry not to be chosen, but the site visit was a real highlight.",
        "I am sorry not to be successful this time; thank you for the interview.",
        "I'm sorry not to be taking up the lecturer post, but I learned a great deal.",
        "I was sorry not to get the analyst role, though I enjoyed the panel.",
        "I'm sorry the position won't be going ahead for me, but thank you.",
        "I am of course sorry the outcome was not what I hoped for.",
        "I moved my plans around for this, so I am sorry it has not worked out.",
        "I am sorry to not have the chance to work with your team this summer.",
    ],
)
def test_regret_about_the_outcome_in_more_words_is_not_apology(text: str) -> None:
    assert "apology" not in {s.kind for s in wording(text)}, wording(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry the presentation I gave was so rushed.",
        "I'm sorry not to be better prepared for the case study.",
        "I'm sorry I wasted your time in the second round.",
    ],
)
def test_sorry_for_ones_own_showing_is_still_apology(text: str) -> None:
    assert "apology" in {s.kind for s in wording(text)}


@pytest.mark.parametrize(
    "text",
    [
        # Their own news: an interview elsewhere, or one already had.
        "I've got a second interview elsewhere next week, so I'm keeping busy.",
        "Your tip about questions was spot on; I used it in another interview.",
        "There's a second interview elsewhere on Friday, so I'm keeping busy.",
        # The writer's own reading, not a request.
        "It stung at first, but on a second look the comment is fair.",
        "Having read it again, I think the panel meant my slides, not my analysis.",
        # A hope for later, not now.
        "I would be glad to talk again when the team grows next year.",
        # A vacancy that may come one day is not terms offered for this one.
        "If a junior role opens up in the planning team, I'd be happy to apply.",
        "I hope to apply again when there's a junior role.",
        # A remark is a comment, not marking again.
        "I appreciated your frank remark about my German.",
        "Could you share any remarks on my interview?",
    ],
)
def test_own_news_and_hopes_for_later_are_not_begging(text: str) -> None:
    assert "begging" not in rule_kinds(text), check(text, model={})


@pytest.mark.parametrize(
    "text",
    [
        "Could I please have a second interview?",
        "Would you take a second look at my application?",
        "Could you look at my application afresh next week?",
        "Please read it again before you decide.",
        "I'd happily take a junior role if it means I can join now.",
        "Could you re-mark my test?",
        "Please reconsider; I would talk it over again tomorrow.",
    ],
)
def test_asking_again_now_is_still_begging(text: str) -> None:
    assert "begging" in rule_kinds(text), check(text, model={})


def test_the_people_met_are_not_an_audience_but_people_told_are() -> None:
    met = "I enjoyed meeting everyone and would love to apply again in future."
    assert "public" not in rule_kinds(met), check(met, model={})
    told = "Everyone I know will love to hear how this was handled."
    assert "public" in rule_kinds(told)


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr. Lindqvist, noted. Regards, P.",
        "Dear Ana, noted. Kind regards, Sam Rivera",
        'Noted. Good luck with your "process".',
        "Fine. Whatever works for you.",
    ],
)
def test_a_bare_acknowledgement_framed_on_one_line_or_leading_a_short_reply_is_curt(
    text: str,
) -> None:
    (span,) = length(text)
    assert "curt" in span.reason


@pytest.mark.parametrize(
    "text",
    [
        "Dear Ana, thank you for letting me know and for your time. Best, Sam",
        "OK. Thanks for the update, and good luck with the launch.",
        "Noted, and thank you for the kind feedback on my portfolio.",
        "Hi Ana,\n\nUnderstood, and thank you for telling me yourself.\n\nBest,\nSam",
    ],
)
def test_a_short_reply_with_thanks_is_not_curt(text: str) -> None:
    assert length(text) == []


@pytest.mark.parametrize("text", ["I can come by on the __th.", "from __ May", "on the __ of June"])
def test_two_underscores_for_a_number_are_a_blank(text: str) -> None:
    (slot,) = placeholders(text)
    assert slot.kind == "placeholder"
    assert text[slot.start : slot.end] == "__"


@pytest.mark.parametrize("text", ["see __init__ in the code", "__bold__ text", "snake__case"])
def test_double_underscores_in_code_and_markup_are_not_blanks(text: str) -> None:
    assert placeholders(text) == []
