"""A verdict on their decision is anger; the writer's own slip, praise, a doubt or an ask is not."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_verdict import verdicts

# Their side judged as having got it wrong, missed, overlooked or lost out.
VERDICTS = [
    "Honestly I think you made a big mistake.",
    "You made the wrong call.",
    "I think you are making a mistake letting me go.",
    "With respect, your process missed what I can do.",
    "You've made a huge mistake here.",
    "I really believe you have made the wrong decision.",
    "Your team got it wrong.",
    "Frankly, you picked the wrong candidate.",
    "In my opinion the panel made a serious error.",
    "You guys missed a trick with me.",
    "You overlooked what I could bring to the team.",
    "Your interviewers underestimated me.",
    "I think you misjudged me.",
    "You missed out on a great candidate.",
    "Your company is losing out on real talent.",
    "Letting me go was a mistake.",
    "Your decision was the wrong one.",
    "This decision is a big mistake on your part.",
    "I feel your recruiters failed to see my potential.",
    "You were wrong about me.",
    "Whoever made this decision made a mistake.",
    "The hiring panel overlooked my ten years of experience.",
    "You have clearly undervalued my skills.",
    "You hired the wrong person, and you will see it soon.",
    "Thanks for the update, but you made a mistake not hiring me.",
    "You missed out.",
    "Your panel made a mistake in letting me go.",
    "I do think you dropped the ball with me.",
    "Honestly, you guys blew it.",
    "Your recruiter told me it was close, but you made the wrong call.",
]

# Their clean neighbours: the writer about themselves, praise, a doubt or a
# condition, someone else's words, a polite ask, a slip of fact put right.
CLEAN = [
    "I think I made a mistake in the second round.",
    "I missed the chance to talk about my design work.",
    "I'm sure you made the right call.",
    "You didn't miss a thing.",
    "If I misunderstood, please tell me.",
    "No mistake on your part, of course.",
    "I don't think anyone made a mistake.",
    "My old manager said hiring is a lottery.",
    "Could you tell me what I missed?",
    "I don't think you made a mistake at all.",
    "If you feel you made the wrong call, my door is open.",
    "I think you made a mistake with the date: the interview was on Tuesday.",
    "You got my name wrong in the email, it's Sian, not Sean.",
    "Sorry I missed your call yesterday.",
    "I think you missed my call this morning, I'll try again later.",
    "My friend thinks you made a big mistake, but I understand.",
    "Did I make a mistake in the case study?",
    "We all make the wrong call sometimes.",
    "It was a mistake on my part to rush the presentation.",
    "I made the wrong call on the pricing question.",
    "You made the right decision for your team.",
    "You never made me feel like I'd made a mistake.",
    "I hope I didn't overlook anything in my answers.",
    "You made a great choice and I wish them well.",
    "I wonder whether I underestimated the technical round.",
    "I know you couldn't see everything I can do in half an hour.",
    "Sorry you missed out on the team lunch, it looked lovely.",
    "Your recruiter made a mistake in sending me the wrong link, no harm done.",
    "You were right and I was wrong about the start date.",
    "I dropped the ball on the second task, I know.",
    "You blew it out of the water with that welcome pack.",
]


# A doubt or a hypothesis is argued, not charged: the writers label these
# begging (re-arguing the case), which the begging rules read, never anger.
ARGUED = [
    "With respect, I think the panel may have underestimated my experience.",
    "I think you might have made the wrong call, so I hope you'll hear me out.",
    "I honestly think you'd regret not seeing me run a live demo.",
    "I think maybe they missed my experience with Salesforce.",
    "Perhaps you overlooked my experience with Salesforce.",
]
# Reported by someone else, however it is put.
REPORTED = [
    "my boyfriend keeps telling me you missed out haha but i know it was a tough call.",
    "Your email said you had made an error with the booking.",
    "My friends all think you made a big mistake.",
]


@pytest.mark.parametrize("sentence", ARGUED + REPORTED)
def test_a_doubt_or_someone_elses_verdict_is_not_the_writers_charge(sentence: str) -> None:
    assert verdicts(sentence) == [], sentence


@pytest.mark.parametrize("sentence", VERDICTS)
def test_a_verdict_on_their_decision_is_found(sentence: str) -> None:
    assert verdicts(sentence), sentence


@pytest.mark.parametrize("sentence", VERDICTS)
def test_the_check_flags_it_as_anger(sentence: str) -> None:
    assert "anger" in {f.kind for f in check(sentence)}, sentence


@pytest.mark.parametrize("sentence", CLEAN)
def test_a_clean_neighbour_is_no_verdict(sentence: str) -> None:
    assert verdicts(sentence) == [], sentence


def test_the_finding_names_its_span_and_a_calmer_alternative() -> None:
    text = "Thanks for letting me know. Honestly I think you made a big mistake."
    (span,) = verdicts(text)
    assert text[span.start : span.end] == "you made a big mistake"
    assert span.kind == "anger"
    assert span.suggestion
    found = [f for f in check(text) if f.kind == "anger"]
    assert [f.text for f in found] == ["you made a big mistake"]
    assert found[0].suggestion == span.suggestion


def test_what_they_missed_is_named_whole() -> None:
    text = "With respect, your process missed what I can do."
    (span,) = verdicts(text)
    assert text[span.start : span.end] == "your process missed what I can do"


def test_a_verdict_in_quotes_is_someone_elses_words() -> None:
    assert verdicts('Your email said "we made a mistake in the schedule".') == []
    assert verdicts('My mentor\'s line was "you made the wrong call" when I left.') == []
