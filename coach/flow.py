"""The order of the coaching walk, and which steps apply to it."""

from __future__ import annotations

STEPS = ("kindness", "happened", "vent", "reflect", "decide", "draft", "close")

STEP_TITLES = {
    "kindness": "A moment first",
    "happened": "What happened",
    "vent": "Write it out, for yourself",
    "reflect": "Reflect",
    "decide": "Decide the reply",
    "draft": "The draft",
    "close": "Close",
}


def applies(step: str, *, replying: bool | None) -> bool:
    """Whether a step is part of this walk: no draft when not replying."""
    return not (step == "draft" and replying is False)


def next_step(step: str, *, replying: bool | None) -> str | None:
    """The step after this one, or None at the end."""
    for candidate in STEPS[STEPS.index(step) + 1 :]:
        if applies(candidate, replying=replying):
            return candidate
    return None


def previous_step(step: str, *, replying: bool | None) -> str | None:
    """The step before this one, or None at the start."""
    for candidate in reversed(STEPS[: STEPS.index(step)]):
        if applies(candidate, replying=replying):
            return candidate
    return None


def progress(step: str) -> str:
    """'Step 3 of 7' for the header."""
    return f"Step {STEPS.index(step) + 1} of {len(STEPS)}"
