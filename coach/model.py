"""The journal's data: funnel stages, entries, reply plans and the profile."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

SCHEMA_VERSION = 1


class Stage(StrEnum):
    """How far through the hiring funnel a person got before the no."""

    NO_REPLY = "no_reply"
    APPLICATION = "application"
    PORTFOLIO = "portfolio"
    PHONE_SCREEN = "phone_screen"
    TECHNICAL = "technical"
    FINAL = "final"
    OFFER = "offer"

    @property
    def label(self) -> str:
        """A short name a job seeker would use."""
        return STAGE_LABELS[self]

    @property
    def explanation(self) -> str:
        """One line saying what this stage means."""
        return STAGE_EXPLANATIONS[self]

    @property
    def interviewed(self) -> bool:
        """Whether the person spoke with someone at the company."""
        return self in INTERVIEWED_STAGES


STAGE_LABELS: dict[Stage, str] = {
    Stage.NO_REPLY: "Never heard back",
    Stage.APPLICATION: "Application",
    Stage.PORTFOLIO: "Portfolio",
    Stage.PHONE_SCREEN: "Phone screen",
    Stage.TECHNICAL: "Technical",
    Stage.FINAL: "Final round",
    Stage.OFFER: "Offer",
}

STAGE_EXPLANATIONS: dict[Stage, str] = {
    Stage.NO_REPLY: "I applied and never heard back",
    Stage.APPLICATION: "They turned down my application without talking to me",
    Stage.PORTFOLIO: "They looked at my portfolio, but no interview followed",
    Stage.PHONE_SCREEN: "I had a phone or recruiter screen, then a no",
    Stage.TECHNICAL: "I had a technical interview, then a no",
    Stage.FINAL: "I reached the final or on-site round, then a no",
    Stage.OFFER: "An offer fell through or was withdrawn",
}

INTERVIEWED_STAGES = frozenset({Stage.PHONE_SCREEN, Stage.TECHNICAL, Stage.FINAL, Stage.OFFER})


class Channel(StrEnum):
    """How the rejection arrived."""

    EMAIL = "email"
    PHONE = "phone"
    PORTAL = "portal"
    SILENCE = "silence"
    OTHER = "other"


class ReplyStatus(StrEnum):
    """Where the reply to the rejection stands."""

    UNDECIDED = "undecided"
    DRAFTED = "drafted"
    SENT = "sent"
    NOT_REPLYING = "not_replying"


class FeedbackStatus(StrEnum):
    """Where a request for feedback stands."""

    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    RECEIVED = "received"


class ReplyPart(StrEnum):
    """The optional parts of a reply a person can switch on or off."""

    THANKS = "thanks"
    FEEDBACK = "feedback"
    APPLY_AGAIN = "apply_again"
    LINKEDIN = "linkedin"


def default_reply_parts(stage: Stage) -> list[ReplyPart]:
    """The parts switched on by default: feedback only after an interview."""
    parts = [ReplyPart.THANKS, ReplyPart.APPLY_AGAIN, ReplyPart.LINKEDIN]
    if stage.interviewed:
        parts.insert(1, ReplyPart.FEEDBACK)
    return parts


def new_entry_id() -> str:
    """A short random id, stable across export and import."""
    return uuid.uuid4().hex[:10]


@dataclass
class ReplyPlan:
    """What the person decided about replying, and the draft itself."""

    status: ReplyStatus = ReplyStatus.UNDECIDED
    parts: list[ReplyPart] = field(default_factory=list)
    template: str = ""
    draft: str = ""
    sent_on: date | None = None


@dataclass
class Entry:
    """One rejection, as kept in the journal."""

    company: str
    stage: Stage
    id: str = field(default_factory=new_entry_id)
    role: str = ""
    contact: str = ""
    date: date = field(default_factory=date.today)
    channel: Channel = Channel.EMAIL
    notes: str = ""
    mood_before: int | None = None
    mood_after: int | None = None
    private_note: str = ""
    reflections: dict[str, str] = field(default_factory=dict)
    reply: ReplyPlan = field(default_factory=ReplyPlan)
    feedback: FeedbackStatus = FeedbackStatus.NOT_REQUESTED
    feedback_text: str = ""
    reapply_after: date | None = None
    # Set when a sent reply asked for feedback, so "asked, waiting" has a since.
    feedback_requested_on: date | None = None
    next_step: str = ""
    created_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    # The rejection email as pasted or imported: private, like the vent.
    email_text: str = ""

    def summary(self) -> str:
        """One line naming the entry: company, role and stage."""
        role = f" — {self.role}" if self.role else ""
        return f"{self.company}{role} ({self.stage.label})"


@dataclass
class Profile:
    """The person's own details, used to sign reply drafts."""

    name: str = ""
    linkedin_url: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        """True until the person has filled in anything."""
        return not (self.name or self.linkedin_url or self.phone)


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest rejection first; ties broken by when the entry was made."""
    return sorted(entries, key=lambda e: (e.date, e.created_at, e.id), reverse=True)


def search_text(entry: Entry) -> str:
    """Every field a search looks at, casefolded, one field per line.

    Built once per entry by the journal screen, so a keystroke of filtering is
    one substring test per entry.
    """
    parts = (
        entry.company,
        entry.role,
        entry.contact,
        entry.notes,
        entry.next_step,
        entry.feedback_text,
        entry.stage.label,
        *entry.reflections.values(),
    )
    return "\n".join(parts).casefold()


class EntryError(ValueError):
    """A record could not be turned into an entry; the message says why."""


def _iso_date(value: Any, name: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise EntryError(f"{name} {value!r} is not a date in YYYY-MM-DD form") from None


def _mood(value: Any, name: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        mood = int(str(value).strip())
    except ValueError:
        raise EntryError(f"{name} {value!r} is not a whole number from 0 to 10") from None
    if not 0 <= mood <= 10:
        raise EntryError(f"{name} {mood} is outside 0 to 10")
    return mood


def _choice(enum: type[StrEnum], value: Any, name: str, default: StrEnum) -> Any:
    if value in (None, ""):
        return default
    try:
        return enum(str(value).strip())
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise EntryError(f"{name} {value!r} is not one of: {allowed}") from None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def entry_to_record(entry: Entry) -> dict[str, Any]:
    """Turn an entry into plain JSON-ready data (the export format)."""
    reply = entry.reply
    return {
        "id": entry.id,
        "company": entry.company,
        "stage": entry.stage.value,
        "role": entry.role,
        "contact": entry.contact,
        "date": entry.date.isoformat(),
        "channel": entry.channel.value,
        "notes": entry.notes,
        "mood_before": entry.mood_before,
        "mood_after": entry.mood_after,
        "private_note": entry.private_note,
        "reflections": dict(entry.reflections),
        "reply_status": reply.status.value,
        "reply_parts": [part.value for part in reply.parts],
        "reply_template": reply.template,
        "reply_draft": reply.draft,
        "reply_sent_on": reply.sent_on.isoformat() if reply.sent_on else None,
        "feedback": entry.feedback.value,
        "feedback_text": entry.feedback_text,
        "feedback_requested_on": (
            entry.feedback_requested_on.isoformat() if entry.feedback_requested_on else None
        ),
        "reapply_after": entry.reapply_after.isoformat() if entry.reapply_after else None,
        "next_step": entry.next_step,
        "created_at": entry.created_at.isoformat(),
        "email_text": entry.email_text,
    }


RECORD_FIELDS = tuple(entry_to_record(Entry(company="x", stage=Stage.NO_REPLY)))


def entry_from_record(record: dict[str, Any], *, today: date | None = None) -> Entry:
    """Build an entry from export data, checking every field.

    Raises EntryError naming the first field that is wrong.
    """
    if not isinstance(record, dict):
        raise EntryError("an entry must be an object with named fields")
    company = _text(record.get("company")).strip()
    if not company:
        raise EntryError("company is missing; every entry needs the company's name")
    if record.get("stage") in (None, ""):
        raise EntryError("stage is missing; use one of: " + ", ".join(Stage))
    stage = _choice(Stage, record.get("stage"), "stage", Stage.NO_REPLY)
    reflections = record.get("reflections") or {}
    if isinstance(reflections, str):
        reflections = _parse_reflections(reflections)
    if not isinstance(reflections, dict):
        raise EntryError("reflections must be an object of question id to answer")
    parts = record.get("reply_parts") or []
    if isinstance(parts, str):
        parts = [p for p in parts.replace(";", ",").split(",") if p.strip()]
    if not isinstance(parts, list):
        raise EntryError("reply_parts must be a list")
    created = record.get("created_at")
    try:
        created_at = (
            datetime.fromisoformat(str(created))
            if created
            else datetime.now().replace(microsecond=0)
        )
    except ValueError:
        raise EntryError(f"created_at {created!r} is not an ISO date and time") from None
    entry = Entry(
        company=company,
        stage=stage,
        id=_text(record.get("id")).strip() or new_entry_id(),
        role=_text(record.get("role")).strip(),
        contact=_text(record.get("contact")).strip(),
        date=_iso_date(record.get("date"), "date") or today or date.today(),
        channel=_choice(Channel, record.get("channel"), "channel", Channel.EMAIL),
        notes=_text(record.get("notes")),
        mood_before=_mood(record.get("mood_before"), "mood_before"),
        mood_after=_mood(record.get("mood_after"), "mood_after"),
        private_note=_text(record.get("private_note")),
        reflections={str(k): _text(v) for k, v in reflections.items()},
        reply=ReplyPlan(
            status=_choice(
                ReplyStatus,
                record.get("reply_status"),
                "reply_status",
                ReplyStatus.UNDECIDED,
            ),
            parts=[_choice(ReplyPart, p, "reply_parts", ReplyPart.THANKS) for p in parts],
            template=_text(record.get("reply_template")),
            draft=_text(record.get("reply_draft")),
            sent_on=_iso_date(record.get("reply_sent_on"), "reply_sent_on"),
        ),
        feedback=_choice(
            FeedbackStatus,
            record.get("feedback"),
            "feedback",
            FeedbackStatus.NOT_REQUESTED,
        ),
        feedback_text=_text(record.get("feedback_text")),
        feedback_requested_on=_iso_date(
            record.get("feedback_requested_on"), "feedback_requested_on"
        ),
        reapply_after=_iso_date(record.get("reapply_after"), "reapply_after"),
        next_step=_text(record.get("next_step")),
        created_at=created_at,
        email_text=_text(record.get("email_text")),
    )
    return entry


def _parse_reflections(text: str) -> dict[str, str]:
    """CSV cells carry reflections as JSON text; an empty cell means none."""
    import json

    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise EntryError('reflections must be JSON text such as {"q_id": "answer"}') from None
    if not isinstance(value, dict):
        raise EntryError("reflections must be an object of question id to answer")
    return value


def profile_to_record(profile: Profile) -> dict[str, str]:
    """Plain data for the profile."""
    return dataclasses.asdict(profile)


def profile_from_record(record: dict[str, Any]) -> Profile:
    """The profile from stored data, ignoring fields it does not know."""
    return Profile(
        name=_text(record.get("name")),
        linkedin_url=_text(record.get("linkedin_url")),
        phone=_text(record.get("phone")),
    )
