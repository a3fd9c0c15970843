"""The journal draft's LinkedIn question: keys typed ahead reach the draft, restores skip it."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.widgets import Static, TextArea

from coach.model import Profile, Stage
from screens.dialogs.confirm import ConfirmScreen
from screens.home.profile import ProfileScreen
from screens.walk.draft import DraftScreen
from tests.app.test_nothing_lost import stopped
from tests.app.test_resume_early_keys import footer_words
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry


def _typed(text: str) -> list[events.Key]:
    """Keys for the text, made now: read (as by a terminal) before any question is put up."""
    names = {" ": "space", ",": "comma"}
    return [
        events.Key(
            names.get(c, f"shift+{c.lower()}" if c.isupper() else c),
            c,
        )
        for c in text
    ]


async def test_keys_typed_behind_the_opening_key_go_to_the_draft_not_the_question(
    tmp_path: Path,
) -> None:
    # rv18: "Dear Sally" typed right after ctrl+r; its "y" pressed "Add my LinkedIn URL".
    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam Rivera"))
    entry = app.journal.add(make_entry("Linked Co", Stage.FINAL, contact="Sally"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # An Enter too: a priority Enter on the dialog was run before it saw the key.
        burst = [*_typed("Dear Sally,"), events.Key("enter", "\r"), *_typed("thanks")]
        app.open_draft(app.journal.get(entry.id))
        for key in burst:
            app.post_message(key)
        # Every key set aside, or (as before the fix) the "y" of Sally answered.
        await until(
            pilot,
            lambda: (
                len(getattr(app.screen, "early", ())) == len(burst)
                or isinstance(app.screen, (ProfileScreen, DraftScreen))
            ),
        )
        assert isinstance(app.screen, ConfirmScreen)  # no letter answered it
        await pilot.pause()
        # It says so, as the unfinished-walk dialog does, and where the keys go.
        note = str(app.screen.query_one("#confirm-early", Static).render())
        assert "not taken as an answer" in note and "goes into the draft" in note, note
        assert note.endswith("Dear Sally,<enter>thanks"), note
        # The footer lists the Enter that chooses (the lit button's hidden one shadowed it).
        # Waited for: the footer is drawn a refresh after the dialog.
        await until(pilot, lambda: "Choose" in footer_words(app))
        assert "Choose" in footer_words(app)
        await pilot.press("enter")  # the lit button: draft without it
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        area = app.screen.query_one(TextArea)
        await until(pilot, lambda: area.text.startswith("Dear Sally,\nthanks"))
    stopped(app)


async def test_typed_text_restored_is_not_asked_about_linkedin(tmp_path: Path) -> None:
    # rv18: a restored draft was asked, and "Add" could never reach the text shown.
    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(name="Sam Rivera"))
    entry = app.journal.add(make_entry("Linked Co", Stage.FINAL, contact="Sally"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id), typed="MY TYPED TEXT ")
        await until(pilot, lambda: isinstance(app.screen, (DraftScreen, ConfirmScreen)))
        assert isinstance(app.screen, DraftScreen)
        assert app.screen.query_one(TextArea).text == "MY TYPED TEXT "
    stopped(app)
