"""One journal entry: read it, edit any field in place, follow up, or delete it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, Input, Select, Static

from coach.company_length import company_too_long
from coach.entry_on_screen import entry_for_screen
from coach.errors import CoachError
from coach.model import Entry, FeedbackStatus, ReplyStatus
from coach.mood import parse_mood
from coach.plans import going_with_entry
from coach.records import entry_to_record
from screens.journal.changes import EntryDeleted, EntryEdited
from screens.journal.entry_dates import (
    date_preview,
    held_while_typed,
    parse_entry_date,
    parse_reapply,
)
from screens.journal.entry_form import FOCUSED_FIELD, RESUMED_KEY, EntryForm, entry_key
from screens.journal.entry_plans import EntryPlans, watch_plans
from screens.journal.entry_shared import EntryShared
from screens.journal.entry_view import EntryView, clipped
from screens.keys import NOTHING_TO_UNDO
from screens.stale_toasts import drop_toasts, toast
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.folded import Folded
from screens.widgets.scroll_body import ScrollBody
from screens.widgets.title_header import TitleHeader
from screens.widgets.writing_area import WritingArea

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from coach.content import Content
    from coach.journal import Journal, Saved
    from coach.plans import Plan


# What a refused ctrl+s toast is about (taken back as the fields are mended).
REFUSED = "entry-refused"


@dataclass(frozen=True)
class EntryClosed:
    """How the entry screen ended: the entry as last saved, and what happened."""

    entry: Entry
    saved: bool = False
    deleted: bool = False


class EntryScreen(EntryView, EntryForm, EntryPlans, EntryShared, StyledOnce, Screen[EntryClosed]):
    """Everything about one entry; ctrl+s saves, Esc leaves (asking first if changed)."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back"),
        Binding("ctrl+s", "save", "Save", priority=True, id="save"),
        Binding("ctrl+d", "delete", "Delete", priority=True, id="delete_entry"),
        # A new if-then plan for this entry (the palette has it too).
        Binding("ctrl+n", "new_plan", "New plan", priority=True, id="new_plan"),
        # A plan's change; in a writing box ctrl+z is the box's own undo.
        Binding("ctrl+z", "undo_plan", "Undo plan change", id="undo"),
        NOTHING_TO_UNDO,  # after Undo: ctrl+z when it is off
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
        plans: Sequence[Plan] = (),
        shared_with: int = 0,
        plan_typed: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        # A new plan's typing a stopped coach left: its form opens over the entry.
        self.plan_typed = plan_typed
        self._shown_once = False
        self.journal = journal
        self.shared_with = shared_with
        self.plans = list(plans)
        self.plan_undo = []
        # Saves are edits of the entry as stored; the form shows it free of
        # control codes an older import let in (saving keeps what was shown).
        self.stored = entry
        self.entry = entry_for_screen(entry)
        self.content = content
        self.today = today
        # Typing recovered from an autosave, laid over the saved entry.
        self.typed = dict(typed or {})
        resumed = str(self.typed.pop(RESUMED_KEY, "") or "")
        self.unsaved_key = resumed if resumed.startswith("entry:") else entry_key(entry.id)
        self._dropped = False
        self._saved = False
        # Known before the screen is built: the autosave names them as it starts following.
        self._questions = self._questions_for(self.entry)
        # Question ids in the order their answer boxes appear.
        self._question_ids = [question_id for question_id, _ in self._questions]

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        entry = self.entry
        yield TitleHeader()
        with ScrollBody(id="entry"):
            yield from self._shared_note()
            yield Static(self._summary(entry), id="entry-summary")
            yield from self._happened(entry)
            yield from self._moods(entry)
            yield from self._reflections(entry)
            yield from self._reply(entry, self.plans)
            yield from self._follow_ups(entry)
            yield from self._plans(self.plans, self.today)
            with Folded(title="Private note (never in a reply)", id="entry-private"):
                yield WritingArea(entry.private_note, id="f-private", soft_wrap=True)
            yield from self._email(entry)
            with Horizontal(id="entry-buttons"):
                yield Button("Save (ctrl+s)", id="entry-save", variant="primary")
                yield Button("Delete… (ctrl+d)", id="entry-delete", variant="error")
        # Keys whole or not at all: ctrl+p works unshown, Delete is a button on the form.
        yield FittingFooter(
            ("command_palette", "delete", "new_plan", "help"), keep=("back", "save")
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo only with a plan change to take back."""
        if action == "undo_plan":
            return bool(self.plan_undo)
        return True

    def on_mount(self) -> None:
        """Start at the top, on the company name."""
        self.sub_title = "Entry"
        # Tabbing into a field must not select it all: one key would replace it.
        for field in self.query(Input):
            field.select_on_focus = False
        for error in self.query(".field-error"):
            error.display = False
        # Resume: typing goes on in the field it was in, at the end of its text.
        typed = dict(self.typed)
        focused = typed.pop(FOCUSED_FIELD, "")
        if self.shared_with > 1:
            self._hold_still()  # typing restored stays shown, and kept for after the repair
        elif not (isinstance(focused, str) and self._restored_focus(focused)):
            self.query_one("#f-company", Input).focus()
        if typed:
            self._fill(typed)
            self.notify("Your unsaved changes are back; ctrl+s saves them.", timeout=6)
        if self.plan_typed is not None:
            self.call_after_refresh(self.action_new_plan, self.plan_typed)
        watch_plans(self)

    def on_screen_resume(self) -> None:
        """Shown again (after a dialog, the draft, a plan): its plans as stored now (rv40 D11)."""
        if self._shown_once:
            self.refresh_plans()
        self._shown_once = True

    def collect(self) -> tuple[Entry | None, dict[str, str]]:
        """The entry as the form now says, or None and a message per bad field."""
        errors: dict[str, str] = {}
        company = self._value("#f-company").strip()
        if not company:
            errors["e-company"] = "Every entry needs the company's name."
        else:
            errors["e-company"] = company_too_long(company)
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

    def _check(self, *, typing: bool = False) -> tuple[Entry | None, dict[str, str]]:
        """The form's errors shown; typing: only those more typing won't mend."""
        entry, errors = self.collect()
        typed = self._value("#f-date")
        held: set[str] = set()
        if typing:
            company, reapply = self._value("#f-company"), self._value("#f-reapply")
            held = held_while_typed(company, typed, reapply, self.today)
        for error_id in ("e-company", "e-date", "e-mood", "e-reapply"):
            self._show_error(error_id, "" if error_id in held else errors.get(error_id, ""))
        self._show_error("e-date-on", date_preview(typed, self.today, typing=typing))
        return entry, errors

    @on(WritingArea.Changed, "#f-next")
    def _next_step_typed(self) -> None:
        self.note_next_step()

    @on(Input.Changed)
    def _validate_as_typed(self, event: Input.Changed) -> None:
        # Inline and kind: each checked field explains itself while typed.
        if event.input.id in ("f-company", "f-date", "f-mood-before", "f-mood-after", "f-reapply"):
            self._check(typing=True)
            drop_toasts(self.app, REFUSED)  # about the words before this change, as its line was

    @property
    def dirty(self) -> bool:
        """Whether the form differs from what is saved."""
        entry, _ = self.collect()
        if entry is None:
            return True
        return entry_to_record(entry) != entry_to_record(self.entry)

    def save(self, then: Callable[[], None] | None = None) -> bool:
        """Save the form; say what is wrong or what failed instead of crashing.

        False when the form cannot be saved as it stands. The save itself may
        wait for another coach on a thread of its own (the form stays live);
        `then` runs once it is saved.
        """
        if self.refused_for_shared():
            return False
        entry, errors = self._check()
        if entry is None:
            said = "Some fields need a look before saving: " + " ".join(errors.values())
            toast(self.app, REFUSED, said, severity="warning")
            return False
        typed_date = self._value("#f-date")

        def done(saved: Saved) -> None:
            self.stored = saved.entry
            self.entry = entry_for_screen(saved.entry)
            self._saved = True
            if not self.is_attached:
                return  # left meanwhile (the save waited for another coach)
            # The answer typed may have turned "asked" into "received"; show it.
            self.query_one("#f-feedback", Select).value = saved.entry.feedback
            if saved.merged:
                self._fill(self._form_of(self.entry))  # show what came from elsewhere
            elif self._value("#f-date") == typed_date:  # not typed over while it saved
                # "last friday" kept after the save would name another day next week:
                # the field shows the day it was saved as (its preview then goes).
                self.query_one("#f-date", Input).value = saved.entry.date.isoformat()
            self.query_one("#entry-summary", Static).update(self._summary(self.entry))
            if then is not None:
                then()

        def failed(error: CoachError) -> None:
            self.notify(str(error), severity="error", markup=False)

        # The app writes it: an edit of the entry as it was opened, so changes
        # saved elsewhere meanwhile merge instead of being written over.
        self.post_message(EntryEdited(self.journal, entry, self.stored, done, failed))
        return True

    def action_save(self) -> None:
        """ctrl+s: save and stay."""
        self.save(then=lambda: toast(self.app, "entry-saved", "Saved.", timeout=2))

    def action_back(self) -> None:
        """Esc leaves; with changes it first asks to save, drop them, or stay."""
        if not self.dirty or self.shared_with > 1:  # read only: nothing to ask about
            self.dismiss(EntryClosed(self.entry, saved=self._saved))
            return
        from screens.dialogs.leave import LeaveChoice, LeaveDialog

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
        from screens.dialogs.confirm import ConfirmScreen

        if self.refused_for_shared():
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return

            def deleted(_: object) -> None:
                if self.is_current:
                    self.dismiss(EntryClosed(self.entry, saved=self._saved, deleted=True))
                else:  # left while the delete waited for another coach
                    self.app.notify(f"Deleted {self.entry.summary_on_screen()}.", markup=False)

            def failed(error: CoachError) -> None:
                self.notify(str(error), severity="error", markup=False)

            self.post_message(EntryDeleted(self.journal, self.entry, deleted, failed))

        self.app.push_screen(
            ConfirmScreen(
                # Clipped like the heading: the question and its buttons fit a small screen.
                f"Delete {clipped(self.entry.summary_on_screen())}?",
                f"{going_with_entry(len(self.plans))}"
                "You can undo this from the journal right after.",
                yes="Delete",
                no="Keep it",
                destroys=True,
            ),
            answered,
        )

    @on(Button.Pressed, "#entry-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#entry-delete")
    def _delete_pressed(self) -> None:
        self.action_delete()

    @on(Button.Pressed, ".plan-edit")
    def _plan_edit_pressed(self, event: Button.Pressed) -> None:
        self.change_plan(int((event.button.id or "").rsplit("-", 1)[1]))

    def on_unmount(self) -> None:
        """The plan undo goes with the entry: no toast may still offer it; the look stops."""
        self.drop_undo_offers()
        timer = getattr(self, "plans_timer", None)
        if timer is not None:
            timer.stop()


def _feedback_status(chosen: FeedbackStatus, before: str, typed: str) -> FeedbackStatus:
    """Writing down what they said, where there was none, records it as received."""
    if typed.strip() and not before.strip():
        return FeedbackStatus.RECEIVED
    return chosen
