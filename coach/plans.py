"""If-then plans: the Plan model, its states and due dates, stored and read back."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum

# Home never asks about more than this many plans at once.
CHECKIN_LIMIT = 3


OWN_THEME = "own"


# What a plan works on. The content's plan ideas use these ids.
THEMES: dict[str, str] = {
    "resume": "Resume",
    "portfolio": "Portfolio",
    "interview": "Interview practice",
    "technical": "Technical practice",
    "feedback": "Feedback",
    "network": "Staying in touch",
    "search": "The search itself",
    "care": "Looking after yourself",
    OWN_THEME: "Plans of your own",
}


class PlanStatus(StrEnum):
    """Where a plan stands; a plan let go is "dropped" and never asked about again."""

    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class PlanError(ValueError):
    """A plan record or a typed plan is not usable; the message says why."""

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        # Each problem apart (a record may have several), as an entry's EntryError.
        self.problems = problems if problems is not None else [message]


@dataclass(frozen=True)
class PlanIdea:
    """A suggested if-then plan from the content: when this, then that."""

    when: str
    then: str
    theme: str
    due: str = ""  # how the due date is typed, e.g. "saturday"; empty for the default
    # "applied": `due` counts from the entry's day (for a silence, the day they applied).
    counts_from: str = ""
    # "written" / "not written": offered only when the reply is, or is not, a follow-up.
    follow_up: str = ""

    @property
    def text(self) -> str:
        """The idea as one sentence."""
        return plan_sentence(self.when, self.then)


def new_plan_id() -> str:
    """A short random id, stable across export and import."""
    return "p" + uuid.uuid4().hex[:9]


@dataclass
class Plan:
    """One if-then plan the person made at the end of a walk."""

    entry_id: str
    when: str
    then: str
    due: date
    theme: str = OWN_THEME
    status: PlanStatus = PlanStatus.OPEN
    id: str = field(default_factory=new_plan_id)
    created_at: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    closed_on: date | None = None
    # When its cue or day was last changed ("Change plan…", `coach plans edit`): its
    # time counts from then, as for a plan made then (None: never changed).
    edited_at: datetime | None = None
    # An answer (done, not yet, let go) keeps the plan as it was when asked:
    # saved over anything else (another coach answered first), it is refused.
    answers: Plan | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        """The plan as one sentence: "When …, I will …"."""
        return plan_sentence(self.when, self.then)

    @property
    def theme_label(self) -> str:
        """The theme as a person reads it."""
        return THEMES.get(self.theme, self.theme)

    @property
    def asked_from(self) -> datetime:
        """When the check-in may first ask: once the part of its day the cue names is over."""
        from coach.plan_time import asked_from

        return asked_from(self.when, self.due, self.counted_from)

    @property
    def counted_from(self) -> datetime:
        """When the plan took its present cue and day: made, or last edited."""
        return self.edited_at or self.created_at

    def is_due(self, now: date | datetime) -> bool:
        """Open and its time has come (coach.plan_time); a bare day: at some hour of it."""
        if self.status is not PlanStatus.OPEN:
            return False
        if isinstance(now, datetime):
            return now >= self.asked_from
        return self.asked_from.date() <= now


def clause(text: str) -> str:
    """One half of a plan as it reads in a sentence: spaces joined, no closing stop."""
    return " ".join(text.split()).rstrip(".,;")


# A cue that opens with these reads as it is: "At 7:30", "Tonight after dinner".
_CUE_OPENINGS = (
    "when ",
    "if ",
    "after ",
    "before ",
    "on ",
    "at ",
    "by ",
    "around ",
    "once ",
    "as soon as ",
    "tonight ",
    "first thing",
    "during ",
    "whenever ",
    "until ",
    "till ",
)
# "this", "next", "every", "in the" and "tomorrow" open a cue only before a time:
# "This evening" and "Next week" read as they are, but "this happens again" is a
# clause and reads "When this happens again" (rv35).
_TIME_CUE = re.compile(
    r"(?:this|next|every|in the|tomorrow)\s+(?:morning|afternoon|evening|night|weekend|week"
    r"|month|day|time|lunchtime|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|tomorrow\s+(?:at|after|before|first thing|when|once|during|by|around)\b",
    re.I,
)
# A weekday opens a cue only alone or before a part of its day ("Saturday morning"):
# "monday comes" is a clause, and reads "When monday comes" (rv34).
_DAY_CUE = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:$|\s+(?:morning|afternoon|evening|night"
    r"|at\b|after\b|before\b|first thing|lunchtime))",
    re.I,
)
_BARE_TIME = re.compile(
    r"(?:\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight)"
    r"(?:$|\s+(?:on|this|tonight|today|tomorrow|sharp|every)\b)",
    re.I,
)


def plan_sentence(when: str, then: str) -> str:
    """ "When I …, I will …." built from the two halves, whatever case they were typed in."""
    when_part = clause(when)
    then_part = clause(then)
    lower = when_part.lower()
    if (
        lower.startswith(_CUE_OPENINGS)
        or lower in ("tonight", "tomorrow")
        or _DAY_CUE.match(lower)
        or _TIME_CUE.match(lower)
    ):
        when_part = when_part[0].upper() + when_part[1:]
    elif _BARE_TIME.match(when_part):
        when_part = "At " + when_part  # "7:30", "noon": "When 7:30" reads wrong
    else:
        when_part = "When " + re.sub(r"^i\b", "I", when_part)
    if then_part.lower().startswith(("i will ", "i'll ", "i ")):
        then_part = "I" + then_part[1:]
    else:
        then_part = "I will " + then_part
    return f"{when_part}, {then_part}."


# The examples a plan's two halves are shown with: a form's field and the reason a
# half is missing quote the same words, written here once.
WHEN_EXAMPLE = "I sit down on Saturday morning"
THEN_EXAMPLE = "compare my resume with one posting"


def check_halves(when: str, then: str, *, then_example: str = THEN_EXAMPLE) -> None:
    """Both halves of an if-then plan are needed; raises PlanError saying which is missing.

    then_example: the example the form's "I will…" field shows (it follows the stage).
    """
    if not clause(when) and not clause(then):
        raise PlanError("Write both halves: when it will happen, and what you will do.")
    if not clause(when):
        raise PlanError(f"Say when: the moment or cue, e.g. “{WHEN_EXAMPLE}”.")
    if not clause(then):
        raise PlanError(f"Say what you will do then, e.g. “{then_example}”.")


def mark_done(plan: Plan, today: date) -> Plan:
    """The plan, carried out today."""
    return replace(plan, status=PlanStatus.DONE, closed_on=today, answers=_asked(plan))


def carried_out_on(plan: Plan) -> date:
    """The day a done plan was most likely carried out: its own day, unless answered before it.

    The check-in waits for the next start and can be put off, so a Done given after
    the plan's day answers for what was done then, not on the day of the answer (rv23:
    a resume rewritten in October and answered in November counted every October no as
    before it). A Done given before the plan's day means it is done already.
    """
    if plan.closed_on is None:
        return plan.due
    return min(plan.closed_on, plan.due)


def let_go(plan: Plan, today: date) -> Plan:
    """The plan, let go today: never asked about again."""
    return replace(plan, status=PlanStatus.DROPPED, closed_on=today, answers=_asked(plan))


def move_to(plan: Plan, due: date) -> Plan:
    """The plan, still open, for a new day ("not yet")."""
    return replace(plan, status=PlanStatus.OPEN, due=due, closed_on=None, answers=_asked(plan))


def open_again(plan: Plan) -> Plan:
    """A plan done or let go, open again (`coach plans reopen`), saved only over that answer."""
    return replace(plan, status=PlanStatus.OPEN, closed_on=None, answers=_asked(plan))


def edit_plan(plan: Plan, when: str, then: str, due: date, now: datetime) -> Plan:
    """The plan with new wording or a new day, saved only over the plan as it was shown.

    The halves are checked as when a plan is made (PlanError says what is
    missing); the day is checked by whoever read it (coach.dates.parse_due).
    A new cue or day counts from now, as a plan made now would: edited to a part
    of today that is over, it waits for tomorrow rather than being asked at once.
    New words for what to do alone change nothing of when it is asked.
    """
    when, then = bare_halves(when, then)
    check_halves(when, then)
    edited = plan.edited_at
    if (clause(when), due) != (clause(plan.when), plan.due):
        edited = now.replace(microsecond=0)
    return replace(plan, when=when, then=then, due=due, edited_at=edited, answers=_asked(plan))


def bare_halves(when: str, then: str) -> tuple[str, str]:
    """The halves without the "When" and "I will" the sentence adds, as the walk stores them.

    A half that is only those words is empty, so check_halves refuses it.
    """
    import re

    when, then = when.strip(), then.strip()
    if re.fullmatch(r"(?:when|if|after|before|on)\W*", when, re.I):
        when = ""
    if re.fullmatch(r"i(?:\s+will|['’]ll)?\W*", then, re.I):
        then = ""
    # Only "When" and "I will": plan_sentence puts those two back, the same words.
    when = re.sub(r"^when\s+", "", when, flags=re.I)
    return when, re.sub(r"^i\s+will\s+", "", then, flags=re.I)


def split_sentence(text: str) -> tuple[str, str]:
    """ "When I …, I will …" as its two halves; PlanError when it has no ", I …" half."""
    found = re.match(r"\s*(.+?),\s*(I\b.*?)\s*$", text, re.S)
    if found is None:
        raise PlanError(
            "Write the plan as “When …, I will …” (the comma and “I” part it), "
            "or give --when and --then."
        )
    return found.group(1), found.group(2)


def reopen(before: Plan, answered: Plan) -> Plan:
    """The plan as it was before an answer (an undo), saved only over that answer."""
    return replace(before, answers=_asked(answered))


def _asked(plan: Plan) -> Plan:
    return replace(plan, answers=None)


def same_answer(one: Plan, other: Plan) -> bool:
    """Whether two versions of a plan stand the same way (status, day, closed on)."""
    return (one.status, one.due, one.closed_on) == (other.status, other.due, other.closed_on)


def due_for_checkin(
    plans: Iterable[Plan], now: date | datetime, limit: int = CHECKIN_LIMIT
) -> list[Plan]:
    """Open plans whose time has come (Plan.is_due), the longest-waiting first, at most `limit`."""
    due = [plan for plan in plans if plan.is_due(now)]
    return sorted(due, key=lambda p: (p.due, p.created_at, p.id))[:limit]


def ahead_for_checkin(
    plans: Iterable[Plan], now: datetime, limit: int = CHECKIN_LIMIT
) -> list[Plan]:
    """Open plans not asked about yet, the soonest asked first: to answer early if done already.

    Coach still asks about each only once its time is over (Plan.asked_from); a
    person who did an evening plan that night may say so from the palette at once.
    """
    ahead = [p for p in plans if p.status is PlanStatus.OPEN and not p.is_due(now)]
    return sorted(ahead, key=lambda p: (p.asked_from, p.created_at, p.id))[:limit]


def sort_plans(plans: Iterable[Plan]) -> list[Plan]:
    """Open plans first by due date, then the closed ones, newest first."""
    plans = list(plans)
    open_ = sorted((p for p in plans if p.status is PlanStatus.OPEN), key=lambda p: (p.due, p.id))
    closed = sorted(
        (p for p in plans if p.status is not PlanStatus.OPEN),
        key=lambda p: (p.closed_on or p.due, p.created_at),
        reverse=True,
    )
    return open_ + closed


def plan_state(plan: Plan, today: date) -> str:
    """ "for Saturday", "waiting since yesterday", "done on 2026-11-20": where a plan stands."""
    from coach.dates import describe_day

    if plan.status is PlanStatus.OPEN:
        day = describe_day(plan.due, today)
        return f"waiting since {day}" if plan.due < today else f"for {day}"
    word = "done" if plan.status is PlanStatus.DONE else "let go"
    return f"{word} on {plan.closed_on.isoformat()}" if plan.closed_on else word


def plan_meta(plan: Plan, company: str, today: date, *, moved: bool = True) -> str:
    """ "For Acme · planned for yesterday, which has passed · Resume": the plan's own day now.

    Said plainly and without blame; a plan moved on (here or by another coach)
    shows its new day, never the one it was asked about. moved: False for a
    plan shown as it was made, not yet due (asked early): "planned for", not "now".
    """
    from coach.dates import describe_day

    parts = [f"For {company}"] if company else []
    day = describe_day(plan.due, today)
    if plan.due < today:
        parts.append(f"planned for {day}, which has passed")
    elif plan.due > today and moved:
        parts.append(f"now planned for {day}")
    else:
        parts.append(f"planned for {day}")
    parts.append(plan.theme_label)
    return " · ".join(parts)


def format_plan_line(plan: Plan, today: date) -> str:
    """Two lines for `coach plans`: id, due day, status and theme; then the plan itself."""
    from coach.dates import describe_day

    if plan.status is PlanStatus.OPEN:
        state = f"due {plan.due.isoformat()} ({describe_day(plan.due, today)})"
        if plan.due < today:
            state = f"due {plan.due.isoformat()} (waiting since {describe_day(plan.due, today)})"
    else:
        word = "done" if plan.status is PlanStatus.DONE else "let go"
        state = f"{word} {plan.closed_on.isoformat()}" if plan.closed_on else word
    return f"{plan.id}  {state}  [{plan.theme_label}]\n    {plan.text}"


def going_with_entry(count: int) -> str:
    """What a delete question says of the plans the entry takes with it ("" for none)."""
    from coach.wording import counted

    if count <= 0:
        return ""
    return f"Its {counted(count, 'plan')} {'goes' if count == 1 else 'go'} with it. "
