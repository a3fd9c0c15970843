"""The walk's orchestration: begin or resume it, pass on typing, hear that it ended."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

    from coach.config import Config
    from coach.content import Content
    from coach.errors import CoachError
    from coach.journal import Journal, ProfileSaved, Saved
    from coach.model import Entry, Profile
    from coach.plans import Plan
    from coach.walk import WalkState
    from screens.parts import Saves, Session, Typing
    from screens.walk.controller import WalkController
    from screens.walk.draft import DraftScreen
    from screens.walk.draft_handoff import DraftHandoff
    from screens.walk.step import StepEdited


def vent_key(walk_id: str) -> str:
    """The autosave's key for a vent kept apart from the walk it was written in."""
    return f"vent:{walk_id}"


class Walks:
    """The walk in progress, if any, and what it needs from the rest of the app.

    It is the walk's host (`screens/walk/host.py`): the controller asks it for
    the journal, guidance and saves, and it passes them on from the parts the
    app handed it.
    """

    def __init__(
        self,
        session: Session,
        saves: Saves,
        typing: Typing,
        drafts: DraftHandoff,
        on_walk_ended: Callable[[], None],
    ) -> None:
        self.session = session
        self.saves = saves
        self.typing = typing
        self.drafts = drafts
        # Run when a walk ends, with home on top again (its plans line may change).
        self.on_walk_ended = on_walk_ended
        self.walk: WalkController | None = None
        # The private vent of a walk left from its first step, by walk id. It is
        # never written to disk unless "keep" is ticked, but leaving the walk for
        # later must not throw it away: Resume in this session puts it back.
        self._vents: dict[str, str] = {}

    def start(self, state: WalkState | None) -> None:
        """Begin a walk, or pick one up where it stopped."""
        from coach.walk import WalkState
        from screens.walk.controller import WalkController

        if state is None:
            state = WalkState()
            config = self.session.config
            if config is not None:
                state.template = self.default_template(config)
        else:
            self._give_back_vent(state)
        self.walk = WalkController(self, state, self.typing.unsaved)
        self.walk.start()

    def _give_back_vent(self, state: WalkState) -> None:
        vent = self._vents.pop(state.walk_id, "")
        if vent and not state.vent.strip():
            state.vent = vent

    def holds_vent(self, walk_id: str) -> bool:
        """Whether this run holds the unkept vent of that walk, left from its first step."""
        return bool(self._vents.get(walk_id, "").strip())

    def forget_vent(self, walk_id: str) -> None:
        """The walk was discarded: its vent goes with it."""
        self._vents.pop(walk_id, None)

    @property
    def vent_in_memory(self) -> bool:
        """Whether private writing is held only here, in this run (none on disk)."""
        walk = self.walk
        if walk is not None and walk.state.vent.strip() and not walk.state.keep_vent:
            return True
        return any(vent.strip() for vent in self._vents.values())

    def keep_vent(self) -> None:
        """Tick "keep" on every vent held only here, so the autosave writes it."""
        from screens.walk.controller import WALK_KEY

        walk = self.walk
        if walk is not None and walk.state.vent.strip() and not walk.state.keep_vent:
            walk.keep_vent()
        store = self.typing.unsaved
        if store is None:
            return
        for walk_id, vent in list(self._vents.items()):
            # A walk left from its first step is the autosave's walk, no longer followed.
            record = store.get(WALK_KEY)
            values = (record or {}).get("values") or {}
            if values.get("walk_id") == walk_id:
                store.put(WALK_KEY, {**values, "vent": vent, "keep_vent": True})
            else:
                # The slot holds another walk now (or none): kept under a key of its
                # own, never over that walk, and never left unkept for a quit that
                # would ask again and again (fz32). Offered back as a walk at its vent.
                kept = {"walk_id": walk_id, "step": "vent", "vent": vent, "keep_vent": True}
                store.put(vent_key(walk_id), kept, kind="vent", label="private writing")
            del self._vents[walk_id]

    def already_open(self) -> None:
        """Say that a second walk waits until the open one is finished or left."""
        self.session.notify(
            "A walk is already open. Finish it (ctrl+n on each step), or press Esc back "
            "to its first step; what you typed is kept either way.",
            severity="warning",
            timeout=8,
        )

    def default_template(self, config: Config) -> str:
        """The template a new walk starts with: the setting, when the guidance has it."""
        from coach.config import DEFAULT_TEMPLATE

        chosen = config.default_template
        if chosen in self.session.content.templates:
            return chosen
        self.session.notify(
            f"default_template {chosen!r} ({config.source('default_template')}) is not a "
            f"template coach knows; using {DEFAULT_TEMPLATE!r}.",
            severity="warning",
            timeout=10,
            markup=False,
        )
        return DEFAULT_TEMPLATE

    def edited(self, message: StepEdited) -> None:
        """Typing in the walk: autosave it (after a pause)."""
        if self.walk is not None:
            self.walk.edited(message.values)

    # What the walk asks of its host (screens/walk/host.py), passed on.

    def walk_finished(self, *, saved: bool, note: str = "") -> None:
        """The walk ended; home is on top again."""
        left = self.walk
        if not saved and left is not None:
            state = left.state
            if state.vent.strip() and not state.keep_vent:
                self._vents[state.walk_id] = state.vent
        self.walk = None
        self.on_walk_ended()
        if saved:
            # Plain text: the note may quote what the person typed.
            said = f"Saved to your journal. Well done for taking the time.{note}"
            self.session.notify(said, markup=False)

    @property
    def journal(self) -> Journal | None:
        """The journal the walk saves to."""
        return self.session.journal

    @property
    def clock(self) -> Callable[[], datetime]:
        """Now, as the app tells it (tests set the day)."""
        return self.session.clock

    @property
    def content(self) -> Content:
        """The guidance the steps are built from."""
        return self.session.content

    @property
    def keymap(self) -> dict[str, str]:
        """The person's remapped keys, for the buttons that name them."""
        from screens.keys import keymap_of

        return keymap_of(self.session.config)

    def notify(self, message: str, **options: Any) -> None:
        """A toast on screen."""
        self.session.notify(message, **options)

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Show a step or dialog; its result comes back to the callback."""
        return self.session.push_screen(screen, *args, **kwargs)

    def profile(self) -> Profile:
        """The person's details, blank if the journal cannot be read."""
        return self.saves.profile()

    def save_entry_soon(
        self,
        edit: Callable[[], tuple[Entry, Entry | None]],
        done: Callable[[Saved], None],
        failed: Callable[[CoachError], None],
        *,
        finished_walk: str = "",
    ) -> None:
        """Save the walk's entry through the app's one save path."""
        self.saves.save_entry_soon(edit, done, failed, finished_walk=finished_walk)

    def save_profile_soon(
        self,
        profile: Profile,
        base: Profile | None,
        done: Callable[[ProfileSaved], None],
        failed: Callable[[CoachError], None],
    ) -> None:
        """Keep the details asked for before the draft."""
        self.saves.save_profile_soon(profile, base, done, failed)

    def save_plan_soon(
        self, plan: Plan, done: Callable[[Plan], None], failed: Callable[[CoachError], None]
    ) -> None:
        """Save the plan made on the last step."""
        self.saves.save_plan_soon(plan, done, failed)

    def flush_unsaved(self) -> bool:
        """Write the autosave now."""
        return self.typing.flush_unsaved()

    def saved_surface(self, key: str) -> None:
        """A surface's typing is in the journal now."""
        self.typing.saved_surface(key)

    def make_draft_screen(
        self, entry: Entry, text: str, *, sent: bool, track: bool = False
    ) -> DraftScreen:
        """The draft editor for the walk's reply."""
        return self.drafts.make_draft_screen(entry, text, sent=sent, track=track)
