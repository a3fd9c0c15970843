"""'Paste the email' on the What happened step: the fields fill themselves, marked as guessed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input, Label, RadioButton, RadioSet, Static, TextArea

from coach.email_guess import guess_from_file
from coach.model import Stage
from coach.walk import WalkState
from screens.dialogs.confirm import ConfirmScreen
from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.paste_email import PasteEmailScreen, read_pasted
from screens.walk.reflect import ReflectScreen
from screens.walk.vent import VentScreen
from tests.app.walk_helpers import (
    open_walk,
    press_to,
    type_into,
    unsaved_surfaces,
    until,
    walk_app,
)

# A terminal's bracketed paste reaches the app as events.Paste, and the app
# hands it to the focused widget: the tests post it to the app the same way.
EMAILS = Path(__file__).resolve().parent.parent / "data" / "emails"

PASTED = """From: Naomi Reyes <naomi.reyes@lanternhealth.com>
Sent: Tuesday, November 24, 2026 4:18 PM
To: you@example.org
Subject: Lantern Health - Senior UX Designer [b] [/ x]

Hi Jo,

Thank you for meeting the design team for the final round last week.

We have decided to move forward with another candidate for the Senior UX Designer role.
If it would help, I'm happy to share the panel's feedback. You are welcome to apply
again in 6 months.

Best,
Naomi Reyes
Design Recruiting Lead | Lantern Health
"""


async def to_happened(pilot) -> HappenedScreen:
    await open_walk(pilot)
    await press_to(pilot, "ctrl+n", HappenedScreen)
    assert isinstance(pilot.app.screen, HappenedScreen)
    return pilot.app.screen


async def paste(pilot, text: str) -> None:
    """Paste into the paste area once it has the keys, and wait for its preview."""
    app = pilot.app
    await until(pilot, lambda: isinstance(app.focused, TextArea) and app.focused.id == "paste-text")
    app.post_message(events.Paste(text))
    await until(pilot, lambda: str(app.screen.query_one("#paste-preview", Static).render()))


def guess_from_email_text(text: str, today: date) -> str:
    """The copy the reader itself keeps of an email (not the paste area's own)."""
    from coach.email_guess import guess_from_email

    return guess_from_email(text.encode(), today).text


def label(screen: HappenedScreen, name: str) -> str:
    return str(screen.query_one(f"#label-{name}", Label).render())


async def test_paste_fills_marks_and_saves_the_email_privately(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        assert "guessed" not in label(happened, "company")
        await pilot.press("ctrl+r")
        assert isinstance(app.screen, PasteEmailScreen)
        await paste(pilot, PASTED)
        preview = str(app.screen.query_one("#paste-preview", Static).render())
        assert "Lantern Health" in preview
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is happened
        assert happened.query_one("#company", Input).value == "Lantern Health"
        assert happened.query_one("#role", Input).value == "Senior UX Designer"
        assert happened.query_one("#contact", Input).value == "Naomi Reyes"
        assert happened.query_one("#received", Input).value == "2026-11-24"
        assert happened.query_one("#stage", RadioSet).pressed_index == list(Stage).index(
            Stage.FINAL
        )
        for name in ("company", "role", "contact", "stage", "received"):
            assert "guessed" in label(happened, name), name
        # Changing a guess makes it the person's own: the mark goes.
        await type_into(pilot, "#role", "Lead UX Designer")
        assert "guessed" not in label(happened, "role")
        assert "guessed" in label(happened, "company")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, VentScreen)
    [entry] = app.journal.entries()
    assert entry.company == "Lantern Health" and entry.role == "Lead UX Designer"
    assert entry.stage is Stage.FINAL and entry.contact == "Naomi Reyes"
    assert entry.date.isoformat() == "2026-11-24"
    assert entry.reapply_after is not None and entry.reapply_after.isoformat() == "2027-05-24"
    # Kept as pasted: Outlook's "Sent:" and the "To:" line stay as they were.
    assert entry.email_text == PASTED.strip("\n")


def test_a_paste_is_kept_verbatim_and_a_file_as_read() -> None:
    today = date(2026, 11, 26)
    guess = read_pasted(PASTED.replace("\n", "\r\n"), today)
    assert guess.company == "Lantern Health"
    assert guess.text == PASTED.strip("\n")
    assert "Sent: Tuesday" in guess.text and "To: you@example.org" in guess.text
    # A dropped file's raw form can be encoded parts: its readable text is kept.
    path = EMAILS / "dev" / "gh-application-plain.eml"
    assert read_pasted(str(path), today).text == guess_from_file(path, today).text


def test_an_email_cut_to_what_is_kept_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from coach.cli import main
    from coach.email_reader import MAX_KEPT_CHARS
    from screens.walk.paste_email import describe

    today = date(2026, 11, 26)
    assert "is long" not in describe(read_pasted(PASTED, today))
    long = PASTED + "\nThe small print, again and again.\n" * 3000
    guess = read_pasted(long, today)
    assert guess.text_cut and len(guess.text) <= MAX_KEPT_CHARS
    said = describe(guess)
    assert said.startswith("Found company Lantern Health")
    assert "its start and its end are read and kept" in said and "the middle is left out" in said
    assert "characters of the email left out here" in guess.text
    # A long .eml (imported, or its path dropped in the paste area) says so too.
    path = tmp_path / "long.eml"
    path.write_text("Date: Tue, 24 Nov 2026 16:18:00 +0000\n" + long)
    assert describe(read_pasted(str(path), today)).endswith("(a line marks where).")
    data = str(tmp_path / "data")
    assert main(["import", str(path), "--data-dir", data]) == 0
    assert "its start and its end are kept with the entry" in capsys.readouterr().err


def test_a_rejection_at_the_foot_of_a_long_email_is_read_and_kept() -> None:
    today = date(2026, 11, 26)
    history = "We read every application against what the role needs, line by line.\n" * 1500
    foot = (
        "\nHaving weighed it all, we have decided not to move forward with your application "
        "for the Data Analyst role.\n\nAnna Berg\nTalent, Quillon\n"
    )
    text = "Hi Sam,\n\nThanks for applying to Quillon.\n\n" + history + foot
    assert len(text) > 100_000
    guess = read_pasted(text, today)
    assert "decided not to move forward" in guess.text
    assert guess.role == "Data Analyst" and guess.contact == "Anna Berg"
    assert guess.not_rejection == ""
    # From a file too: the reader's own copy keeps the foot.
    assert "decided not to move forward" in guess_from_email_text(text, today)


async def test_a_paste_brings_no_escape_codes_into_a_field(tmp_path: Path) -> None:
    # Drawn as it came, a pasted OSC 52 wrote the clipboard and a CSI garbled the screen.
    hostile = PASTED.replace("Hi Jo,", "Hi \x1b]52;c;ZWNobyBwd25lZA==\x07Jo,\x1b[2J\x9b1m")
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, PasteEmailScreen))
        app.post_message(events.Paste(hostile))
        await pilot.pause()
        box = app.screen.query_one("#paste-text", TextArea).text
        assert "Hi Jo," in box and not any(c in box for c in "\x1b\x07\x9b")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: app.screen is happened)
        company = happened.query_one("#company", Input)
        company.value = ""
        company.focus()
        app.post_message(events.Paste("Ac\x1b[31mme\x07"))
        await pilot.pause()
        assert company.value == "Acme"


async def test_an_email_pasted_straight_into_a_field_fills_the_form(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert happened.query_one("#company", Input).value == "Lantern Health"
        assert happened.query_one("#role", Input).value == "Senior UX Designer"


async def test_a_dropped_eml_path_is_read(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    path = EMAILS / "dev" / "gh-application-plain.eml"
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        app.post_message(events.Paste(f"'{path}'"))
        await pilot.pause()
        assert happened.query_one("#company", Input).value == "Northwind Labs"
        # The same through the paste area, as a file:// URL.
        await type_into(pilot, "#company", "")
        await pilot.press("ctrl+r")
        assert isinstance(app.focused, TextArea)
        app.post_message(events.Paste(path.as_uri()))
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is happened
        assert happened.query_one("#company", Input).value == "Northwind Labs"


async def test_a_missing_file_or_empty_paste_keeps_the_dialog_open(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, PasteEmailScreen)
        assert "Paste the email first" in str(app.screen.query_one("#paste-preview").render())
        assert isinstance(app.focused, TextArea)
        app.post_message(events.Paste(str(tmp_path / "gone.eml")))
        await pilot.pause()
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, PasteEmailScreen)
        assert "does not exist" in str(app.screen.query_one("#paste-preview").render())
        # The box still holds what was pasted: Esc asks before dropping it (rv51 D9).
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "enter")  # Drop it
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        assert app.screen.query_one("#company", Input).value == ""


async def test_what_the_person_typed_is_kept(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await type_into(pilot, "#role", "My own title")
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert happened.query_one("#role", Input).value == "My own title"
        assert happened.query_one("#company", Input).value == "Lantern Health"
        summary = str(happened.query_one("#guess-summary", Static).render())
        assert "Kept what you typed in: role" in summary


async def test_marks_survive_a_restart_from_the_autosave(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        app.walk.autosave()  # type: ignore[union-attr]
    state = WalkState.from_record(unsaved_surfaces(tmp_path / "data")["walk"]["values"])
    assert state.guessed.get("company") == "Lantern Health"
    assert "panel's feedback" in state.email_text


async def test_the_palette_offers_paste_the_email(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        titles = [command.title for command in app.get_system_commands(happened)]
        assert "Paste the email" in titles
        footer_keys = [key for key, b in happened.active_bindings.items() if b.binding.show]
        assert "ctrl+r" in footer_keys


async def test_the_paste_area_stays_usable_at_40x12(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        area = app.screen.query_one("#paste-text", TextArea)
        assert area.region.height >= 3
        assert area.region.bottom <= 12
        await paste(pilot, PASTED)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is happened
        assert happened.query_one("#company", Input).value == "Lantern Health"


@pytest.mark.usefixtures("no_blinking")
def test_snapshot_paste_area_with_a_pasted_email(snap_compare) -> None:
    from tests.app.test_snapshots import snapshot_app, steady

    async def run_before(pilot) -> None:
        from coach.walk import WalkState

        pilot.app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        await pilot.press("ctrl+r")
        pilot.app.post_message(events.Paste(PASTED))
        # The preview comes a moment after the paste (a loaded machine: many moments).
        await until(pilot, lambda: str(pilot.app.screen.query_one("#paste-preview").render()))
        await steady(pilot)

    assert snap_compare(snapshot_app(), run_before=run_before)


@pytest.mark.usefixtures("no_blinking")
def test_snapshot_fields_marked_as_guessed(snap_compare) -> None:
    from tests.app.test_snapshots import snapshot_app, steady

    async def run_before(pilot) -> None:
        from coach.walk import WalkState

        pilot.app.start_walk(WalkState(step="happened"))
        await pilot.pause()
        pilot.app.post_message(events.Paste(PASTED))
        # The reading can land after a few rounds on a loaded machine: wait for its fields.
        await until(pilot, lambda: _filled(pilot.app.screen, "company", "contact", "role"))
        await steady(pilot)
        # The focused field's cursor blinks: when the reading lands decides whether the
        # picture catches it on or off. Show it, as the reference does.
        for field in pilot.app.screen.query(Input):
            field._cursor_visible = field.has_focus
            field.refresh()
        await pilot.pause()

    assert snap_compare(snapshot_app(), run_before=run_before)


def _filled(screen: object, *names: str) -> bool:
    """Whether every named field of the screen holds text."""
    fields = [screen.query(f"#{name}") for name in names]  # type: ignore[attr-defined]
    return all(found and found.first().value for found in fields)


INVITING = """From: Dana Whitfield <dana.whitfield@lumenpath.com>
Sent: Tuesday, November 24, 2026 9:02 AM
Subject: Your application for Data Analyst

Hi Jo,

Thank you for applying for the Data Analyst role at Lumenpath. We have reviewed your
application and will not be moving forward.

If you have any questions, or would like feedback on your application, just let me know.

Best,
Dana Whitfield
Recruiter, Lumenpath
"""


async def test_an_email_that_invites_feedback_switches_on_the_feedback_part(
    tmp_path: Path,
) -> None:
    from textual.widgets import Checkbox

    from screens.home.profile import ProfileScreen
    from screens.walk.draft import DraftScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        await paste(pilot, INVITING)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert happened.query_one("#stage", RadioSet).pressed_index == list(Stage).index(
            Stage.APPLICATION
        )
        for step in (VentScreen, ReflectScreen, DecideScreen):  # past vent and reflect
            await press_to(pilot, "ctrl+n", step)
        assert isinstance(app.screen, DecideScreen)
        # No interview, yet feedback is on: the email offers it, and says so.
        assert app.screen.query_one("#part-feedback", Checkbox).value is True
        reason = str(app.screen.query_one("#feedback-reason", Static).render())
        assert "their email offers it" in reason
        await pilot.press("ctrl+n")
        assert isinstance(app.screen, ProfileScreen)
        await type_into(pilot, "#name", "Jo Park")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen)
        draft = app.screen.query_one(TextArea).text
        # Greeted by first name; the application's own feedback question is in.
        assert draft.startswith("Hi Dana,\n")
        assert "which part of my application was the weakest match" in draft


async def test_an_email_that_says_nothing_of_feedback_leaves_it_off(tmp_path: Path) -> None:
    from textual.widgets import Checkbox

    quiet = INVITING.replace(
        "If you have any questions, or would like feedback on your application, just let me know.",
        "We wish you well.",
    )
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        await paste(pilot, quiet)
        await pilot.press("ctrl+n")
        await pilot.pause()
        for step in (VentScreen, ReflectScreen, DecideScreen):
            await press_to(pilot, "ctrl+n", step)
        assert isinstance(app.screen, DecideScreen)
        assert app.screen.query_one("#part-feedback", Checkbox).value is False


@pytest.mark.long_running
async def test_text_in_the_paste_area_is_autosaved_and_offered_back_after_quitting(
    tmp_path: Path,
) -> None:
    from screens.dialogs.resume import ResumeScreen

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        app.post_message(events.Paste(PASTED))
        await pilot.press(*" note [b]", "ctrl+q")  # no pause: the last keys in flight
    assert app.unsaved is not None
    app.unsaved.close()
    walk = unsaved_surfaces(tmp_path / "data")["walk"]["values"]
    assert "Lantern Health" in walk["pasting"] and walk["pasting"].endswith(" note [b]")

    again = walk_app(tmp_path)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ResumeScreen)  # a walk with only a paste is offered
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(again.screen, PasteEmailScreen)  # reopened over step 2, text and all
        assert again.screen.query_one(TextArea).text.endswith(" note [b]")
        await pilot.press("ctrl+n")
        await pilot.pause()
        happened = again.screen
        assert isinstance(happened, HappenedScreen)
        assert happened.query_one("#company", Input).value == "Lantern Health"
        assert happened.values()["pasting"] == ""  # used: no longer offered as a paste


NO_CONTACT = """Your application - Junior Planner
Inbox

Fernvale Recruiting <no-reply@fernvale.com>
Mon, Nov 23, 2026, 9:12 AM
to me

Hi Jo,

Thank you for your interest in the Junior Planner role at Fernvale. We will not be moving on.

Best,
Fernvale Recruiting
"""


async def test_a_second_paste_clears_the_first_emails_untouched_guesses(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert happened.query_one("#contact", Input).value == "Naomi Reyes"
        await type_into(pilot, "#role", "My own title")
        # The Gmail copy names no person (its "Inbox" label is none) and no stage (it thanks
        # for interest only; "thanks for applying" would be the application stage).
        app.post_message(events.Paste(NO_CONTACT))
        await pilot.pause()
        assert happened.query_one("#company", Input).value == "Fernvale"
        assert happened.query_one("#contact", Input).value == ""
        assert "guessed" not in label(happened, "contact")
        assert happened.query_one("#stage", RadioSet).pressed_index == -1
        # What the person typed stays, whichever email came after.
        assert happened.query_one("#role", Input).value == "My own title"


async def test_a_channel_the_person_chose_is_kept_when_an_email_is_pasted(tmp_path: Path) -> None:
    from textual.widgets import Select

    from coach.model import Channel

    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        happened.query_one("#channel", Select).value = Channel.PHONE.value
        await pilot.pause()
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert happened.query_one("#company", Input).value == "Lantern Health"
        assert happened.query_one("#channel", Select).value == Channel.PHONE.value
        summary = str(happened.query_one("#guess-summary", Static).render())
        assert "Kept what you typed in: channel" in summary


async def test_the_preview_reads_the_email_off_the_ui_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import screens.walk.paste_email as paste_email

    threads: list[threading.Thread] = []
    real = paste_email.read_pasted

    def noting(text: str, today: date) -> object:
        threads.append(threading.current_thread())
        return real(text, today)

    monkeypatch.setattr(paste_email, "read_pasted", noting)
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_happened(pilot)
        await pilot.press("ctrl+r")
        # A long, odd email takes a good part of a second: the box must keep taking keys.
        await paste(pilot, "Inbox\n" * 3000 + "Thanks,\nMaya at Brightwater Labs")
        assert threads and threading.main_thread() not in threads
        await pilot.press("ctrl+n")  # the text is unchanged: the preview's reading is used
        await until(pilot, lambda: isinstance(app.screen, HappenedScreen))
        assert len(threads) == 1


NOTHING_IN_IT = """Hello,

See you soon.
"""


async def test_a_second_paste_that_finds_nothing_changes_nothing_and_says_so(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        assert happened.query_one("#company", Input).value == "Lantern Health"
        await pilot.press("ctrl+r")
        await paste(pilot, NOTHING_IN_IT)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: app.screen is happened)
        # The earlier email's guesses and the email itself stay, as the notice says.
        assert happened.query_one("#company", Input).value == "Lantern Health"
        assert happened.query_one("#contact", Input).value == "Naomi Reyes"
        assert "guessed" in label(happened, "company")
        assert "Lantern Health" in happened.email_text
        said = str(happened.query_one("#guess-summary", Static).render())
        assert "nothing was changed" in said
        # An email that names less clears the rest, and the notice names what went.
        app.post_message(events.Paste(NO_CONTACT))
        await pilot.pause()
        said = str(happened.query_one("#guess-summary", Static).render())
        assert "Cleared the earlier email's" in said and "contact" in said


INVITATION = """From: Naomi Reyes <naomi.reyes@lanternhealth.com>
Sent: Tuesday, November 24, 2026 9:05 AM
Subject: Lantern Health - Senior UX Designer

Hi Jo,

Thank you for the portfolio review. We would love to invite you to the final round
interview with our Head of Design next week. Could you do Tuesday or Wednesday?

Naomi Reyes
Design Recruiting Lead | Lantern Health
"""


async def test_an_invitation_filled_in_anyway_leaves_the_stage_for_the_person(
    tmp_path: Path,
) -> None:
    """The final round an invitation names is the step ahead, not where a no came."""
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        await paste(pilot, PASTED)  # a real no at the final round first
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert happened.query_one("#stage", RadioSet).pressed_index == list(Stage).index(
            Stage.FINAL
        )
        await pilot.press("ctrl+r")
        await paste(pilot, INVITATION)
        preview = str(app.screen.query_one("#paste-preview", Static).render())
        assert preview.startswith("This doesn't read like a rejection")
        assert "stage: " not in preview and "The stage is left empty" in preview
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is happened
        assert happened.query_one("#company", Input).value == "Lantern Health"
        # The earlier email's guessed stage goes with it, and the summary says why.
        assert happened.query_one("#stage", RadioSet).pressed_index == -1
        summary = str(happened.query_one("#guess-summary", Static).render())
        assert "The stage is left empty" in summary and "stage: this one" not in summary
        # It names no stage the email does not (rv20: 'names "Application"' on an
        # invitation), and the label says skipping asks, not "the application".
        assert 'names "' not in summary and "invitation" in summary
        label = str(happened.query_one("#label-stage", Label).render())
        assert "pick one" in label and "skip" not in label, label
        # Going on asks for the stage rather than saving the first one unasked.
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.screen is happened
        error = happened.query_one("#stage-error", Static)
        assert error.display and "Which stage did the no come at?" in str(error.render())
        assert app.focused is happened.query_one("#stage", RadioSet)
        happened.query(RadioButton)[list(Stage).index(Stage.TECHNICAL)].value = True
        await pilot.pause()
        assert not error.display
        await press_to(pilot, "ctrl+n", VentScreen)
    [entry] = app.journal.entries()
    assert entry.stage is Stage.TECHNICAL and entry.company == "Lantern Health"


async def test_a_guess_typed_back_is_a_guess_and_the_summary_comes_back_on_return(
    tmp_path: Path,
) -> None:
    # rv49: a letter typed then deleted in a guessed field dropped "guessed", and
    # "Found company …" was gone after Esc back while the fields still said guessed.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        await paste(pilot, PASTED)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await until(pilot, lambda: "guessed" in label(happened, "company"))
        happened.query_one("#company", Input).focus()
        await pilot.press("end", "Q")
        await until(pilot, lambda: "guessed" not in label(happened, "company"))
        await pilot.press("backspace")
        await until(pilot, lambda: "guessed" in label(happened, "company"))
        assert "guessed" in label(happened, "company")
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "escape", HappenedScreen)
        back = app.screen
        summary = back.query_one("#guess-summary", Static)
        assert summary.display
        assert str(summary.render()).startswith("Found company Lantern Health")
        assert "guessed" in label(back, "company")


async def test_esc_on_a_pasted_email_asks_before_dropping_it(tmp_path: Path) -> None:
    # rv51 D9: Esc closed the box at once, and ctrl+r then showed it empty.
    app = walk_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        happened = await to_happened(pilot)
        await pilot.press("ctrl+r")
        await until(pilot, lambda: isinstance(app.screen, PasteEmailScreen))
        app.post_message(events.Paste(PASTED))
        await pilot.pause()
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("escape")  # Keep it
        await until(pilot, lambda: isinstance(app.screen, PasteEmailScreen))
        assert "Hi Jo," in app.screen.query_one("#paste-text", TextArea).text
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("tab", "enter")  # Drop it
        await until(pilot, lambda: app.screen is happened)
        assert happened.query_one("#company", Input).value == ""
