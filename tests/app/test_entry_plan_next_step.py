"""An entry's "Next step" beside its plans: filled by a plan made here, shown as stored."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Input, TextArea

from coach.journal import Journal
from coach.model import Stage
from coach.paths import locate
from coach.plans import Plan, PlanStatus, edit_plan
from screens.journal.entry import EntryScreen
from screens.journal.entry_new_plan import NewPlanScreen
from tests.app.test_entry_new_plan import open_on_entry, plan_lines
from tests.app.test_entry_plans import _change_plan
from tests.app.walk_helpers import NOW, until, walk_app
from tests.conftest import make_entry

DONE = Plan("e1", "I wake", "stretch", NOW.date() - timedelta(days=2), id="pd")


async def _make_plan_here(pilot: object, app: object) -> None:
    """ctrl+n, "My own plan", "I finish lunch" / "write to Ana" / monday, saved."""
    await pilot.press("ctrl+n")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)  # type: ignore[attr-defined]
    own = len(app.screen.plan_form.ideas)  # type: ignore[attr-defined]
    await pilot.press(*["down"] * own, "enter", "tab")  # type: ignore[attr-defined]
    await until(pilot, lambda: app.focused is not None and app.focused.id == "plan-when")  # type: ignore[attr-defined]
    await pilot.press(*"I finish lunch", "enter", *"write to Ana", "enter", *"monday", "enter")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, EntryScreen))  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("step", "earlier", "after"),
    [
        ("", None, "When I finish lunch, I will write to Ana."),  # empty: as the close step
        (DONE.text, PlanStatus.DONE, "When I finish lunch, I will write to Ana."),
        (DONE.text, PlanStatus.OPEN, DONE.text),  # a plan still to do stays the step
        ("call Bea first", None, "call Bea first"),  # the person's own words stay
    ],
)
async def test_a_plan_made_on_the_entry_fills_its_next_step_as_the_close_step_does(
    tmp_path: Path, step: str, earlier: PlanStatus | None, after: str
) -> None:
    # fz34: a plan made with ctrl+n left "Next step" empty, where the walk's fills it.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1", next_step=step))
    if earlier is not None:
        app.journal.save_plan(dataclasses.replace(DONE, status=earlier))
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        await _make_plan_here(pilot, app)
        await until(pilot, lambda: any("write to Ana" in line for line in plan_lines(entry)))
        path = locate(tmp_path / "data").journal
        await until(pilot, lambda: Journal.open(path).get("e1").next_step == after)
        assert entry.query_one("#f-next", TextArea).text == after
        assert not entry.dirty
    assert Journal.open(path).get("e1").next_step == after


async def test_after_a_rewording_clash_next_step_shows_what_is_stored(tmp_path: Path) -> None:
    # fz34 / rv40 D11: "Change plan…" refused as reworded elsewhere; the plan's line showed
    # the stored words, but "Next step" kept the old ones until the next save.
    app = walk_app(tmp_path)
    plan = Plan("e1", "I sit down", "compare my CV", NOW.date() + timedelta(days=2), id="pe1")
    app.journal.add(make_entry("Acme", id="e1", next_step=plan.text))
    app.journal.save_plan(plan)
    path = locate(tmp_path / "data").journal

    def reworded_elsewhere() -> None:
        # As `coach plans edit` does: the plan, then the step quoting it.
        from coach.plan_next_step import follow_in_entry

        other = Journal.open(path)
        old = other.get_plan("pe1")
        new = other.save_plan(edit_plan(old, old.when, "compare my CV and Ben's", old.due, NOW))
        assert follow_in_entry(other, old, new)

    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        await _change_plan(pilot, "compare my CV twice", meanwhile=reworded_elsewhere)
        said = "When I sit down, I will compare my CV and Ben's."
        await until(pilot, lambda: "and Ben's" in plan_lines(entry)[0])
        await until(pilot, lambda: entry.query_one("#f-next", TextArea).text == said)
        assert entry.query_one("#f-next", TextArea).text == said
        assert not entry.dirty  # the stored step is no change of the person's to ask about
    assert Journal.open(path).get("e1").next_step == said


async def test_a_plan_made_over_unsaved_typing_keeps_its_step_when_the_typing_is_dropped(
    tmp_path: Path,
) -> None:
    # rv48 #6: the toast said "It is the entry's next step now", yet "Leave, drop
    # changes" then dropped the step with the person's own typing.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    path = locate(tmp_path / "data").journal
    said = "When I finish lunch, I will write to Ana."
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        entry.query_one("#f-company", Input).value = "Acme Q"  # typed, not saved
        assert entry.dirty
        await _make_plan_here(pilot, app)
        await until(pilot, lambda: Journal.open(path).get("e1").next_step == said)
        assert entry.query_one("#f-next", TextArea).text == said
        assert entry.dirty  # the company typed is still the person's to save or drop
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is not entry)
        await pilot.press("up", "enter")  # "Leave, drop changes"
        await until(pilot, lambda: not entry.is_attached)
    stored = Journal.open(path).get("e1")
    assert (stored.company, stored.next_step) == ("Acme", said)
