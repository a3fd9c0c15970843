"""Runs the coaching walk: shows each step, keeps what was typed, saves the entry."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from coach.dates import DateInputError, describe_day
from coach.drafting import build_draft
from coach.errors import CoachError
from coach.flow import STEP_TITLES, next_step, previous_step, progress
from coach.guidance import advice_markdown
from coach.insights import recent_pattern
from coach.model import Entry, Profile
from coach.plans import PlanError, suggest_plans
from coach.walk import WalkFile, WalkState, entry_from_walk, plan_from_walk
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
QUESTIONS_PER_WALK = 5


class WalkController:
    """One walk from kindness to close; the app owns it while it runs."""

    def __init__(self, app: CoachApp, state: WalkState, walk_file: WalkFile | None) -> None:
        self.app = app
        self.state = state
        self.walk_file = walk_file
        self._autosave_timer: Any = None
        self._profile_asked = False
        self._ended = False
        self._plan_due: date | None = None

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
        return entry_from_walk(self.state, self.today, base)

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
        """Show the step the walk is on."""
        self.show(self.state.step)

    def show(self, step: str) -> None:
        """Push the screen for a step; its result comes back to on_result."""
        self.state.step = step
        self.autosave()
        if step == "draft" and self._choices_changed_under_edits():
            self._ask_to_rebuild()
            return
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
            template = content.template(s.template)
            return DecideScreen(
                stage=s.stage_value,
                replying=s.replying,
                parts=s.chosen_parts(),
                optional_parts=list(template.optional_parts),
                templates=[(t.title, t.id) for t in content.templates.values()],
                template=template.id,
            )
        if step == "draft":
            return self._draft_screen()
        return CloseScreen(
            summary=self._summary(),
            ideas=self._plan_ideas(),
            today=self.today,
            mood_after=s.mood_after,
            plan_choice=s.plan_choice,
            plan_when=s.plan_when,
            plan_then=s.plan_then,
            plan_due=s.plan_due,
            mood_before=s.mood_before,
            low_mood=_note(content, "low-mood"),
        )

    def _plan_ideas(self) -> list[Any]:
        # The pattern's plans from the fifth entry on; this stage's before that.
        entries: list[Entry] = []
        if self.app.journal is not None:
            try:
                entries = self.app.journal.entries()
            except CoachError:
                entries = []
        return suggest_plans(self.state.stage_value, entries, self.app.content)

    def _questions(self) -> list[Any]:
        # One question per topic keeps it to "a few"; the first of each topic
        # is the one the content lists first for this stage.
        chosen: dict[str, Any] = {}
        for question in self.app.content.questions_for(self.state.stage_value):
            chosen.setdefault(question.topic, question)
        return list(chosen.values())[:QUESTIONS_PER_WALK]

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
        reply = {
            "not_replying": "you chose not to reply",
            "sent": "reply sent",
            "drafted": "reply drafted",
            "undecided": "no reply written",
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

    def _save_plan(self) -> bool:
        """Keep the close step's plan with the entry; False (and why, on screen) if not."""
        journal = self.app.journal
        if journal is None or not self.state.entry_id:
            return True
        try:
            plan = plan_from_walk(self.state, self.state.entry_id, self.today)
        except (PlanError, DateInputError):
            return True  # the close step checks this; a resumed half plan is not saved
        if plan is None:
            return True
        self._plan_due = plan.due
        self.state.plan_id = plan.id  # a retry replaces this plan, never adds a twin
        try:
            journal.save_plan(plan)
        except CoachError as error:
            self.app.notify(str(error), severity="error", timeout=10, markup=False)
            return False
        return True

    def finish(self) -> None:
        """Save the entry and its plan for the last time, clear the autosave, go home."""
        if not self._save_entry() or not self._save_plan():
            self.show("close")  # stay: the error is on screen, the typing kept
            return
        self._cancel_autosave()
        if self.walk_file is not None:
            self.walk_file.clear()
        note = ""
        if self._plan_due is not None:
            day = describe_day(self._plan_due, self.today)
            note = f" Your plan is kept too; coach will ask how it went {_on(day)}."
        self.app.walk_finished(saved=True, note=note)

    def leave(self, *, keep: bool) -> None:
        """Leave the walk from its first step; the autosave stays for later."""
        self._cancel_autosave()
        if not keep and self.walk_file is not None:
            self.walk_file.clear()
        self.app.walk_finished(saved=False)


def _on(day: str) -> str:
    # "today", "tomorrow", but "on Sat 28 Nov".
    return day if day in ("today", "tomorrow") else f"on {day}"


def _guide(content: Any, guide_id: str) -> str:
    # A broken override file is skipped; the walk goes on without that page.
    guide = content.guides.get(guide_id)
    return f"# {guide.title}\n\n{guide.body_markdown}" if guide else ""


def _note(content: Any, guide_id: str) -> str:
    # A boxed note inside a step: a bold title instead of a heading, so the
    # ways to reach a person fit on screen without scrolling.
    guide = content.guides.get(guide_id)
    return f"**{guide.title}**\n\n{guide.body_markdown}" if guide else ""
