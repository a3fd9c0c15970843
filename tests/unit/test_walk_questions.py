"""The walk's questions: the stage's own first, and the warning when there are too few."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.content import TOPICS, Content, load_content
from coach.model import Stage
from coach.walk_questions import (
    QUESTIONS_PER_WALK,
    few_own_questions,
    is_own,
    own_questions,
    walk_questions,
)


@pytest.fixture(scope="module")
def shipped() -> Content:
    return load_content().content


@pytest.mark.parametrize("stage", list(Stage))
def test_the_walk_asks_the_stages_own_questions(shipped: Content, stage: Stage) -> None:
    asked = walk_questions(shipped, stage)
    own = [q for q in asked if is_own(q, stage)]
    assert len(own) >= 2, [q.id for q in asked]
    assert len(asked) <= QUESTIONS_PER_WALK
    assert all(stage in q.stages for q in asked)
    # The walk keeps its shape: what happened first, the next step last.
    assert [q.topic for q in asked] == sorted((q.topic for q in asked), key=TOPICS.index)


@pytest.mark.parametrize("stage", list(Stage))
def test_a_general_question_only_where_the_stage_has_none_of_its_own(
    shipped: Content, stage: Stage
) -> None:
    own_topics = {q.topic for q in own_questions(shipped, stage)}
    for question in walk_questions(shipped, stage):
        if not is_own(question, stage):
            assert question.topic not in own_topics


def test_stages_far_apart_get_different_questions(shipped: Content) -> None:
    silence = {q.id for q in walk_questions(shipped, Stage.NO_REPLY)}
    portfolio = {q.id for q in walk_questions(shipped, Stage.PORTFOLIO)}
    final = {q.id for q in walk_questions(shipped, Stage.FINAL)}
    assert not silence & final
    assert not portfolio & final
    assert len(silence & portfolio) <= 1


def test_the_most_specific_question_wins_its_topic(shipped: Content) -> None:
    asked = {q.topic: q.id for q in walk_questions(shipped, Stage.FINAL)}
    assert asked["what_happened"] == "q-final-rounds"
    assert asked["could_improve"] == "q-final-weaker-round"


def test_the_final_round_never_hears_about_sending_the_application(shipped: Content) -> None:
    hints = " ".join(q.hint for q in walk_questions(shipped, Stage.FINAL))
    assert "Sending the application" not in hints


def _questions_file(folder: Path, specs: list[tuple[str, str, str]]) -> None:
    blocks = [
        f'## Question {qid}?\n\n```toml\nid = "{qid}"\nstages = {stages}\ntopic = "{topic}"\n```\n'
        for qid, stages, topic in specs
    ]
    (folder / "questions.md").write_text(
        '+++\ntype = "questions"\n+++\n\n' + "\n".join(blocks), encoding="utf-8"
    )


def test_own_questions_crowd_out_general_ones_to_reach_two(tmp_path: Path) -> None:
    _questions_file(
        tmp_path,
        [
            ("g1", '["all"]', "what_happened"),
            ("g2", '["all"]', "feelings"),
            ("g3", '["all"]', "went_well"),
            ("g4", '["all"]', "could_improve"),
            ("g5", '["all"]', "next"),
            ("o1", '["final"]', "next"),
            ("o2", '["interviewed"]', "next"),
        ],
    )
    content = load_content(shipped_dir=tmp_path).content
    asked = [q.id for q in walk_questions(content, Stage.FINAL)]
    assert len(asked) == QUESTIONS_PER_WALK
    assert {"o1", "o2"} <= set(asked)
    assert asked[-2:] == ["o1", "o2"]
    assert walk_questions(content, Stage.NO_REPLY)[0].id == "g1"


def test_few_own_questions_names_each_short_stage(tmp_path: Path) -> None:
    _questions_file(
        tmp_path,
        [
            ("g1", '["all"]', "what_happened"),
            ("o1", '["not_interviewed"]', "next"),
            ("o2", '["no_reply"]', "feelings"),
        ],
    )
    content = load_content(shipped_dir=tmp_path).content
    warnings = few_own_questions(content)
    named = {w.split()[1] for w in warnings}
    assert named == {s.value for s in Stage} - {"no_reply"}
    assert any("stage application has 1 question(s)" in w for w in warnings)


def test_the_shipped_content_needs_no_warning(shipped: Content) -> None:
    assert few_own_questions(shipped) == []


def test_a_technical_round_is_asked_of_as_a_task_or_an_interview(shipped: Content) -> None:
    # rv44 #7: a take-home was asked about "the interview" only, and its unpaid hours
    # went unsaid.
    [feeling] = [q for q in walk_questions(shipped, Stage.TECHNICAL) if q.topic == "feelings"]
    assert "task" in feeling.text and "interview" in feeling.text
    assert "unpaid" in feeling.hint
    guidance = shipped.diagnoses[Stage.TECHNICAL].body
    assert "take-home" in guidance and "unpaid" in guidance
