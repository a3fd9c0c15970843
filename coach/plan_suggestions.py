"""Plan ideas for the close step: the journal's pattern first, then the stage's own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from coach.model import Stage
from coach.plans import (
    PlanIdea,
)

if TYPE_CHECKING:
    from coach.content import Content
    from coach.model import Entry


# Plans are offered from the journal's pattern once it has this many entries;
# before that, from the stage of the rejection just logged (one no says little).
PATTERN_PLANS_FROM = 5


MAX_SUGGESTIONS = 4


def suggest_plans(stage: Stage, entries: Sequence[Entry], content: Content) -> list[PlanIdea]:
    """Plan ideas for the close step: the pattern's from the fifth entry on, else the stage's."""
    ideas: list[PlanIdea] = []
    if len(entries) >= PATTERN_PLANS_FROM:
        from coach.insights import diagnose

        reading = diagnose(entries, content)
        if reading is not None and reading.stage in content.diagnoses:
            ideas += content.diagnoses[reading.stage].plans
    ideas += content.stage_plans.get(stage, ())
    if stage in content.diagnoses:
        ideas += content.diagnoses[stage].plans
    unique: list[PlanIdea] = []
    for idea in ideas:
        if all(idea.text != seen.text for seen in unique):
            unique.append(idea)
    return unique[:MAX_SUGGESTIONS]
