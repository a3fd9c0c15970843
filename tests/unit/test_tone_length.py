"""Length: a long reply is a problem when it re-argues the case, or when it is very long."""

from __future__ import annotations

import pytest

from coach import tone
from coach.tone_length import LONG_ALONE, WORD_LIMIT, length
from coach.tone_span import Span

# A warm, reflective letter of thanks that asks for nothing: about 240 words.
WARM_LETTER = """Dear Priya,

Thank you for phoning me yesterday rather than sending a form email. It meant a lot, and I wanted to
write back properly now that I have had a night to think it over.

The two afternoons I spent with your team were the best part of my search this year. I loved the
walk round the print room, and the way Tom explained how the night shift hands over to the day shift
has stayed with me. I have started keeping a handover note in my own job because of it, and my
manager has already asked where the idea came from.

I also want to say how kind the whole panel was. I arrived soaked from the rain and Maria found me
a towel and a cup of tea before we started, which settled my nerves more than she will ever know.
Small things like that tell you a great deal about a place.

I understand the decision and I am glad the role has gone to someone who suits it. I will keep
reading your blog, and I hope our paths cross again at the spring trade fair, where I will be
helping on the stand for my current employer. If you are there, the first coffee is on me.

Thank you again for your time, your honesty on the phone, and for making a hard week a little
easier. I wish you and the team a calm and successful season, and a quiet Christmas after it.

With warm wishes,
Dana"""


def _words(text: str) -> int:
    return len(text.split())


def test_the_warm_letter_is_between_the_two_limits() -> None:
    assert WORD_LIMIT < _words(WARM_LETTER) - 5 < LONG_ALONE


def test_a_long_warm_letter_that_argues_nothing_is_not_a_length_problem() -> None:
    assert length(WARM_LETTER) == []
    assert "length" not in {f.kind for f in tone.check(WARM_LETTER)}


@pytest.mark.parametrize(
    "argument",
    [
        "I would ask you to reconsider, as I have five years of experience in print.",
        "I still believe I am the strongest candidate you saw.",
        "I should have mentioned that I ran the press room for two years.",
        "I feel the panel overlooked my time in logistics.",
        "I think you are making a big mistake with this one.",
        "I did not get the chance to explain my shift work properly.",
    ],
)
def test_the_same_letter_re_arguing_the_case_is_too_long(argument: str) -> None:
    text = WARM_LETTER.replace("I understand the decision", f"{argument} I understand the decision")
    (span,) = length(text)
    assert "re-arguing" in span.reason


def test_a_plea_the_rules_found_makes_a_long_letter_re_arguing() -> None:
    text = WARM_LETTER.replace(
        "I understand the decision",
        "Is there any way the decision could still change? I understand it",
    )
    assert "begging" in {f.kind for f in tone.check(text, model={})}
    assert "length" in {f.kind for f in tone.check(text, model={})}


def test_a_point_by_point_rebuttal_is_re_arguing() -> None:
    points = (
        "First, the forklift test. I passed it the second time.\n\n"
        "Second, the night shifts. I can do them now.\n\n"
    )
    text = WARM_LETTER.replace("I also want to say", points + "I also want to say")
    assert length(text)
    one_point = WARM_LETTER.replace(
        "I also want to say", "First of all, the forklift test went fine.\n\nI also want to say"
    )
    assert length(one_point) == []


def test_a_letter_past_the_higher_ceiling_is_too_long_whatever_it_says() -> None:
    extra = " We also talked about the new binding line, which I found fascinating." * 8
    text = WARM_LETTER.replace("Small things like that", extra.strip() + " Small things like that")
    assert _words(text) > LONG_ALONE + 10
    (span,) = length(text)
    assert "words" in span.reason
    # It argues nothing, so the reason must not say it re-argues.
    assert "argu" not in span.reason


def test_only_a_letter_that_argues_is_told_it_re_argues() -> None:
    text = WARM_LETTER.replace(
        "I understand the decision", "I feel the panel overlooked my shifts. I understand it"
    )
    (span,) = length(text)
    assert _words(text) < LONG_ALONE
    assert "argues the case" in span.reason


PLEA = "Is there any way the decision could still change?"
LETTER_WITH_PLEA = WARM_LETTER.replace("I understand the decision", f"{PLEA} I understand it")


def test_a_plea_the_model_vetoes_still_makes_a_long_letter_re_arguing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The model may read the plea's sentence as warm and drop the rule's
    # finding; the letter still argues the case.
    monkeypatch.setattr(tone, "vetoed", lambda text, spans, *rest: list(spans))
    findings = tone.check(LETTER_WITH_PLEA)
    assert "begging" not in {f.kind for f in findings}
    assert "length" in {f.kind for f in findings}


def test_a_plea_only_the_model_found_makes_a_long_letter_re_arguing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A sentence no rule names that the model reads as begging.
    sentence = "I understand the decision"
    start = WARM_LETTER.index(sentence)
    plea = Span(start, start + len(sentence), "begging", "reads as a plea", "Let it go.")
    assert "length" not in {f.kind for f in tone.check(WARM_LETTER)}
    monkeypatch.setattr(
        tone, "model_spans", lambda text, taken, model=None, gates=None, app=frozenset(): [plea]
    )
    kinds = {f.kind for f in tone.check(WARM_LETTER)}
    assert {"begging", "length"} <= kinds


@pytest.mark.parametrize(
    "text",
    [
        "Thanks so much, all the best!",
        "Hi Tom,\n\nThank you so much for letting me know. All the best!\n\nDana",
        "Thank you for the call, it was kind of you.",
    ],
)
def test_short_warm_replies_stay_clean(text: str) -> None:
    assert length(text) == []


@pytest.mark.parametrize("text", ["Noted.", "Ok", "Hi Tom,\n\nFine.\n\nDana", "Noted, received."])
def test_a_bare_acknowledgement_is_still_curt(text: str) -> None:
    (span,) = length(text)
    assert "curt" in span.reason
