"""The palette's theme list, where picking a theme is a choice that is kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import attrgetter

from textual.theme import ThemeProvider


class ChosenThemeProvider(ThemeProvider):
    """Textual's theme list, but a pick goes through the app so it is saved."""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        """Each theme by name; choosing one calls the app's choose_theme."""
        app = self.app
        choose = getattr(app, "choose_theme", None)

        def use(name: str) -> None:
            if choose is not None:
                choose(name)
            else:
                app.theme = name

        return [
            (theme.name, partial(use, theme.name))
            for theme in sorted(app.available_themes.values(), key=attrgetter("name"))
        ]
