"""Tests for what the tone model sees: contractions spelt out, situations, the line before."""

from __future__ import annotations

import pytest

from coach.tone_features import features, spelt_out, tokens
from coach.tone_model import KindModel, model_spans, sentence_before
from coach.tone_shapes import shape_features


def test_contractions_are_spelt_out_so_both_spellings_read_the_same() -> None:
    assert spelt_out(tokens("I'm sure they'll do well")) == "i am sure they will do well".split()
    assert spelt_out(tokens("It’s fine, I can't and won't")) == (
        "it is fine i can not and will not".split()
    )
    # A noun's "'s" is a possessive, not "is".
    assert spelt_out(tokens("the company's offer")) == ["the", "company's", "offer"]
    short = set(features("I'm sure they'll do well."))
    full = set(features("I am sure they will do well."))
    assert short == full
    assert "t:they" in short  # "they'll" is about them


@pytest.mark.parametrize(
    ("sentence", "shape"),
    [
        ("I hope they are happy there, at least until the next restructure.", "p:limited_wish"),
        ("Third time's the charm, I hear.", "p:limited_wish"),
        ("I hope your patients get more care than your applicants do.", "p:comparison_jab"),
        ("Most places manage it in two.", "p:comparison_jab"),
        ("It is the same email you sent the last time I applied.", "p:recurrence"),
        ("It was only a role I turned down another offer for.", "p:cost"),
        ("Thanks to Andrew for checking his phone all the way through.", "p:cost"),
        ("I asked for feedback twice.", "p:cost"),
        ("No worries at all!", "p:reassure"),
        ("Wishing you every success.", "p:wish"),
    ],
)
def test_each_situational_shape_is_seen(sentence: str, shape: str) -> None:
    assert shape in shape_features(sentence)


@pytest.mark.parametrize(
    ("sentence", "shape"),
    [
        ("I hope we stay in touch until I find something.", "p:limited_wish"),
        ("They chose someone with more experience than me.", "p:comparison_jab"),
        ("I would love to apply again next time a role opens.", "p:recurrence"),
        ("I turned the page on it and feel fine.", "p:cost"),
        ("I worried a lot before the interview.", "p:reassure"),
        ("Thank you for letting me know.", "p:wish"),
    ],
)
def test_near_misses_are_not_taken_for_a_shape(sentence: str, shape: str) -> None:
    assert shape not in shape_features(sentence)


def test_a_cost_in_the_same_breath_as_warmth_is_a_feature_of_its_own() -> None:
    assert "x:cost+warm" in set(features("Happy I took a day off for it, really."))
    assert "x:cost+warm" not in set(features("I took a day off for it."))
    assert "x:wish+limit" in set(features("I hope he enjoys it, at least until the next one."))


def test_the_line_before_adds_only_its_warmth_joined_to_a_cost_here() -> None:
    jab = "It was only a role I turned down another offer for."
    alone = set(features(jab))
    after_warm = set(features(jab, "No worries at all!"))
    after_plain = set(features(jab, "I read your email this morning."))
    assert {"n:reassure", "n:warm+cost"} <= after_warm
    assert not {f for f in alone | after_plain if f.startswith("n:")}
    # The line before lends none of its words.
    assert after_warm - alone == {"n:reassure", "n:warm+cost"}
    assert "n:thanks+fault" in set(
        features("It is the same email as last time.", "Thanks for the reply.")
    )


def test_sentence_before_finds_the_previous_sentence() -> None:
    text = "No worries at all! It was only a role I turned down. Best of luck."
    assert sentence_before(text, text.index("It was")) == "No worries at all!"
    assert sentence_before(text, text.index("Best")) == "It was only a role I turned down."
    assert sentence_before(text, 0) == ""


def test_the_model_reads_a_cost_differently_after_a_warm_line() -> None:
    # A model that only weighs a warm line before a cost: it flags that
    # sentence after "No worries", and the same sentence after a plain one not.
    model = {"anger": KindModel(bias=-5.0, weights={"n:warm+cost": 10.0}, threshold=0.9)}
    jab = "It was only a role I turned down another offer for."
    warm = model_spans(f"No worries at all! {jab}", [], model)
    plain = model_spans(f"I read your email today. {jab}", [], model)
    assert [s.kind for s in warm] == ["anger"] and not plain
    assert warm[0].suggestion


@pytest.mark.parametrize(
    "hope",
    [
        "Would it be okay if I applied again when you open the autumn roles?",
        "Could I send you my portfolio again in six months once I have more projects?",
        "I would welcome the chance to apply for other roles in the division.",
        "I'd love to apply again next year.",
    ],
)
def test_a_hope_of_future_roles_holds_no_word_the_begging_model_needs(hope: str) -> None:
    # Begging is judged only in a sentence with one of these classes (content/tone.toml).
    assert not {"c:REVERSAL", "c:CONCESSION", "c:BARGAIN"} & set(features(hope))


@pytest.mark.parametrize(
    "plea",
    [
        "Could you look at my application again?",
        "Is there any chance of another interview?",
        "Would you give me a second chance?",
    ],
)
def test_asking_them_to_look_again_still_holds_a_reversal(plea: str) -> None:
    assert "c:REVERSAL" in features(plea)


def test_their_decision_told_back_as_a_fact_holds_no_reversal() -> None:
    told = "I understand the panel has offered the role to another candidate."
    assert "c:REVERSAL" not in features(told)
    assert "c:REVERSAL" in features("Could you give me another interview?")


@pytest.mark.parametrize(
    "aside",
    [
        "In future it may help candidates if the advert reflected the role.",
        "I mention this only so that the full cost is on record.",
        "I would gently observe that the questions ran to four parts each.",
        "Might I ask, purely out of curiosity, whether anyone read the portfolio?",
        "It would save the rest of us the train fare.",
    ],
)
def test_a_complaint_framed_as_a_helpful_aside_is_a_shape(aside: str) -> None:
    assert "p:pointed_aside" in shape_features(aside)


@pytest.mark.parametrize(
    "plain",
    [
        "I would be glad to hear any feedback in future.",
        "I mention the course because it helped me prepare.",
        "It was good to meet the rest of the team.",
    ],
)
def test_plain_asides_are_not_that_shape(plain: str) -> None:
    assert "p:pointed_aside" not in shape_features(plain)
