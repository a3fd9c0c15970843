"""A walk in progress: what was typed so far, as plain data the autosave can keep."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coach.dates import DateInputError, day_typed, parse_received
from coach.flow import STEPS
from coach.model import (
    Channel,
    Entry,
    ReplyPart,
    ReplyStatus,
    Stage,
    default_reply_parts,
)
from coach.plans import Plan

WALK_VERSION = 1
DEFAULT_STAGE = Stage.APPLICATION


# The vent's closing line is kept among the reflections under this key, which
# reads as "What to carry forward" wherever an answer is shown by its key.
CARRY_FORWARD_KEY = "what_to_carry_forward"
CARRY_FORWARD_QUESTION = "What do you want to carry forward?"


@dataclass
class WalkState:
    """Everything typed in the walk so far; plain data, so it can be saved."""

    step: str = "kindness"
    entry_id: str = ""
    company: str = ""
    role: str = ""
    contact: str = ""
    stage: str = ""
    received: str = "today"
    # The date "received" meant on the day it was typed: "yesterday" must
    # still mean that day when the walk is resumed later.
    received_on: str = ""
    # Whether the person typed the day: an untouched "today" is a default, and
    # still one on resume, when it shows as the date it resolved to.
    received_typed: bool = False
    # The day the walk began (ISO): on a resumed walk an untouched news day is that
    # day, not the day it was resumed on.
    started_on: str = ""
    channel: str = Channel.EMAIL.value
    notes: str = ""
    mood_before: int | None = None
    vent: str = ""
    keep_vent: bool = False
    carry_forward: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    replying: bool | None = None
    parts: list[str] | None = None
    template: str = "reply"
    draft: str = ""
    generated_draft: str = ""
    draft_basis: str = ""
    sent: bool = False
    mood_after: int | None = None
    next_step: str = ""
    # The close step's if-then plan, as typed; saved as a Plan when the walk ends.
    plan_choice: str = ""
    plan_when: str = ""
    plan_then: str = ""
    plan_due: str = ""
    # The day plan_due meant when it was typed (ISO, as its hint showed it): read
    # again at the walk's end, "tomorrow" typed at 23:59 would be the day after.
    plan_due_on: str = ""
    plan_theme: str = ""
    plan_id: str = ""
    # Their own plan's words, kept while an idea fills the fields: a look at an
    # idea, or an Enter that picks one, must not destroy what they typed.
    plan_own_when: str = ""
    plan_own_then: str = ""
    plan_own_due: str = ""  # the day typed with them, as typed
    # Which walk this is: the journal records it with the final save, so a
    # walk killed right after finishing is never offered again.
    walk_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    # The entry as this walk last saved it: the base its next save merges from.
    saved_record: dict[str, Any] | None = None
    # What the walk itself built for that save, before the merge: a field still
    # the same was not changed here since, so the saved (maybe merged) value stands.
    sent_record: dict[str, Any] | None = None
    # From "Paste the email": the email itself (kept privately with the entry),
    # the reapply date it gave, and the fields it filled that are unchanged.
    email_text: str = ""
    reapply_after: str = ""
    guessed: dict[str, str] = field(default_factory=dict)
    # What step 2 said the paste found ("Found company …"), shown again on going back.
    guess_summary: str = ""
    # The email offers feedback or invites questions: the reply asks by default.
    feedback_invited: bool = False
    # What is in the open "Paste the email" dialog, not read into the fields
    # yet: autosaved like any typing, and the dialog reopens with it on resume.
    pasting: str = ""
    # The id of the field typing was in on the open step, so Resume returns to it.
    focused: str = ""
    # The crisis lines came up after a low first mood: once a walk, a resumed one too
    # (a resume makes a new controller, which showed them again: rv50 #7).
    support_shown: bool = False

    def update(self, values: dict[str, Any]) -> None:
        """Take in what a step reports, ignoring names it does not know."""
        known = {f.name for f in dataclasses.fields(self)}
        for name, value in values.items():
            if name in known:
                if name == "received" and value != self.received:
                    self.received_on = ""  # typed again: resolve again
                if name == "plan_due" and value != self.plan_due:
                    self.plan_due_on = ""  # typed again: the day it meant goes with it
                setattr(self, name, value)

    def resolve_dates(self, today: date) -> None:
        """Fix what "today" or "3 days ago" means now, the day it was typed."""
        if not self.started_on:
            self.started_on = today.isoformat()
        if self.received_on:
            return
        if self.stage == Stage.NO_REPLY.value and not self.received.strip():
            return  # when they applied, not given yet: empty is not today here
        try:
            self.received_on = parse_received(self.received, today).isoformat()
        except DateInputError:
            self.received_on = ""

    def received_date(self, today: date) -> date:
        """The day the news came, as resolved when typed (else as read today)."""
        if self.received_on:
            try:
                return date.fromisoformat(self.received_on)
            except ValueError:
                pass
        try:
            return parse_received(self.received, today)
        except DateInputError:
            return today

    @property
    def stage_value(self) -> Stage:
        """The chosen stage; skipping the question counts as an application no."""
        try:
            return Stage(self.stage)
        except ValueError:
            return DEFAULT_STAGE

    def chosen_parts(self) -> list[ReplyPart]:
        """The reply parts chosen, or the stage's defaults."""
        if self.parts is None:
            return default_reply_parts(self.stage_value, feedback_invited=self.feedback_invited)
        return [ReplyPart(p) for p in self.parts if p in set(ReplyPart)]

    def holds_typing(self) -> bool:
        """Whether anything was typed or saved yet: an empty walk is not worth offering back."""
        typed = (
            self.company, self.role, self.contact, self.notes, self.vent, self.draft,
            self.next_step, self.plan_when, self.plan_then, self.plan_own_when,
            self.plan_own_then, self.email_text,
            self.pasting,
        )  # fmt: skip
        return bool(
            self.entry_id
            or any(t.strip() for t in typed)
            or any(a.strip() for a in self.answers.values())
        )

    def to_record(self) -> dict[str, Any]:
        """What goes in the autosave file; the vent only when they chose to keep it."""
        record = dataclasses.asdict(self)
        if not self.keep_vent:
            record["vent"] = ""
        return {"walk_version": WALK_VERSION, **record}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> WalkState:
        """Rebuild a state from the autosave file, keeping only sane values."""
        state = cls()
        record = {k: v for k, v in record.items() if k != "walk_version"}
        defaults = dataclasses.asdict(state)
        clean = {}
        for name, value in record.items():
            if name not in defaults:
                continue
            default = defaults[name]
            if default is None or value is None or isinstance(value, type(default)):
                clean[name] = value
        state.update(clean)
        if "received_typed" not in record:  # saved before it was kept: read from the words
            state.received_typed = day_typed(state.received)
        if state.step not in STEPS:
            state.step = "kindness"
        if state.received_on:
            # Shown as the date it resolved to, so it cannot drift on resume.
            state.received = state.received_on
        if state.plan_due_on:
            state.plan_due = state.plan_due_on  # the same for the plan's day
        if not state.walk_id:
            state.walk_id = uuid.uuid4().hex
        return state


def entry_from_walk(state: WalkState, today: date, base: Entry | None = None) -> Entry:
    """The journal entry this walk describes (the company must be set)."""
    stage = state.stage_value
    if not state.company.strip():
        raise ValueError("a walk needs a company before it becomes an entry")
    received = state.received_date(today)
    entry = base or Entry(company=state.company.strip(), stage=stage)
    if state.entry_id:
        entry.id = state.entry_id
    entry.company = state.company.strip()
    entry.stage = stage
    entry.role = state.role.strip()
    entry.contact = state.contact.strip()
    entry.date = received
    try:
        entry.channel = Channel(state.channel)
    except ValueError:
        entry.channel = Channel.OTHER
    entry.notes = state.notes
    entry.mood_before = state.mood_before
    entry.mood_after = state.mood_after
    entry.private_note = state.vent if state.keep_vent else ""
    entry.reflections = {k: v for k, v in state.answers.items() if v.strip()}
    if state.carry_forward.strip():
        entry.reflections[CARRY_FORWARD_KEY] = state.carry_forward.strip()
    entry.next_step = state.next_step
    _take_email(entry, state)
    reply = entry.reply
    reply.parts = state.chosen_parts()
    reply.template = state.template
    reply.draft = state.draft
    if state.replying is False:
        reply.status = ReplyStatus.NOT_REPLYING
    elif state.sent:
        reply.status = ReplyStatus.SENT
        reply.sent_on = reply.sent_on or today
    elif state.draft.strip():
        reply.status = ReplyStatus.DRAFTED
    else:
        reply.status = ReplyStatus.UNDECIDED
    return entry


def plan_from_walk(
    state: WalkState, entry_id: str, today: date, made_at: datetime | None = None
) -> Plan | None:
    """The plan the close step describes, or None when none was made.

    made_at: when it is made, by the app's clock (a plan for its own day waits
    for the next). Raises PlanError or DateInputError when a plan was chosen
    but is not complete.
    """
    from coach.plan_typed import plan_typed

    return plan_typed(dataclasses.asdict(state), entry_id, today, made_at, state.plan_id)


def _take_email(entry: Entry, state: WalkState) -> None:
    """The pasted email and its reapply date, when the walk has them."""
    if state.email_text:
        entry.email_text = state.email_text
    if state.reapply_after:
        # A hand-edited autosave may hold a bad date; the entry keeps what it had.
        with contextlib.suppress(ValueError):
            entry.reapply_after = date.fromisoformat(state.reapply_after)
