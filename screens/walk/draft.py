"""Step 6 of the walk: the reply draft, edited in place with the tone check beside it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.notifications import SeverityLevel
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea

from coach.paths import Locations
from coach.tone_rules import ToneRules
from screens.dialogs.plain_text import PlainTextScreen
from screens.stale_toasts import drop_toasts, toast
from screens.styled_once import preset_breakpoints
from screens.walk.draft_asking import GO_BACK, DraftAsking
from screens.walk.draft_checking import DraftChecking
from screens.walk.draft_findings import Spot, _finding_prompt, concerns_summary
from screens.walk.draft_panel import CALM, CHECKING, DraftPanel
from screens.walk.draft_reach import FOOTER_DROP_ORDER, DraftReach
from screens.walk.editor_handoff import EditorHandoff
from screens.walk.reply_out import ReplyOut
from screens.walk.step import StepScreen
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.title_header import DRAFT_TITLE, TitleHeader
from screens.widgets.writing_area import WritingArea

JUMP = "Tab, Enter: select the words."

# Importers name these from here, as before the panel and the asking moved out.
__all__ = ["CALM", "GO_BACK", "DraftScreen", "_finding_prompt", "concerns_summary"]


class DraftScreen(
    DraftChecking, DraftPanel, DraftAsking, EditorHandoff, ReplyOut, DraftReach, StepScreen
):
    """The draft in a TextArea, tone findings and unfilled placeholders beside it."""

    RESUME_AT_END = False  # a letter is edited anywhere: resumed, it opens at its top
    KEPT_FIELDS: ClassVar[dict[str, str]] = {"draft": "draft-text"}

    # Below 70 columns the panel goes under the editor instead of beside it;
    # below 16 rows the subject line gives its row to the draft.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (70, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (16, "-tall")]

    # ctrl+ keys so typing in the TextArea is never taken; none of these is
    # bound by TextArea (ctrl+a/e/w/d/x/c/v/u/k/z/y are), the app (ctrl+q,
    # ctrl+p) or StepScreen (ctrl+n), and none is a terminal's tab/enter alias.
    BINDINGS = [
        Binding(
            "ctrl+b", "copy_reply", "Copy", tooltip="Copy the reply to the clipboard", id="copy"
        ),
        Binding("ctrl+s", "save", "Save", tooltip="Save as .txt or .eml", id="save"),
        Binding("ctrl+o", "mail", "Mail", tooltip="Open a new email with this reply", id="mail"),
        Binding("ctrl+g", "editor", "Edit", tooltip="Edit in $VISUAL / $EDITOR", id="editor"),
        Binding(
            "ctrl+t", "toggle_sent", "Sent", tooltip="Mark the reply as sent, or not", id="sent"
        ),
        Binding(
            "ctrl+l", "plain_text", "Plain", tooltip="Show the reply as plain text", id="plain_text"
        ),
    ]

    def __init__(
        self,
        *,
        text: str,
        heading: str,
        subject: str,
        recipient: str,
        no_reply: str = "",
        save_dir: Path,
        today: date,
        editor: str | None = None,
        editor_source: str = "",
        company: str = "",
        names: tuple[str, ...] = (),
        sent: bool = False,
        in_walk: bool = True,
        temp_path: Callable[[], Path] | None = None,
        before_editor: Callable[[], object] | None = None,
        handoff_dir: Path | None = None,
        tone_rules: ToneRules | None = None,
        tone_note: str = "",
        own_files: Locations | None = None,
        journal_encrypted: bool = False,
        keymap: Mapping[str, str] | None = None,
        ends_coach: bool = False,
    ) -> None:
        super().__init__(keymap=keymap)
        # `coach draft ID`: keys typed before the draft was up were typed at the screen
        # that stood for it ("Opening the reply draft…"), not into this reply (rv50 #2).
        self.refuses_early_keys = ends_coach
        if ends_coach:  # `coach draft ID`: Esc leaves coach itself, and the footer says so
            keys = self._bindings.key_to_bindings
            for key, bindings in list(keys.items()):
                # A new list: the class's own bindings are shared with every other screen.
                keys[key] = [
                    dataclasses.replace(b, description="Quit") if b.id == "back" else b
                    for b in bindings
                ]
        # An encrypted journal: Copy writes no plain file, and Save says its file is plain.
        self.journal_encrypted = journal_encrypted
        # The person's own tone.toml laid over the shipped rules, and what is
        # wrong with it when it cannot be used (the shipped rules are used then).
        self.tone_rules = tone_rules
        self.tone_note = tone_note
        # Opened from the journal there is no next step: Esc closes it.
        self.in_walk = in_walk
        # The $EDITOR copy: temp_path (named by the app, in the data folder), else handoff_dir.
        self.temp_path = temp_path
        self.handoff_dir = handoff_dir
        # The data folder whose files "save the reply" must never replace.
        self.own_files = own_files
        self.before_editor = before_editor
        # Set by the app when this editor autosaves on its own (outside the walk).
        self.unsaved_key: str | None = None
        self.unsaved_base: dict[str, Any] = {}
        self.unsaved_shown: str | None = None  # what the entry holds, if text is typed over it
        self.unsaved_sent = sent  # and its sent mark: the autosave keeps what differs
        self.initial_text = text
        self.heading = heading
        self.subject = subject
        self.recipient = recipient
        # Their email came from a box that takes no replies, and where else to write (rv46 #3).
        self.no_reply = no_reply
        self.save_dir = save_dir
        self.today = today
        self.editor = editor
        self.editor_source = editor_source
        self.company = company
        self.names = tuple(n for n in (company, *names) if n)  # in capitals: names, not shouts
        self.sent = sent
        self._settle_timer: Timer | None = None
        self._posted: dict[str, Any] = {"draft": text, "sent": sent}
        self._spots: dict[str, Spot] = {}
        self._toasts: list[tuple[int, int]] = []  # what this screen said, taken back as it goes

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        yield Static(self.heading, id="draft-heading", markup=False)
        yield Static(self._subject_line(), id="draft-subject")
        if self.no_reply:
            yield Static(self.no_reply, id="draft-no-reply", markup=False)
        with Horizontal(id="draft-body"):
            yield WritingArea(
                self.initial_text,
                soft_wrap=True,
                id="draft-text",
                at_end=False,
                shows_line=True,
                refuses_early_keys=self.refuses_early_keys,
            )
            with Vertical(id="draft-panel"):
                yield Static("Tone", id="draft-tone-title", classes="draft-panel-title")
                note = Static(self.tone_note, id="draft-tone-note", markup=False)
                note.display = bool(self.tone_note)
                yield note
                # No verdict before the first check: it runs once the draft shows.
                yield Static(CHECKING, id="draft-calm")
                yield OptionList(id="draft-findings")
                yield Static("To fill in", classes="draft-panel-title")
                empty = Static("Nothing left to fill in.", id="draft-no-placeholders")
                empty.display = False
                yield empty
                yield OptionList(id="draft-placeholders")
                # The only way to find a finding's words; said beside the lists.
                jump = Static(JUMP, id="draft-jump", markup=False)
                jump.display = False
                yield jump
                yield Static(self._sent_line(), id="draft-sent")
        # Compact: this step has more keys than most, and all should fit in 80 columns.
        # Back and Next outlast the palette at 40 columns, as on every step (rv51 D4).
        yield FittingFooter(FOOTER_DROP_ORDER, keep=("back", "next"))

    def on_mount(self) -> None:
        """Check the draft as it arrives (a long one in a thread) and put the cursor in it."""
        if not self.in_walk:  # the walk names its step; here the home title would show
            self.sub_title = DRAFT_TITLE
        self.query_one("#draft-text", TextArea).focus()
        # Once the draft is on screen: the first check in a fresh coach compiles the
        # tone rules, a second and more of a loaded machine, and run at mount it kept
        # the screen beneath painted while keys typed at it went into this hidden draft
        # (rv49 #5). Keys typed before the draft was up are refused (refuses_early_keys).
        self.call_after_refresh(self.check_then)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """A toast (never markup) that goes with this screen: none outlives it (rv46 #8)."""
        about = (id(self), len(self._toasts))
        self._toasts.append(about)
        toast(self.app, about, message, title=title, severity=severity, timeout=timeout)

    def on_unmount(self) -> None:
        """Take back what this screen said: over the next step it speaks of keys gone."""
        drop_toasts(self.app, *self._toasts)

    @property
    def text(self) -> str:
        """The draft as it stands in the editor."""
        if not self.is_mounted:
            return self.initial_text
        return self.query_one("#draft-text", TextArea).text

    def values(self) -> dict[str, Any]:
        """The draft and whether it has been sent, for autosave and the step result."""
        return {"draft": self.text, "sent": self.sent}

    def unsaved_meta(self) -> dict[str, Any]:
        """What the autosave keeps beside the text: which entry, as it was opened."""
        return dict(self.unsaved_base)

    def unsaved_values(self) -> dict[str, Any] | None:
        """The text now, for the autosave; None while nothing differs from the entry."""
        text = self.query_one("#draft-text", TextArea).text  # raises once unmounted
        shown = self.initial_text if self.unsaved_shown is None else self.unsaved_shown
        if text == shown and self.sent == self.unsaved_sent:
            return None
        return {"draft": text, "sent": self.sent}

    def _report(self) -> None:
        """Post the values for autosave if they changed since last time."""
        values = self.values()
        if values != self._posted:
            self._posted = values
            self.edited()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No Next key outside the walk, where it would only close the draft."""
        off = action == "next" and not self.in_walk
        return False if off else super().check_action(action, parameters)

    def action_back(self) -> None:
        """Back one step; the draft is reported and kept."""
        self._flush()
        super().action_back()

    def action_next(self) -> None:
        """On to the close; the draft is reported and kept. Unfilled slots are said once."""
        self._flush()
        self.ask_slots_once(super().action_next)

    def replace_text(self, text: str) -> None:
        """Put new text in the editor as one undoable edit, and check it now."""
        editor = self.query_one("#draft-text", TextArea)
        editor.replace(text, (0, 0), editor.document.end)
        self.check_then()
        self._report()

    def action_toggle_sent(self) -> None:
        """Mark the reply as sent (asking first if the tone check found something), or undo."""
        if self.sent:
            self.set_sent(False)
        else:
            self.ask_first("Mark it as sent anyway?", "Mark as sent", lambda: self.set_sent(True))

    def set_sent(self, sent: bool) -> None:
        """Record whether the reply went out, and say so."""
        self.sent = sent
        self.query_one("#draft-sent", Static).update(self._sent_line())
        self._report()
        self.notify("Marked as sent. Well done." if sent else "Marked as not sent yet.")

    def action_plain_text(self) -> None:
        """Show the reply as plain read-only text, to select and copy by hand."""
        self.app.push_screen(PlainTextScreen(self.text))

    def _subject_line(self) -> Content:
        # assemble, not markup: the space after a closing tag was being lost.
        subject = [("Subject: ", "dim"), self.subject]
        if self.recipient:
            return Content.assemble(("To: ", "dim"), self.recipient, "   ", *subject)
        return Content.assemble(*subject)

    def _sent_line(self) -> Content:
        if self.sent:
            return Content.from_markup("[b $success]Marked as sent.[/] ctrl+t to undo.")
        return Content("Not sent yet. ctrl+t marks it sent.")
