"""Starting and ending the coaching walk from the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from screens.walk.step import StepEdited

if TYPE_CHECKING:
    from coach.config import Config
    from coach.walk import WalkState


class WalkStarting:
    """The app's part in the walk: begin or resume it, pass on typing, hear that it ended."""

    def start_walk(self, state: WalkState | None) -> None:
        """Begin a walk, or pick one up where it stopped."""
        from coach.walk import WalkState
        from screens.walk.controller import WalkController

        if state is None:
            state = WalkState()
            if self.config is not None:
                state.template = self._default_template(self.config)
        self.walk = WalkController(self, state, self.unsaved)
        self.walk.start()

    def _walk_already_open(self) -> None:
        self.notify(
            "A walk is already open. Finish it (ctrl+n on each step), or press Esc back "
            "to its first step; what you typed is kept either way.",
            severity="warning",
            timeout=8,
        )

    def _default_template(self, config: Config) -> str:
        """The template a new walk starts with: the setting, when the guidance has it."""
        from coach.config import DEFAULT_TEMPLATE

        chosen = config.default_template
        if chosen in self.content.templates:
            return chosen
        self.notify(
            f"default_template {chosen!r} ({config.source('default_template')}) is not a "
            f"template coach knows; using {DEFAULT_TEMPLATE!r}.",
            severity="warning",
            timeout=10,
            markup=False,
        )
        return DEFAULT_TEMPLATE

    def walk_finished(self, *, saved: bool, note: str = "") -> None:
        """The walk ended; home is on top again."""
        self.walk = None
        self.show_plans_line()
        if saved:
            self.notify(f"Saved to your journal. Well done for taking the time.{note}")

    def on_step_edited(self, message: StepEdited) -> None:
        """Typing in the walk: autosave it (after a pause)."""
        if self.walk is not None:
            self.walk.edited(message.values)
