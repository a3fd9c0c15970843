"""The entry form's fields as its screen names and shows them, by widget id."""

from __future__ import annotations

from collections.abc import Sequence

from coach.entry_on_screen import entry_for_screen
from coach.model import Channel, Entry, FeedbackStatus, ReplyStatus, Stage

# Short names for the entry form's field; the walk asks with whole answers
# (CHANNEL_ANSWERS in screens/walk/happened.py).
CHANNEL_NAMES: dict[Channel, str] = {
    Channel.EMAIL: "Email",
    Channel.PHONE: "Phone call",
    Channel.PORTAL: "Job portal",
    Channel.SILENCE: "Silence",
    Channel.OTHER: "Other",
}


REPLY_CHOICES: dict[ReplyStatus, str] = {
    ReplyStatus.UNDECIDED: "Not decided yet",
    ReplyStatus.DRAFTED: "Drafted, not sent",
    ReplyStatus.SENT: "Reply sent",
    ReplyStatus.NOT_REPLYING: "No message, by choice (a fine one)",
}


FEEDBACK_CHOICES: dict[FeedbackStatus, str] = {
    FeedbackStatus.NOT_REQUESTED: "Not asked for",
    FeedbackStatus.REQUESTED: "Asked, waiting",
    FeedbackStatus.RECEIVED: "Received",
}

# Each field's name on the entry screen, in the order the screen shows them.
FIELD_LABELS: dict[str, str] = {
    "f-company": "Company",
    "f-role": "Role",
    "f-contact": "Contact",
    "f-stage": "Stage",
    "f-date": "Date",
    "f-channel": "How it came",
    "f-notes": "Notes",
    "f-mood-before": "Mood before",
    "f-mood-after": "Mood after",
    "f-reply-status": "Reply",
    "f-draft": "Reply draft",
    "f-next": "Next step",
    "f-feedback": "Feedback",
    "f-feedback-text": "What they said",
    "f-reapply": "Reapply after",
    "f-private": "Private note",
}

REFLECTION = "f-reflection-"


def mood_text(mood: int | None) -> str:
    """A mood as its field holds it: empty when not given."""
    return "" if mood is None else str(mood)


def form_of(entry: Entry, question_ids: Sequence[str]) -> dict[str, str]:
    """The form's fields for an entry, by widget id."""
    form = {
        "f-company": entry.company,
        "f-role": entry.role,
        "f-contact": entry.contact,
        "f-stage": str(entry.stage),
        "f-date": entry.date.isoformat(),
        "f-channel": str(entry.channel),
        "f-notes": entry.notes,
        "f-mood-before": mood_text(entry.mood_before),
        "f-mood-after": mood_text(entry.mood_after),
        "f-reply-status": str(entry.reply.status),
        "f-draft": entry.reply.draft,
        "f-next": entry.next_step,
        "f-feedback": str(entry.feedback),
        "f-feedback-text": entry.feedback_text,
        "f-reapply": entry.reapply_after.isoformat() if entry.reapply_after else "",
        "f-private": entry.private_note,
    }
    for index, question_id in enumerate(question_ids):
        form[f"{REFLECTION}{index}"] = entry.reflections.get(question_id, "")
    return form


def shown_value(widget_id: str, value: str) -> str:
    """A choice's words as its list shows them; typed text as it is."""
    try:
        if widget_id == "f-stage":
            return Stage(value).label
        if widget_id == "f-channel":
            return CHANNEL_NAMES[Channel(value)]
        if widget_id == "f-reply-status":
            return REPLY_CHOICES[ReplyStatus(value)]
        if widget_id == "f-feedback":
            return FEEDBACK_CHOICES[FeedbackStatus(value)]
    except (ValueError, KeyError):
        pass  # a value this version does not know: kept as it was
    return value


def field_label(widget_id: str, questions: Sequence[str]) -> str:
    """The name a field has on screen: a reflection's own question."""
    if widget_id.startswith(REFLECTION):
        index = widget_id.removeprefix(REFLECTION)
        if index.isdigit() and int(index) < len(questions):
            return questions[int(index)]
        return f"Reflection {int(index) + 1}" if index.isdigit() else widget_id
    return FIELD_LABELS.get(widget_id, widget_id)


def changed_fields(
    typed: dict[str, object], base: Entry | None, question_ids: Sequence[str]
) -> list[tuple[str, str]]:
    """(widget id, typed text) of each field that differs from the entry as it was opened.

    With no entry to compare with, every field that holds something.
    """
    was = form_of(entry_for_screen(base), question_ids) if base is not None else {}
    changed = []
    for widget_id, value in typed.items():
        if not widget_id.startswith("f-") or not isinstance(value, str):
            continue
        if base is None and not value.strip():
            continue
        if base is not None and was.get(widget_id, "") == value:
            continue
        changed.append((widget_id, value))
    return changed
