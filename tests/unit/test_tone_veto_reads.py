"""Tests for the vetoes the model casts: a score is summed only where a veto can follow from it."""

from __future__ import annotations

from coach.tone_model import KindModel, vetoed
from coach.tone_structure import Span

# A model that all but rules every sentence out (its score is about 0.00005).
RULES_OUT = KindModel(bias=-10.0, weights={}, threshold=0.5)
# One that leans to its kind everywhere (about 0.99995).
LEANS = KindModel(bias=10.0, weights={}, threshold=0.5)


def hit(text: str, words: str, kind: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), kind, "a rule of the test", "")


def test_a_public_hit_in_a_warm_sentence_the_model_rules_out_is_vetoed() -> None:
    text = "It was a wonderful day and I will tell my friends about it."
    span = hit(text, "tell my friends", "public")
    assert vetoed(text, [span], {"public": RULES_OUT}, frozenset()) == {span}


def test_a_public_hit_in_a_sentence_that_is_not_warm_stands_whatever_the_score() -> None:
    text = "It was a terrible day and I will tell my friends about it."
    span = hit(text, "tell my friends", "public")
    assert vetoed(text, [span], {"public": RULES_OUT}, frozenset()) == set()


def test_a_floored_kind_is_vetoed_where_ruled_out_warm_or_not() -> None:
    text = "It was a terrible day and I am so angry about it."
    span = hit(text, "so angry", "anger")
    assert vetoed(text, [span], {"anger": RULES_OUT}, frozenset()) == {span}
    assert vetoed(text, [span], {"anger": LEANS}, frozenset()) == set()


def test_a_warm_hit_stands_where_the_model_leans_to_its_kind() -> None:
    text = "It was a wonderful day and I will tell my friends about it."
    span = hit(text, "tell my friends", "public")
    assert vetoed(text, [span], {"public": LEANS}, frozenset()) == set()
