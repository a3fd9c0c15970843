"""Feedback tracking: a sent reply that asks for feedback counts as asking."""

from __future__ import annotations

from datetime import date

from coach.content import Template
from coach.model import Entry, FeedbackStatus, ReplyPart, ReplyStatus


def asked_for_feedback(entry: Entry, template: Template) -> bool:
    """Whether the entry's sent reply held the feedback part of its template."""
    part = template.part(ReplyPart.FEEDBACK.value)
    if entry.reply.status is not ReplyStatus.SENT or part is None:
        return False
    return not part.optional or ReplyPart.FEEDBACK in entry.reply.parts


def note_feedback_request(entry: Entry, template: Template, today: date) -> bool:
    """Mark feedback as requested (with the date) once such a reply is sent.

    An answer already recorded is never turned back into a request, and an
    unsent reply asks nothing. True when the entry changed.
    """
    if entry.feedback is not FeedbackStatus.NOT_REQUESTED:
        return False
    if not asked_for_feedback(entry, template):
        return False
    entry.feedback = FeedbackStatus.REQUESTED
    entry.feedback_requested_on = entry.reply.sent_on or today
    return True
