"""A draft opened from the journal that offers LinkedIn, with no URL in the details: ask first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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


def ask_linkedin_url(
    session: Session, saves: Saves, typing: Typing, then: Callable[[], None]
) -> None:
    """Say the paragraph would be left out and offer the details page; then() opens the draft.

    then() runs whatever is chosen: after the URL is saved (the draft has the
    paragraph), or at once when the person drafts without it or leaves.
    """
    from screens.dialogs.confirm import ConfirmScreen
    from screens.home.profile import ProfileScreen
    from screens.keys import keymap_of

    opened = saves.profile()

    def saved(profile: Profile | None) -> None:
        if profile is None:
            then()
            return

        def landed(_: object) -> None:
            typing.saved_surface("profile")
            then()

        def failed(error: CoachError) -> None:
            session.notify(str(error), severity="error", markup=False)
            then()

        saves.save_profile_soon(profile, opened, landed, failed)

    def answered(add: bool | None) -> None:
        if not add:
            then()
            return
        screen = ProfileScreen(
            opened, intro=LINKEDIN_INTRO, start_at="linkedin", keymap=keymap_of(session.config)
        )
        session.push_screen(screen, callback=saved)

    session.push_screen(
        ConfirmScreen(
            "No LinkedIn URL in your details",
            LEFT_OUT,
            yes="Add my LinkedIn URL",
            no="Draft without it",
        ),
        answered,
    )
