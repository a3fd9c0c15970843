"""Step 6 of the walk: the reply draft, edited in place with the tone check beside it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.timer import Timer
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from coach.paths import Locations
from coach.tone import Finding
from coach.tone_rules import ToneRules
from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.plain_text import PlainTextScreen
from screens.styled_once import preset_breakpoints
from screens.walk.draft_checking import DraftChecking, Shown
from screens.walk.draft_findings import (
    Spot,
    _finding_prompt,
    _spot_of,
    concerns_summary,
    on_line,
    things_to_look_at,
)
from screens.walk.draft_reach import FOOTER_DROP_ORDER, DraftReach
from screens.walk.editor_handoff import EditorHandoff
from screens.walk.reply_out import ReplyOut
from screens.walk.step import StepScreen
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.title_header import TitleHeader
from screens.widgets.writing_area import WritingArea

CALM = "Reads calm and gracious."
GO_BACK = "Go back and look"
# Below this many rows the question alone fills the dialog.
DETAIL_MIN_HEIGHT = 20

# Kinds worth a question before the reply leaves; length alone is a matter of
# taste, and placeholders are asked about by name instead.
RISKY_KINDS = frozenset({"anger", "begging", "public", "shouting", "apology"})


class DraftScreen(DraftChecking, EditorHandoff, ReplyOut, DraftReach, StepScreen):
    """The draft in a TextArea, tone findings and unfilled placeholders beside it."""

    RESUME_AT_END = False  # a letter is edited anywhere: resumed, it opens at its top

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
        save_dir: Path,
        today: date,
        editor: str | None = None,
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
    ) -> None:
        super().__init__(keymap=keymap)
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
        self.save_dir = save_dir
        self.today = today
        self.editor = editor
        self.company = company
        self.names = tuple(n for n in (company, *names) if n)  # in capitals: names, not shouts
        self.sent = sent
        self._settle_timer: Timer | None = None
        self._posted: dict[str, Any] = {"draft": text, "sent": sent}
        self._spots: dict[str, Spot] = {}

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        yield Static(self.heading, id="draft-heading", markup=False)
        yield Static(self._subject_line(), id="draft-subject")
        with Horizontal(id="draft-body"):
            yield WritingArea(self.initial_text, soft_wrap=True, id="draft-text", at_end=False)
            with Vertical(id="draft-panel"):
                yield Static("Tone", id="draft-tone-title", classes="draft-panel-title")
                note = Static(self.tone_note, id="draft-tone-note", markup=False)
                note.display = bool(self.tone_note)
                yield note
                yield Static(CALM, id="draft-calm")
                yield OptionList(id="draft-findings")
                yield Static("To fill in", classes="draft-panel-title")
                yield Static("Nothing left to fill in.", id="draft-no-placeholders")
                yield OptionList(id="draft-placeholders")
                yield Static(self._sent_line(), id="draft-sent")
        # Compact: this step has more keys than most, and all should fit in 80 columns.
        yield FittingFooter(FOOTER_DROP_ORDER)

    def on_mount(self) -> None:
        """Check the draft as it arrives (a long one in a thread) and put the cursor in it."""
        self.check_then()
        self.query_one("#draft-text", TextArea).focus()

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

    def show_findings(self, found: list[Finding]) -> tuple[list[Finding], list[str]]:
        """Rebuild the findings and placeholder lists from a check's findings; return them."""
        findings = [f for f in found if f.kind != "placeholder"]
        # Every slot style the tone check knows, "{phone}" or "(Name)", each listed once.
        slots: dict[str, Finding] = {}
        for finding in found:
            if finding.kind == "placeholder":
                slots.setdefault(finding.text, finding)
        names = list(slots)
        self._spots = {}

        tone_list = self.query_one("#draft-findings", OptionList)
        was = tone_list.highlighted
        tone_list.clear_options()
        options: list[Option | None] = []
        for number, finding in enumerate(findings):
            option_id = f"finding-{number}"
            self._spots[option_id] = _spot_of(finding)
            if options:
                options.append(None)  # a rule between findings keeps wrapped ones apart
            options.append(Option(_finding_prompt(finding), id=option_id))
        tone_list.add_options(options)
        # Keep the highlight near where it was, so Enter always has a target.
        if findings:
            tone_list.highlighted = min(was or 0, tone_list.option_count - 1)
        tone_list.display = bool(findings)
        self.query_one("#draft-calm").display = not findings
        # The count says how many there are when the list shows only the first few.
        title = f"Tone: {things_to_look_at(findings)}" if findings else "Tone"
        self.query_one("#draft-tone-title", Static).update(title)

        place_list = self.query_one("#draft-placeholders", OptionList)
        place_list.clear_options()
        places: list[Option] = []
        for number, (name, slot) in enumerate(slots.items()):
            option_id = f"placeholder-{number}"
            self._spots[option_id] = _spot_of(slot)
            places.append(Option(Content(f"{on_line(slot.line)}{name}"), id=option_id))
        place_list.add_options(places)
        if places:
            place_list.highlighted = 0
        place_list.display = bool(places)
        self.query_one("#draft-no-placeholders").display = not places
        return findings, names

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click on a finding: select its words in the draft."""
        event.stop()
        spot = self._spots.get(event.option.id or "")
        if spot is not None:
            self.select_spot(spot)

    def select_spot(self, spot: Spot) -> None:
        """Select the words from a 1-based start to an end and give the editor focus."""
        line, column, end_line, end_column = spot
        # The TextArea clamps a selection that the text has since outgrown.
        editor = self.query_one("#draft-text", TextArea)
        editor.selection = Selection((line - 1, column - 1), (end_line - 1, end_column - 1))
        editor.focus()
        editor.scroll_cursor_visible(center=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """No Next key outside the walk, where it would only close the draft."""
        off = action == "next" and not self.in_walk
        return False if off else super().check_action(action, parameters)

    def action_back(self) -> None:
        """Back one step; the draft is reported and kept."""
        self._flush()
        super().action_back()

    def action_next(self) -> None:
        """On to the close; the draft is reported and kept."""
        self._flush()
        super().action_next()

    def ask_first(self, ask: str, yes: str, act: Callable[[], None]) -> None:
        """Run `act` for a clean draft; otherwise name the problems and ask.

        A long draft is checked in a thread first; the screen stays live meanwhile.
        """
        self._check_now(lambda shown: self._asked(shown, ask, yes, act))

    def _asked(self, shown: Shown, ask: str, yes: str, act: Callable[[], None]) -> None:
        """ask_first, once the check is done: act, or ask about what it found."""
        findings, names = shown
        risky = [f for f in findings if f.kind in RISKY_KINDS]
        if not risky and not names:
            act()
            return
        # The same count as the tone panel's heading, and what is still to fill in.
        question = f"{concerns_summary(findings, names)} {ask}"
        # Quote the first worrying finding, so the person sees their own words
        # again; on a short terminal the dialog has no rows to spare for it.
        detail = ""
        if risky and self.app.size.height >= DETAIL_MIN_HEIGHT:
            first = risky[0]
            quoted = first.text if len(first.text) <= 50 else first.text[:49] + "…"
            detail = f"On line {first.line}: “{quoted}”"

        def answered(go_ahead: bool | None) -> None:
            act() if go_ahead else self._show_concerns(bool(risky))

        # ConfirmScreen shows question and detail as plain text, never markup.
        self.app.push_screen(
            ConfirmScreen(question, detail, yes=yes, no=GO_BACK, danger=True),
            callback=answered,
        )

    def _show_concerns(self, tone_first: bool) -> None:
        """After "go back", put the keyboard on the first problem in the panel."""
        selector = "#draft-findings" if tone_first else "#draft-placeholders"
        target = self.query_one(selector, OptionList)
        target.highlighted = 0
        target.scroll_home(animate=False)
        target.focus()

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
