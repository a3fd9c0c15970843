"""An entry shows the if-then plans made from it, open or closed, before their day comes."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from textual.widgets import Static, TextArea

from coach.journal import Journal
from coach.plans import Plan, PlanStatus, plan_state
from screens.app import make_app
from screens.home.checkin import CheckInScreen
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.widgets.entry_table import EntryTable
from tests.app.walk_helpers import toasts_never_expire, until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()


def test_a_plan_says_where_it_stands_in_words() -> None:
    ahead = Plan("e", "Saturday comes", "I redo my resume", TODAY + timedelta(days=2))
    assert plan_state(ahead, TODAY).startswith("for ")
    late = Plan("e", "x", "y", TODAY - timedelta(days=1))
    assert plan_state(late, TODAY) == "waiting since yesterday"
    done = Plan("e", "x", "y", TODAY, status=PlanStatus.DONE, closed_on=TODAY)
    assert plan_state(done, TODAY) == f"done on {TODAY.isoformat()}"
    dropped = Plan("e", "x", "y", TODAY, status=PlanStatus.DROPPED)
    assert plan_state(dropped, TODAY) == "let go"


async def test_the_entry_lists_its_plans_literally_and_only_its_own() -> None:
    journal = Journal.in_memory()
    entry = make_entry("Plancraft")
    other = make_entry("Elsewhere Ltd")
    journal.add(entry)
    journal.add(other)
    due = TODAY + timedelta(days=3)
    journal.save_plan(Plan(entry.id, "I sit down on [b]Saturday[/b]", "I will compare my CV", due))
    journal.save_plan(
        Plan(
            entry.id,
            "the week starts",
            "I ask a friend for a mock interview",
            TODAY,
            status=PlanStatus.DONE,
            closed_on=TODAY,
        )
    )
    journal.save_plan(Plan(other.id, "never shown here", "not this entry's", due))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen))
        table = app.screen.query_one(EntryTable)
        await until(pilot, lambda: table.row_count == 2)
        await pilot.press("slash", *"Plancraft")
        await until(pilot, lambda: table.row_count == 1)
        await pilot.press("down")
        await until(pilot, lambda: table.has_focus)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        shown = [str(s.render()) for s in app.screen.query(".entry-plan").results(Static)]
    assert len(shown) == 2
    assert shown[0].startswith("When I sit down on [b]Saturday[/b], I will compare my CV")
    assert "for " in shown[0] and "Plans of your own" in shown[0]
    assert f"done on {TODAY.isoformat()}" in shown[1]
    assert not any("never shown here" in text for text in shown)


async def test_an_entry_without_plans_has_no_plans_section() -> None:
    journal = Journal.in_memory()
    entry = make_entry("Noplan")
    journal.add(entry)
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert not app.screen.query(".entry-plan")
        titles = [str(s.render()) for s in app.screen.query(".section-title").results(Static)]
        assert "Plans made from this one" not in titles


async def _change_plan(pilot, then: str, due: str | None = None, meanwhile=None) -> None:
    """Change plan… over the first plan; `meanwhile`: a change elsewhere while its dialog is open.

    The entry reads its plans again as the dialog opens (rv40 D11), so a change
    from elsewhere that the dialog does not show is one made while it is open.
    """
    from textual.widgets import Button, Input

    from screens.dialogs.plan_edit import PlanEditScreen

    button = pilot.app.screen.query_one("#plan-edit-0", Button)
    button.focus()
    await pilot.pause()
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(pilot.app.screen, PlanEditScreen))
    if meanwhile is not None:
        meanwhile()
    pilot.app.screen.query_one("#plan-then", Input).value = then
    if due is not None:
        pilot.app.screen.query_one("#plan-due", Input).value = due
    await pilot.press("ctrl+s")
    await pilot.pause()


async def test_a_plan_is_reworded_and_moved_from_its_entry_as_a_new_plan_is_checked(
    tmp_path,
) -> None:
    # rv14: a plan could not be edited, nor given a new day before it was due.
    from screens.dialogs.plan_edit import PlanEditScreen

    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    plan = journal.save_plan(Plan(entry.id, "I sit down", "compare my [b]CV[/b]", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.press("escape")  # the plan is due today: later
        # Gone first: an Esc still queued under load closed the entry pushed next.
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change_plan(pilot, "compare my résumé", "yesterday")
        assert isinstance(app.screen, PlanEditScreen)  # refused, said, still open
        note = str(app.screen.query_one("#plan-edit-note").render())
        assert "that day has passed" in note
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        assert Journal.open(tmp_path / "journal.json").get_plan(plan.id) == plan
        await _change_plan(pilot, "compare my résumé", "in 2 days")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        stored = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
        await until(pilot, lambda: "résumé" in str(app.screen.query_one("#entry-plan-0").render()))
        assert (stored.then, stored.due) == ("compare my résumé", TODAY + timedelta(days=2))
        # The change can be taken back: the wording and the day go back as they were.
        assert "ctrl+z takes it back" in " ".join(n.message for n in app._notifications).lower()
        await pilot.press("ctrl+z")
        await until(
            pilot, lambda: "[b]CV[/b]" in str(app.screen.query_one("#entry-plan-0").render())
        )
        back = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
    assert (back.then, back.due, back.status) == ("compare my [b]CV[/b]", TODAY, plan.status)


async def test_a_plan_answered_by_another_coach_keeps_that_answer_when_edited_here(
    tmp_path,
) -> None:
    from coach.plans import mark_done

    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    plan = journal.save_plan(Plan(entry.id, "I sit down", "compare my CV", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.press("escape")
        # Gone first: an Esc still queued under load closed the entry pushed next.
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        other = Journal.open(tmp_path / "journal.json")
        await _change_plan(
            pilot,
            "compare my résumé",
            meanwhile=lambda: other.save_plan(mark_done(other.get_plan(plan.id), TODAY)),
        )
        await until(pilot, lambda: "done on" in str(app.screen.query_one("#entry-plan-0").render()))
        # rv34: home said the plan still waited after coming back from its entry.
        await pilot.press("escape")

        def home_line() -> str:
            found = app.screen.query("#home-plans") if isinstance(app.screen, HomeScreen) else []
            return str(found.first(Static).render()) if found else ""

        await until(pilot, lambda: "carried" in home_line())
        assert home_line() == "You have carried through 1 plan so far.", home_line()
    stored = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
    assert (stored.then, stored.status) == ("compare my CV", PlanStatus.DONE)


async def test_at_40x12_the_plan_dialog_shows_why_a_day_is_refused() -> None:
    from textual.widgets import Input

    from screens.dialogs.plan_edit import PlanEditScreen

    journal = Journal.in_memory()
    plan = Plan("e1", "I get home on Friday", "write to Sam", TODAY + timedelta(days=5))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(PlanEditScreen(plan, TODAY))
        await until(pilot, lambda: isinstance(app.screen, PlanEditScreen))
        app.screen.query_one("#plan-due", Input).focus()
        app.screen.query_one("#plan-due", Input).value = "yesterday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, PlanEditScreen)
        note = app.screen.query_one("#plan-edit-note")
        assert "that day has passed" in str(note.render())
        frame = app.screen.query_one("#plan-edit").content_region
        assert note.region.height and frame.contains_region(note.region)


async def test_change_plan_over_a_done_names_the_day_it_was_done(tmp_path) -> None:
    # rv37 D5: done today, over a plan due yesterday, was said "done tomorrow" (the
    # plan's old day stood in for today).
    from coach.plans import mark_done

    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    yesterday = TODAY - timedelta(days=1)
    plan = journal.save_plan(Plan(entry.id, "I sit down", "compare my CV", yesterday))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.press("escape")
        # Gone first: an Esc still queued under load closed the entry pushed next.
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        other = Journal.open(tmp_path / "journal.json")
        await _change_plan(
            pilot,
            "compare my résumé",
            "in 2 days",
            meanwhile=lambda: other.save_plan(mark_done(other.get_plan(plan.id), TODAY)),
        )

        def told() -> str:
            return " ".join(n.message for n in app._notifications)

        await until(pilot, lambda: "marked it done" in told())
        assert "marked it done today" in told(), told()
        assert "or a `coach plans` command" in told()  # not only "another coach"


async def test_control_characters_saved_in_a_plan_are_not_drawn(tmp_path) -> None:
    # rv37 D8: `coach plans edit` let an escape sequence in; the check-in drew it (red text,
    # a doubled border). Saved before the shell left them out, they are still not drawn.
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    plan = journal.save_plan(Plan(entry.id, "I sit down", "stretch \x1b[31mRED\x1b[0m\x07", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.pause()
        text = str(app.screen.query_one(".checkin-text").render())
        assert text == "When I sit down, I will stretch RED.", repr(text)
        await pilot.press("escape")
        # Gone first: an Esc still queued under load closed the entry pushed next.
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        shown = str(app.screen.query_one("#entry-plan-0").render())
        assert "\x1b" not in shown and "\x07" not in shown and "stretch RED" in shown


async def test_leaving_the_entry_takes_back_the_undo_offer(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # rv37 D8: "Ctrl+Z takes it back" stayed up over the journal list, where ctrl+z
    # said "Nothing to undo here".
    toasts_never_expire(monkeypatch)
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    plan = journal.save_plan(Plan(entry.id, "I sit down", "compare my CV", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change_plan(pilot, "compare my résumé", "in 2 days")

        def told() -> str:
            return " ".join(n.message for n in app._notifications).lower()

        await until(pilot, lambda: "takes it back" in told())
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, EntryScreen))
        await pilot.pause()
        assert "takes it back" not in told()  # taken back: it could not time out


async def test_a_cleared_on_field_keeps_the_plans_day(tmp_path) -> None:
    # rv37 D8: cleared, the dim "saturday, in 3 days" showed, and the plan moved to today.
    journal = Journal.open(tmp_path / "journal.json")
    entry = journal.add(make_entry("Plancraft"))
    later = TODAY + timedelta(days=4)
    plan = journal.save_plan(Plan(entry.id, "I sit down", "compare my CV", later))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change_plan(pilot, "compare my résumé", "")
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
    stored = Journal.open(tmp_path / "journal.json").get_plan(plan.id)
    assert (stored.then, stored.due) == ("compare my résumé", later)


async def test_the_on_fields_dim_text_is_the_plans_day() -> None:
    from textual.widgets import Input

    from screens.dialogs.plan_edit import PlanEditScreen

    plan = Plan("e", "I sit down", "compare my CV", TODAY + timedelta(days=4))
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(PlanEditScreen(plan, TODAY, app.clock))
        await until(pilot, lambda: isinstance(app.screen, PlanEditScreen))
        assert app.screen.query_one("#plan-due", Input).placeholder == plan.due.isoformat()


async def test_the_next_step_quoting_the_plan_follows_its_change(tmp_path) -> None:
    # rv37 D8: "Next step" kept the old words above the plan just changed.

    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    plan = Plan("e1", "I sit down", "compare my CV", TODAY + timedelta(days=2))
    entry = journal.add(make_entry("Plancraft", id="e1", next_step=plan.text))
    plan = journal.save_plan(plan)
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        await _change_plan(pilot, "compare my résumé")
        said = "When I sit down, I will compare my résumé."
        await until(pilot, lambda: Journal.open(path).get("e1").next_step == said)
        assert app.screen.query_one("#f-next", TextArea).text == said
        assert not app.screen.dirty
        await pilot.press("ctrl+z")  # the plan back, and the line with it
        await until(pilot, lambda: Journal.open(path).get("e1").next_step == plan.text)
        assert app.screen.query_one("#f-next", TextArea).text == plan.text


async def test_undo_after_a_plan_reworded_elsewhere_puts_back_only_the_day_changed_here(
    tmp_path,
) -> None:
    # rv40 D1: `coach plans edit` reworded the plan while its entry was open here; the
    # app then changed the day only, and ctrl+z put back the old words too (both in the
    # plan and in the entry's Next step), which this app never changed.

    from coach.plan_next_step import follow_in_entry
    from coach.plans import edit_plan

    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    plan = Plan("e1", "I sit down", "compare my CV", TODAY + timedelta(days=2))
    entry = journal.add(make_entry("Plancraft", id="e1", next_step=plan.text))
    plan = journal.save_plan(plan)
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[plan]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        other = Journal.open(path)
        worded = edit_plan(plan, plan.when, "compare my CV and Ben's", plan.due, FIXED_NOW)
        worded = other.save_plan(worded)
        assert follow_in_entry(other, plan, worded)
        # A save of the entry in between (it merges the Next step the CLI moved).
        app.screen.query_one("#f-notes").text = "called them"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: Journal.open(path).get("e1").notes == "called them")
        # The dialog shows the words as stored now (rv40 D11), reworded elsewhere.
        await _change_plan(pilot, worded.then, "in 5 days")
        later = TODAY + timedelta(days=5)
        await until(pilot, lambda: Journal.open(path).get_plan(plan.id).due == later)
        assert Journal.open(path).get_plan(plan.id).then == worded.then
        await pilot.press("ctrl+z")
        await until(pilot, lambda: Journal.open(path).get_plan(plan.id).due == plan.due)
        await pilot.pause()
        assert app.screen.query_one("#f-next", TextArea).text == worded.text
    back = Journal.open(path).get_plan(plan.id)
    assert (back.then, back.due) == (worded.then, plan.due)
    assert Journal.open(path).get("e1").next_step == worded.text


async def test_a_plan_let_go_offers_no_change_and_its_next_step_says_so() -> None:
    # rv49: "Next step" still quoted a plan let go as the thing to do, and the plan
    # let go still offered "Change plan…".
    from textual.widgets import Button

    journal = Journal.in_memory()
    gone = Plan("e", "I sit down", "compare my CV", TODAY, status=PlanStatus.DROPPED)
    gone = dataclasses.replace(gone, closed_on=TODAY)
    entry = journal.add(make_entry("Plancraft", next_step=gone.text))
    gone = journal.save_plan(dataclasses.replace(gone, entry_id=entry.id))
    still = journal.save_plan(Plan(entry.id, "it is Monday", "call Sam", TODAY))
    app = make_app(journal=journal, clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        app.push_screen(EntryScreen(journal, entry, app.content, TODAY, plans=[gone, still]))
        await until(pilot, lambda: isinstance(app.screen, EntryScreen))
        screen = app.screen
        assert not screen.query_one("#plan-edit-0", Button).display
        assert screen.query_one("#plan-edit-1", Button).display
        note = screen.query_one("#next-closed", Static)
        assert note.display
        assert f"That plan was let go on {TODAY.isoformat()}" in str(note.render())
        # Their own words there: nothing to say.
        screen.query_one("#f-next", TextArea).load_text("Rest this weekend")
        await until(pilot, lambda: not note.display)
        assert not note.display
