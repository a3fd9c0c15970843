"""Which reflection questions the walk asks: the stage's own first, a few in all."""

from __future__ import annotations

from coach.content import TOPICS, Content, Question
from coach.model import Stage

QUESTIONS_PER_WALK = 5
MIN_OWN_QUESTIONS = 2

_EVERY_STAGE = frozenset(Stage)


def is_own(question: Question, stage: Stage) -> bool:
    """Whether a question names this stage (or its group) rather than every stage."""
    return stage in question.stages and question.stages != _EVERY_STAGE


def own_questions(content: Content, stage: Stage) -> list[Question]:
    """The stage's own questions, the most specific first, then as written."""
    own = [q for q in content.questions_for(stage) if is_own(q, stage)]
    # A question for one stage says more about it than one for a whole group.
    return sorted(own, key=lambda q: len(q.stages))


def walk_questions(
    content: Content, stage: Stage, limit: int = QUESTIONS_PER_WALK
) -> list[Question]:
    """At most `limit` questions, one per topic, the stage's own before the general ones.

    Each topic gets its most specific own question when there is one and
    the all-stage question otherwise; if that leaves fewer than two own
    questions, general picks give way to more own ones. The result keeps
    the topics' order, so the walk still goes from what happened to next.
    """
    own = own_questions(content, stage)
    general = [q for q in content.questions_for(stage) if not is_own(q, stage)]
    chosen: list[Question] = []
    for topic in TOPICS:
        pick = next((q for q in own if q.topic == topic), None)
        pick = pick or next((q for q in general if q.topic == topic), None)
        if pick is not None:
            chosen.append(pick)
    chosen = chosen[:limit]
    wanted = min(MIN_OWN_QUESTIONS, len(own))
    spare_own = [q for q in own if q not in chosen]
    while sum(is_own(q, stage) for q in chosen) < wanted and spare_own:
        extra = spare_own.pop(0)
        generals = [q for q in chosen if not is_own(q, stage)]
        if len(chosen) >= limit and generals:
            chosen.remove(generals[-1])
        elif len(chosen) >= limit:
            break
        chosen.append(extra)
    return sorted(chosen, key=lambda q: TOPICS.index(q.topic))


def few_own_questions(content: Content) -> list[str]:
    """A warning for each stage with fewer than two questions of its own."""
    warnings = []
    for stage in Stage:
        count = len(own_questions(content, stage))
        if count < MIN_OWN_QUESTIONS:
            warnings.append(
                f"stage {stage} has {count} question(s) of its own; the walk asks at least "
                f'{MIN_OWN_QUESTIONS} that name the stage or its group (not "all"), so add '
                f'{MIN_OWN_QUESTIONS - count} more with stages = ["{stage}"]'
            )
    return warnings
