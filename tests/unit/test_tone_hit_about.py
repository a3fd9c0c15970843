"""What a weak anger hit is about, as the second opinion reads it, and what that lets go."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_features import tokens
from coach.tone_hit_about import about_features, kinds_of


def _anger(text: str) -> list[str]:
    return [f.text for f in check(text) if f.kind == "anger"]


def _reply(body: str) -> str:
    return f"Hi Sam,\n\n{body}\n\nBest,\nAna"


def test_kinds_of_things_named() -> None:
    assert kinds_of(tokens("the flood at your office")) >= {"misfortune", "their", "good"}
    assert kinds_of(tokens("six weeks of silence")) == {"bad"}
    assert kinds_of(tokens("my mum and the new hire")) == {"others"}
    assert kinds_of(tokens("it was to be")) == set()


def test_each_kind_is_placed_and_joined_to_the_rule() -> None:
    sentence = "I hope the new hire enjoys the team as much as I did."
    at = sentence.index("as much")
    feats = about_features("sarcasm-shape", sentence, at, at + 16, "Thanks.", "")
    assert {"ab:b:good", "ab:b:others", "ab:b:only_good", "ab:s:their"} <= feats
    assert "sarcasm-shape|ab:b:only_good" in feats
    assert not any(f.startswith("ab:n:") for f in feats)  # no sentence after it
    sour = "I hope the new hire enjoys the wait as much as I did."
    feats = about_features("sarcasm-shape", sour, at, at + 16, "Thanks.", "")
    assert "ab:b:bad" in feats and "ab:b:only_good" not in feats


def test_sympathy_is_read_here_and_in_the_sentence_before() -> None:
    sentence = "That sounds like a nightmare."
    at = sentence.index("nightmare")
    assert "ab:sym" in about_features("harsh-judgement", sentence, at, at + 9, "", "")
    before = "So sorry to hear about the flood."
    assert "ab:sym:p" in about_features("harsh-judgement", "A nightmare.", 2, 11, before, "")


# A good wish for whoever got the job, with the writer's own good time of them.
WISH = (
    "Thanks for letting me know. I hope the new hire enjoys the team as much as I did on the day."
)
# Its sour twin: the same words, wishing them the wait.
WISH_SOUR = "Thanks for letting me know. I hope the new hire enjoys the wait as much as I did."
# A strong word in sympathy for their bad luck, and the same word for their process.
SYMPATHY = (
    "Sorry to hear about the flood at your office, that sounds like a nightmare. "
    "Thanks for still getting back to me."
)
VERDICT = "Thanks for getting back to me. Your hiring process was a nightmare from start to finish."


@pytest.mark.parametrize("body", [WISH, SYMPATHY])
def test_a_good_wish_or_sympathy_is_let_go(body: str) -> None:
    assert _anger(_reply(body)) == []
    assert [f.text for f in check(_reply(body), model={}) if f.kind == "anger"]  # rules alone


@pytest.mark.parametrize("body", [WISH_SOUR, VERDICT])
def test_its_sour_twin_stands(body: str) -> None:
    assert _anger(_reply(body))
