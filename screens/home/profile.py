"""The person's details for signing replies: asked once, editable any time."""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Static

from coach.model import Profile
from screens.focus_in_view import focus_with_heading
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.static_words import show_words
from screens.widgets.steady_input import SteadyInput
from screens.widgets.title_header import TitleHeader

# A + only at the start; the rest digits and the marks people group them with. Counted
# in digits, not characters: "+(44) 20 7946 0958" and "(020) 7946 0958" are numbers,
# "1---" is not (rv43 S6: the first two were refused, the last taken).
PHONE = re.compile(r"\+?[0-9 ().\-]+")
PHONE_DIGITS = 4
# The autosave's surfaces for My details: "profile" alone in older coaches' files.
PROFILE_KIND = "profile"

WHY = (
    "These sign your reply drafts. They stay in your journal on this computer. "
    "Leave any of them empty and the draft shows a gap to fill instead."
)


def profile_key() -> str:
    """An autosave key no other details screen holds: two left under one wrote over each other.

    rv47 D0: two "My details" leftovers resumed into the one key `profile`, and
    the second adopt replaced the first.
    """
    return f"{PROFILE_KIND}:{secrets.token_hex(4)}"


class ProfileScreen(StyledOnce, Screen[Profile | None]):
    """Edit name, LinkedIn URL and phone; ctrl+s saves, Esc leaves (asking first if changed)."""

    BINDINGS = [
        Binding("escape", "cancel", "Back", id="back"),
        Binding("ctrl+s", "save", "Save", priority=True, id="save"),
        # Inside the walk, its Next key goes on as on every step: the details saved first.
        Binding("ctrl+n", "walk_next", "Save and go on", priority=True, id="next"),
    ]

    # 40x12: the page's padding gives its rows, so the introduction, the first
    # label and its field show together (rv19: the introduction's start scrolled away).
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    def __init__(
        self,
        profile: Profile,
        *,
        intro: str = "",
        typed: Profile | None = None,
        start_at: str = "name",
        keymap: Mapping[str, str] | None = None,
        in_walk: bool = False,
        key: str = "",
    ) -> None:
        super().__init__()
        self.profile = profile
        # Opened from a walk's step (before the draft, or for a LinkedIn URL).
        self.in_walk = in_walk
        # The field the page opens in: "name", or "linkedin" when asked for from a draft's choices.
        self.start_at = start_at
        # The person's remapped keys, so the buttons name the ones that work.
        self.keymap = keymap or {}
        self.intro = intro
        # Typing recovered from an autosave, shown instead of the saved details.
        self.typed = typed
        # Its own autosave key: a resumed leftover's, else a fresh one.
        self.unsaved_key = key or profile_key()
        self._dropped = False

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        shown = self.typed or self.profile
        yield TitleHeader()
        with ScrollBody(classes="step-body"):
            yield Static(self.intro or WHY, classes="step-intro")
            yield Label("Your name", id="label-name")
            yield SteadyInput(shown.name, id="name", placeholder="e.g. Sam Rivera")
            yield Label("LinkedIn URL", id="label-linkedin")
            yield SteadyInput(
                shown.linkedin_url,
                id="linkedin",
                placeholder="e.g. https://www.linkedin.com/in/sam-rivera",
            )
            yield Static("", id="linkedin-error", classes="field-error", markup=False)
            yield Label("Phone")
            yield SteadyInput(
                shown.phone, id="phone", placeholder="optional, e.g. +44 20 7946 0958"
            )
            yield Static("", id="phone-error", classes="field-error", markup=False)
            with Horizontal(classes="buttons"):
                from screens.keys import shown_key

                # The keys that work, a keymap's if it remaps them.
                yield Button(f"Back ({shown_key(self.keymap, 'back', 'Esc')})", id="cancel")
                save = shown_key(self.keymap, "save", "ctrl+s")
                yield Button(f"Save ({save})", id="save", variant="primary")
        # Whole keys only: the palette key (ctrl+p works unshown) goes first, F2 stays.
        yield FittingFooter(("command_palette", "help"), compact=False)

    def on_mount(self) -> None:
        """Start at the name (or the field asked for), its label in view."""
        # Its own title, as the menu names it: home's ("for the hour after a no") said
        # nothing of where the person is (rv19).
        self.sub_title = "My details for replies"
        if self.start_at == "linkedin":  # asked for: the field, its label in view
            focus_with_heading(
                self.query_one("#linkedin", Input), self.query_one("#label-linkedin")
            )
            return
        # At the page's first line: at 40x12 the walk's longer opening was scrolled past,
        # its first words above the fold (rv46 #6). A key typed brings the field to view.
        self.query_one("#name", Input).focus(scroll_visible=False)

    def unsaved_meta(self) -> dict[str, Any]:
        """The autosave's label for this surface."""
        return {"kind": PROFILE_KIND, "label": "your details"}

    def unsaved_values(self) -> dict[str, str] | None:
        """The fields now, or None when nothing differs from the saved details."""
        typed = {
            "name": self.query_one("#name", Input).value,
            "linkedin_url": self.query_one("#linkedin", Input).value,
            "phone": self.query_one("#phone", Input).value,
        }
        saved = {
            "name": self.profile.name,
            "linkedin_url": self.profile.linkedin_url,
            "phone": self.profile.phone,
        }
        return None if self._dropped or typed == saved else typed

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The walk's Next only inside the walk (rv41: ctrl+n did nothing there)."""
        if action == "walk_next":
            return self.in_walk
        return True

    def action_walk_next(self) -> None:
        """ctrl+n inside the walk: save, and the walk goes on (as ctrl+s does here)."""
        self.action_save()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter moves to the next field; in the last it saves, as a walk step's last goes on."""
        event.stop()
        if event.input.id != "phone":
            self.focus_next()
            return
        # Past Phone lay Back: a second Enter there asked to save what Enter meant to.
        # Refused, the save points at the field to fix, so the focus never rests on Back.
        self.action_save()

    def on_input_changed(self, event: Input.Changed) -> None:
        """An error goes away as soon as the field is being fixed."""
        if event.input.id in ("linkedin", "phone"):
            show_words(self.query_one(f"#{event.input.id}-error", Static), "")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The buttons mirror the keys."""
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Hand back the edited profile, if the URL and phone look like ones."""
        url = self.query_one("#linkedin", Input).value.strip()
        phone = self.query_one("#phone", Input).value.strip()
        if url and (" " in url or "." not in url):
            self.query_one("#linkedin-error", Static).update(
                "That doesn't look like a web address; copy it from your LinkedIn "
                "profile page, or leave it empty (the line is then left out)."
            )
            self.query_one("#linkedin", Input).focus()
            return
        digits = sum(char.isdigit() for char in phone)
        if phone and (not PHONE.fullmatch(phone) or digits < PHONE_DIGITS):
            # Say the rule that refused it: the characters, where the + goes, or the digits.
            if not re.fullmatch(r"[0-9 +().\-]+", phone):
                rule = "uses digits, spaces and + - ( ) . only"
            elif not PHONE.fullmatch(phone):
                rule = "has its + only at the start"
            else:
                rule = f"has at least {PHONE_DIGITS} digits"
            self.query_one("#phone-error", Static).update(
                f"A phone number {rule}; or leave it empty (the line is then left out)."
            )
            self.query_one("#phone", Input).focus()
            return
        self.dismiss(
            Profile(
                name=self.query_one("#name", Input).value.strip(),
                linkedin_url=url,
                phone=phone,
            )
        )

    def _typed(self) -> Profile:
        return Profile(
            name=self.query_one("#name", Input).value.strip(),
            linkedin_url=self.query_one("#linkedin", Input).value.strip(),
            phone=self.query_one("#phone", Input).value.strip(),
        )

    def action_cancel(self) -> None:
        """Esc leaves; with changes it first asks to save, drop them, or stay."""
        if self._typed() == self.profile:
            self.dismiss(None)
            return
        from screens.dialogs.leave import LeaveChoice, LeaveDialog

        def answered(choice: LeaveChoice | None) -> None:
            if choice == "save":
                self.action_save()  # stays open, pointing at the field, if one needs a look
            elif choice == "discard":
                self._dropped = True  # dropped on purpose: nothing is offered back
                self.dismiss(None)

        self.app.push_screen(LeaveDialog("your details"), answered)
