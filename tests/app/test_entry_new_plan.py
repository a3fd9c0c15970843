"""A plan made for an entry already in the journal, and its plans shown as stored now."""

from __future__ import annotations

import weakref
from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Button, Input, Static

from coach.journal import Journal
from coach.model import Stage
from coach.paths import locate
from coach.plans import Plan, PlanStatus
from screens.app import CoachApp, make_app
from screens.dialogs.leave import LeaveDialog
from screens.dialogs.plan_edit import PlanEditScreen
from screens.dialogs.resume import ResumeScreen
from screens.journal.entry import EntryScreen
from screens.journal.entry_new_plan import NewPlanScreen
from screens.journal.entry_opening import open_entry
from screens.journal.entry_plans import _look
from tests.app.walk_helpers import NOW, resume_each, unsaved_surfaces, until, walk_app
from tests.conftest import make_entry


def reopen(tmp_path: Path) -> CoachApp:
    places = locate(tmp_path / "data")
    return make_app(journal=Journal.open(places.journal), places=places, clock=lambda: NOW)


async def open_on_entry(pilot: object, app: CoachApp, entry_id: str) -> EntryScreen:
    """Home, then the entry opened as the journal opens it."""
    await until(pilot, lambda: app.screen.__class__.__name__ == "HomeScreen")  # type: ignore[arg-type]
    open_entry(app, app.journal, app.journal.get(entry_id), app.content, NOW.date())
    await until(pilot, lambda: isinstance(app.screen, EntryScreen) and app.focused is not None)  # type: ignore[arg-type]
    assert isinstance(app.screen, EntryScreen)
    return app.screen


def plan_lines(screen: EntryScreen) -> list[str]:
    return [str(s.render()) for s in screen.query(".entry-plan").results(Static) if s.display]


def typing_held(app: CoachApp) -> bool:
    """Whether the autosave still holds typing: the plan fills the entry's Next step in a
    save of its own, and a test that ends before it lands (no quit, which would wait for
    it) found the entry's field autosaved as typing (CI, now and then under load)."""
    return bool(app.unsaved.snapshot())  # type: ignore[union-attr]


async def test_ctrl_n_on_an_entry_makes_a_plan_in_the_close_steps_form(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        assert plan_lines(entry) == []  # no section yet
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        form = app.screen
        own = len(form.plan_form.ideas)  # the ideas, then "My own plan"
        await pilot.press(*["down"] * own, "enter", "tab")
        await until(pilot, lambda: app.focused is not None and app.focused.id == "plan-when")
        # Half a plan is explained as in the walk, and nothing is saved.
        await pilot.press(*"I finish lunch", "enter", "enter", "enter")
        await until(
            pilot,
            lambda: "Say what you will do" in str(form.query_one("#plan-error", Static).render()),
        )
        assert "Say what you will do" in str(form.query_one("#plan-error", Static).render())
        assert app.focused is form.query_one("#plan-then", Input)
        assert app.journal.plans_for("e1") == []
        await pilot.press(*"write to Ana", "enter", *"monday", "enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await until(pilot, lambda: plan_lines(entry))
        [line] = plan_lines(entry)
        await until(pilot, lambda: not typing_held(app))
    [plan] = app.journal.plans_for("e1")
    assert (plan.when, plan.then, plan.due.isoformat()) == (
        "I finish lunch",
        "write to Ana",
        "2026-11-30",
    )
    assert line.startswith("When I finish lunch, I will write to Ana.")
    # Home's check-in asks about it once its day's afternoon is over, as for a walk's plan.
    assert plan.is_due(plan.asked_from) and not plan.is_due(plan.asked_from - timedelta(minutes=1))
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_the_palette_offers_a_plan_for_the_entry_shown(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        [command] = [
            c for c in app.get_system_commands(entry) if c.title == "New plan for this entry"
        ]
        command.callback()
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen))
        # Nothing typed: Esc leaves at once, without a question.
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert isinstance(app.screen, EntryScreen)


async def test_esc_asks_only_once_something_is_typed(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_on_entry(pilot, app, "e1")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        app.screen.query_one("#plan-then", Input).value = "call Ana"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, LeaveDialog))
        assert isinstance(app.screen, LeaveDialog)


async def test_a_plan_typed_survives_a_quit_and_is_resumed_over_its_entry(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_on_entry(pilot, app, "e1")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        app.screen.query_one("#plan-when", Input).focus()
        await pilot.press(*"I wake up", "enter", *"stretch", "ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    [record] = unsaved_surfaces(tmp_path / "data").values()
    assert record["values"]["plan_then"] == "stretch"
    again = reopen(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: isinstance(again.screen, NewPlanScreen) and again.focused)
        plan_screen = again.screen
        assert plan_screen.query_one("#plan-when", Input).value == "I wake up"
        assert again.focused is plan_screen.query_one("#plan-then", Input)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(again.screen, EntryScreen))
        await until(pilot, lambda: not typing_held(again))
    again.unsaved.close()  # type: ignore[union-attr]
    [plan] = again.journal.plans_for("e1")
    assert (plan.when, plan.then) == ("I wake up", "stretch")
    assert unsaved_surfaces(tmp_path / "data") == {}


async def test_the_entry_shows_a_plan_as_stored_after_a_change_elsewhere(tmp_path: Path) -> None:
    # rv40 D11: after `coach plans edit` (another process) the entry kept the old words
    # in "Plans made from this one" and in the "Change plan…" dialog until reopened.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", id="e1"))
    plan = Plan("e1", "after dinner", "write to Ana", NOW.date() + timedelta(days=3), id="pe1")
    app.journal.save_plan(plan)
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        assert "write to Ana." in plan_lines(entry)[0]
        elsewhere = Journal.open(locate(tmp_path / "data").journal)
        changed = elsewhere.get_plan("pe1")
        changed.then = "write to Ana and Ben"
        elsewhere.save_plan(changed)
        _look(weakref.ref(entry))  # the screen's look every few seconds, without the wait
        await until(pilot, lambda: "and Ben" in plan_lines(entry)[0])
        assert "write to Ana and Ben." in plan_lines(entry)[0]
        changed.then, changed.status = "write to Ana, Ben and Cy", PlanStatus.OPEN
        elsewhere.save_plan(changed)
        entry.query_one("#plan-edit-0", Button).press()
        await until(pilot, lambda: isinstance(app.screen, PlanEditScreen))
        assert app.screen.query_one("#plan-then", Input).value == "write to Ana, Ben and Cy"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert "Ben and Cy" in plan_lines(entry)[0]


def in_view(screen: object, widget: Static | Input) -> bool:
    """Whether the whole widget is on screen, inside its scrolling body, above the footer."""
    from screens.widgets.scroll_body import ScrollBody

    body = screen.query_one(ScrollBody)  # type: ignore[attr-defined]
    region = widget.region
    return region.height > 0 and body.region.contains_region(region)


def shown_in_body(screen: object, widget: Static | Input) -> bool:
    """Whether the widget is inside the body's content, not under its padding row."""
    from screens.widgets.scroll_body import ScrollBody

    body = screen.query_one(ScrollBody)  # type: ignore[attr-defined]
    return body.scrollable_content_region.contains_region(widget.region)


async def test_ctrl_s_with_half_a_plan_shows_its_reason_in_view(tmp_path: Path) -> None:
    # rv45 D3: the reason was below the bottom edge; only the field was scrolled to.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        form = await own_plan_typed(pilot, app, "I wake up")
        error = form.query_one("#plan-error", Static)
        await until(pilot, lambda: "Say what" in str(error.render()) and in_view(form, error))
        assert "Say what you will do" in str(error.render())
        # The reason's example is the field's own (closing23: it quoted the resume one).
        example = form.query_one("#plan-then", Input).placeholder
        assert example == "redo one question from the interview, timed"
        assert f"e.g. “{example}”" in str(error.render())
        assert in_view(form, error), (error.region, form.query_one("#new-plan").region)
        assert in_view(form, app.focused), (app.focused.region, error.region)
        label = form.plan_form._label_of(app.focused)
        assert label is not None and shown_in_body(form, label), label.region


async def test_at_40x12_the_field_shows_and_the_reason_is_told_when_both_cannot(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    async with app.run_test(size=(40, 12)) as pilot:
        form = await own_plan_typed(pilot, app, "")
        error = form.query_one("#plan-error", Static)
        told = lambda: [n.message for n in app._notifications]  # noqa: E731
        await until(pilot, lambda: any("Write both halves" in m for m in told()))
        assert "Write both halves" in str(error.render())
        assert app.focused is form.query_one("#plan-when", Input)
        assert in_view(form, app.focused)
        # Its label too, not scrolled just off the top (fz37 D3's leftover).
        label = form.plan_form._label_of(app.focused)
        assert label is not None and str(label.render()) == "When…"
        assert shown_in_body(form, label), (label.region, app.focused.region)
        assert any("Write both halves" in m for m in told())


async def own_plan_typed(pilot: object, app: CoachApp, when: str) -> NewPlanScreen:
    """The entry's new plan form, "My own plan" picked, `when` typed, then ctrl+s."""
    await open_on_entry(pilot, app, "e1")
    await pilot.press("ctrl+n")  # type: ignore[attr-defined]
    await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)  # type: ignore[arg-type]
    form = app.screen
    assert isinstance(form, NewPlanScreen)
    own = len(form.plan_form.ideas)
    await pilot.press(*["down"] * own, "enter", "tab", *when, "ctrl+s")  # type: ignore[attr-defined]
    return form


def left_plan(data: Path, entry: object, when: str) -> None:
    """A plan form's typing for the entry, as a coach of main (keyed by the entry) left it."""
    from coach.records import entry_to_record
    from tests.app.walk_helpers import leave_unsaved

    record = {
        "kind": "plan",
        "entry_id": entry.id,  # type: ignore[attr-defined]
        "label": "Acme",
        "base": entry_to_record(entry),  # type: ignore[arg-type]
        "values": {
            "plan_choice": "own",
            "plan_when": when,
            "plan_then": "",
            "focused": "plan-then",
        },
    }
    leave_unsaved(data, {f"plan:{entry.id}": record})  # type: ignore[attr-defined]


def plans_on_disk(data: Path) -> list[str]:
    """Every plan's When held in the data folder's autosave files, however keyed."""
    import json

    found = []
    for path in data.glob("unsaved-*.json"):
        for key, record in json.loads(path.read_text())["surfaces"].items():
            if key.startswith("plan:"):
                found.append(record["values"]["plan_when"])
    return sorted(found)


async def test_two_plans_left_for_one_entry_are_told_apart_and_both_kept(tmp_path: Path) -> None:
    # rv45 D1: both resumed into the one key `plan:e1`; at the next quit one was lost.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    left_plan(data, entry, "x wakes")
    left_plan(data, entry, "y wakes")
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await resume_each(pilot, 2)
        await until(
            pilot, lambda: len(app.screen_stack) > 3 and isinstance(app.screen, NewPlanScreen)
        )
        await pilot.press(*" now", "ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    assert sorted("“When x wakes" in a for a in asked) == [False, True]
    assert sorted("“When y wakes" in a for a in asked) == [False, True]
    assert len(plans_on_disk(data)) == 2
    assert {w.removesuffix(" now") for w in plans_on_disk(data)} == {"x wakes", "y wakes"}


@pytest.mark.parametrize("answer", ["back", "alone"])
async def test_a_plan_saved_for_an_entry_deleted_meanwhile_asks_first(
    tmp_path: Path, answer: str
) -> None:
    # rv45 D2: it was kept silently, tied to nothing, and the toast spoke as if attached.
    from screens.dialogs.entry_gone import EntryGoneDialog

    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_on_entry(pilot, app, "e1")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        form = app.screen
        assert isinstance(form, NewPlanScreen)
        form.query_one("#plan-when", Input).focus()
        await pilot.press(*"I wake", "tab", *"fix my resume")
        Journal.open(locate(tmp_path / "data").journal).delete("e1")  # another coach
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, EntryGoneDialog))
        assert isinstance(app.screen, EntryGoneDialog)
        assert "Acme" in app.screen.detail and "deleted elsewhere" in app.screen.detail
        assert "gone from the journal file" in app.screen.detail  # rv47 D5: not who
        if answer == "back":
            await pilot.press("b")
        else:
            await pilot.press("up", "enter")  # the button with no letter
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await until(pilot, lambda: app.journal.plans())
        told = [n.message for n in app._notifications]
    [plan] = app.journal.plans()
    assert (plan.when, plan.then) == ("I wake", "fix my resume")
    if answer == "back":
        assert app.journal.get("e1").company == "Acme"
        assert app.journal.plans_for("e1") == [plan]
        assert any("entry is back" in m for m in told), told
    else:
        assert [e.id for e in app.journal.entries()] == []
        assert any("kept on its own" in m for m in told), told


async def test_the_same_plan_made_again_for_an_entry_asks_first(tmp_path: Path) -> None:
    # fz45: the same words for the same entry were saved twice without a word.
    from screens.dialogs.confirm import ConfirmScreen

    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    there = Plan(entry_id="e1", when="I finish lunch", then="write to Ana", due=NOW.date())
    app.journal.save_plan(there)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_on_entry(pilot, app, "e1")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        form = app.screen
        own = len(form.plan_form.ideas)
        await pilot.press(*["down"] * own, "enter", "tab", *"When I finish lunch", "enter")
        await pilot.press(*"Write to Ana.", "enter", *"monday", "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert "“When I finish lunch, I will write to Ana.” is open" in asked.detail
        assert "planned for today (this one: Mon 30 Nov)" in asked.detail
        await pilot.press("n")  # back to the form: nothing saved twice, nothing typed lost
        await until(pilot, lambda: app.screen is form)
        error = form.query_one("#plan-error", Static)
        await until(pilot, lambda: "there already" in str(error.render()))
        assert len(app.journal.plans_for("e1")) == 1
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")  # meant: a second one
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
    assert len(app.journal.plans_for("e1")) == 2


async def test_esc_leaves_a_form_holding_only_a_plan_already_there(tmp_path: Path) -> None:
    # rv50 #4: told "change its words, or Esc", Esc asked whether to save it, and Save
    # asked about the twin again, round and round.
    from screens.dialogs.confirm import ConfirmScreen

    app = walk_app(tmp_path)
    app.journal.add(make_entry("Acme", Stage.TECHNICAL, id="e1"))
    there = Plan(entry_id="e1", when="I finish lunch", then="write to Ana", due=NOW.date())
    app.journal.save_plan(there)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_on_entry(pilot, app, "e1")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, NewPlanScreen) and app.focused)
        form = app.screen
        own = len(form.plan_form.ideas)
        await pilot.press(*["down"] * own, "enter", "tab", *"When I finish lunch", "enter")
        await pilot.press(*"Write to Ana.", "enter", *"monday", "enter")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")
        await until(pilot, lambda: app.screen is form)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert isinstance(app.screen, EntryScreen)
    assert len(app.journal.plans_for("e1")) == 1
