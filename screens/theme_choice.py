"""The palette's theme list, where picking a theme is a choice that is kept."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import attrgetter

from textual.theme import ThemeProvider


def chosen_theme_provider(choose: Callable[[str], None]) -> type[ThemeProvider]:
    """Textual's theme list, but a pick goes to choose, which keeps it."""

    # The palette builds its providers itself, from a class: so the class
    # carries the choice it reports to.
    class ChosenThemeProvider(ThemeProvider):
        """Each theme by name; choosing one is kept for next time."""

        @property
        def commands(self) -> list[tuple[str, Callable[[], None]]]:
            """Each theme by name, sorted."""
            return [
                (theme.name, partial(choose, theme.name))
                for theme in sorted(self.app.available_themes.values(), key=attrgetter("name"))
            ]

    return ChosenThemeProvider
