"""The coaching walk, driven by Pilot as a person would, checked in the journal."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Collapsible, Input, RadioButton, RadioSet, TextArea

from coach.model import Profile, ReplyStatus, Stage
from coach.walk import WalkState
from screens.dialogs.quit_vent import QuitVentDialog
from screens.dialogs.support import SupportScreen
from screens.home.home import HomeScreen
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.walk_helpers import (
    leave_walk,
    open_walk,
    press_to,
    type_into,
    unsaved_surfaces,
    until,
    walk_app,
)

BRACKETS = "ACME [/ team] [@click=app.quit]x[/]"


async def pick_stage(pilot, stage: Stage) -> None:
    radio = pilot.app.screen.query_one("#stage", RadioSet)
    buttons = list(radio.query("RadioButton"))
    buttons[list(Stage).index(stage)].value = True
    await pilot.pause()


async def test_a_never_interviewed_walk_without_a_reply(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        assert isinstance(app.screen, KindnessScreen)
        await pilot.press("3")
        # A low first mood: the crisis lines come up over step 2 first (rv49 #2).
        await press_to(pilot, "enter", SupportScreen)
        await press_to(pilot, "escape", HappenedScreen)
        assert isinstance(app.screen, HappenedScreen)
        await type_into(pilot, "#company", "Globex")
        await type_into(pilot, "#role", "Analyst")
        await pick_stage(pilot, Stage.NO_REPLY)
        await type_into(pilot, "#received", "3 days ago")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, VentScreen)
        await type_into(pilot, "#vent", "They never even read it.")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ReflectScreen)
        # The unkept vent is held in memory only, past its step too: quit asks first.
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitVentDialog))
        await pilot.press("escape")  # stay
        await until(pilot, lambda: isinstance(app.screen, ReflectScreen))
        assert app.return_code is None
        await type_into(pilot, "#answer-0", "Sent it late at night")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, DecideScreen)
        # Three days of silence: no thank-you, no checkboxes, no follow-up yet.
        assert not app.screen.query(Checkbox)
        assert len(app.screen.query(RadioButton)) == 1
        reason = str(app.screen.query_one("#follow-up-reason").render())
        assert "it has been 3 days" in reason and "11 more days" in reason
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, CloseScreen)  # the draft step is skipped
        summary = str(app.screen.query_one("#summary").render())
        assert "(Never heard back)" in summary and "no message, by your choice" in summary
        assert "No reply" not in summary
        await type_into(pilot, "#mood Input", "6")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    [entry] = app.journal.entries()
    assert entry.company == "Globex" and entry.stage is Stage.NO_REPLY
    assert entry.date.isoformat() == "2026-11-22"
    assert (entry.mood_before, entry.mood_after) == (3, 6)
    assert entry.reply.status is ReplyStatus.NOT_REPLYING
    assert "Sent it late at night" in entry.reflections.values()
    assert entry.private_note == ""  # not kept: the box was not ticked
    assert "walk" not in unsaved_surfaces(tmp_path / "data")


async def test_an_interviewed_walk_defaults_to_asking_for_feedback(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Initech")
        await pick_stage(pilot, Stage.TECHNICAL)
        await pilot.press("ctrl+n")
        await type_into(pilot, "#vent", "so angry")
        app.screen.query_one("#keep", Checkbox).value = True
        await pilot.pause()
        await pilot.press("ctrl+n")
        reflect = app.screen
        assert isinstance(reflect, ReflectScreen)
        assert reflect.diagnosis is not None and reflect.diagnosis.stage is Stage.TECHNICAL
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, DecideScreen)
        assert app.screen.query_one("#part-feedback", Checkbox).value is True
        reason = app.screen.query_one("#feedback-reason").render()
        assert "because you were interviewed" in str(reason)
    entry = app.journal.entries()[0]
    assert entry.stage is Stage.TECHNICAL
    assert entry.private_note == "so angry"


async def test_quitting_on_the_vent_asks_and_keep_writes_it_to_the_autosave(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Vandelay")
        await press_to(pilot, "ctrl+n", VentScreen)
        assert "walk" in unsaved_surfaces(tmp_path / "data")
        await pilot.press(*"fury ")
        await pilot.press("ctrl+q")
        await until(pilot, lambda: isinstance(app.screen, QuitVentDialog))
        assert app.return_code is None
        await pilot.press("k")  # keep it, then quit
        await until(pilot, lambda: app.return_code is not None)
    state = WalkState.from_record(unsaved_surfaces(tmp_path / "data")["walk"]["values"])
    assert (state.vent, state.keep_vent) == ("fury ", True)


async def test_the_company_is_required_and_future_dates_are_explained(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, HappenedScreen)
        error = app.screen.query_one("#company-error")
        assert "Which company" in str(error.render())
        await type_into(pilot, "#company", "A" * 5000)  # a page pasted as the name
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, HappenedScreen)
        assert "That is 5,000 characters" in str(error.render())
        await type_into(pilot, "#company", "Acme")
        await type_into(pilot, "#received", "2030-01-01")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, HappenedScreen)
        assert "in the future" in str(app.screen.query_one("#received-error").render())
        await type_into(pilot, "#received", "someday")
        # The future's error went with the words; a day not read yet is said at ctrl+n.
        assert str(app.screen.query_one("#received-error").render()) == ""
        await pilot.press("ctrl+n")
        assert "not a date I know" in str(app.screen.query_one("#received-error").render())
        await type_into(pilot, "#received", "yesterday")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, VentScreen)
    assert app.journal.entries()[0].date.isoformat() == "2026-11-24"


async def test_going_back_keeps_what_was_typed(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Hooli")
        await type_into(pilot, "#notes", "second round")
        await pilot.press("ctrl+n")
        await type_into(pilot, "#vent", "draft of anger")
        await pilot.press("escape")
        assert isinstance(app.screen, HappenedScreen)
        assert app.screen.query_one("#company", Input).value == "Hooli"
        assert app.screen.query_one("#notes", TextArea).text == "second round"
        # A save that waited lands with another coach's values (fz11): each step
        # shows them in the field that holds them, and hands them back.
        app.screen.show_kept({"role": "Ltd", "notes": "from B"})
        await pilot.pause()
        assert (app.screen.values()["role"], app.screen.values()["notes"]) == ("Ltd", "from B")
        await pilot.press("ctrl+n")
        assert app.screen.query_one("#vent", TextArea).text == "draft of anger"
        app.screen.show_kept({"carry_forward": "B's line"})
        assert app.screen.values()["carry_forward"] == "B's line"
        await press_to(pilot, "ctrl+n", ReflectScreen)
        question = app.screen.questions[1]
        app.screen.show_kept({"answers": {question.id: "B's answer"}})
        assert app.screen.values()["answers"][question.id] == "B's answer"


async def test_an_unfinished_walk_is_offered_and_resumed_intact(tmp_path: Path) -> None:
    state = WalkState(
        step="reflect",
        company="Umbrella",
        stage="final",
        answers={"q-what-happened": "The panel ran long"},
    )
    leave_walk(tmp_path / "data", state)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ReflectScreen)
        values = app.screen.values()["answers"]
        assert values["q-what-happened"] == "The panel ran long"


async def test_typing_is_autosaved_before_the_step_ends(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Wayne Enterprises")
        await type_into(pilot, "#notes", "half-typed thought")

        def saved() -> tuple[str, str, str] | None:
            walk = unsaved_surfaces(tmp_path / "data").get("walk")
            if walk is None:
                return None
            state = WalkState.from_record(walk["values"])
            return (state.step, state.company, state.notes)

        typed = ("happened", "Wayne Enterprises", "half-typed thought")
        await until(pilot, lambda: saved() == typed)
        assert saved() == typed


async def test_bracket_text_in_every_field_shows_literally(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "enter", HappenedScreen)
        for field in ("#company", "#role", "#contact", "#notes"):
            await type_into(pilot, field, BRACKETS)
        await pilot.press("ctrl+n")
        await type_into(pilot, "#vent", BRACKETS)
        await pilot.press("ctrl+n")
        await type_into(pilot, "#answer-0", BRACKETS)
        await press_to(pilot, "ctrl+n", DecideScreen)
        await pilot.press("down", "enter")
        await press_to(pilot, "ctrl+n", CloseScreen)
        assert isinstance(app.screen, CloseScreen)
        assert BRACKETS in str(app.screen.query_one("#summary").render())
        await type_into(pilot, "#plan-when", BRACKETS)
        await type_into(pilot, "#plan-then", BRACKETS)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    entry = app.journal.entries()[0]
    assert entry.company == BRACKETS
    assert entry.next_step == f"When {BRACKETS}, I will {BRACKETS}."
    [plan] = app.journal.plans()
    assert (plan.when, plan.then) == (BRACKETS, BRACKETS)


@pytest.mark.long_running
async def test_every_step_survives_shrinking_to_40x12(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n")
        visited = []
        for _ in range(5):
            await pilot.resize_terminal(40, 12)
            await pilot.pause()
            await pilot.resize_terminal(80, 24)
            await pilot.pause()
            visited.append(type(app.screen).__name__)
            if isinstance(app.screen, HappenedScreen):
                await type_into(pilot, "#company", "Small Co")
            await pilot.press("ctrl+n")
        await pilot.pause()
        visited.append(type(app.screen).__name__)
        # Each ctrl+n still moved on after the shrink (the details are asked before the draft).
        assert visited == [
            "KindnessScreen",
            "HappenedScreen",
            "VentScreen",
            "ReflectScreen",
            "DecideScreen",
            "ProfileScreen",
        ]


async def test_an_interviewed_walk_with_a_reply_ends_with_the_draft_saved(
    tmp_path: Path,
) -> None:
    from screens.home.profile import ProfileScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await pilot.press("5")
        await press_to(pilot, "enter", HappenedScreen)
        await type_into(pilot, "#company", "Initech")
        await type_into(pilot, "#role", "Backend engineer")
        await type_into(pilot, "#contact", "Peter")
        await pick_stage(pilot, Stage.FINAL)
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "ctrl+n", ReflectScreen)  # past the vent, left empty
        await type_into(pilot, "#answer-0", "Four rounds, the last one ran late")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, DecideScreen)
        app.screen.query_one("#part-linkedin", Checkbox).value = False
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ProfileScreen)  # asked once, before the first draft
        await type_into(pilot, "#name", "Sam Rivera")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        draft = app.screen.query_one(TextArea)
        assert draft.text.startswith("Hi Peter,")
        assert "Backend engineer" in draft.text and "Sam Rivera" in draft.text
        assert "feedback" in draft.text  # on by default after an interview
        assert "LinkedIn" not in draft.text.split("Sam Rivera")[0]  # switched off
        draft.text = draft.text.replace("Hi Peter,", "Dear Peter,")
        await pilot.pause(0.4)
        await pilot.press("ctrl+t")
        await press_to(pilot, "ctrl+n", CloseScreen)
        assert isinstance(app.screen, CloseScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    [entry] = app.journal.entries()
    assert entry.stage is Stage.FINAL and entry.mood_before == 5
    assert entry.reply.status is ReplyStatus.SENT
    assert entry.reply.draft.startswith("Dear Peter,")
    assert app.journal.profile().name == "Sam Rivera"
    assert "walk" not in unsaved_surfaces(tmp_path / "data")


async def test_a_saved_draft_reopens_by_id_and_edits_are_kept(tmp_path: Path) -> None:
    from coach.journal import Journal
    from coach.paths import locate
    from screens.app import make_app
    from screens.walk.draft import DraftScreen
    from tests.conftest import make_entry

    places = locate(tmp_path / "data")
    journal = Journal.open(places.journal)
    entry = make_entry("Hooli [b]", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,\nThanks."
    journal.add(entry)
    app = make_app(journal=journal, places=places, draft_id=entry.id[:5])
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        area = app.screen.query_one(TextArea)
        assert area.text == "Hi Gavin,\nThanks."
        area.text = "Hi Gavin,\nThank you for your time."
        await pilot.pause(0.4)
        await pilot.press("escape")
        # `coach draft ID` opened the editor and nothing else: leaving it ends coach
        # (the reviewer landed on home instead), once the draft is saved.
        await until(pilot, lambda: app.return_code is not None)
        assert app.return_code == 0
    saved = journal.get(entry.id)
    assert saved.reply.draft == "Hi Gavin,\nThank you for your time."
    assert saved.reply.status is ReplyStatus.DRAFTED


async def test_the_pattern_across_entries_shows_once_there_are_five(tmp_path: Path) -> None:
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    for n in range(6):
        app.journal.add(make_entry(f"Co {n}", Stage.NO_REPLY))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="reflect", company="Next Co", stage="no_reply"))
        await pilot.pause()
        pattern = str(app.screen.query_one("#pattern").render())
        assert pattern.startswith("All of your last 6 ended in silence")
        assert "resume" in pattern.lower()


async def test_a_mood_out_of_range_is_explained_not_dropped(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_walk(pilot)
        await pilot.press("1", "1", "ctrl+n")
        assert isinstance(app.screen, KindnessScreen)
        assert "0 (awful) to 10" in str(app.screen.query_one("#mood .field-error").render())
        await pilot.press("backspace", "ctrl+n")
        # 1 is low: the crisis lines come up over step 2 first (rv49 #2).
        assert isinstance(app.screen, SupportScreen)
        await press_to(pilot, "escape", HappenedScreen)
        assert app.walk.state.mood_before == 1


async def test_changing_the_template_after_editing_asks_before_rebuilding(
    tmp_path: Path,
) -> None:
    from textual.widgets import Select

    from screens.dialogs.confirm import ConfirmScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", contact="Ana", stage="final"))
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, DraftScreen)
        app.screen.query_one(TextArea).text = "My own words."
        await pilot.pause(0.4)
        await pilot.press("escape")
        assert isinstance(app.screen, DecideScreen)
        app.screen.query_one("#template", Select).value = "thank-you-short"
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep my edits
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == "My own words."
        await pilot.press("escape")
        app.screen.query_one("#template", Select).value = "reply"
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")  # rebuild
        await pilot.pause()
        rebuilt = app.screen.query_one(TextArea).text
        assert rebuilt.startswith("Hi Ana,") and "My own words." not in rebuilt


async def test_looking_at_a_draft_without_changes_leaves_the_entry_as_it_was(
    tmp_path: Path,
) -> None:
    from coach.model import ReplyStatus as Status
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Quiet Co", Stage.PHONE_SCREEN, contact="Jo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
    assert app.journal.get(entry.id).reply.status is Status.UNDECIDED
    assert app.journal.get(entry.id).reply.draft == ""


async def test_a_damaged_autosave_is_set_aside_with_a_word(tmp_path: Path) -> None:
    from textual.widgets import Static

    from screens.dialogs.resume import ResumeScreen

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "walk.json").write_text("{not json")
    # Set aside by an earlier coach: never offered, and it was never said again.
    (tmp_path / "data" / "unsaved-old.json.damaged").write_text('{"surfaces": {')
    # ... and one that reads now (rv19: set aside mid passphrase change): offered back.
    readable = leave_walk(tmp_path / "data", WalkState(step="vent", company="Back Co"))
    readable.rename(readable.with_name(readable.name + ".damaged"))
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        assert "Back Co" in app.screen.description
        messages = [n.message for n in app._notifications]
        # Set aside now: named once, on home where it stays, not in a toast as well.
        assert not any("walk.json.damaged" in m for m in messages), messages
        assert any("offered back" in m and readable.name in m for m in messages)
        home = app.screen_stack[-2]
        assert isinstance(home, HomeScreen)
        await until(pilot, lambda: home.query(".notice"))
        notices = [str(n.render()) for n in home.query(".notice").results(Static)]
        assert any("unsaved-old.json.damaged" in n and "text editor" in n for n in notices)
        assert sum("walk.json.damaged" in n and "text editor" in n for n in notices) == 1
        assert not any(readable.name in n for n in notices)


async def test_a_draft_that_cannot_be_saved_comes_back_as_typed(tmp_path: Path) -> None:
    from coach.errors import JournalBusy
    from screens.walk.draft import DraftScreen
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    entry = app.journal.add(make_entry("Busy Co", Stage.TECHNICAL, contact="Lee"))
    real_save = app.journal.save_edit

    def busy(_entry: object, base: object = None, **_: object) -> None:
        raise JournalBusy(tmp_path / "journal.json.lock")

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Words I will not retype."
        await pilot.pause(0.4)
        app.journal.save_edit = busy  # type: ignore[method-assign]
        await pilot.press("escape")  # a journal draft has no Next: Esc closes it
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        assert app.screen.query_one(TextArea).text == "Words I will not retype."
        app.journal.save_edit = real_save  # type: ignore[method-assign]
        await pilot.press("escape")
        await pilot.pause()
    assert app.journal.get(entry.id).reply.draft == "Words I will not retype."


async def test_a_template_title_with_brackets_shows_literally(tmp_path: Path) -> None:
    from coach.content import load_content, shipped_content_dir

    own = tmp_path / "content" / "templates"
    own.mkdir(parents=True)
    source = (shipped_content_dir() / "templates" / "thank-you-short.md").read_text()
    own.joinpath("mine.md").write_text(
        source.replace('id = "thank-you-short"', 'id = "mine"').replace(
            "title = ", 'title = "Short [/ team] [@click=app.quit]x" #', 1
        )
    )
    result = load_content(tmp_path / "content")
    assert not result.problems, result.problems
    app = walk_app(tmp_path)
    app._content = result.content
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage="final", template="mine"))
        await pilot.pause()
        await pilot.click("#template")  # the list of titles, drawn
        await pilot.pause()
        assert isinstance(app.screen, DecideScreen)
        assert app.is_running
        assert ("Short [/ team] [@click=app.quit]x", "mine", ()) in app.screen.templates


async def test_the_vent_step_says_what_to_hold_back_from(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="vent", company="Acme"))
        await pilot.pause()
        assert isinstance(app.screen, VentScreen)
        hold_back = app.screen.hold_back
        for title in ("Don't reply in anger", "Don't post about it in anger"):
            assert title in hold_back
        box = app.screen.query_one("#hold-back", Collapsible)
        assert box.title.startswith("What to hold back from")  # named for what it holds


async def test_after_two_weeks_of_silence_one_follow_up_is_offered(tmp_path: Path) -> None:
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(
            WalkState(
                step="decide",
                company="Globex",
                role="Analyst",
                stage="no_reply",
                received="2026-11-01",
            )
        )
        await pilot.pause()
        assert isinstance(app.screen, DecideScreen)
        buttons = list(app.screen.query(RadioButton))
        assert [b.value for b in buttons] == [True, False]  # no message is the default
        assert "24 days since you applied" in str(
            app.screen.query_one("#follow-up-reason").render()
        )
        buttons[1].value = True
        await pilot.pause()
        await pilot.press("ctrl+n")
        app.screen.query_one("#name", Input).value = "Sam"
        await pilot.press("ctrl+s")  # the profile, asked once before the first draft
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        draft = app.screen.text
        assert "where things stand" in draft and "Analyst" in draft
        assert "letting me know" not in draft and "feedback" not in draft
        assert "follow-up" in str(app.screen.query_one("#draft-heading").render())


async def test_sending_a_reply_that_asks_for_feedback_counts_as_asking(tmp_path: Path) -> None:
    from datetime import date

    from coach.model import FeedbackStatus

    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(
            WalkState(
                step="draft", company="Initech", role="Engineer", contact="Ana", stage="technical"
            )
        )
        await pilot.pause()
        await pilot.press("ctrl+t")  # marked as sent
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, CloseScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
    [entry] = app.journal.entries()
    assert entry.reply.status is ReplyStatus.SENT
    assert entry.feedback is FeedbackStatus.REQUESTED
    assert entry.feedback_requested_on == date(2026, 11, 25)


async def test_keep_my_edits_is_remembered_when_the_walk_is_resumed(tmp_path: Path) -> None:
    from textual.widgets import Select

    from screens.dialogs.confirm import ConfirmScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", contact="Ana", stage="final"))
        await pilot.pause()
        await pilot.press("ctrl+n")
        app.screen.query_one(TextArea).text = "My own words."
        await pilot.pause(0.4)
        await pilot.press("escape")
        app.screen.query_one("#template", Select).value = "thank-you-short"
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # keep my edits
        await pilot.pause()
        app.flush_unsaved()
        saved = WalkState.from_record(unsaved_surfaces(tmp_path / "data")["walk"]["values"])
        assert saved.step == "draft"
        assert saved.draft_basis == app.walk._draft_basis()  # the answer is remembered
    again = walk_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        again.start_walk(saved)
        await pilot.pause()
        assert isinstance(again.screen, DraftScreen)  # no question drawn over home
        assert again.screen.query_one(TextArea).text == "My own words."


async def test_new_rejection_mid_walk_says_why_it_cannot_start(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="vent", company="Acme", stage="final"))
        await pilot.pause()
        before = app.walk
        app.go("new")
        await pilot.pause()
        assert app.walk is before and isinstance(app.screen, VentScreen)
        assert any("already open" in n.message for n in app._notifications)
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["New rejection"].startswith("Not now")


@pytest.mark.parametrize("stage", list(Stage))
async def test_the_reflect_step_asks_the_stages_own_questions(tmp_path: Path, stage: Stage) -> None:
    from coach.walk_questions import is_own

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="reflect", company="Acme", stage=stage.value))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReflectScreen)
        own = [q for q in screen.questions if is_own(q, stage)]
        assert len(own) >= 2
        shown = [str(label.render()) for label in screen.query(".question")]
        assert [q.text for q in screen.questions] == shown
        assert all(q.text in shown for q in own)


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
@pytest.mark.parametrize("stage", ["final", "no_reply"])
async def test_every_decide_option_is_drawn_when_focused(
    tmp_path: Path, size: tuple[int, int], stage: str
) -> None:
    """Tab reaches each option, and each one it reaches is on screen, not hidden."""
    app = walk_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage=stage, received="2026-10-01"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DecideScreen)
        reached = []
        for _ in range(30):
            focused = app.focused
            assert focused is not None
            await pilot.pause()
            region = focused.region
            x, y = region.x + 1, region.y + region.height // 2
            under, _ = screen.get_widget_at(x, y)
            assert under is focused or focused in under.ancestors, (focused, under)
            reached.append(focused.id)
            await pilot.press("tab")
            if app.focused is None or app.focused.id == reached[0]:
                break
        if stage == "final":
            for part in ("thanks", "feedback", "apply_again", "linkedin"):
                assert f"part-{part}" in reached
        assert "step-next" in reached


async def test_only_the_chosen_templates_parts_are_offered(tmp_path: Path) -> None:
    from textual.widgets import Select

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage="final"))
        await pilot.pause()
        boxes = list(app.screen.query(Checkbox))
        assert all(box.display for box in boxes)
        app.screen.query_one("#template", Select).value = "thank-you-short"
        await pilot.pause()
        assert not any(box.display for box in boxes)
        assert not app.screen.query_one("#feedback-reason").display
        assert app.screen.query_one("#no-parts").display
        await pilot.press("tab", "tab", "tab")
        assert app.focused not in boxes  # nothing hidden takes the focus


async def test_hints_flow_as_one_paragraph_and_feedback_is_off_without_interview(
    tmp_path: Path,
) -> None:
    from screens.walk.reflect import flowing

    assert (
        flowing("a link that\nwas clicked.\n\nNew  para\n")
        == "a link that was clicked.\n\nNew para"
    )
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage="portfolio"))
        await pilot.pause()
        assert app.screen.query_one("#part-feedback", Checkbox).value is False
        reason = app.screen.query_one("#feedback-reason")
        # The LinkedIn box is off too, and one reason says why for both (rv44 #7).
        assert app.screen.query_one("#part-linkedin", Checkbox).value is False
        assert str(reason.render()).startswith(
            "Feedback and LinkedIn are off: before any interview"
        )
        linkedin = app.screen.query_one("#linkedin-reason")
        assert not linkedin.display
        app.screen.query_one("#part-linkedin", Checkbox).value = True
        await pilot.pause()
        assert "Feedback is off because there was no interview" in str(reason.render())
        assert not linkedin.display
        app.screen.query_one("#part-linkedin", Checkbox).value = False
        await pilot.pause()
        assert "Feedback and LinkedIn are off" in str(reason.render())


async def test_unmarking_a_sent_reply_with_no_text_left_makes_it_undecided(
    tmp_path: Path,
) -> None:
    from coach.model import ReplyStatus as Status
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    marked = make_entry("Marked Co", Stage.TECHNICAL, contact="Jo")
    marked.reply.status = Status.SENT  # set in the entry form, with no draft written
    marked.reply.sent_on = date(2026, 11, 20)
    entry = app.journal.add(marked)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        assert app.screen.sent
        app.screen.query_one(TextArea).text = ""
        await pilot.pause()
        await pilot.press("ctrl+t")  # not sent after all
        await pilot.pause()
        await pilot.press("escape")
        await until(pilot, lambda: app.journal.get(entry.id).reply.status is not Status.SENT)
    reply = app.journal.get(entry.id).reply
    assert (reply.status, reply.sent_on, reply.draft) == (Status.UNDECIDED, None, "")


async def test_a_draft_marked_sent_that_cannot_be_saved_comes_back_still_marked(
    tmp_path: Path,
) -> None:
    from coach.errors import JournalBusy
    from coach.model import ReplyStatus as Status
    from screens.walk.draft import DraftScreen
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    entry = app.journal.add(make_entry("Busy Co", Stage.TECHNICAL, contact="Lee"))
    real_save = app.journal.save_edit

    def busy(_entry: object, base: object = None, **_: object) -> None:
        raise JournalBusy(tmp_path / "journal.json.lock")

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Hi Lee, thank you. Sam"
        await pilot.pause(0.4)
        app.screen.set_sent(True)  # as ctrl+t does once any question is answered
        app.journal.save_edit = busy  # type: ignore[method-assign]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        assert app.screen.sent  # the mark the person set is kept with the text
        app.journal.save_edit = real_save  # type: ignore[method-assign]
        await pilot.press("escape")
        await pilot.pause()
    assert app.journal.get(entry.id).reply.status is Status.SENT


AGENCY_EMAIL = """Hi Sam,

Thanks for your time on the phone on Tuesday. I've heard back from my client, Tollgate Foods,
and they've decided to go with another candidate for the Warehouse Shift Lead vacancy.

Happy to talk it through if useful.

Owen Pryce
Senior Consultant - Supply Chain
Larchwood Search
"""


async def test_an_agency_recruiter_is_addressed_at_the_agency_for_the_client(
    tmp_path: Path,
) -> None:
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam"))
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(
            WalkState(
                step="decide",
                company="Tollgate Foods",
                contact="Owen Pryce",
                stage="phone_screen",
                email_text=AGENCY_EMAIL,
            )
        )
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, DraftScreen)
        heading = str(app.screen.query_one("#draft-heading").render())
        assert heading == "Your reply to Owen Pryce at Larchwood Search, for Tollgate Foods"


async def test_details_saved_empty_are_not_asked_for_again(tmp_path: Path) -> None:
    # The reviewer: ctrl+s on the empty details page, and every later walk asked again,
    # where the page says "You are asked once".
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    assert app.journal is not None
    app.journal.save_profile(Profile())  # seen and saved with nothing in it
    assert app.journal.profile().is_empty and app.journal.profile().ever_saved
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", replying=True))
        await until(pilot, lambda: isinstance(app.screen, DecideScreen))
        await press_to(pilot, "ctrl+n", DraftScreen)
        assert isinstance(app.screen, DraftScreen)


def test_details_never_saved_are_not_yet_seen() -> None:
    assert not Profile().ever_saved
    assert Profile(name="Sam").ever_saved  # filled in by an import, say
    assert Profile(revision=1).ever_saved


@pytest.mark.parametrize("stage", ["offer", "no_reply"])
async def test_the_decide_step_says_replying_is_optional_and_to_send_it_calm(
    tmp_path: Path, stage: str
) -> None:
    # rv13 item 3: the don'ts were only in a closed box on step 3.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage=stage, received="2026-10-01"))
        await pilot.pause()
        assert isinstance(app.screen, DecideScreen)
        calm = str(app.screen.query_one("#reply-calm").render())
        assert "is fine" in calm and "calm" in calm and "anger" in calm
        if stage == "offer":
            assert "plea" in calm
            label = str(app.screen.query_one("#part-apply_again", Checkbox).label)
            assert "better fit" not in label and "opens again" in label


async def test_a_linkedin_paragraph_with_no_url_says_so_and_the_url_can_be_added(
    tmp_path: Path,
) -> None:
    # It was dropped from the draft without a word when the details had no URL.
    from screens.home.profile import ProfileScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    assert app.journal is not None
    app.journal.save_profile(Profile(name="Sam Rivera"))  # seen: not asked for again
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_walk(WalkState(step="decide", company="Acme", stage="final", replying=True))
        await until(pilot, lambda: isinstance(app.screen, DecideScreen))
        box = app.screen.query_one("#part-linkedin", Checkbox)
        hint = app.screen.query_one("#linkedin-missing")
        assert box.value and hint.display  # on by default after an interview
        assert "leaves this paragraph out" in str(hint.render())
        box.value = False
        await pilot.pause()
        assert not hint.display and not app.screen.query_one("#add-linkedin").display
        box.value = True
        await pilot.pause()
        assert hint.display
        app.screen.query_one("#add-linkedin").press()
        await until(pilot, lambda: isinstance(app.focused, Input))
        assert isinstance(app.screen, ProfileScreen)
        assert app.focused is app.screen.query_one("#linkedin", Input)
        await type_into(pilot, "#linkedin", "https://www.linkedin.com/in/sam-rivera")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, DecideScreen))
        assert not app.screen.query_one("#linkedin-missing").display
        await press_to(pilot, "ctrl+n", DraftScreen)
        draft = app.screen.query_one(TextArea).text
        assert "connect on LinkedIn" in draft
        assert "https://www.linkedin.com/in/sam-rivera" in draft
    assert app.journal.profile().name == "Sam Rivera"


async def test_a_draft_from_the_journal_asks_for_the_linkedin_url_it_would_leave_out(
    tmp_path: Path,
) -> None:
    # fy: opened from the journal, the LinkedIn paragraph was dropped without a word.
    from screens.dialogs.confirm import ConfirmScreen
    from screens.home.profile import ProfileScreen
    from screens.walk.draft import DraftScreen
    from tests.conftest import make_entry

    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam Rivera"))
    entry = app.journal.add(make_entry("Linked Co", Stage.FINAL, contact="Jo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "leave that paragraph out" in app.screen.detail
        await pilot.press("escape")  # draft without it: the draft opens, as before
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        assert "connect on LinkedIn" not in app.screen.query_one(TextArea).text
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, DraftScreen))
        app.open_draft(app.journal.get(entry.id))
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        app.screen.dismiss(True)  # Add my LinkedIn URL
        await until(pilot, lambda: isinstance(app.screen, ProfileScreen))
        await until(pilot, lambda: app.focused is app.screen.query_one("#linkedin", Input))
        await type_into(pilot, "#linkedin", "https://www.linkedin.com/in/sam-rivera")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        draft = app.screen.query_one(TextArea).text
        assert "connect on LinkedIn" in draft
        assert "https://www.linkedin.com/in/sam-rivera" in draft
    assert app.journal.profile().linkedin_url == "https://www.linkedin.com/in/sam-rivera"
