"""What one journal entry shows above and beside its form: the summary and each section."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Button, Static

from coach.entry_fields import (
    CHANNEL_NAMES,
    FEEDBACK_CHOICES,
    FIELD_LABELS,
    REPLY_CHOICES,
    mood_text,
)
from coach.model import (
    Entry,
    Stage,
)
from coach.mood import MOOD_LENGTH, MOOD_TYPED
from coach.plan_next_step import step_no_longer_open
from coach.plans import Plan, PlanStatus, plan_state
from coach.terminal_text import one_line_for_screen
from screens.widgets.folded import Folded
from screens.widgets.form_select import FormSelect
from screens.widgets.steady_input import SteadyInput
from screens.widgets.writing_area import WritingArea


def _field_label(text: str, *, hint: str = "") -> Static:
    shown = Text.assemble((text, "bold"), ("  " + hint if hint else "", "dim"))
    return Static(shown, classes="field-label")


def _row(label: str, field: Widget) -> Horizontal:
    # Label beside a one-line field keeps the whole entry readable at 80x24.
    return Horizontal(Static(Text(label), classes="row-label"), field, classes="field-row")


def _error(widget_id: str) -> Static:
    return Static("", id=widget_id, classes="field-error", markup=False)


# How much of a company or role the heading shows: a few lines at most at 80 columns.
HEADING_CHARS = 120


def plan_shown(plan: Plan, today: date) -> Text:
    """A plan on its entry: its words, then where it stands and its theme, dim."""
    state = f"\n{plan_state(plan, today)} · {plan.theme_label}"
    # A control character saved before (`coach plans edit` let them in) is not drawn.
    return Text.assemble(one_line_for_screen(plan.text), (state, "dim"))


def changeable(plan: Plan) -> bool:
    """Whether "Change plan…" is offered: a plan done or let go is not asked about again (rv49)."""
    return plan.status is PlanStatus.OPEN


def clipped(text: str, limit: int = HEADING_CHARS) -> str:
    """The text as a heading shows it: cut with an ellipsis past limit characters."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class EntryView:
    """The entry screen's read-only sections, composed from the entry as saved."""

    def _summary(self, entry: Entry) -> Text:
        # Clipped: a 20,000-character company would push everything else off
        # the page. The whole text stays in its field below.
        role = f" — {clipped(entry.role)}" if entry.role else ""
        return Text.assemble(
            (f"{clipped(entry.company)}{role} ({entry.stage.label})", "bold"),
            f"\n{entry.stage.explanation}. Logged for {entry.date.isoformat()}.",
        )

    def _happened(self, entry: Entry) -> ComposeResult:
        yield Static(Text("What happened"), classes="section-title")
        yield _row(
            FIELD_LABELS["f-company"], SteadyInput(entry.company, id="f-company", compact=True)
        )
        yield _error("e-company")
        yield _row(FIELD_LABELS["f-role"], SteadyInput(entry.role, id="f-role", compact=True))
        yield _row(
            FIELD_LABELS["f-contact"],
            SteadyInput(
                entry.contact, id="f-contact", placeholder="who wrote or called", compact=True
            ),
        )
        yield _row(
            FIELD_LABELS["f-stage"],
            FormSelect(
                [(f"{s.label}: {s.explanation}", s) for s in Stage],
                value=entry.stage,
                allow_blank=False,
                id="f-stage",
                compact=True,
            ),
        )
        yield _row(
            FIELD_LABELS["f-date"],
            SteadyInput(
                entry.date.isoformat(),
                id="f-date",
                placeholder="Nov 20 or last fri",
                compact=True,
            ),
        )
        # The day typed words are kept as ("Dec 25 → 25 Dec 2025 (last year)"), as the walk shows.
        yield Static("", id="e-date-on", classes="field-hint", markup=False)
        yield _error("e-date")
        yield _row(
            FIELD_LABELS["f-channel"],
            FormSelect(
                [(label, channel) for channel, label in CHANNEL_NAMES.items()],
                value=entry.channel,
                allow_blank=False,
                id="f-channel",
                compact=True,
            ),
        )
        yield _field_label(FIELD_LABELS["f-notes"])
        yield WritingArea(entry.notes, id="f-notes", soft_wrap=True, classes="short-text")

    def _moods(self, entry: Entry) -> ComposeResult:
        yield Static(Text("Mood, 0 to 10"), classes="section-title")
        for label, mood, field_id in (
            ("Before", entry.mood_before, "f-mood-before"),
            ("After", entry.mood_after, "f-mood-after"),
        ):
            # Digits only, as the walk's mood field takes them ("3@" was typed in).
            # The placeholder shows where an empty field is: compact, it had no outline (rv19).
            field = SteadyInput(
                mood_text(mood),
                placeholder="not given (0 to 10)",
                id=field_id,
                max_length=MOOD_LENGTH,
                restrict=MOOD_TYPED,
                compact=True,
            )
            yield _row(label, field)
        yield _error("e-mood")

    def _questions_for(self, entry: Entry) -> list[tuple[str, str]]:
        """Each reflection's question id and words, in the order their boxes appear."""
        questions = {q.id: q.text for q in self.content.questions_for(entry.stage)}
        # Answers to questions not asked for this stage (the stage was changed,
        # or the content moved on) are kept and shown by their id.
        for question_id in entry.reflections:
            questions.setdefault(question_id, question_id.replace("_", " ").capitalize())
        return list(questions.items())

    def _reflections(self, entry: Entry) -> ComposeResult:
        if not self._questions:
            return
        yield Static(Text("Reflections"), classes="section-title")
        for index, (question_id, text) in enumerate(self._questions):
            yield Static(Text(text), classes="field-label")
            yield WritingArea(
                entry.reflections.get(question_id, ""),
                id=f"f-reflection-{index}",
                soft_wrap=True,
                classes="short-text",
            )

    def _reply(self, entry: Entry, plans: Sequence[Plan] = ()) -> ComposeResult:
        yield Static(Text("Reply and next step"), classes="section-title")
        yield _row(
            FIELD_LABELS["f-reply-status"],
            FormSelect(
                [(label, status) for status, label in REPLY_CHOICES.items()],
                value=entry.reply.status,
                allow_blank=False,
                id="f-reply-status",
                compact=True,
            ),
        )
        yield _field_label(FIELD_LABELS["f-draft"], hint="edit in place")
        yield WritingArea(entry.reply.draft, id="f-draft", soft_wrap=True)
        # Wrapped, not a one-line Input: a plan's words are often wider than the
        # screen, and an Input cut them at its edge without a mark (rv49 #8).
        yield _row(
            FIELD_LABELS["f-next"],
            WritingArea(
                entry.next_step,
                id="f-next",
                soft_wrap=True,
                compact=True,
                placeholder="one thing you will do",
            ),
        )
        # A step quoting a plan let go (or done) read as still to do (rv49).
        closed = step_no_longer_open(entry.next_step, plans)
        note = Static(closed, id="next-closed", classes="next-closed", markup=False)
        note.display = bool(closed)
        yield note

    def _follow_ups(self, entry: Entry) -> ComposeResult:
        yield Static(Text("Follow-ups"), classes="section-title")
        yield _row(
            FIELD_LABELS["f-feedback"],
            FormSelect(
                [(label, status) for status, label in FEEDBACK_CHOICES.items()],
                value=entry.feedback,
                allow_blank=False,
                id="f-feedback",
                compact=True,
            ),
        )
        asked = entry.feedback_requested_on
        hint = f"asked on {asked.isoformat()}; " if asked else ""
        yield _field_label(FIELD_LABELS["f-feedback-text"], hint=hint + "when feedback arrives")
        yield WritingArea(
            entry.feedback_text, id="f-feedback-text", soft_wrap=True, classes="short-text"
        )
        reapply = entry.reapply_after.isoformat() if entry.reapply_after else ""
        yield _row(
            FIELD_LABELS["f-reapply"],
            SteadyInput(
                reapply, id="f-reapply", placeholder="optional, e.g. 2027-05-01", compact=True
            ),
        )
        yield _error("e-reapply")

    def _plans(self, plans: Sequence[Plan], today: date) -> ComposeResult:
        """The if-then plans made from this entry, to read: the check-in asks about each."""
        if not plans:
            return
        yield Static(
            Text("Plans made from this one"), classes="section-title", id="entry-plans-title"
        )
        for index, plan in enumerate(plans):
            yield Static(plan_shown(plan, today), classes="entry-plan", id=f"entry-plan-{index}")
            # Its words or its day, in a small dialog (the app saves it).
            edit = Button("Change plan…", id=f"plan-edit-{index}", classes="plan-edit")
            edit.compact = True
            edit.display = changeable(plan)
            yield edit

    def _email(self, entry: Entry) -> ComposeResult:
        """The rejection email kept with the entry: private, read only, folded away."""
        if not entry.email_text.strip():
            return
        with Folded(title="The email they sent (private)", id="entry-email"):
            # A TextArea shows text as it is, never as markup, and scrolls a long email.
            yield WritingArea(
                entry.email_text,
                id="email-text",
                read_only=True,
                soft_wrap=True,
                show_line_numbers=False,
            )
