"""When a plan may be asked about: once the part of its day that its cue names is over."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coach.plan_cue import part_of_day

# Where each part of the day ends: a plan is asked about from then on.
MORNING_ENDS = time(12, 0)
AFTERNOON_ENDS = time(18, 0)


def asked_from(when: str, due: date, made: datetime) -> datetime:
    """The moment the check-in may first ask about a plan with this cue and day.

    Evening and night plans from the next day; morning plans from noon of their
    day, afternoon plans from six; a plan naming no time from the start of its
    day. Never before it was made: a plan made on its own day once that part of
    the day is over (or naming no time: a day alone says not when it passes)
    waits for the next day.
    """
    part = part_of_day(when)
    next_day = datetime.combine(due + timedelta(days=1), time())
    if part == "evening":
        return next_day
    if part == "morning":
        moment = datetime.combine(due, MORNING_ENDS)
    elif part == "afternoon":
        moment = datetime.combine(due, AFTERNOON_ENDS)
    else:
        moment = datetime.combine(due, time())
    return next_day if due == made.date() and moment <= made else moment


def earliest_new_day(when: str, made: datetime, now: datetime, due: date | None = None) -> date:
    """The first day "not yet" may move a plan to: today if today it would not be asked at once.

    A plan asked after its day (an evening plan, the morning after) may move to
    today when the part of today its cue names is still to come; one naming no
    time, or whose part of today is over, would be asked again straight away.
    due: the plan's day. One asked early (the palette, before its time) keeps
    that day if not yet done, so a new day comes after it, never before.
    """
    today = now.date()
    first = today if asked_from(when, today, made) > now else today + timedelta(days=1)
    if due is not None and asked_from(when, due, made) > now:
        first = max(first, due + timedelta(days=1))
    return first


def asked_words(moment: datetime, today: date) -> str:
    """When a plan is first asked about, said: "tomorrow", "from 6 pm today", "on Sat 28 Nov"."""
    from coach.dates import describe_day

    day = describe_day(moment.date(), today)
    day = day if day in ("today", "tomorrow") else f"on {day}"
    hour = hour_words(moment)
    return f"from {hour} {day}" if hour else day


def asked_note(asked: datetime, now: datetime) -> str:
    """When a plan just changed is asked about, said as the app and the shell both say it.

    asked: its asked_from. "it waits for your answer" once that has come, else
    "coach will ask how it went tomorrow".
    """
    if now >= asked:
        return "it waits for your answer"  # only its words changed: asked as before
    return f"coach will ask how it went {asked_words(asked, now.date())}"


def hour_words(moment: datetime) -> str:
    """ "noon", "6 pm": the hour a plan is asked from, said; "" from the day's start."""
    if moment.time() == time():
        return ""
    if moment.time() == time(12, 0):
        return "noon"
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {'am' if moment.hour < 12 else 'pm'}"
