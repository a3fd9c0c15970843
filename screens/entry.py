"""One journal entry: read it, edit any field in place, follow up, or delete it."""

from __future__ import annotations

import contextlib
import dataclasses
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content as Text
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Button, Collapsible, Footer, Header, Input, Select, Static, TextArea

from coach.errors import CoachError
from coach.model import (
    Channel,
    Entry,
    FeedbackStatus,
    ReplyStatus,
    Stage,
    entry_to_record,
)
from coach.mood import parse_mood

if TYPE_CHECKING:
    from collections.abc import Callable

    from coach.content import Content
    from coach.journal import Journal, Saved

CHANNEL_LABELS: dict[Channel, str] = {
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

REAPPLY_HELP = "Use a date like 2027-05-01, or leave it empty for no reminder."


@dataclass(frozen=True)
class EntryClosed:
    """How the entry screen ended: the entry as last saved, and what happened."""

    entry: Entry
    saved: bool = False
    deleted: bool = False


def parse_reapply(text: str) -> tuple[date | None, str]:
    """An optional YYYY-MM-DD date, and a kind message when it is not one."""
    text = text.strip()
    if not text:
        return None, ""
    try:
        return date.fromisoformat(text), ""
    except ValueError:
        return None, f"“{text}” is not a date I can read. {REAPPLY_HELP}"


def parse_entry_date(text: str, today: date) -> tuple[date | None, str]:
    """When the news came: YYYY-MM-DD, today, yesterday or "3 days ago"; never later."""
    # The walk's reader, so both screens accept the same words.
    from coach.dates import DateInputError, parse_received

    try:
        return parse_received(text, today), ""
    except DateInputError as error:
        return None, str(error)


def _field_label(text: str, *, hint: str = "") -> Static:
    shown = Text.assemble((text, "bold"), ("  " + hint if hint else "", "dim"))
    return Static(shown, classes="field-label")


def _row(label: str, field: Widget) -> Horizontal:
    # Label beside a one-line field keeps the whole entry readable at 80x24.
    return Horizontal(Static(Text(label), classes="row-label"), field, classes="field-row")


def _error(widget_id: str) -> Static:
    return Static("", id=widget_id, classes="field-error", markup=False)


class EntryScreen(Screen[EntryClosed]):
    """Everything about one entry; ctrl+s saves, Esc leaves (asking first if changed)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("ctrl+s", "save", "Save", priority=True, id="save"),
        Binding("ctrl+d", "delete", "Delete", priority=True, id="delete_entry"),
    ]

    VERTICAL_BREAKPOINTS = [(0, "-short"), (18, "-tall")]

    def __init__(
        self,
        journal: Journal,
        entry: Entry,
        content: Content,
        today: date,
        *,
        typed: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.journal = journal
        self.entry = entry
        self.content = content
        self.today = today
        # Typing recovered from an autosave, laid over the saved entry.
        self.typed = typed or {}
        self.unsaved_key = f"entry:{entry.id}"
        self._dropped = False
        self._saved = False
        # Question ids in the order their answer boxes appear.
        self._question_ids: list[str] = []

    # -- layout ----------------------------------------------------------

    def compose(self) -> ComposeResult:
        entry = self.entry
        yield Header()
        with VerticalScroll(id="entry"):
            yield Static(self._summary(entry), id="entry-summary")
            yield from self._happened(entry)
            yield from self._moods(entry)
            yield from self._reflections(entry)
            yield from self._reply(entry)
            yield from self._follow_ups(entry)
            with Collapsible(title="Private note (never in a reply)", id="entry-private"):
                yield TextArea(entry.private_note, id="f-private", soft_wrap=True)
            with Horizontal(id="entry-buttons"):
                yield Button("Save (ctrl+s)", id="entry-save", variant="primary")
                yield Button("Delete… (ctrl+d)", id="entry-delete", variant="error")
        yield Footer()

    def _summary(self, entry: Entry) -> Text:
        return Text.assemble(
            (entry.summary(), "bold"),
            f"\n{entry.stage.explanation}. Logged for {entry.date.isoformat()}.",
        )

    def _happened(self, entry: Entry) -> ComposeResult:
        yield Static(Text("What happened"), classes="section-title")
        yield _row("Company", Input(entry.company, id="f-company", compact=True))
        yield _error("e-company")
        yield _row("Role", Input(entry.role, id="f-role", compact=True))
        yield _row(
            "Contact",
            Input(entry.contact, id="f-contact", placeholder="who wrote or called", compact=True),
        )
        yield _row(
            "Stage",
            Select(
                [(f"{s.label}: {s.explanation}", s) for s in Stage],
                value=entry.stage,
                allow_blank=False,
                id="f-stage",
                compact=True,
            ),
        )
        yield _row(
            "Date",
            Input(
                entry.date.isoformat(),
                id="f-date",
                placeholder="YYYY-MM-DD, yesterday, 3 days ago",
                compact=True,
            ),
        )
        yield _error("e-date")
        yield _row(
            "How it came",
            Select(
                [(label, channel) for channel, label in CHANNEL_LABELS.items()],
                value=entry.channel,
                allow_blank=False,
                id="f-channel",
                compact=True,
            ),
        )
        yield _field_label("Notes")
        yield TextArea(entry.notes, id="f-notes", soft_wrap=True, classes="short-text")

    def _moods(self, entry: Entry) -> ComposeResult:
        yield Static(Text("Mood, 0 to 10"), classes="section-title")
        yield _row(
            "Before",
            Input(_mood_text(entry.mood_before), id="f-mood-before", max_length=2, compact=True),
        )
        yield _row(
            "After",
            Input(_mood_text(entry.mood_after), id="f-mood-after", max_length=2, compact=True),
        )
        yield _error("e-mood")

    def _reflections(self, entry: Entry) -> ComposeResult:
        questions = {q.id: q.text for q in self.content.questions_for(entry.stage)}
        # Answers to questions not asked for this stage (the stage was changed,
        # or the content moved on) are kept and shown by their id.
        for question_id in entry.reflections:
            questions.setdefault(question_id, question_id.replace("_", " ").capitalize())
        if not questions:
            return
        yield Static(Text("Reflections"), classes="section-title")
        for index, (question_id, text) in enumerate(questions.items()):
            self._question_ids.append(question_id)
            yield Static(Text(text), classes="field-label")
            yield TextArea(
                entry.reflections.get(question_id, ""),
                id=f"f-reflection-{index}",
                soft_wrap=True,
                classes="short-text",
            )

    def _reply(self, entry: Entry) -> ComposeResult:
        yield Static(Text("Reply and next step"), classes="section-title")
        yield _row(
            "Reply",
            Select(
                [(label, status) for status, label in REPLY_CHOICES.items()],
                value=entry.reply.status,
                allow_blank=False,
                id="f-reply-status",
                compact=True,
            ),
        )
        yield _field_label("Reply draft", hint="edit in place")
        yield TextArea(entry.reply.draft, id="f-draft", soft_wrap=True)
        yield _row(
            "Next step",
            Input(entry.next_step, id="f-next", placeholder="one thing you will do", compact=True),
        )

    def _follow_ups(self, entry: Entry) -> ComposeResult:
        yield Static(Text("Follow-ups"), classes="section-title")
        yield _row(
            "Feedback",
            Select(
                [(label, status) for status, label in FEEDBACK_CHOICES.items()],
                value=entry.feedback,
                allow_blank=False,
                id="f-feedback",
                compact=True,
            ),
        )
        asked = entry.feedback_requested_on
        hint = f"asked on {asked.isoformat()}; " if asked else ""
        yield _field_label("What they said", hint=hint + "when feedback arrives")
        yield TextArea(
            entry.feedback_text, id="f-feedback-text", soft_wrap=True, classes="short-text"
        )
        reapply = entry.reapply_after.isoformat() if entry.reapply_after else ""
        yield _row(
            "Reapply after",
            Input(reapply, id="f-reapply", placeholder="optional, e.g. 2027-05-01", compact=True),
        )
        yield _error("e-reapply")

    def on_mount(self) -> None:
        """Start at the top, on the company name."""
        self.sub_title = "Entry"
        # Tabbing into a field must not select it all: one key would replace it.
        for field in self.query(Input):
            field.select_on_focus = False
        self.query_one("#f-company", Input).focus()
        for error in self.query(".field-error"):
            error.display = False
        if self.typed:
            self._fill(self.typed)
            self.notify("Your unsaved changes are back; ctrl+s saves them.", timeout=6)

    # -- autosave ----------------------------------------------------------

    def _form(self) -> dict[str, str]:
        """Every field as typed, by widget id (valid or not), for the autosave."""
        values: dict[str, str] = {}
        for widget in self.query("Input, TextArea, Select"):
            if not widget.id or not widget.id.startswith("f-"):
                continue
            if isinstance(widget, Input):
                values[widget.id] = widget.value
            elif isinstance(widget, TextArea):
                values[widget.id] = widget.text
            elif isinstance(widget, Select):
                values[widget.id] = str(widget.value)
        return values

    def _fill(self, values: dict[str, str]) -> None:
        """Put typed values back into the form."""
        for widget_id, value in values.items():
            if not isinstance(value, str):
                continue
            try:
                widget = self.query_one(f"#{widget_id}")
            except Exception:  # a field this version of the form does not have
                continue
            if isinstance(widget, Input):
                widget.value = value
            elif isinstance(widget, TextArea):
                widget.load_text(value)
            elif isinstance(widget, Select):
                # Every Select here holds enum members; match them by value.
                current = widget.value
                if isinstance(current, Enum):
                    with contextlib.suppress(ValueError):
                        widget.value = type(current)(value)

    def _form_of(self, entry: Entry) -> dict[str, str]:
        """The form's fields for an entry, by widget id."""
        form = {
            "f-company": entry.company,
            "f-role": entry.role,
            "f-contact": entry.contact,
            "f-stage": str(entry.stage),
            "f-date": entry.date.isoformat(),
            "f-channel": str(entry.channel),
            "f-notes": entry.notes,
            "f-mood-before": _mood_text(entry.mood_before),
            "f-mood-after": _mood_text(entry.mood_after),
            "f-reply-status": str(entry.reply.status),
            "f-draft": entry.reply.draft,
            "f-next": entry.next_step,
            "f-feedback": str(entry.feedback),
            "f-feedback-text": entry.feedback_text,
            "f-reapply": entry.reapply_after.isoformat() if entry.reapply_after else "",
            "f-private": entry.private_note,
        }
        for index, question_id in enumerate(self._question_ids):
            form[f"f-reflection-{index}"] = entry.reflections.get(question_id, "")
        return form

    def unsaved_meta(self) -> dict[str, Any]:
        """Which entry the autosaved typing belongs to, and the entry as opened."""
        return {
            "kind": "entry",
            "entry_id": self.entry.id,
            "label": self.entry.summary(),
            "base": entry_to_record(self.entry),
        }

    def unsaved_values(self) -> dict[str, str] | None:
        """The form now, or None when it holds nothing unsaved."""
        self.query_one("#f-company")  # raises once unmounted: the last values are kept
        form = self._form()
        if self._dropped or not form:
            return None
        return form if self.dirty else None

    # -- reading the form -------------------------------------------------

    def _value(self, selector: str) -> str:
        widget = self.query_one(selector)
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        raise TypeError(selector)

    def _select(self, selector: str) -> Any:
        return self.query_one(selector, Select).value

    def _show_error(self, error_id: str, message: str) -> None:
        widget = self.query_one(f"#{error_id}", Static)
        widget.update(message)
        widget.display = bool(message)

    def collect(self) -> tuple[Entry | None, dict[str, str]]:
        """The entry as the form now says, or None and a message per bad field."""
        errors: dict[str, str] = {}
        company = self._value("#f-company").strip()
        if not company:
            errors["e-company"] = "Every entry needs the company's name."
        when, errors["e-date"] = parse_entry_date(self._value("#f-date"), self.today)
        before, before_error = parse_mood(self._value("#f-mood-before"))
        after, after_error = parse_mood(self._value("#f-mood-after"))
        errors["e-mood"] = before_error or after_error
        reapply, errors["e-reapply"] = parse_reapply(self._value("#f-reapply"))
        errors = {key: message for key, message in errors.items() if message}
        if errors or when is None:
            return None, errors
        reflections = dict(self.entry.reflections)
        for index, question_id in enumerate(self._question_ids):
            answer = self._value(f"#f-reflection-{index}")
            if answer.strip():
                reflections[question_id] = answer
            else:
                reflections.pop(question_id, None)
        status = self._select("#f-reply-status")
        sent_on = self.entry.reply.sent_on
        if status is ReplyStatus.SENT and sent_on is None:
            sent_on = self.today
        reply = dataclasses.replace(
            self.entry.reply, status=status, draft=self._value("#f-draft"), sent_on=sent_on
        )
        entry = dataclasses.replace(
            self.entry,
            company=company,
            role=self._value("#f-role").strip(),
            contact=self._value("#f-contact").strip(),
            stage=self._select("#f-stage"),
            date=when,
            channel=self._select("#f-channel"),
            notes=self._value("#f-notes"),
            mood_before=before,
            mood_after=after,
            reflections=reflections,
            next_step=self._value("#f-next").strip(),
            reply=reply,
            feedback=_feedback_status(
                self._select("#f-feedback"),
                self.entry.feedback_text,
                self._value("#f-feedback-text"),
            ),
            feedback_text=self._value("#f-feedback-text"),
            reapply_after=reapply,
            private_note=self._value("#f-private"),
        )
        return entry, {}

    def _check(self) -> tuple[Entry | None, dict[str, str]]:
        entry, errors = self.collect()
        for error_id in ("e-company", "e-date", "e-mood", "e-reapply"):
            self._show_error(error_id, errors.get(error_id, ""))
        return entry, errors

    @on(Input.Changed)
    def _validate_as_typed(self, event: Input.Changed) -> None:
        # Inline and kind: each checked field explains itself while typed.
        if event.input.id in ("f-company", "f-date", "f-mood-before", "f-mood-after", "f-reapply"):
            self._check()

    @property
    def dirty(self) -> bool:
        """Whether the form differs from what is saved."""
        entry, _ = self.collect()
        if entry is None:
            return True
        return entry_to_record(entry) != entry_to_record(self.entry)

    # -- actions ------------------------------------------------------------

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save the form; say what is wrong or what failed instead of crashing.

        False when the form cannot be saved as it stands. The save itself may
        wait for another coach on a thread of its own (the form stays live);
        `then` runs once it is saved.
        """
        entry, errors = self._check()
        if entry is None:
            self.notify(
                "Some fields need a look before saving: " + " ".join(errors.values()),
                severity="warning",
                markup=False,
            )
            return False
        base = self.entry

        def work() -> Saved:
            # An edit of the entry as it was opened: changes saved elsewhere
            # meanwhile merge instead of being silently written over.
            return self.journal.save_edit(entry, base=base)

        def done(saved: Saved) -> None:
            self.entry = saved.entry
            self._saved = True
            # The answer typed may have turned "asked" into "received"; show it.
            self.query_one("#f-feedback", Select).value = saved.entry.feedback
            if saved.merged:
                self._fill(self._form_of(saved.entry))  # show what came from elsewhere
            report = getattr(self.app, "report_merge", None)
            if report is not None:
                report(saved)
            self.query_one("#entry-summary", Static).update(self._summary(saved.entry))
            if then is not None:
                then()

        def failed(error: CoachError) -> None:
            self.notify(str(error), severity="error", markup=False)

        save_soon = getattr(self.app, "save_soon", None)
        if save_soon is not None:
            save_soon(work, done, failed)
            return True
        try:
            done(work())
        except CoachError as error:
            failed(error)
            return False
        return True

    def action_save(self) -> None:
        """ctrl+s: save and stay."""
        self.save(then=lambda: self.notify("Saved.", timeout=2))

    def action_back(self) -> None:
        """Esc leaves; with changes it first asks to save, drop them, or stay."""
        if not self.dirty:
            self.dismiss(EntryClosed(self.entry, saved=self._saved))
            return
        from screens.leave_dialog import LeaveChoice, LeaveDialog

        def leave() -> None:
            self.notify("Your changes are saved.", timeout=2)
            self.dismiss(EntryClosed(self.entry, saved=True))

        def answered(choice: LeaveChoice | None) -> None:
            if choice == "save":
                self.save(then=leave)  # a form that needs a look stays, its problems shown
            elif choice == "discard":
                self._dropped = True  # dropped on purpose: not offered back
                self.dismiss(EntryClosed(self.entry, saved=self._saved))
            # "stay", or a save that failed: the form stays, its problems shown.

        self.app.push_screen(LeaveDialog("the changes to this entry"), answered)

    def action_delete(self) -> None:
        """ctrl+d: delete this entry after asking; the journal offers an undo."""
        from screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.journal.delete(self.entry.id)
            except CoachError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.dismiss(EntryClosed(self.entry, saved=self._saved, deleted=True))

        self.app.push_screen(
            ConfirmScreen(
                f"Delete {self.entry.summary()}?",
                "You can undo this from the journal right after.",
                yes="Delete",
                no="Keep it",
                danger=True,
            ),
            answered,
        )

    @on(Button.Pressed, "#entry-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#entry-delete")
    def _delete_pressed(self) -> None:
        self.action_delete()


def _feedback_status(chosen: FeedbackStatus, before: str, typed: str) -> FeedbackStatus:
    """Writing down what they said, where there was none, records it as received."""
    if typed.strip() and not before.strip():
        return FeedbackStatus.RECEIVED
    return chosen


def _mood_text(mood: int | None) -> str:
    return "" if mood is None else str(mood)
