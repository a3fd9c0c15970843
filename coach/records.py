"""Entries and the profile as stored records and back, every field checked on the way in."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from coach.model import (
    Channel,
    Entry,
    FeedbackStatus,
    Profile,
    ReplyPart,
    ReplyPlan,
    ReplyStatus,
    Stage,
    new_entry_id,
)


class EntryError(ValueError):
    """A record could not be turned into an entry; the message says why."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        # Each problem apart: one may hold ";" itself, as the message joins them.
        self.problems = problems if problems is not None else [message]


def normalize_datetime(value: datetime) -> datetime:
    """The one stored form: local time, no zone, whole seconds.

    Mixing zoned and plain datetimes made every sort and comparison raise.
    """
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


def _kind(value: Any) -> str:
    """What a wrongly typed value is, in words."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if value is None:
        return "nothing (null)"  # rv43 D2: "not NoneType", Python's name for it
    return "only text" if isinstance(value, str) else "something else"


class _Reader:
    """Reads one record's fields, collecting every problem instead of stopping at the first."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record
        self.problems: list[str] = []

    def text(self, name: str) -> str:
        value = self.record.get(name)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.problems.append(f"{name} must be text, not {_kind(value)}")
            return ""
        return value

    def day(self, name: str) -> date | None:
        value = self.record.get(name)
        if value in (None, ""):
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if not isinstance(value, str):
            self.problems.append(f"{name} must be a date in YYYY-MM-DD form, not {_kind(value)}")
            return None
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            self.problems.append(f"{name} {value[:40]!r} is not a date in YYYY-MM-DD form")
            return None

    def mood(self, name: str) -> int | None:
        value = self.record.get(name)
        if value in (None, ""):
            return None
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 3:
            value = int(value.strip())
        if isinstance(value, str):
            self.problems.append(f"{name} {value[:40]!r} is not a whole number from 0 to 10")
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            # As the dates say it: "mood_before a number is not..." read as nonsense.
            shown = str(value)[:20] if isinstance(value, float) else _kind(value)
            self.problems.append(f"{name} must be a whole number from 0 to 10, not {shown}")
            return None
        if not 0 <= value <= 10:
            shown = str(value) if len(str(value)) <= 12 else "a very large number"
            self.problems.append(f"{name} {shown} is outside 0 to 10")
            return None
        return value

    def choice(self, enum: type[StrEnum], value: Any, name: str, default: StrEnum) -> Any:
        if value in (None, ""):
            return default
        if not isinstance(value, str):
            self.problems.append(f"{name} must be text, not {_kind(value)}")
            return default
        try:
            return enum(value.strip())
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            self.problems.append(f"{name} {value[:40]!r} is not one of: {allowed}")
            return default

    def revision(self) -> int:
        value = self.record.get("revision")
        if value in (None, ""):
            return 0
        if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 12:
            return int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**12:
            self.problems.append("revision must be a whole number of saves")
            return 0
        return value

    def created(self) -> datetime:
        value = self.record.get("created_at")
        if value in (None, ""):
            return datetime.now().replace(microsecond=0)
        if isinstance(value, datetime):
            return normalize_datetime(value)
        if not isinstance(value, str):
            self.problems.append(f"created_at must be an ISO date and time, not {_kind(value)}")
            return datetime.now().replace(microsecond=0)
        try:
            return normalize_datetime(datetime.fromisoformat(value.strip()))
        except ValueError:
            self.problems.append(f"created_at {value[:40]!r} is not an ISO date and time")
            return datetime.now().replace(microsecond=0)

    def reflections(self) -> dict[str, str]:
        value = self.record.get("reflections")
        if value in (None, ""):
            return {}
        if isinstance(value, str):
            try:
                value = _parse_reflections(value)
            except EntryError as error:
                self.problems.append(str(error))
                return {}
        if not isinstance(value, dict):
            self.problems.append(
                f"reflections must be an object of question id to answer, not {_kind(value)}"
            )
            return {}
        answers = {}
        for question, answer in value.items():
            if not isinstance(answer, str):
                self.problems.append(
                    f"reflections: the answer to {str(question)[:40]!r} must be text, "
                    f"not {_kind(answer)}"
                )
                continue
            answers[str(question)] = answer
        return answers

    def parts(self) -> list[ReplyPart]:
        value = self.record.get("reply_parts")
        if value in (None, ""):
            return []
        if isinstance(value, str):
            value = _parts_named(value)
        if not isinstance(value, list):
            self.problems.append(f"reply_parts must be a list, not {_kind(value)}")
            return []
        # A part's name written by hand as a person writes it ("Thanks") is still that part.
        value = [_part_word(p) if isinstance(p, str) else p for p in value]
        return [self.choice(ReplyPart, p, "reply_parts", ReplyPart.THANKS) for p in value]


def _part_word(text: str) -> str:
    """A reply part's name as stored ("Apply again" is apply_again); other text as it is."""
    word = re.sub(r"[\s_-]+", "_", text.strip().casefold())
    return word if word in _PART_NAMES else text


def _parts_named(text: str) -> list[str]:
    """The parts a hand edit listed in one string: "thanks, feedback", '["Thanks"]'.

    rv43: parts written as text. When every word is a part's name the parts are
    read; else the pieces stand as written, so the record is said not to read and
    `coach repair` moves its words to the notes (none is dropped).
    """
    pieces = [p.strip(" \t\n[]\"'") for p in re.split(r"[,;\n]", text)]
    pieces = [p for p in pieces if p]
    spaced = re.sub(r"apply[\s_-]+again", "apply_again", text.casefold())
    words = re.findall(r"[a-z_]+", spaced)
    if words and all(word in _PART_NAMES for word in words):
        return list(dict.fromkeys(words))  # a part named twice is still one part
    return pieces


_PART_NAMES = {part.value for part in ReplyPart}


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
        "created_at": normalize_datetime(entry.created_at).isoformat(),
        "revision": entry.revision,
        "email_text": entry.email_text,
    }


RECORD_FIELDS = tuple(entry_to_record(Entry(company="x", stage=Stage.NO_REPLY)))


def stable_id(record: dict[str, Any]) -> str:
    """The id an entry stored without one reads with: made from what it holds, so the same
    on every read until it changes (rv40 D3, rv43 D5).

    A new one on every read, the app found the entry "deleted elsewhere" on its
    save and kept a second copy, and its plans and the journal list lost it.
    """
    import hashlib

    import orjson

    try:
        held = orjson.dumps(record, option=orjson.OPT_SORT_KEYS)
    except (TypeError, RecursionError):
        return new_entry_id()  # too deep to hold: repair mends it, and gives it one
    return hashlib.blake2b(held, digest_size=5).hexdigest()


def holds_id(record: Any, entry_id: str) -> bool:
    """Whether an entries table's record is the entry with this id (one without: its stable id)."""
    if not isinstance(record, dict):
        return False
    own = record.get("id")
    if isinstance(own, str) and own.strip():
        return own == entry_id
    return stable_id(record) == entry_id


def entry_from_record(record: dict[str, Any], *, today: date | None = None) -> Entry:
    """Build an entry from export data, checking every field.

    Raises EntryError naming every field that is wrong (not just the first),
    and never turns a wrongly typed value into text.
    """
    if not isinstance(record, dict):
        raise EntryError(f"an entry's fields should be here, and it holds {_kind(record)} instead")
    read = _Reader(record)
    company = read.text("company").strip()
    if not company and "company must" not in " ".join(read.problems):
        read.problems.append("company is missing; every entry needs the company's name")
    if record.get("stage") in (None, ""):
        read.problems.append("stage is missing; use one of: " + ", ".join(Stage))
    stage = read.choice(Stage, record.get("stage"), "stage", Stage.NO_REPLY)
    entry = Entry(
        company=company,
        stage=stage,
        id=read.text("id").strip() or stable_id(record),
        role=read.text("role").strip(),
        contact=read.text("contact").strip(),
        date=read.day("date") or today or date.today(),
        channel=read.choice(Channel, record.get("channel"), "channel", Channel.EMAIL),
        notes=read.text("notes"),
        mood_before=read.mood("mood_before"),
        mood_after=read.mood("mood_after"),
        private_note=read.text("private_note"),
        reflections=read.reflections(),
        reply=ReplyPlan(
            status=read.choice(
                ReplyStatus, record.get("reply_status"), "reply_status", ReplyStatus.UNDECIDED
            ),
            parts=read.parts(),
            template=read.text("reply_template"),
            draft=read.text("reply_draft"),
            sent_on=read.day("reply_sent_on"),
        ),
        feedback=read.choice(
            FeedbackStatus, record.get("feedback"), "feedback", FeedbackStatus.NOT_REQUESTED
        ),
        feedback_text=read.text("feedback_text"),
        feedback_requested_on=read.day("feedback_requested_on"),
        reapply_after=read.day("reapply_after"),
        next_step=read.text("next_step"),
        created_at=read.created(),
        revision=read.revision(),
        email_text=read.text("email_text"),
    )
    if read.problems:
        raise EntryError("; ".join(read.problems), list(read.problems))
    return entry


def _parse_reflections(text: str) -> dict[str, Any]:
    """CSV cells carry reflections as JSON text; an empty cell means none."""
    import json

    if not text.strip():
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        raise EntryError('reflections must be JSON text such as {"q_id": "answer"}') from None
    if not isinstance(value, dict):
        raise EntryError("reflections must be an object of question id to answer")
    return value


def profile_to_record(profile: Profile) -> dict[str, Any]:
    """Plain data for the profile."""
    return dataclasses.asdict(profile)


def _text(value: Any) -> str:
    # The profile is only ever written by coach; anything odd reads as empty.
    return value if isinstance(value, str) else ""


def profile_from_record(record: dict[str, Any]) -> Profile:
    """The profile from stored data, ignoring fields it does not know."""
    if not isinstance(record, dict):
        return Profile()
    return Profile(
        name=_text(record.get("name")),
        linkedin_url=_text(record.get("linkedin_url")),
        phone=_text(record.get("phone")),
        revision=_count(record.get("revision")),
    )


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
