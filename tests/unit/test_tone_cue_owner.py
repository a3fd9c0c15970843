"""The model's cue words that are not the writer's: a passed sorry, the writer being told."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_cue_owner import cued_only_by_others
from coach.tone_model import sentence_scores, shipped_model
from coach.tone_rules import shipped_rules


def _kinds_scored(text: str) -> set[str]:
    """The kinds the shipped model finds any evidence of in the text (no rule spans given).

    A sentence cued only by someone else's words is judged at nothing (0.0).
    """
    return {kind for _, _, kind, p, _ in sentence_scores(text, [], shipped_model()) if p > 0}


@pytest.mark.parametrize(
    "sentence",
    [
        # Telling them not to apologise: the sorry is theirs, not the writer's.
        "Please don't apologise for the delay, I know how mad it gets before the holidays.",
        "You have nothing to apologise for, I know how these things go.",
        # Sympathy and regret at the outcome.
        "I'm so sorry to hear the project was shelved, I know you cared about it.",
    ],
)
def test_a_sorry_the_rules_passed_cues_no_apology(sentence: str) -> None:
    assert "apology" not in _kinds_scored(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Another cue of running oneself down is there besides the sorry.
        "No need to apologise, I know I rambled and wasted your whole afternoon.",
        "Don't apologise, I know I was useless in there.",
    ],
)
def test_another_cue_keeps_the_apology_read(sentence: str) -> None:
    assert "apology" in _kinds_scored(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for telling me about the kitchen job at the cafe.",
        "I appreciate you telling me directly, it can't be easy.",
        "I shared it with the panel before the second round.",
        "Honestly the nicest rejection I have had, all the best x",
    ],
)
def test_telling_the_writer_cues_no_public(sentence: str) -> None:
    assert "public" not in _kinds_scored(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Others told, or a place named, besides the reader.
        "Thanks for telling me, this whole thing is going on Reddit tonight.",
        # The writer telling the reader is left to the model (held out, masking it
        # cost a labelled threat and freed no unread clean draft).
        "I will tell you about it over coffee next week.",
        "I will tell everyone about it over coffee next week.",
        "I'll be posting the whole story on X tonight.",
        "I'll tell my friends about it over coffee next week.",
        # The hiring side told somewhere else is an audience (rv25).
        "I'll be telling the panel at the industry awards exactly how I was treated.",
    ],
)
def test_others_told_keep_the_public_read(sentence: str) -> None:
    assert "public" in _kinds_scored(sentence)


def test_the_mask_needs_every_cue_to_be_someone_elses() -> None:
    cues = shipped_rules().model_cues
    assert cued_only_by_others("public", "Thanks for telling me all about it.", "", cues["public"])
    assert not cued_only_by_others(
        "public", "Thanks for telling me, it's on my blog now.", "", cues["public"]
    )
    assert cued_only_by_others("apology", "Sorry to hear that, I know.", "", cues["apology"])
    assert not cued_only_by_others("apology", "Sorry, I know I was useless.", "", cues["apology"])
    # Kinds with no such words, and sentences without them, are left as they are.
    assert not cued_only_by_others("anger", "Sorry to hear that.", "", cues["anger"])
    assert not cued_only_by_others("public", "I'll post it online.", "", cues["public"])


@pytest.mark.xfail(
    strict=True,
    reason="ml32: the retrained model's apology draft gate reads this draft under its cut"
    " (0.66 against GATE_AT_LEAST's 0.9)"
    " (the mask itself keeps the read: test_another_cue_keeps_the_apology_read); the same"
    " edge as test_tone_second's RAMBLED",
)
def test_the_whole_check_keeps_a_model_apology_beside_a_passed_sorry() -> None:
    text = (
        "Hi Jo,\n\nNo need to apologise, I know I rambled and wasted your whole afternoon.\n\nJade"
    )
    assert "apology" in {f.kind for f in check(text)}
