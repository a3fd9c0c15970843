"""The no-reply path: no message by default, one polite follow-up once enough time has passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coach.model import Entry, ReplyStatus, Stage
from coach.wording import counted

FOLLOW_UP_TEMPLATE = "follow-up"
# About two weeks: sooner reads as pressing; much later the role is often filled.
FOLLOW_UP_AFTER_DAYS = 14
# About three months: by then the silence is the answer, and the role is most likely filled.
SILENCE_ANSWERS_AFTER_DAYS = 90


@dataclass(frozen=True)
class FollowUpOffer:
    """Whether a follow-up is offered now, and the reason in words."""

    offered: bool
    reason: str


def follow_up_offer(applied: date, today: date, *, already_sent: bool = False) -> FollowUpOffer:
    """A follow-up after FOLLOW_UP_AFTER_DAYS since applying, never a second one.

    Past SILENCE_ANSWERS_AFTER_DAYS the advice turns: something new beats asking again.
    """
    if already_sent:
        return FollowUpOffer(
            False, "You already sent a follow-up for this application; one is enough."
        )
    days = (today - applied).days
    if days < FOLLOW_UP_AFTER_DAYS:
        days = max(days, 0)
        wait = FOLLOW_UP_AFTER_DAYS - days
        # Today is also the date step 2 starts with, though silence is seldom news of today.
        so_far = (
            "the date given is today (if you applied earlier, step 2 can say when)"
            if days == 0
            else f"it has been {counted(days, 'day')}"
        )
        return FollowUpOffer(
            False,
            f"A follow-up makes sense about {FOLLOW_UP_AFTER_DAYS} days after applying; "
            f"{so_far}, so give it {counted(wait, 'more day')}. Silence this early is normal.",
        )
    if days >= SILENCE_ANSWERS_AFTER_DAYS:
        # Still offered: a draft made earlier must open again, and the choice is the person's.
        return FollowUpOffer(
            True,
            f"It has been {days} days since you applied. After this long the silence is "
            "the answer, and the role has most likely been filled: a fresh application to "
            "an open role there, or a note to someone new at the company, will do more "
            "than a follow-up. If you still send one, keep it short.",
        )
    return FollowUpOffer(
        True,
        f"It has been {days} days since you applied, so one short, polite note asking "
        "where things stand is fair. Silence is also a fine answer to silence.",
    )


def follow_up_sent(entry: Entry) -> bool:
    """Whether this entry's follow-up has already gone out."""
    return entry.reply.status is ReplyStatus.SENT and entry.reply.template == FOLLOW_UP_TEMPLATE


def follow_up_written(entry: Entry) -> bool:
    """Whether this entry's reply is a follow-up drafted or sent: no plan to write another."""
    written = entry.reply.status in (ReplyStatus.DRAFTED, ReplyStatus.SENT)
    return written and entry.reply.template == FOLLOW_UP_TEMPLATE


def template_ids_for(stage: Stage, template_ids: list[str]) -> list[str]:
    """The templates that fit a stage: the follow-up for silence, the replies otherwise.

    A thank-you for news that never came makes no sense, and a follow-up
    after a clear no would ask a question already answered.
    """
    if stage is Stage.NO_REPLY:
        return [t for t in template_ids if t == FOLLOW_UP_TEMPLATE]
    return [t for t in template_ids if t != FOLLOW_UP_TEMPLATE]
