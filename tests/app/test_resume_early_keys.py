"""Keys typed before "You have an unfinished walk" showed never answer it, and are not lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Footer, Input, Static, TextArea

from coach.model import Profile, Stage
from coach.records import entry_to_record
from coach.walk import WalkState
from screens.app import CoachApp
from screens.dialogs.discard_ask import DiscardQuestion
from screens.dialogs.resume import ResumeScreen
from screens.home.home import HomeScreen
from screens.walk.draft import DraftScreen
from screens.walk.happened import HappenedScreen
from tests.app.conftest import said
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import leave_unsaved, leave_walk, unsaved_surfaces, until, walk_app
from tests.conftest import make_entry


def _burst() -> list[events.Key]:
    """n, 7, Enter, Globex: made now, so read (as by a terminal) before any dialog is drawn."""
    keys = [events.Key("n", "n"), events.Key("7", "7"), events.Key("enter", "\r")]
    return keys + [
        events.Key(c.lower() if c.islower() else f"shift+{c.lower()}", c) for c in "Globex"
    ]


def footer_words(app: CoachApp) -> list[str]:
    """The keys' descriptions in the footer on top."""
    return [str(getattr(key, "description", "")) for key in app.screen.query_one(Footer).children]


def _early_note(app: CoachApp) -> str:
    """The resume dialog's note of keys typed before it showed ("" before it shows)."""
    if not isinstance(app.screen, ResumeScreen) or not app.screen.early:
        return ""
    return str(app.screen.query_one("#resume-early", Static).render())


def _home_with_a_walk_waiting(tmp_path: Path) -> CoachApp:
    leave_walk(tmp_path / "data", WalkState(step="happened", company="Acme", notes="they"))
    return walk_app(tmp_path)


async def test_enter_typed_behind_n_does_not_resume_and_later_starts_the_walk_typed(
    tmp_path: Path,
) -> None:
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")  # Later
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        for key in _burst():
            app.post_message(key)
        # Until the whole burst is in the note: on a loaded machine the last
        # letters can land a few rounds after the dialog first shows.
        await until(pilot, lambda: "Globex" in _early_note(app))
        dialog = app.screen
        assert isinstance(dialog, ResumeScreen)  # Enter did not resume the old walk
        note = _early_note(app)
        assert "not taken as an answer" in note and "7<enter>Globex" in note
        await pilot.press("escape")  # Later: a new walk, with what was typed for it
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await until(pilot, lambda: app.screen.query_one("#company", Input).value == "Globex")
        assert "Acme" not in app.screen.query_one("#company", Input).value
    stopped(app)


async def test_resume_chosen_after_early_keys_says_they_went_nowhere(tmp_path: Path) -> None:
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        for key in _burst():
            app.post_message(key)
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen) and app.screen.early)
        await pilot.pause()
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        await pilot.pause()
        assert app.screen.query_one("#company", Input).value == "Acme"
        assert any("7<enter>Globex" in notice for notice in said(app))
    stopped(app)


@pytest.mark.parametrize("answer", ["escape", "r"])
async def test_coach_draft_ids_dialog_types_early_keys_into_the_saved_draft_or_says_so(
    tmp_path: Path, answer: str
) -> None:
    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/jo-example"))
    entry = make_entry("Hooli", Stage.TECHNICAL, contact="Gavin")
    entry.reply.draft = "Hi Gavin,"
    app.journal.add(entry)
    base = {"kind": "draft", "entry_id": entry.id, "base": entry_to_record(entry)}
    values = {"draft": "Hi Gavin, left", "sent": False}
    leave_unsaved(tmp_path / "data", {f"draft:{entry.id}": {**base, "values": values}})
    # Made now: typed as `coach draft ID` starts, before its question is put up.
    early = [events.Key(c, c) for c in "xyz"]
    again = reopen(tmp_path, draft_id=entry.id)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        for key in early:
            again.post_message(key)
        await until(pilot, lambda: len(getattr(again.screen, "early", ())) == 3)
        await pilot.press(answer)  # Later: the draft as saved; r: the typing left
        await until(pilot, lambda: isinstance(again.screen, DraftScreen))
        area = again.screen.query_one(TextArea)
        if answer == "escape":
            await until(pilot, lambda: area.text.startswith("xyz"))
            assert area.text == "xyzHi Gavin,"
        else:
            await pilot.pause()
            assert area.text == "Hi Gavin, left"
            assert any("Not typed anywhere" in notice and "xyz" in notice for notice in said(again))
    stopped(again)


async def test_early_keys_typed_again_are_set_aside_by_a_question_on_the_way(
    tmp_path: Path,
) -> None:
    # Later opens the saved draft, which is empty and offers LinkedIn with no URL:
    # the LinkedIn question comes first, and the "y" typed early must not answer it.
    app = walk_app(tmp_path)
    entry = app.journal.add(make_entry("Hooli", Stage.FINAL, contact="Gavin"))
    base = {"kind": "draft", "entry_id": entry.id, "base": entry_to_record(entry)}
    values = {"draft": "left", "sent": False}
    leave_unsaved(tmp_path / "data", {f"draft:{entry.id}": {**base, "values": values}})
    early = [events.Key(c, c) for c in "yo"]
    again = reopen(tmp_path, draft_id=entry.id)
    async with again.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(again.screen, ResumeScreen))
        for key in early:
            again.post_message(key)
        await until(pilot, lambda: len(getattr(again.screen, "early", ())) == 2)
        await pilot.press("escape")  # Later
        await until(pilot, lambda: len(getattr(again.screen, "early", ())) == 2)
        assert "LinkedIn" in type(again.screen).__name__, again.screen  # not the details page
        await pilot.press("n")  # draft without it
        await until(pilot, lambda: isinstance(again.screen, DraftScreen))
        area = again.screen.query_one(TextArea)
        await until(pilot, lambda: area.text.startswith("yo"))
        assert area.text.startswith("yoHi Gavin,")
    stopped(again)


async def _d_n_7_at_once(app: CoachApp, pilot: Pilot) -> None:
    """d: discard; n 7: a new walk, feeling 7. Read together, before the question shows."""
    await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
    for char in "dn7":
        app.post_message(events.Key(char, char))
    await until(pilot, lambda: len(getattr(app.screen, "early", ())) == 2)


async def test_d_n_7_typed_at_once_leaves_discard_to_be_answered_then_starts_the_walk(
    tmp_path: Path,
) -> None:
    from screens.walk.kindness import KindnessScreen

    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _d_n_7_at_once(app, pilot)
        question = app.screen
        assert isinstance(question, DiscardQuestion)  # n did not answer "Keep it"
        assert "n7" in str(question.query_one("#confirm-early", Static).render())
        await pilot.press("tab", "enter")  # Discard, chosen on purpose
        await until(pilot, lambda: isinstance(app.screen, KindnessScreen))
        await until(pilot, lambda: app.screen.query_one("#mood Input", Input).value == "7")
    stopped(app)
    assert "Acme" not in str(unsaved_surfaces(tmp_path / "data"))


async def test_d_n_7_then_keep_it_says_the_keys_were_dropped_not_a_second_ask(
    tmp_path: Path,
) -> None:
    # Passed on, the n reached home, whose n asked about the kept walk again:
    # the same dialog came back with only "7" held and nothing said about the n.
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await _d_n_7_at_once(app, pilot)
        note = str(app.screen.query_one("#confirm-early", Static).render())
        assert "dropped if you keep it: n7" in note
        # The footer lists the Enter that chooses (the lit button's hidden one shadowed it).
        # Waited for: the footer is drawn a refresh after the dialog (an idle CI saw it empty).
        await until(pilot, lambda: "Choose" in footer_words(app))
        assert "Choose" in footer_words(app)
        await pilot.press("enter")  # Keep it, the lit button
        await until(pilot, lambda: any("n7" in notice for notice in said(app)))
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("Not typed anywhere" in notice for notice in said(app))
    stopped(app)
    assert "Acme" in str(unsaved_surfaces(tmp_path / "data"))  # kept


async def test_the_discard_questions_note_of_keys_set_aside_is_in_view_at_40x12(
    tmp_path: Path,
) -> None:
    # rv23: at 40x12 the "dropped if you keep it: n7" line sat below the fold, and
    # only the scrollbar said it was there.
    app = _home_with_a_walk_waiting(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await _d_n_7_at_once(app, pilot)
        await pilot.pause()
        box = app.screen.query_one("#confirm")
        note = app.screen.query_one("#confirm-early", Static)
        buttons = app.screen.query_one("#confirm-buttons")
        # Above the buttons (docked at the bottom of the box), inside it.
        await until(pilot, lambda: note.region.bottom <= buttons.region.y)
        assert note.region.bottom <= buttons.region.y, (note.region, buttons.region)
        assert note.region.y >= box.scrollable_content_region.y and note.region.height >= 3
        assert "you keep it: n7" in str(note.render())
    stopped(app)
