"""Every screen at 80x24, pixel for pixel (regenerate with --snapshot-update)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from coach.journal import Journal
from coach.model import Entry, Stage
from coach.walk import WalkState
from screens.app import CoachApp, make_app
from screens.in_steps import PageInParts

NOW = datetime(2026, 11, 25, 10, 30)


def snapshot_app(entries: int = 0) -> CoachApp:
    """An in-memory journal, a fixed clock, and no autosave folder."""
    journal = Journal.in_memory()
    for n in range(entries):
        journal.add(
            Entry(
                company=f"Company {n} [/x]",
                stage=list(Stage)[n % len(Stage)],
                id=f"id{n:04d}",
                date=date(2026, 11, 1 + n % 20),
                created_at=NOW,
            )
        )
    return make_app(journal=journal, clock=lambda: NOW)


# A cursor shows exactly when its field has the focus (tests/app/conftest.py).
pytestmark = pytest.mark.usefixtures("no_blinking")


async def steady(pilot: Pilot) -> None:
    """The screen's fields and focus have stopped changing, so two runs draw the same picture."""
    # A loaded machine can take several rounds to mount the draft editor or to land a
    # focus asked for after a refresh, so wait for a few rounds in a row with no change.
    seen: object = None
    calm = 0
    for _ in range(40):
        await pilot.pause()
        fields = list(pilot.app.screen.query("Input, TextArea"))
        now = (tuple(id(w) for w in fields), id(pilot.app.focused))
        calm = calm + 1 if now == seen else 0
        if calm == 3:
            break
        seen = now
    for area in pilot.app.screen.query(TextArea):
        # TextArea's cursor flag does not repaint by itself: set it and redraw.
        area._cursor_visible = area.has_focus
        area.refresh()
    await pilot.pause()


def at_step(step: str, **fields: object) -> object:
    async def run_before(pilot: Pilot) -> None:
        state = WalkState(step=step, **fields)  # type: ignore[arg-type]
        pilot.app.start_walk(state)  # type: ignore[attr-defined]
        await pilot.pause()
        await steady(pilot)

    return run_before


WALKED = {
    "company": "ACME [/ team]",
    "role": "Designer",
    "contact": "Ana",
    "stage": "technical",
    "mood_before": 4,
}


def test_home(snap_compare) -> None:
    assert snap_compare(snapshot_app(), run_before=steady)


def test_help(snap_compare) -> None:
    assert snap_compare(snapshot_app(), press=["f1"], run_before=steady)


async def guidance_whole(pilot: Pilot) -> None:
    """Guidance open, every part of it mounted."""
    await pilot.press("g")
    page = pilot.app.screen.query_one(PageInParts)
    for _ in range(400):
        if not page.waiting:
            break
        await pilot.pause()
    await steady(pilot)


def test_guidance(snap_compare) -> None:
    assert snap_compare(snapshot_app(), run_before=guidance_whole)


def test_guidance_at_its_end_at_40_columns(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await guidance_whole(pilot)
        await pilot.press("end")
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=run_before, terminal_size=(40, 12))


@pytest.mark.parametrize("step", ["kindness", "happened", "vent", "reflect", "decide", "close"])
def test_walk_step(snap_compare, step: str) -> None:
    assert snap_compare(snapshot_app(), run_before=at_step(step, **WALKED))


def test_low_mood_note(snap_compare) -> None:
    assert snap_compare(snapshot_app(), run_before=at_step("kindness", mood_before=1))


def test_profile(snap_compare) -> None:
    async def open_profile(pilot: Pilot) -> None:
        await pilot.press("p")
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=open_profile)


def test_draft(snap_compare) -> None:
    fields = {**WALKED, "replying": True}
    assert snap_compare(snapshot_app(), run_before=at_step("draft", **fields))


def test_journal(snap_compare) -> None:
    async def open_journal(pilot: Pilot) -> None:
        await pilot.press("j")
        await steady(pilot)

    assert snap_compare(snapshot_app(entries=12), run_before=open_journal)


def test_journal_empty(snap_compare) -> None:
    async def open_journal(pilot: Pilot) -> None:
        await pilot.press("j")
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=open_journal)


def test_entry(snap_compare) -> None:
    async def open_entry(pilot: Pilot) -> None:
        await pilot.press("j")
        await pilot.pause()
        await pilot.press("down", "enter")
        await steady(pilot)

    assert snap_compare(snapshot_app(entries=3), run_before=open_entry)


def test_insights(snap_compare) -> None:
    async def open_insights(pilot: Pilot) -> None:
        await pilot.press("i")
        await steady(pilot)

    assert snap_compare(snapshot_app(entries=12), run_before=open_insights)


def test_plan_check_in(snap_compare) -> None:
    from datetime import timedelta

    from coach.plans import Plan

    app = snapshot_app(1)
    assert app.journal is not None
    for n, (when, then, theme) in enumerate(
        [
            ("I sit down on Saturday morning", "compare my resume with three postings", "resume"),
            ("I make my coffee [b]tomorrow[/b]", "say my one-minute answer out loud", "own"),
        ]
    ):
        app.journal.save_plan(
            Plan(
                entry_id="id0000",
                when=when,
                then=then,
                theme=theme,
                # A morning plan is asked about from noon (10:30 here): both days past.
                due=NOW.date() - timedelta(days=n + 1),
                id=f"p{n}",
                # Made days before: one made on its own day waits till the next (rv26).
                created_at=NOW - timedelta(days=7),
            )
        )
    assert snap_compare(app, run_before=steady)


def test_passphrase(snap_compare) -> None:
    from pathlib import Path

    from coach.paths import Locations

    places = Locations(data_dir=Path("/home/you/coach"), config_dir=Path("/home/you/coach"))
    app = make_app(journal=None, places=places, locked=True, clock=lambda: NOW)

    async def type_some(pilot: Pilot) -> None:
        await pilot.press(*"secret [b]")
        await steady(pilot)

    assert snap_compare(app, run_before=type_some)


# -- every step with the longest content it can hold ---------------------------

LONG_COMPANY = "Consolidated Interplanetary Logistics [/ team] and Sons, Ltd."
LONGEST = {
    "company": LONG_COMPANY,
    "role": "Senior staff platform reliability engineer [b] (remote, EMEA)",
    "contact": "Dr. Anastasia Konstantinopoulou-Smythe",
    "received": "2026-10-01",
    "notes": "They said [b]no[/b] after " + "a long, long wait, " * 12,
    "vent": "[@click=app.quit]x " + "I am so tired of this. " * 20,
    "keep_vent": True,
    "mood_before": 2,
    "next_step": "",
}


def _longest_stage(measure: object) -> Stage:
    """The stage whose content makes this step longest (ties: the later stage)."""
    from coach.content import load_content

    content = load_content().content
    return max(Stage, key=lambda s: (measure(content, s), list(Stage).index(s)))  # type: ignore[operator]


def _reflect_length(content: object, stage: Stage) -> int:
    from coach.walk_questions import walk_questions

    asked = walk_questions(content, stage)  # type: ignore[arg-type]
    title = content.diagnoses[stage].title  # type: ignore[attr-defined]
    return len(title) + sum(len(q.text) + len(q.hint) for q in asked)


def _close_length(content: object, stage: Stage) -> int:
    return sum(len(a) for a in content.diagnoses[stage].actions)  # type: ignore[attr-defined]


def _answers(stage: Stage) -> dict[str, str]:
    from coach.content import load_content
    from coach.walk_questions import walk_questions

    asked = walk_questions(load_content().content, stage)
    return {q.id: "[b]" + "Every word of this answer matters to me. " * 6 for q in asked}


def _longest(step: str) -> dict[str, object]:
    if step == "reflect":
        stage = _longest_stage(_reflect_length)
        return {**LONGEST, "stage": stage.value, "answers": _answers(stage)}
    if step == "close":
        stage = _longest_stage(_close_length)
        return {**LONGEST, "stage": stage.value, "mood_after": 10}
    # Decide and draft are longest after an interview: every part, feedback on.
    return {**LONGEST, "stage": "final", "replying": True}


@pytest.mark.parametrize(
    "step", ["kindness", "happened", "vent", "reflect", "decide", "draft", "close"]
)
def test_walk_step_longest(snap_compare, step: str) -> None:
    assert snap_compare(snapshot_app(), run_before=at_step(step, **_longest(step)))


@pytest.mark.parametrize("step", ["happened", "reflect", "decide", "close"])
def test_walk_step_longest_scrolled_to_the_end(snap_compare, step: str) -> None:
    async def run_before(pilot: Pilot) -> None:
        await at_step(step, **_longest(step))(pilot)  # type: ignore[operator]
        pilot.app.screen.query_one("#step-next").focus()
        await pilot.pause()
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=run_before)


def test_reflect_with_the_stage_advice_open(snap_compare) -> None:
    async def run_before(pilot: Pilot) -> None:
        await at_step("reflect", **_longest("reflect"))(pilot)  # type: ignore[operator]
        await pilot.click("#diagnosis CollapsibleTitle")
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=run_before)


@pytest.mark.parametrize("received", ["2026-10-01", "3 days ago"])
def test_decide_after_silence(snap_compare, received: str) -> None:
    fields = {**LONGEST, "stage": "no_reply", "received": received}
    assert snap_compare(snapshot_app(), run_before=at_step("decide", **fields))


def test_draft_follow_up(snap_compare) -> None:
    fields = {
        **LONGEST,
        "stage": "no_reply",
        "replying": True,
        "template": "follow-up",
    }
    assert snap_compare(snapshot_app(), run_before=at_step("draft", **fields))
