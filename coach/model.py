"""The journal's data: funnel stages, entries, reply plans and the profile."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from coach.date_filter import DAY_WORDS_WIDTH, day_asked, day_words, list_shaped
from coach.terminal_text import one_line_for_screen

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

    @property
    def label(self) -> str:
        """How coach names it everywhere, app and command line alike."""
        return REPLY_LABELS[self]


# One name per status in every place: "no message" is a choice, never a failure to reply.
REPLY_LABELS: dict[ReplyStatus, str] = {
    ReplyStatus.UNDECIDED: "undecided",
    ReplyStatus.DRAFTED: "drafted",
    ReplyStatus.SENT: "sent",
    ReplyStatus.NOT_REPLYING: "no message",
}


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


def default_reply_parts(stage: Stage, *, feedback_invited: bool = False) -> list[ReplyPart]:
    """The parts switched on by default.

    Feedback after an interview, or when they offer it. LinkedIn only after
    an interview: an invitation to someone the person never spoke with, in
    answer to a form rejection, reads as from a stranger.
    """
    parts = [ReplyPart.THANKS, ReplyPart.APPLY_AGAIN]
    if stage.interviewed or feedback_invited:
        parts.insert(1, ReplyPart.FEEDBACK)
    if stage.interviewed:
        parts.append(ReplyPart.LINKEDIN)
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
    # Counts saves: a save based on an older revision is merged, never just written over.
    revision: int = 0
    # The rejection email as pasted or imported: private, like the vent.
    email_text: str = ""

    def summary(self) -> str:
        """One line naming the entry: company, role and stage."""
        role = f" — {self.role}" if self.role else ""
        return f"{self.company}{role} ({self.stage.label})"

    def summary_on_screen(self) -> str:
        """summary() as a screen draws it: no control code an older import let in."""
        return one_line_for_screen(self.summary())


@dataclass
class Profile:
    """The person's own details, used to sign reply drafts."""

    name: str = ""
    linkedin_url: str = ""
    phone: str = ""
    # Counts saves, so a save made from older details merges (see save_profile);
    # not part of what the details are, so left out of comparisons.
    revision: int = field(default=0, compare=False)

    @property
    def is_empty(self) -> bool:
        """True until the person has filled in anything."""
        return not (self.name or self.linkedin_url or self.phone)

    @property
    def ever_saved(self) -> bool:
        """Whether the details were saved at least once, even empty (every save counts)."""
        return self.revision > 0 or not self.is_empty


def sort_newest_first(entries: Iterable[Entry]) -> list[Entry]:
    """Newest rejection first; ties broken by when the entry was made."""
    return sorted(entries, key=lambda e: (e.date, e.created_at, e.id), reverse=True)


# The day closes the search text at a fixed width, so a filter can leave it out
# or look only there: digits alone ("10") are looked for only in what was written
# (a person typing "10" is far likelier after "10x Labs" than every entry of the
# 10th, of October and of 2010); a day in words only as a whole day, month or year
# ("1 July" finds the 1st, never the 21st: date_filter). The day as the list
# shows it ("2026-10") is looked for as it is.
DATE_TAIL = len("\n2026-10-14\n") + DAY_WORDS_WIDTH


def search_text(entry: Entry) -> str:
    """Every field a search looks at, casefolded, one field per line, the day last.

    Built once per entry by the journal screen, so a keystroke of filtering is
    one substring test per entry.
    """
    day = entry.date
    parts = (
        entry.company,
        entry.role,
        entry.contact,
        entry.notes,
        entry.next_step,
        entry.feedback_text,
        entry.stage.label,
        *entry.reflections.values(),
        # The day as the list shows it ("2026-07-14") and as said (" 14 july 2026 "):
        # a long journal's old entry is found by its month (rv22 item 6).
        day.isoformat(),
        day_words(day),
    )
    return "\n".join(parts).casefold()


def holds(text: str, needle: str) -> bool:
    """Whether a search text holds the casefolded needle: in what was written, or as its day.

    A needle the shape of the list's day ("2026-07") is looked for in that too;
    one that names a day, month or year ("1 july", "jul 2026") as that day.
    """
    end = len(text) - DATE_TAIL
    if text.find(needle, 0, end) >= 0:
        return True
    if list_shaped(needle) and text.find(needle, end) >= 0:
        return True
    asked = day_asked(needle)
    start = len(text) - DAY_WORDS_WIDTH
    return asked is not None and any(text.find(words, start) >= 0 for words in asked.words)


def narrows(before: str, needle: str) -> bool:
    """Whether every text holding needle holds before too (a filter typed on from it).

    Not always so: "2026" looks only in what was written, "2026-" in the days
    too; "july 2" only in what was written, "july 20" in the 20th of July.
    """
    if not needle.startswith(before):
        return False
    if list_shaped(needle) and not list_shaped(before):
        return False
    asked = day_asked(needle)
    if asked is None:
        return True
    earlier = day_asked(before)
    return earlier is not None and asked.within(earlier)
