"""The app's keys and palette commands: help, support, places, themes, keymap clashes."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.binding import Binding
from textual.screen import Screen

if TYPE_CHECKING:
    pass


class Commands:
    """Global actions and the command palette's entries."""

    def action_help(self) -> None:
        """Open help, unless it is already open."""
        # Imported here: help pulls in the Markdown widget, which would slow
        # the first screen for everyone.
        from screens.dialogs.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.config.keymap if self.config else None))

    def action_support(self) -> None:
        """Show where to find support, over whatever is on screen."""
        from screens.dialogs.support import SupportScreen

        if isinstance(self.screen, SupportScreen):
            return
        guide = self.content.guides.get("low-mood")
        markdown = f"# {guide.title}\n\n{guide.body_markdown}" if guide else ""
        self.push_screen(SupportScreen(markdown))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The app's own commands in the palette, beside Textual's."""
        yield from super().get_system_commands(screen)
        # First of the app's own, and offered even when the journal won't open.
        yield SystemCommand(
            "Support: if today feels very heavy",
            "People to talk to, and crisis lines by country (F2)",
            self.action_support,
        )
        # A screen may offer its own commands (the walk's "Paste the email").
        screen_commands = getattr(screen, "palette_commands", None)
        if callable(screen_commands):
            yield from screen_commands()
        if self.journal is None:
            return
        if self.walk is None:
            yield SystemCommand("New rejection", "Start the coaching walk", lambda: self.go("new"))
        else:
            yield SystemCommand(
                "New rejection",
                "Not now: a walk is already open; finish it or Esc back to its start",
                self._walk_already_open,
            )
        yield SystemCommand("Journal", "Every rejection so far", lambda: self.go("journal"))
        yield SystemCommand(
            "Insights", "Where in the funnel you are stopped", lambda: self.go("insights")
        )
        yield SystemCommand("Profile", "Your details for replies", lambda: self.go("profile"))
        yield SystemCommand(
            "Guidance", "Everything the coach teaches, to read", lambda: self.go("guidance")
        )
        yield SystemCommand(
            "Plans", "Check in on plans whose day has come", lambda: self.check_in(quiet=False)
        )
        yield SystemCommand("Help", "Keys and what coach is for", self.action_help)
        yield SystemCommand(
            "Light or dark", "Switch between a light and a dark look", self.toggle_look
        )

    def toggle_look(self) -> None:
        """Between Textual's light and dark themes (the palette's Theme offers more)."""
        self.choose_theme("textual-light" if self.current_theme.dark else "textual-dark")

    def search_themes(self) -> None:
        """The palette's Theme command; a theme picked there is kept for next time."""
        from textual.command import CommandPalette

        from screens.theme_choice import ChosenThemeProvider

        self.push_screen(
            CommandPalette(providers=[ChosenThemeProvider], placeholder="Search for themes…")
        )

    def choose_theme(self, name: str) -> None:
        """Use a theme the person chose (not a preview) and write it to the config file."""
        from coach.config import ConfigWriteError, save_setting

        self.theme = name
        config = self.config
        if config is None:
            return
        try:
            save_setting(config.path, "theme", name)
        except ConfigWriteError as error:
            self.notify(str(error), severity="warning", timeout=10, markup=False)
            return
        source = config.source("theme")
        if source.startswith(("env", "flag")):
            self.notify(
                f"Theme {name} saved in {config.path}, "
                f"but {source} overrides it at the next start.",
                markup=False,
            )

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: object) -> None:
        """A remapped key took a key another action had: say which, once per run."""
        from screens.keys import describe_keys

        keymap = self.config.keymap if self.config else {}
        told: set[tuple[str, str]] = self.__dict__.setdefault("_clashes_told", set())
        for binding in clashed_bindings:
            # Textual counts a binding with two keys (f1,?) remapped to one
            # key as clashing with itself; that is no clash.
            if binding.id and binding.key in keymap.get(binding.id, "").split(","):
                continue
            name = binding.id or binding.action
            if (name, binding.key) in told:
                continue  # bindings are re-checked on every refresh
            told.add((name, binding.key))
            self.notify(
                f"The keymap gives {describe_keys(binding.key)} to another action here, so "
                f"{binding.description or name} ({name}) lost that key. `coach config` "
                "shows the keymap.",
                severity="warning",
                timeout=10,
                markup=False,
            )
