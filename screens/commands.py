"""The app's keys and palette commands: help, support, places, themes, keymap clashes."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from screens.parts import Session

if TYPE_CHECKING:
    from textual.theme import Theme

    from screens.home.plan_checkin import PlanCheckIn
    from screens.walk.starting import Walks


# Textual commands the palette leaves out (see Commands.textual_commands).
LEFT_OUT_TEXTUAL_COMMANDS = frozenset({"Keys", "Maximize", "Minimize", "Screenshot"})
SCREENSHOT_REFUSED = (
    "Coach saves no screenshots: the file would hold what is on screen (company, notes, "
    "the private vent) in plain text, readable by anyone."
)


class CommandsHost(Session, Protocol):
    """The app as its commands see it: the screen on top, the theme, its places."""

    theme: str

    @property
    def screen(self) -> Screen[Any]:
        """The screen on top."""
        ...

    @property
    def current_theme(self) -> Theme:
        """The theme in use."""
        ...

    def go(self, place: str) -> None:
        """Open one of the app's places."""
        ...


class Commands:
    """Global actions and the command palette's entries."""

    def __init__(self, app: CommandsHost, *, walks: Walks, plans: PlanCheckIn) -> None:
        self.app = app
        self.walks = walks
        self.plans = plans
        # Keymap clashes already told (bindings are re-checked on every refresh).
        self._clashes_told: set[tuple[str, str]] = set()

    def help(self) -> None:
        """Open help, unless it is already open."""
        # Imported here: help pulls in the Markdown widget, which would slow
        # the first screen for everyone.
        from screens.dialogs.help import HelpScreen, section_for

        screen = self.app.screen
        if not isinstance(screen, HelpScreen):
            keymap = self.app.config.keymap if self.app.config else None
            # The screen's own section opens the page.
            self.app.push_screen(HelpScreen(keymap, section_for(screen)))

    def support(self) -> None:
        """Show where to find support, over whatever is on screen."""
        from screens.dialogs.support import SupportScreen, support_markdown

        if isinstance(self.app.screen, SupportScreen):
            return
        self.app.push_screen(SupportScreen(support_markdown(self.app.content.guides)))

    def settings(self) -> None:
        """Say where the settings are and how to encrypt, over whatever is on screen."""
        from coach.config import config_path
        from coach.paths import locate
        from screens.dialogs.settings_info import SettingsInfoScreen, settings_text

        if isinstance(self.app.screen, SettingsInfoScreen):
            return
        config = self.app.config
        places = self.app.places
        data_dir = places.data_dir if places is not None else None
        if data_dir is not None and data_dir == locate().data_dir:
            data_dir = None  # coach's usual folder: the plain commands find it
        if config is not None:
            config_file: Path | None = config.path
        elif places is not None:
            config_file = config_path(None, places.config_dir)
        else:
            config_file = None
        text = settings_text(config_file, data_dir, encrypted=self.app.codec.encrypted)
        self.app.push_screen(SettingsInfoScreen(text))

    def textual_commands(self, offered: Iterable[SystemCommand]) -> Iterable[SystemCommand]:
        """Textual's own commands, less those that would strand a person.

        Its "Keys" panel does not close on Esc and repeats what F1 shows, and
        "Maximize" leaves a screen in a layout none of them was made for.
        "Screenshot" writes the screen, private notes and all, to a world-readable
        file in ~/Downloads, even when the journal is encrypted.
        """
        for command in offered:
            if command.title not in LEFT_OUT_TEXTUAL_COMMANDS:
                yield command

    def refuse_screenshot(self, *_: Any, **__: Any) -> None:
        """The app's screenshot delivery, whatever reaches it: no file of the screen, ever."""
        self.app.notify(SCREENSHOT_REFUSED, severity="warning", markup=False)

    def system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """The app's own commands in the palette, after Textual's."""
        # First of the app's own, and offered even when the journal won't open.
        yield SystemCommand(
            "Support: if today feels very heavy",
            "People to talk to, and crisis lines by country (F2)",
            self.support,
        )
        # A screen may offer its own commands (the walk's "Paste the email").
        screen_commands = getattr(screen, "palette_commands", None)
        if callable(screen_commands):
            yield from screen_commands()
        if self.app.journal is None:
            return
        if self.walks.walk is None:
            yield SystemCommand(
                "New rejection", "Start the coaching walk", lambda: self.app.go("new")
            )
        else:
            yield SystemCommand(
                "New rejection",
                "Not now: a walk is already open; finish it or Esc back to its start",
                self.walks.already_open,
            )
        yield SystemCommand("Journal", "Every rejection so far", lambda: self.app.go("journal"))
        yield SystemCommand(
            "Insights", "Where in the funnel you are stopped", lambda: self.app.go("insights")
        )
        yield SystemCommand("Profile", "Your details for replies", lambda: self.app.go("profile"))
        yield SystemCommand(
            "Guidance", "Everything the coach teaches, to read", lambda: self.app.go("guidance")
        )
        yield SystemCommand(
            "Plans",
            "Check in on plans whose day has come, or one done early",
            lambda: self.plans.check_in(quiet=False),
        )
        yield SystemCommand("Help", "Keys and what coach is for", self.help)
        # Both are changed outside the app; these say how, where a person looks first.
        yield SystemCommand(
            "Settings", "Theme, editor, keys: where the file is and how to change it", self.settings
        )
        yield SystemCommand(
            # Found by "lock" too: the palette matches titles, never descriptions (rv22).
            "Lock and passphrase (encryption)",
            "How to lock the journal with a passphrase, change it or remove it",
            self.settings,
        )
        yield SystemCommand(
            "Light or dark", "Switch between a light and a dark look", self.toggle_look
        )

    def toggle_look(self) -> None:
        """Between Textual's light and dark themes (the palette's Theme offers more)."""
        self.choose_theme("textual-light" if self.app.current_theme.dark else "textual-dark")

    def search_themes(self) -> None:
        """The palette's Theme command; a theme picked there is kept for next time."""
        from textual.command import CommandPalette

        from screens.theme_choice import chosen_theme_provider

        provider = chosen_theme_provider(self.choose_theme)
        self.app.push_screen(CommandPalette(providers=[provider], placeholder="Search for themes…"))

    def choose_theme(self, name: str) -> None:
        """Use a theme the person chose (not a preview) and write it to the config file."""
        from coach.config import ConfigWriteError, save_setting

        self.app.theme = name
        config = self.app.config
        if config is None:
            return
        try:
            save_setting(config.path, "theme", name)
        except ConfigWriteError as error:
            self.app.notify(str(error), severity="warning", timeout=10, markup=False)
            return
        source = config.source("theme")
        if source.startswith(("env", "flag")):
            self.app.notify(
                f"Theme {name} saved in {config.path}, "
                f"but {source} overrides it at the next start.",
                markup=False,
            )

    def bindings_clash(self, clashed_bindings: set[Binding]) -> None:
        """A remapped key took a key another action had: say which, once per run."""
        from screens.keys import describe_keys

        keymap = self.app.config.keymap if self.app.config else {}
        told = self._clashes_told
        for binding in clashed_bindings:
            # Textual counts a binding with two keys (f1,?) remapped to one
            # key as clashing with itself; that is no clash.
            if binding.id and binding.key in keymap.get(binding.id, "").split(","):
                continue
            name = binding.id or binding.action
            if (name, binding.key) in told:
                continue  # bindings are re-checked on every refresh
            told.add((name, binding.key))
            self.app.notify(
                f"The keymap gives {describe_keys(binding.key)} to another action here, so "
                f"{binding.description or name} ({name}) lost that key. `coach config` "
                "shows the keymap.",
                severity="warning",
                timeout=10,
                markup=False,
            )
