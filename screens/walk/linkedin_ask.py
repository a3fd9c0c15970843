"""A draft opened from the journal that offers LinkedIn, with no URL in the details: ask first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.binding import Binding

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.early_keys import EarlyKeys, typed_again
from screens.widgets.screen_enter_button import ScreenEnterButton

if TYPE_CHECKING:
    from coach.errors import CoachError
    from coach.model import Profile
    from screens.parts import Saves, Session, Typing

# What the details page says when it opens at the URL for a reply's LinkedIn paragraph.
LINKEDIN_INTRO = (
    "The reply offers to connect on LinkedIn, and that paragraph needs the address "
    "of your profile. Saved here, it signs every draft; change it later with p on "
    "the home screen."
)

LEFT_OUT = (
    "This reply offers to connect on LinkedIn, but your details have no LinkedIn URL, "
    "so the draft would leave that paragraph out."
)

# Keys typed behind the one that opened the draft: shown on the question, then typed into the draft.
SET_ASIDE = (
    "Typed before this question showed, so not taken as an answer; it goes into "
    "the draft once that opens: "
)


class LinkedInQuestion(EarlyKeys, ConfirmScreen):
    """The question; keys typed behind the key that opened the draft are not answers."""

    BUTTON = ScreenEnterButton
    # At 40 columns Enter and F1 did not both fit: y and n go first, as their buttons name them.
    FOOTER_DROP = ("answer(True)", "answer(False)")
    BINDINGS = [
        # Enter as a plain binding: a priority one is run before the screen
        # sees the key, so an Enter typed ahead ("Hi Tom,<enter>Thanks") answered.
        Binding("enter", "press_focused", "Choose", id="choose"),
        # A modal shuts out the app's keys: help, at this question's own section, too.
        Binding("f1,question_mark", "app.help", "Help", key_display="F1", id="help"),
    ]

    def early_keys_set_aside(self, typed: str) -> None:
        """Say what was set aside and where it goes, as the unfinished-walk dialog does."""
        self.show_early_note(f"{SET_ASIDE}{typed}")


def ask_linkedin_url(
    session: Session, saves: Saves, typing: Typing, then: Callable[[], None]
) -> None:
    """Say the paragraph would be left out and offer the details page; then() opens the draft.

    then() runs whatever is chosen: after the URL is saved (the draft has the
    paragraph), or at once when the person drafts without it or leaves.
    """
    from screens.home.profile import ProfileScreen, profile_key
    from screens.keys import keymap_of

    dialog = LinkedInQuestion(
        "No LinkedIn URL in your details",
        LEFT_OUT,
        yes="Add my LinkedIn URL",
        no="Draft without it",
    )
    dialog.note_put_up()
    opened = saves.profile()
    key = profile_key()  # the details screen's autosave, forgotten once they are saved

    def go_on() -> None:
        # Typed for the draft before the question showed ("Dear Sally" right
        # after ctrl+r): it goes to the draft once that is open.
        early = typed_again(dialog.early)
        app = dialog.app
        then()
        for key in early:
            app.post_message(key)

    def saved(profile: Profile | None) -> None:
        if profile is None:
            go_on()
            return

        def landed(_: object) -> None:
            typing.saved_surface(key)
            go_on()

        def failed(error: CoachError) -> None:
            session.notify(str(error), severity="error", markup=False)
            go_on()

        saves.save_profile_soon(profile, opened, landed, failed)

    def answered(add: bool | None) -> None:
        if not add:
            go_on()
            return
        screen = ProfileScreen(
            opened,
            intro=LINKEDIN_INTRO,
            start_at="linkedin",
            keymap=keymap_of(session.config),
            in_walk=True,
            key=key,
        )
        session.push_screen(screen, callback=saved)

    session.push_screen(dialog, answered)
