"""Runs the coaching walk: shows each step, keeps what was typed, saves the entry."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from coach.drafting import build_draft
from coach.errors import CoachError
from coach.feedback import note_feedback_request
from coach.flow import STEP_TITLES, next_step, previous_step, progress
from coach.follow_up import (
    FOLLOW_UP_TEMPLATE,
    FollowUpOffer,
    follow_up_offer,
    follow_up_sent,
    template_ids_for,
)
from coach.guidance import advice_markdown
from coach.insights import recent_pattern
from coach.model import Entry, Profile, Stage
from coach.walk import WalkFile, WalkState, entry_from_walk
from coach.walk_questions import walk_questions
from coach.wording import counted
from screens.close import CloseScreen
from screens.decide import DecideScreen
from screens.happened import HappenedScreen
from screens.kindness import KindnessScreen
from screens.profile import ProfileScreen
from screens.reflect import ReflectScreen
from screens.step import StepResult, StepScreen
from screens.vent import VentScreen

if TYPE_CHECKING:
    from screens.app import CoachApp

AUTOSAVE_DELAY = 0.4


class WalkController:
    """One walk from kindness to close; the app owns it while it runs."""

    def __init__(self, app: CoachApp, state: WalkState, walk_file: WalkFile | None) -> None:
        self.app = app
        self.state = state
        self.walk_file = walk_file
        self._autosave_timer: Any = None
        self._profile_asked = False
        self._ended = False

    # -- helpers -----------------------------------------------------------

    @property
    def today(self) -> date:
        return self.app.clock().date()

    def _entry(self) -> Entry:
        base = None
        if self.state.entry_id and self.app.journal is not None:
            try:
                base = self.app.journal.get(self.state.entry_id)
            except CoachError:
                base = None
        entry = entry_from_walk(self.state, self.today, base)
        note_feedback_request(entry, self.app.content.template(entry.reply.template), self.today)
        return entry

    def _save_entry(self) -> bool:
        """Keep the journal in step with the walk; False when saving failed."""
        if not self.state.company.strip() or self.app.journal is None:
            return True
        entry = self._entry()
        try:
            self.app.journal.save(entry)
        except CoachError as error:
            self.app.notify(str(error), severity="error", timeout=10, markup=False)
            return False
        self.state.entry_id = entry.id
        return True

    def autosave(self) -> None:
        """Write the walk file now (quietly; a failure is reported once)."""
        self._autosave_timer = None
        if self.walk_file is None or self._ended:
            return
        try:
            self.walk_file.save(self.state)
        except OSError as error:
            self.app.notify(
                f"Could not autosave the walk ({error.strerror or error}); "
                "your typing is still on screen.",
                severity="warning",
                markup=False,
            )

    def _cancel_autosave(self) -> None:
        # A pending autosave must not bring back a walk that just ended (a
        # timer that already fired may still have its callback queued).
        self._ended = True
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
            self._autosave_timer = None

    def edited(self, values: dict[str, Any]) -> None:
        """A step reported typing: remember it and autosave after a pause."""
        self.state.update(values)
        if self._autosave_timer is not None:
            self._autosave_timer.stop()
        self._autosave_timer = self.app.set_timer(AUTOSAVE_DELAY, self.autosave)

    # -- steps ---------------------------------------------------------------

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
        self._push(step)

    def _push(self, step: str) -> None:
        screen = self.screen_for(step)
        screen.sub_title = f"{progress(step)}: {STEP_TITLES[step]}"
        self.app.push_screen(screen, callback=lambda result: self.on_result(step, result))

    def screen_for(self, step: str) -> StepScreen:
        """The screen for a step, built from the walk so far."""
        s = self.state
        content = self.app.content
        if step == "kindness":
            return KindnessScreen(
                opening=_guide(content, "kindness"),
                pause=_guide(content, "pause"),
                low_mood=_note(content, "low-mood"),
                mood=s.mood_before,
            )
        if step == "happened":
            return HappenedScreen(
                {
                    "company": s.company,
                    "role": s.role,
                    "contact": s.contact,
                    "stage": s.stage,
                    "received": s.received,
                    "channel": s.channel,
                    "notes": s.notes,
                    "email_text": s.email_text,
                    "reapply_after": s.reapply_after,
                    "guessed": s.guessed,
                },
                self.today,
            )
        if step == "vent":
            writing = [a for a in [content.advice.get("do-write-privately")] if a]
            return VentScreen(
                text=s.vent,
                keep=s.keep_vent,
                hold_back=advice_markdown([*writing, *content.advice_for(kind="dont")]),
                carry_forward=s.carry_forward,
            )
        if step == "reflect":
            return ReflectScreen(
                questions=self._questions(),
                answers=s.answers,
                diagnosis=content.diagnoses.get(s.stage_value),
                pattern=self._pattern(),
            )
        if step == "decide":
            return self._decide_screen()
        if step == "draft":
            return self._draft_screen()
        return CloseScreen(
            summary=self._summary(),
            suggestions=list(content.diagnoses[s.stage_value].actions)
            if s.stage_value in content.diagnoses
            else [],
            next_step=s.next_step,
            mood_after=s.mood_after,
            mood_before=s.mood_before,
            low_mood=_note(content, "low-mood"),
        )

    def _decide_screen(self) -> StepScreen:
        s = self.state
        content = self.app.content
        stage = s.stage_value
        fitting = template_ids_for(stage, list(content.templates))
        templates = [
            (content.templates[t].title, t, content.templates[t].optional_parts) for t in fitting
        ]
        follow_up = None
        if stage is Stage.NO_REPLY:
            entry = self._entry() if s.company.strip() else None
            applied = entry.date if entry is not None else self.today
            # The walk's own follow-up, once sent, stays chosen; an earlier one blocks another.
            earlier = entry is not None and follow_up_sent(entry) and not s.sent
            follow_up = follow_up_offer(applied, self.today, already_sent=earlier)
            if not fitting:
                follow_up = FollowUpOffer(False, "There is no follow-up template to offer.")
        elif not templates:
            templates = [(t.title, t.id, t.optional_parts) for t in content.templates.values()]
        return DecideScreen(
            stage=stage,
            replying=s.replying,
            parts=s.chosen_parts(),
            templates=templates,
            template=s.template,
            follow_up=follow_up,
        )

    def _questions(self) -> list[Any]:
        return walk_questions(self.app.content, self.state.stage_value)

    def _pattern(self) -> str | None:
        if self.app.journal is None:
            return None
        try:
            return recent_pattern(self.app.journal.entries())
        except CoachError:
            return None

    def _draft_basis(self) -> str:
        # What the generated draft depends on that the person chose in the walk.
        parts = ",".join(part.value for part in self.state.chosen_parts())
        return f"{self.state.template}|{parts}"

    def _fresh_draft(self) -> str:
        s = self.state
        template = self.app.content.template(s.template)
        return build_draft(
            template, entry=self._entry(), profile=self.app.profile(), parts=s.chosen_parts()
        )

    def _edited(self) -> bool:
        s = self.state
        return bool(s.draft.strip()) and s.draft != s.generated_draft

    def _choices_changed_under_edits(self) -> bool:
        s = self.state
        return self._edited() and bool(s.draft_basis) and s.draft_basis != self._draft_basis()

    def _ask_to_rebuild(self) -> None:
        from screens.confirm import ConfirmScreen

        def answered(rebuild: bool | None) -> None:
            if rebuild:
                self.state.draft = ""  # untouched again: rebuilt from the new choices
            self.state.draft_basis = self._draft_basis()
            self.autosave()  # so a resumed walk does not ask the same question again
            self._push("draft")

        self.app.push_screen(
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
        return self.app.make_draft_screen(self._entry(), s.draft, sent=s.sent)

    def _summary(self) -> str:
        entry = self._entry()
        s = self.state
        # Never the words "no reply": that is how people name the stage of silence.
        kind = "follow-up" if entry.reply.template == FOLLOW_UP_TEMPLATE else "reply"
        reply = {
            "not_replying": "no message, by your choice",
            "sent": f"{kind} sent",
            "drafted": f"{kind} drafted",
            "undecided": "nothing written to them",
        }[entry.reply.status.value]
        answered = sum(1 for answer in s.answers.values() if answer.strip())
        mood = f", mood before {s.mood_before}/10" if s.mood_before is not None else ""
        return (
            f"{entry.summary()}, {entry.date.isoformat()}: {reply}, "
            f"{counted(answered, 'reflection')} written{mood}. Finishing saves it to your journal."
        )

    # -- moving --------------------------------------------------------------

    def on_result(self, step: str, result: StepResult | None) -> None:
        """Take a step's result and decide what comes next."""
        if result is None:
            return
        self.state.update(result.values)
        if result.move == "back":
            earlier = previous_step(step, replying=self.state.replying)
            if earlier is None:
                self.leave(keep=bool(self.state.company.strip()))
            else:
                self.show(earlier)
            return
        if step != "kindness" and not self._save_entry():
            self.show(step)  # stay: the error is on screen, the typing kept
            return
        later = next_step(step, replying=self.state.replying)
        if step == "decide" and later == "draft" and self._needs_profile():
            self._ask_profile()
            return
        if later is None:
            self.finish()
        else:
            self.show(later)

    def _needs_profile(self) -> bool:
        return (
            self.app.journal is not None and not self._profile_asked and self.app.profile().is_empty
        )

    def _ask_profile(self) -> None:
        self._profile_asked = True
        intro = (
            "Before the draft: your name, LinkedIn URL and phone sign the reply. "
            "You are asked once; change them later with p on the home screen."
        )

        def saved(profile: Profile | None) -> None:
            if profile is not None and self.app.journal is not None:
                try:
                    self.app.journal.save_profile(profile)
                except CoachError as error:
                    self.app.notify(str(error), severity="error", markup=False)
            self.show("draft")

        self.app.push_screen(ProfileScreen(Profile(), intro=intro), callback=saved)

    def finish(self) -> None:
        """Save the entry for the last time, clear the autosave, go home."""
        if self._save_entry():
            self._cancel_autosave()
            if self.walk_file is not None:
                self.walk_file.clear()
            self.app.walk_finished(saved=True)

    def leave(self, *, keep: bool) -> None:
        """Leave the walk from its first step; the autosave stays for later."""
        self._cancel_autosave()
        if not keep and self.walk_file is not None:
            self.walk_file.clear()
        self.app.walk_finished(saved=False)


def _guide(content: Any, guide_id: str) -> str:
    # A broken override file is skipped; the walk goes on without that page.
    guide = content.guides.get(guide_id)
    return f"# {guide.title}\n\n{guide.body_markdown}" if guide else ""


def _note(content: Any, guide_id: str) -> str:
    # A boxed note inside a step: a bold title instead of a heading, so the
    # ways to reach a person fit on screen without scrolling.
    guide = content.guides.get(guide_id)
    return f"**{guide.title}**\n\n{guide.body_markdown}" if guide else ""
