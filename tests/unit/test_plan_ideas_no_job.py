"""Shipped plan ideas never assume the person has a job to finish (rv46 #8)."""

from __future__ import annotations

import re

from coach.content.loader import load_content

# Many people reading a rejection are out of work: a cue must be a moment anyone has.
_JOB_CUES = re.compile(
    r"\b(?:work|workday|office|shift|commute|boss|colleagues?|lunch break)\b", re.IGNORECASE
)


def test_no_shipped_plan_cue_assumes_a_job() -> None:
    content = load_content().content
    ideas = [idea for plans in content.stage_plans.values() for idea in plans]
    ideas += [idea for diagnosis in content.diagnoses.values() for idea in diagnosis.plans]
    assert ideas
    assert [idea.when for idea in ideas if _JOB_CUES.search(idea.when)] == []
