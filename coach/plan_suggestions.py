"""Plan ideas for the close step: the journal's pattern first, then the stage's own."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from coach.model import Stage
from coach.plans import (
    THEN_EXAMPLE,
    PlanIdea,
)

if TYPE_CHECKING:
    from coach.content import Content
    from coach.model import Entry
    from coach.plans import Plan


# Plans are offered from the journal's pattern once it has this many entries;
# before that, from the stage of the rejection just logged (one no says little).
PATTERN_PLANS_FROM = 5


MAX_SUGGESTIONS = 4


# The theme of a plan to ask them for feedback: offered once, however worded.
FEEDBACK_THEME = "feedback"

# What "I will…" shows before anything is typed, by stage: an example that
# fits how far they got (a resume task after a final round read as a slight).
OWN_PLAN_EXAMPLE: dict[Stage, str] = {
    Stage.NO_REPLY: THEN_EXAMPLE,
    Stage.APPLICATION: THEN_EXAMPLE,
    Stage.PORTFOLIO: "ask a friend what my top project shows in one minute",
    Stage.PHONE_SCREEN: "say my two-minute story out loud once",
    Stage.TECHNICAL: "redo one question from the interview, timed",
    Stage.FINAL: "write down what went well in the final round",
    Stage.OFFER: "list what I want settled before the next offer",
}


def own_plan_example(stage: Stage) -> str:
    """An example for the close step's own plan that fits the stage reached."""
    return OWN_PLAN_EXAMPLE.get(stage, OWN_PLAN_EXAMPLE[Stage.APPLICATION])


def suggest_plans(
    stage: Stage,
    entries: Sequence[Entry],
    content: Content,
    *,
    reply_asks_feedback: bool = False,
    plans: Sequence[Plan] = (),
    follow_up_written: bool = False,
    applied: date | None = None,
    today: date | None = None,
) -> list[PlanIdea]:
    """Plan ideas for the close step: the pattern's from the fifth entry on, else the stage's.

    The pattern is insights' reading, on the same basis (done plans included).
    One idea to ask for feedback at most, and none when the reply already asks.
    follow_up_written: the reply is a follow-up, drafted or sent: no idea to send one
    (rv49 #1). applied: the entry's day, from which an idea's `counts_from` due counts.
    """
    ideas: list[PlanIdea] = []
    if len(entries) >= PATTERN_PLANS_FROM:
        from coach.insights import reading_of

        reading = reading_of(entries, content, plans, date.today())
        if reading is not None and reading.stage in content.diagnoses:
            ideas += content.diagnoses[reading.stage].plans
    ideas += content.stage_plans.get(stage, ())
    if stage in content.diagnoses:
        ideas += content.diagnoses[stage].plans
    unique: list[PlanIdea] = []
    asked = reply_asks_feedback
    for idea in ideas:
        if idea.follow_up and (idea.follow_up == "written") != follow_up_written:
            continue
        if idea.counts_from and applied is not None:
            idea = counted_from(idea, applied, today or date.today())
        if idea.theme == FEEDBACK_THEME:
            if asked:
                continue  # the same request again, in other words
            asked = True
        if all(idea.text != seen.text for seen in unique):
            unique.append(idea)
    return unique[:MAX_SUGGESTIONS]


def counted_from(idea: PlanIdea, applied: date, today: date) -> PlanIdea:
    """The idea with its due counted from the day applied, as a day typed from today.

    "in 2 weeks" after applying three weeks ago is today, not two weeks from now:
    the moment the words name has come (rv49 #1).
    """
    from coach.dates import read_day

    due = read_day(idea.due or "today", applied, ahead=True)
    days = (due - today).days
    typed = "today" if days <= 0 else "tomorrow" if days == 1 else f"in {days} days"
    return replace(idea, due=typed, counts_from="")
