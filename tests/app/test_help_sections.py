"""Help opens at the section of the screen it was called from, dialogs included."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from textual import events
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.screen import Screen

import screens
from screens import focus_in_view
from screens.dialogs.help import SCREEN_SECTIONS, SECTIONS, HelpScreen, help_pieces, help_text
from screens.dialogs.resume import ResumeScreen
from screens.home.checkin import CheckInScreen
from screens.home.home import HomeScreen
from screens.journal.entry import EntryScreen
from screens.journal.journal import JournalScreen
from screens.markdown_text import MarkdownText
from screens.walk.linkedin_ask import LEFT_OUT, LinkedInQuestion
from screens.walk.paste_email import PasteEmailScreen, describe
from tests.app.test_footer_keys_whole import cut_keys, footer_names
from tests.app.test_plans_app import app_at, seed_due_plans
from tests.app.walk_helpers import NOW, open_walk, press_to, until


def test_every_screen_named_has_a_section_help_has() -> None:
    for module in pkgutil.walk_packages(screens.__path__, prefix="screens."):
        importlib.import_module(module.name)
    ours = {cls.__name__ for cls in _subclasses(Screen) if cls.__module__.startswith("screens.")}
    assert set(SCREEN_SECTIONS) <= ours  # no name left behind by a rename
    assert set(SCREEN_SECTIONS.values()) == set(SECTIONS)
    text = help_text()
    for section, heading in SECTIONS.items():
        pieces = help_pieces(text, section)
        assert pieces[0].startswith(f"## {heading}\n"), section
        assert sorted(pieces) == sorted(help_pieces(text))  # the whole page, once
        assert "| key | does |" in pieces[0]


# A full screen's footer at 40x12 keeps the help key and the crisis key.
BOTH = frozenset({"Help", "Support"})


def label_in_view(screen: Screen[object], selector: str) -> bool:
    """The label is inside its page's view, and so is the field focused under it."""
    page = screen.query_one(".step-body").scrollable_content_region
    focused = screen.focused
    label = screen.query_one(selector).region
    return (
        focused is not None and page.contains_region(label) and page.contains_region(focused.region)
    )


async def opens_at(
    pilot: Pilot, heading: str, key: str = "f1", shown: frozenset[str] = frozenset()
) -> None:
    """The help key opens help with heading's section on top; Esc goes back.

    First, the footer's keys are whole, and holds those in shown.
    """
    under = pilot.app.screen
    await pilot.pause()
    assert cut_keys(pilot.app) == [], heading
    assert shown <= set(footer_names(pilot.app)), heading
    await pilot.press(key)
    await until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))
    assert isinstance(pilot.app.screen, HelpScreen), heading
    first = pilot.app.screen.query(MarkdownText).first()
    assert first.source.startswith(f"## {heading}\n")
    await pilot.press("escape")
    await until(pilot, lambda: pilot.app.screen is under)


@pytest.mark.long_running
async def test_help_opens_at_each_screens_section(tmp_path: Path) -> None:
    seed_due_plans(tmp_path, 1)  # an entry, and a plan due today: the check-in opens
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, CheckInScreen) and app.focused)
        await opens_at(pilot, "Plans you made")
        await opens_at(pilot, "Plans you made", "question_mark")
        await press_to(pilot, "escape", HomeScreen)
        await opens_at(pilot, "On the home screen")
        for key, heading in (
            ("i", "On insights"),
            ("p", "Your details"),
            ("g", "What the coach teaches"),
        ):
            await pilot.press(key)
            await until(pilot, lambda: not isinstance(app.screen, HomeScreen))
            if key == "p":  # your details open with the first field's label in view
                await until(pilot, lambda: label_in_view(app.screen, "#label-name"))
                assert label_in_view(app.screen, "#label-name")
            await opens_at(pilot, heading, shown=BOTH)
            await press_to(pilot, "escape", HomeScreen)
        await pilot.press("j")
        await until(pilot, lambda: isinstance(app.screen, JournalScreen) and app.focused)
        await opens_at(pilot, "In the journal", shown=frozenset({"Support"}))
        await press_to(pilot, "enter", EntryScreen)
        # Help over an entry keeps where the page was scrolled to.
        page = app.screen.query_one("#entry", VerticalScroll)
        await pilot.press("pagedown", "pagedown")  # the focus stays on the top field
        await pilot.pause()
        read_to = page.scroll_y
        assert read_to > 10
        # F1 as the app sees it before help is up (the first help, still importing, is
        # late): it is no typing, so the field it leaves is not scrolled back to.
        focus_in_view.saw(app, events.Key("f1", None))
        app.screen.refresh()
        await pilot.pause()
        assert page.scroll_y == read_to
        await opens_at(pilot, "On an entry", shown=BOTH)
        await pilot.pause()
        assert page.scroll_y == read_to
        # A key in the field still brings it back into view, though the Esc that
        # closed help queued its own bringing on help, which never ran.
        await pilot.press("end")
        await until(pilot, lambda: page.scroll_y < read_to)
        assert page.scroll_y < read_to
        await press_to(pilot, "escape", JournalScreen)
        app.push_screen(ResumeScreen("About Acme"))
        await until(pilot, lambda: isinstance(app.screen, ResumeScreen))
        await opens_at(pilot, "An unfinished walk")
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, ResumeScreen))
        question = LinkedInQuestion("No LinkedIn URL in your details", LEFT_OUT)
        question.note_put_up()
        app.push_screen(question)
        await until(pilot, lambda: app.screen is question and app.focused)
        await opens_at(pilot, "No LinkedIn URL in your details", shown=frozenset({"Help"}))


async def test_help_in_the_walk_and_over_the_paste_dialog(tmp_path: Path) -> None:
    app = app_at(tmp_path, NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await open_walk(pilot)
        await opens_at(pilot, "In the walk", shown=BOTH)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: app.screen.query("#company"))
        await until(pilot, lambda: label_in_view(app.screen, "#label-company"))
        assert label_in_view(app.screen, "#label-company")  # with its field, focused
        assert app.focused is app.screen.query_one("#company")
        # Step 2's ctrl+r (the step names it) leaves the footer before F1 and F2.
        assert cut_keys(app) == []
        assert set(footer_names(app)) >= BOTH
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, PasteEmailScreen) and app.focused)
        await opens_at(pilot, "Paste the email")
        # In its text box, ? is a letter of the email, not help.
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, PasteEmailScreen)
        assert "?" in app.screen.text


def test_the_paste_section_names_the_not_a_rejection_warning_the_box_shows() -> None:
    # The box warns first when an email reads as an invitation or an offer;
    # help's section on pasting said nothing of it.
    from coach.email_guess import EmailGuess

    shown = describe(EmailGuess(company="Acme", not_rejection="it reads like a job offer"))
    warning = shown.split(":")[0]  # "This doesn't read like a rejection"
    section = next(p for p in help_pieces(help_text()) if p.startswith("## Paste the email\n"))
    assert warning in " ".join(section.split()), section
    assert "still fills the fields" in section


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_help_names_the_plan_undo_on_an_entry_and_the_linkedin_question() -> None:
    entry = help_pieces(help_text(), "entry")[0]
    assert "| Ctrl+Z | take back the last plan change" in entry, entry
    walk = help_pieces(help_text(), "walk")[0]
    assert '"Change plan…"' in walk and "Ctrl+Z there takes the change back" in walk, walk
    linkedin = help_pieces(help_text(), "linkedin")[0]
    assert "Add my LinkedIn URL" in linkedin and "Draft without it" in linkedin
    assert "Ctrl+R" in linkedin  # the journal's key that opens a draft, as the keymap names it


def test_walk_help_says_the_private_vent_is_kept_only_when_ticked() -> None:
    from coach.flow import STEP_TITLES
    from screens.walk.vent import KEEP_LABEL

    walk = " ".join(help_pieces(help_text(), "walk")[0].split())
    assert "Everything you type is autosaved" not in walk  # the vent is not
    assert f'"{STEP_TITLES["vent"]}" is kept only if you tick' in walk, walk
    words = '"Keep what I wrote above"'  # the box, by the words it starts with
    assert words in walk and KEEP_LABEL.startswith(words.strip('"'))


def test_draft_help_says_esc_saves_and_from_coach_draft_ends_coach() -> None:
    # rv49: help's only Esc line said "it asks before dropping it", while on the
    # `coach draft` screen Esc saves and ends coach without asking (README says so).
    (draft,) = [p for p in help_pieces(help_text()) if p.startswith("## On the draft\n")]
    esc = [line for line in draft.splitlines() if line.startswith("| Esc |")]
    assert esc and "out of coach from `coach draft`" in esc[0] and "saved" in esc[0]
