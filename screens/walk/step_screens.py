"""Each step of the walk built as a screen from what the walk holds so far."""

from __future__ import annotations

import copy
from typing import Any

from coach.errors import CoachError
from coach.follow_up import (
    FOLLOW_UP_TEMPLATE,
    FollowUpOffer,
    follow_up_offer,
    follow_up_sent,
    follow_up_written,
    template_ids_for,
)
from coach.guidance import advice_markdown
from coach.insights import PATTERN_WINDOW, recent_pattern
from coach.model import Entry, ReplyPart, Stage
from coach.plan_refused import plans_closed_note
from coach.plan_suggestions import own_plan_example, suggest_plans
from coach.plans import Plan
from coach.reply_elsewhere import no_reply_note
from coach.walk_merged import take_shown
from coach.walk_questions import walk_questions
from coach.wording import counted
from screens.walk.close import CloseScreen
from screens.walk.decide import DecideScreen
from screens.walk.happened import HappenedScreen
from screens.walk.kindness import KindnessScreen
from screens.walk.reflect import ReflectScreen
from screens.walk.step import StepScreen
from screens.walk.vent import VentScreen


def _guide(content: Any, guide_id: str) -> str:
    # A broken override file is skipped; the walk goes on without that page.
    guide = content.guides.get(guide_id)
    return f"# {guide.title}\n\n{guide.body_markdown}" if guide else ""


def _note(content: Any, guide_id: str) -> str:
    # A boxed note inside a step: a bold title instead of a heading, so the
    # ways to reach a person fit on screen without scrolling.
    guide = content.guides.get(guide_id)
    return f"**{guide.title}**\n\n{guide.body_markdown}" if guide else ""


class StepScreens:
    """The walk's steps as screens: the guidance, the typing so far, the choices offered."""

    def screen_for(self, step: str) -> StepScreen:
        """The screen for a step, built from the walk so far."""
        s = self.state
        content = self.host.content
        if step == "kindness":
            return KindnessScreen(
                opening=_guide(content, "kindness"),
                pause=_guide(content, "pause"),
                low_mood=_note(content, "low-mood"),
                mood=s.mood_before,
                keymap=self.host.keymap,
            )
        if step == "happened":
            return HappenedScreen(
                {
                    "company": s.company,
                    "role": s.role,
                    "contact": s.contact,
                    "stage": s.stage,
                    "received": s.received,
                    "received_typed": s.received_typed,
                    "started_on": s.started_on,
                    "channel": s.channel,
                    "notes": s.notes,
                    "email_text": s.email_text,
                    "reapply_after": s.reapply_after,
                    "guessed": s.guessed,
                    "guess_summary": s.guess_summary,
                    "feedback_invited": s.feedback_invited,
                    "pasting": s.pasting,
                },
                self.today,
                keymap=self.host.keymap,
            )
        if step == "vent":
            writing = [a for a in [content.advice.get("do-write-privately")] if a]
            return VentScreen(
                text=s.vent,
                keep=s.keep_vent,
                hold_back=advice_markdown([*writing, *content.advice_for(kind="dont")]),
                carry_forward=s.carry_forward,
                keymap=self.host.keymap,
            )
        if step == "reflect":
            return ReflectScreen(
                questions=self._questions(),
                answers=s.answers,
                diagnosis=content.diagnoses.get(s.stage_value),
                pattern=self._pattern(),
                keymap=self.host.keymap,
            )
        if step == "decide":
            return self._decide_screen()
        if step == "draft":
            return self._draft_screen()
        return CloseScreen(
            summary=self._summary(),
            ideas=self._plan_ideas(),
            own_example=own_plan_example(s.stage_value),
            today=self.today,
            mood_after=s.mood_after,
            plan_choice=s.plan_choice,
            plan_when=s.plan_when,
            plan_then=s.plan_then,
            plan_own=(s.plan_own_when, s.plan_own_then),
            plan_own_due=s.plan_own_due,
            plans_closed=self._plans_closed(),
            plan_due=s.plan_due,
            mood_before=s.mood_before,
            low_mood=_note(content, "low-mood"),
            keymap=self.host.keymap,
        )

    def _decide_screen(self) -> StepScreen:
        s = self.state
        content = self.host.content
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
            feedback_invited=s.feedback_invited,
            linkedin_missing=not self.host.profile().linkedin_url.strip(),
            add_linkedin=self._add_linkedin if self.host.journal is not None else None,
            no_reply="" if follow_up is not None else no_reply_note(s.email_text),
            keymap=self.host.keymap,
        )

    def _questions(self) -> list[Any]:
        return walk_questions(self.host.content, self.state.stage_value)

    def _pattern(self) -> str | None:
        if self.host.journal is None:
            return None
        try:
            # The pattern reads only the newest few; the journal keeps them in order.
            return recent_pattern(self.host.journal.newest(PATTERN_WINDOW))
        except CoachError:
            return None

    def _plans_closed(self) -> str:
        """The close step's warning while no plan can be saved, else empty."""
        if self.host.journal is None:
            return ""
        try:
            shape = self.host.journal.plans_table_shape()
        except CoachError:
            return ""  # an unreadable journal is said on home; a save says its own error
        return plans_closed_note(shape) if shape else ""

    def _plan_ideas(self) -> list[Any]:
        # The pattern's plans from the fifth entry on; this stage's before that.
        # Done plans as insights reads them: no idea to redo what one already fixed.
        entries: list[Entry] = []
        plans: list[Plan] = []
        if self.host.journal is not None:
            try:
                entries = self.host.journal.entries()
                plans = self.host.journal.plans()
            except CoachError:
                pass  # unreadable plans are named on home and in Plans; the ideas go on
        s = self.state
        # A reply going out with the feedback part asks already: no plan to ask again.
        asks = s.replying is not False and ReplyPart.FEEDBACK in s.chosen_parts()
        entry = self._entry()
        return suggest_plans(
            s.stage_value,
            entries,
            self.host.content,
            reply_asks_feedback=asks,
            plans=plans,
            follow_up_written=follow_up_written(entry),
            applied=entry.date,
            today=self.today,
        )

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
            f"{entry.summary_on_screen()}, {entry.date.isoformat()}: {reply}, "
            f"{counted(answered, 'reflection')} written{mood}. Finishing saves it to your journal."
        )

    def _show_kept(self, sent: dict[str, Any]) -> dict[str, Any]:
        """A save that waited has landed: the step on screen shows what it kept from elsewhere.

        Only in fields the step can fill anew; one it shows but cannot (the
        closing line, made from the plan) keeps the old value, and the merge
        keeps theirs (kept_from_elsewhere), as before the step is left.
        """
        screen = self._screen
        if screen is None or not screen.is_mounted:
            return sent  # built, not yet shown: it would hand the old values back
        self.state.update(screen.values())  # typed since the save went out stays
        shown = set(screen.values())
        left = {name for name in shown if name not in screen.KEPT_FIELDS}
        before = {name: copy.deepcopy(getattr(self.state, name)) for name in screen.KEPT_FIELDS}
        sent = take_shown(self.state, sent, self.state.saved_record, left=left)
        screen.show_kept(
            {
                name: getattr(self.state, name)
                for name, was in before.items()
                if getattr(self.state, name) != was
            }
        )
        return sent
