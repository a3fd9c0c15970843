"""Runs the coaching walk: shows each step, keeps what was typed, saves the entry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from coach.drafting import build_draft
from coach.errors import CoachError
from coach.feedback import note_feedback_request
from coach.flow import STEP_TITLES, next_step, previous_step, progress
from coach.model import Entry, Profile
from coach.mood import is_low
from coach.records import EntryError, entry_from_record, entry_to_record
from coach.unsaved import UnsavedStore
from coach.walk import WalkState, entry_from_walk
from coach.walk_merged import kept_from_elsewhere, take_shown
from screens.home.profile import ProfileScreen
from screens.walk.finishing import WalkFinishing
from screens.walk.step import StepResult, StepScreen
from screens.walk.step_screens import StepScreens

if TYPE_CHECKING:
    from screens.walk.host import WalkHost

WALK_KEY = "walk"
# Above the crisis lines shown as the walk moves on from a low first mood: the way on.
ON_WALK = "*Esc goes on with the walk. F2 brings this page back at any step.*"


class WalkController(WalkFinishing, StepScreens):
    """One walk from kindness to close; the app owns it while it runs."""

    def __init__(self, host: WalkHost, state: WalkState, store: UnsavedStore | None) -> None:
        # What runs the walk (Walks, in starting.py), not the App itself.
        self.host = host
        self.state = state
        self.store = store
        self._screen: StepScreen | None = None
        self._profile_asked = False
        self._ended = False
        if store is not None:
            store.track(WALK_KEY, self.snapshot, kind="walk")

    @property
    def today(self) -> date:
        return self.host.clock().date()

    def _base(self) -> Entry | None:
        """The entry as this walk last saved it (what its next save is an edit of)."""
        if not self.state.saved_record:
            return None
        try:
            return entry_from_record(self.state.saved_record)
        except EntryError:
            return None

    def _entry(self) -> Entry:
        return self._built()[0]

    def _built(self) -> tuple[Entry, dict[str, Any]]:
        """The entry to save, and the record the walk's own typing gives (before the merge)."""
        s = self.state
        own = entry_from_walk(s, self.today, self._base())
        mine = entry_to_record(own)
        record = kept_from_elsewhere(mine, s.sent_record, s.saved_record)
        entry = own if record == mine else entry_from_record(record, today=self.today)
        # A sent reply with the feedback part is a request for feedback.
        note_feedback_request(entry, self.host.content.template(entry.reply.template), self.today)
        return entry, mine

    def _save_entry(
        self, *, finished: bool = False, after: Callable[[bool], None] | None = None
    ) -> bool | None:
        """Keep the journal in step with the walk.

        True or False when the save ran at once; None while it waits for
        another coach's lock (on a thread, with a notice: the walk goes on,
        its typing safe in the autosave, and a failure is said when it comes).
        after, if given, hears the outcome whenever it comes.
        The entry is built when the save runs, so queued saves build on each other.
        """
        if not self.state.company.strip() or self.host.journal is None:
            if after is not None:
                after(True)
            return True
        outcome: dict[str, bool] = {}
        sent: dict[str, dict[str, Any]] = {}

        def edit() -> tuple[Entry, Entry | None]:
            # A save that waited may run after the person cleared the company to retype it.
            if not self.state.company.strip():
                raise CoachError(
                    "This step was not saved: the company is empty now. Type the company "
                    'on "What happened" and go on; everything else you typed is kept.'
                )
            entry, sent["record"] = self._built()
            return entry, self._base()

        def done(saved: Any) -> None:
            self.state.entry_id = saved.entry.id
            self.state.saved_record = entry_to_record(saved.entry)
            # Fields the other coach changed and this walk did not keep theirs
            # (kept_from_elsewhere), and show them while no step is built yet: a
            # step pushed while the save waited shows the old value and hands it back.
            self.state.sent_record = (
                self._show_kept(sent["record"])
                if waiting
                else take_shown(self.state, sent["record"], self.state.saved_record)
            )
            outcome["ok"] = True
            if finished and waiting:
                self._finished()
            if after is not None:
                after(True)

        def failed(error: CoachError) -> None:
            self.host.notify(str(error), severity="error", timeout=10, markup=False)
            outcome["ok"] = False
            if finished and waiting:
                self.show(self.state.step)  # back on the last step, the typing kept
            if after is not None:
                after(False)

        waiting = False
        walk_id = self.state.walk_id if finished else ""
        self.host.save_entry_soon(edit, done, failed, finished_walk=walk_id)
        waiting = "ok" not in outcome
        return outcome.get("ok")

    def snapshot(self) -> dict[str, Any] | None:
        """The walk as it stands, with what the open step shows this moment."""
        if self._ended:
            return None
        screen = self._screen
        if screen is not None and screen.is_mounted:
            self.state.update(screen.values())
            self.state.focused = screen.focused_field()
        self.state.resolve_dates(self.today)
        if self.store is not None:
            # Each answer's question as asked, for a plain copy of this typing (unsaved_text).
            asked = self.host.content.questions
            pairs = [[qid, asked[qid].text] for qid in self.state.answers if qid in asked]
            self.store.describe(WALK_KEY, questions=pairs)
        return self.state.to_record()

    def autosave(self) -> None:
        """Write the walk to the autosave file now (a failure is reported once)."""
        if not self._ended:
            self.host.flush_unsaved()

    def _end(self, *, keep: bool) -> None:
        # The walk's typing is either in the journal now or kept on purpose.
        self._ended = True
        self._screen = None
        if self.store is None:
            return
        if keep:
            # untrack keeps one last snapshot, and snapshot() gives None once
            # ended: so the walk counts as open again for that one call.
            self._ended = False
            self.store.untrack(WALK_KEY)
            self._ended = True
        else:
            self.store.forget(WALK_KEY)
        self.host.flush_unsaved()

    def keep_vent(self) -> None:
        """Keep the private vent after all, as if "keep" were ticked (and tick it if shown)."""
        from textual.widgets import Checkbox

        from screens.walk.vent import VentScreen

        self.state.keep_vent = True
        screen = self._screen
        # The step's box is read back into the state at every autosave.
        if isinstance(screen, VentScreen) and screen.is_mounted:
            screen.query_one("#keep", Checkbox).value = True

    def edited(self, values: dict[str, Any]) -> None:
        """A step reported typing: remember it (the app writes it within moments)."""
        self.state.update(values)

    def start(self) -> None:
        """Show the step the walk is on (resumed: never ask over home)."""
        self.show(self.state.step, resumed=True)

    def show(self, step: str, *, resumed: bool = False) -> None:
        """Push the screen for a step; its result comes back to on_result."""
        self.state.step = step
        if step == "draft" and self._choices_changed_under_edits():
            if not resumed:
                self.autosave()
                self._ask_to_rebuild()
                return
            # Picked up again with no walk screen beneath, a question would sit
            # over home; keeping the edits loses nothing and Back reaches Decide.
            self.state.draft_basis = self._draft_basis()
        self.autosave()
        self._push(step, resumed=resumed)

    def _push(self, step: str, *, resumed: bool = False) -> None:
        screen = self.screen_for(step)
        if resumed:
            screen.refocus = self.state.focused
        screen.sub_title = f"{progress(step)}: {STEP_TITLES[step]}"
        self._screen = screen
        self.host.push_screen(screen, callback=lambda result: self.on_result(step, result))

    def _draft_basis(self) -> str:
        # What the generated draft depends on that the person chose in the walk.
        parts = ",".join(part.value for part in self.state.chosen_parts())
        return f"{self.state.template}|{parts}"

    def _fresh_draft(self) -> str:
        s = self.state
        template = self.host.content.template(s.template)
        return build_draft(
            template, entry=self._entry(), profile=self.host.profile(), parts=s.chosen_parts()
        )

    def _edited(self) -> bool:
        s = self.state
        return bool(s.draft.strip()) and s.draft != s.generated_draft

    def _choices_changed_under_edits(self) -> bool:
        s = self.state
        return self._edited() and bool(s.draft_basis) and s.draft_basis != self._draft_basis()

    def _ask_to_rebuild(self) -> None:
        from screens.dialogs.confirm import ConfirmScreen

        def answered(rebuild: bool | None) -> None:
            if rebuild:
                self.state.draft = ""  # untouched again: rebuilt from the new choices
            self.state.draft_basis = self._draft_basis()
            self.autosave()  # so a resumed walk does not ask the same question again
            self._push("draft")

        self.host.push_screen(
            ConfirmScreen(
                "Rebuild the draft from your new choices?",
                "You changed the template or the parts after editing the draft. "
                "Rebuilding replaces your edits; keeping leaves the draft as you wrote it.",
                yes="Rebuild",
                no="Keep my edits",
            ),
            callback=answered,
        )

    def _draft_screen(self) -> StepScreen:
        s = self.state
        # Rebuild from the template only while the draft is untouched.
        if not self._edited():
            s.draft = s.generated_draft = self._fresh_draft()
            s.draft_basis = self._draft_basis()
        return self.host.make_draft_screen(self._entry(), s.draft, sent=s.sent)

    def on_result(self, step: str, result: StepResult | None) -> None:
        """Take a step's result and decide what comes next."""
        if result is None:
            return
        self._screen = None
        self.state.update(result.values)
        self.state.focused = ""  # the field belonged to the step just left
        if result.move == "back":
            earlier = previous_step(step, replying=self.state.replying)
            if earlier is None:
                # Anything typed is kept for later, a cleared company or not.
                self.leave(keep=self.state.holds_typing())
            else:
                self.show(earlier)
            return
        later = next_step(step, replying=self.state.replying)
        if later is None:
            self.finish()  # the final save is one write, not two
            return
        if step != "kindness" and self._save_entry() is False:
            self.show(step)  # stay: the error is on screen, the typing kept
            return
        if step == "decide" and later == "draft" and self._needs_profile():
            self._ask_profile()
            return
        support = step == "kindness" and is_low(self.state.mood_before)
        support = support and not self.state.support_shown
        # Marked before the step's autosave, so a walk resumed later knows the lines were up.
        self.state.support_shown = self.state.support_shown or support
        self.show(later)
        if support:
            self._show_support()

    def _show_support(self) -> None:
        # Step 1's panel shows only once a low mood is typed, and the usual next key
        # moved on before it could be read (rv49 #2): the crisis lines come up over
        # step 2, once a walk (the walk's saved state says so), and keys typed ahead
        # wait for them (OpeningKeys).
        from screens.dialogs.support import SupportScreen, support_markdown

        markdown = support_markdown(self.host.content.guides, ON_WALK)
        self.host.push_screen(SupportScreen(markdown, typing_below=True))

    def _needs_profile(self) -> bool:
        if self.host.journal is None or self._profile_asked:
            return False
        # Asked once, as the page says: details saved empty were seen, and asking
        # before every draft after that would only be in the way.
        return not self.host.profile().ever_saved

    def _ask_profile(self) -> None:
        self._profile_asked = True
        intro = (
            "Before the draft: your name, LinkedIn URL and phone sign the reply. "
            "Saved, even empty, they are not asked for again (Esc skips them this time); "
            "change them later with p on the home screen."
        )

        # What is stored now (nothing yet): another coach saving meanwhile merges with it.
        opened = self.host.profile()

        def saved(profile: Profile | None) -> None:
            if profile is not None and self.host.journal is not None:
                self.host.save_profile_soon(
                    profile,
                    opened,
                    lambda _: self.host.saved_surface(screen.unsaved_key),
                    lambda error: self.host.notify(str(error), severity="error", markup=False),
                )
            self.show("draft")

        screen = ProfileScreen(opened, intro=intro, keymap=self.host.keymap, in_walk=True)
        self.host.push_screen(screen, callback=saved)

    def _add_linkedin(self, done: Callable[[bool], None]) -> None:
        """The details, opened from Decide at the LinkedIn URL; done(whether a URL is kept)."""
        from screens.walk.linkedin_ask import LINKEDIN_INTRO as intro

        opened = self.host.profile()

        def saved(profile: Profile | None) -> None:
            if profile is None or self.host.journal is None:
                done(False)
                return
            self._profile_asked = True  # seen now: not asked for again before the draft

            def landed(_: object) -> None:
                self.host.saved_surface(screen.unsaved_key)
                done(bool(profile.linkedin_url.strip()))

            def failed(error: CoachError) -> None:
                self.host.notify(str(error), severity="error", markup=False)
                done(False)

            self.host.save_profile_soon(profile, opened, landed, failed)

        screen = ProfileScreen(
            opened, intro=intro, start_at="linkedin", keymap=self.host.keymap, in_walk=True
        )
        self.host.push_screen(screen, callback=saved)

    def leave(self, *, keep: bool) -> None:
        """Leave the walk from its first step; the autosave stays for later."""
        self._end(keep=keep)
        self.host.walk_finished(saved=False)
