"""After a silence: the follow-up idea follows the walk's dates and the note just written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coach.content import check_content_dir, load_content
from coach.follow_up import FOLLOW_UP_TEMPLATE, follow_up_written
from coach.model import ReplyPlan, ReplyStatus, Stage
from coach.plan_suggestions import suggest_plans
from coach.plans import PlanIdea
from tests.conftest import make_entry

TODAY = date(2026, 11, 28)


def _sends_a_note(ideas: list[PlanIdea]) -> list[PlanIdea]:
    return [idea for idea in ideas if "note asking" in idea.then]


def test_a_follow_up_written_in_this_walk_is_not_planned_again() -> None:
    # rv49 #1: the follow-up drafted now, and the first plan was to send one in two weeks.
    content = load_content().content
    entry = make_entry("Contoso Games", Stage.NO_REPLY, date=date(2026, 11, 7))
    entry.reply = ReplyPlan(ReplyStatus.DRAFTED, template=FOLLOW_UP_TEMPLATE, draft="Hi,")
    assert follow_up_written(entry)
    ideas = suggest_plans(
        Stage.NO_REPLY,
        [entry],
        content,
        follow_up_written=True,
        applied=entry.date,
        today=TODAY,
    )
    assert _sends_a_note(ideas) == []
    assert any("since my note went out" in idea.when for idea in ideas)


def test_with_no_follow_up_the_note_counts_from_the_day_applied() -> None:
    content = load_content().content
    three_weeks = suggest_plans(Stage.NO_REPLY, [], content, applied=date(2026, 11, 7), today=TODAY)
    (note,) = _sends_a_note(three_weeks)
    assert note.due == "today"  # two weeks after 7 Nov has come: not 12 Dec
    assert all("since my note" not in idea.when for idea in three_weeks)
    five_days = suggest_plans(Stage.NO_REPLY, [], content, applied=date(2026, 11, 23), today=TODAY)
    assert _sends_a_note(five_days)[0].due == "in 9 days"  # 7 Dec, two weeks after applying


@pytest.mark.parametrize(
    ("status", "template", "written"),
    [
        (ReplyStatus.DRAFTED, FOLLOW_UP_TEMPLATE, True),
        (ReplyStatus.SENT, FOLLOW_UP_TEMPLATE, True),
        (ReplyStatus.NOT_REPLYING, FOLLOW_UP_TEMPLATE, False),
        (ReplyStatus.DRAFTED, "reply", False),
    ],
)
def test_follow_up_written(status: ReplyStatus, template: str, written: bool) -> None:
    entry = make_entry("Contoso Games", Stage.NO_REPLY)
    entry.reply = ReplyPlan(status, template=template, draft="Hi,")
    assert follow_up_written(entry) is written


@pytest.mark.parametrize(
    "when", ["I finish dinner today", "I sit down this evening", "I make my coffee tomorrow"]
)
def test_content_check_refuses_a_plan_idea_naming_today_or_tomorrow(
    when: str, tmp_path: Path
) -> None:
    # rv49 #6: the words are read again on a later day, when "today" is another day.
    text = f"""+++
type = "plans"
title = "t"
+++

## After one final round

```toml
stage = "final"
plans = [
  {{ when = "{when}", then = "rest", theme = "care", due = "today" }},
  {{ when = "I finish dinner", then = "rest", theme = "care", due = "today" }},
]
```
"""
    (tmp_path / "plans.md").write_text(text, encoding="utf-8")
    problems = check_content_dir(tmp_path)
    assert any("leave the day out of them" in str(problem) for problem in problems)
