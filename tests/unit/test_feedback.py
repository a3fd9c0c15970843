"""A sent reply with the feedback part counts as asking for feedback."""

from __future__ import annotations

from datetime import date

import pytest

from coach.content import Content, load_content
from coach.feedback import note_feedback_request
from coach.insights import compute
from coach.model import FeedbackStatus, ReplyPart, ReplyStatus, Stage
from coach.records import entry_from_record, entry_to_record
from coach.stats_text import format_stats
from tests.conftest import make_entry

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def shipped() -> Content:
    return load_content().content


def _sent(parts: list[ReplyPart], template: str = "reply"):
    entry = make_entry("Acme", Stage.TECHNICAL, date=date(2026, 11, 20))
    entry.reply.status = ReplyStatus.SENT
    entry.reply.sent_on = date(2026, 11, 21)
    entry.reply.parts = parts
    entry.reply.template = template
    return entry


def test_a_sent_reply_asking_for_feedback_is_a_request(shipped: Content) -> None:
    entry = _sent([ReplyPart.THANKS, ReplyPart.FEEDBACK])
    assert note_feedback_request(entry, shipped.template("reply"), TODAY)
    assert entry.feedback is FeedbackStatus.REQUESTED
    assert entry.feedback_requested_on == date(2026, 11, 21)
    # Counted where the person looks: insights and `coach stats`.
    insights = compute([entry], shipped, TODAY)
    assert insights.feedback.requested == 1
    assert "asked 1 time" in format_stats(insights)


@pytest.mark.parametrize(
    ("parts", "template", "status"),
    [
        ([ReplyPart.THANKS], "reply", ReplyStatus.SENT),  # feedback part left out
        ([ReplyPart.FEEDBACK], "thank-you-short", ReplyStatus.SENT),  # template has none
        ([ReplyPart.FEEDBACK], "reply", ReplyStatus.DRAFTED),  # not sent yet
    ],
)
def test_no_request_without_a_sent_feedback_part(
    shipped: Content, parts: list[ReplyPart], template: str, status: ReplyStatus
) -> None:
    entry = _sent(parts, template)
    entry.reply.status = status
    assert not note_feedback_request(entry, shipped.template(template), TODAY)
    assert entry.feedback is FeedbackStatus.NOT_REQUESTED
    assert entry.feedback_requested_on is None


def test_a_recorded_answer_is_never_turned_back_into_a_request(shipped: Content) -> None:
    entry = _sent([ReplyPart.FEEDBACK])
    entry.feedback = FeedbackStatus.RECEIVED
    entry.feedback_text = "More tests next time"
    assert not note_feedback_request(entry, shipped.template("reply"), TODAY)
    assert entry.feedback is FeedbackStatus.RECEIVED


def test_the_request_date_survives_export_and_import(shipped: Content) -> None:
    entry = _sent([ReplyPart.FEEDBACK])
    note_feedback_request(entry, shipped.template("reply"), TODAY)
    again = entry_from_record(entry_to_record(entry))
    assert again.feedback_requested_on == date(2026, 11, 21)
    assert again.feedback is FeedbackStatus.REQUESTED
