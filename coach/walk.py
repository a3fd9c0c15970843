"""A walk in progress: what was typed so far, autosaved so a crash loses nothing."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from coach.crypto import PLAIN, Codec, SealedFileError
from coach.dates import DateInputError, parse_due, parse_received
from coach.files import ensure_private_dir, write_atomically
from coach.flow import STEPS
from coach.model import (
    Channel,
    Entry,
    ReplyPart,
    ReplyStatus,
    Stage,
    default_reply_parts,
)
from coach.plans import OWN_THEME, THEMES, Plan, check_halves

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
    plan_theme: str = ""
    plan_id: str = ""

    def update(self, values: dict[str, Any]) -> None:
        """Take in what a step reports, ignoring names it does not know."""
        known = {f.name for f in dataclasses.fields(self)}
        for name, value in values.items():
            if name in known:
                setattr(self, name, value)

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
            return default_reply_parts(self.stage_value)
        return [ReplyPart(p) for p in self.parts if p in set(ReplyPart)]

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
        if state.step not in STEPS:
            state.step = "kindness"
        return state


def entry_from_walk(state: WalkState, today: date, base: Entry | None = None) -> Entry:
    """The journal entry this walk describes (the company must be set)."""
    stage = state.stage_value
    if not state.company.strip():
        raise ValueError("a walk needs a company before it becomes an entry")
    try:
        received = parse_received(state.received, today)
    except DateInputError:
        received = today
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


def plan_from_walk(state: WalkState, entry_id: str, today: date) -> Plan | None:
    """The plan the close step describes, or None when none was made.

    Raises PlanError or DateInputError when a plan was chosen but is not complete.
    """
    if state.plan_choice in ("", "skip"):
        return None
    check_halves(state.plan_when, state.plan_then)
    due = parse_due(state.plan_due, today)
    plan = Plan(
        entry_id=entry_id,
        when=" ".join(state.plan_when.split()),
        then=" ".join(state.plan_then.split()),
        due=due,
        theme=state.plan_theme if state.plan_theme in THEMES else OWN_THEME,
    )
    if state.plan_id:
        plan.id = state.plan_id
    return plan


class WalkFile:
    """The autosave file: written atomically and privately, removed when done."""

    def __init__(self, path: Path, codec: Codec = PLAIN) -> None:
        self.path = path
        self.damaged: Path | None = None
        # Sealed like the journal when the journal is: the walk holds entry text.
        self.codec = codec

    def save(self, state: WalkState) -> None:
        """Replace the autosave with this state (raises OSError on failure)."""
        ensure_private_dir(self.path.parent)
        payload = json.dumps(state.to_record(), ensure_ascii=False).encode("utf-8")
        write_atomically(self.path, self.codec.encode(payload))

    def load(self) -> WalkState | None:
        """The walk left unfinished, or None; a damaged file is set aside, not lost."""
        try:
            record = json.loads(
                self.codec.decode(self.path.read_bytes(), self.path).decode("utf-8")
            )
        except FileNotFoundError:
            return None
        except (OSError, SealedFileError, UnicodeDecodeError, json.JSONDecodeError):
            aside = self.path.with_name(self.path.name + ".damaged")
            with contextlib.suppress(OSError):
                os.replace(self.path, aside)
                self.damaged = aside
            return None
        if not isinstance(record, dict):
            return None
        return WalkState.from_record(record)

    def clear(self) -> None:
        """The walk is finished (or discarded on purpose)."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
