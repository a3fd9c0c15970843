"""The reply draft editor opened for the walk and the journal, and what it hands back saved."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from screens.walk.step import StepResult

if TYPE_CHECKING:
    from coach.errors import CoachError
    from coach.journal import Saved
    from coach.model import Entry
    from screens.parts import Saves, Session, Typing
    from screens.walk.draft import DraftScreen


class DraftHandoff:
    """Opening an entry's reply in the draft editor and saving what comes back."""

    def __init__(
        self, session: Session, saves: Saves, typing: Typing, *, ends_coach: bool = False
    ) -> None:
        self.session = session
        self.saves = saves
        self.typing = typing
        # Started as `coach draft ID`: leaving the reply's editor ends coach.
        self.ends_coach = ends_coach

    def make_draft_screen(
        self,
        entry: Entry,
        text: str,
        *,
        sent: bool,
        track: bool = False,
        base: Entry | None = None,
        key: str = "",
    ) -> DraftScreen:
        """The draft editor for an entry's reply, used by the walk and the journal.

        With track (opened from the journal), the editor autosaves under its own
        key (the walk's draft is autosaved as part of the walk instead) and has
        no Next key, as there is no next step. key: that autosave key, if resumed.
        """

        from coach.email_agency import agency_behind
        from coach.entry_on_screen import entry_for_screen
        from coach.follow_up import FOLLOW_UP_TEMPLATE
        from coach.merge import company_name
        from coach.records import entry_to_record
        from coach.reply_address import reply_heading
        from coach.reply_elsewhere import no_reply_note
        from coach.terminal_text import for_screen
        from coach.tone_own import own_rules
        from screens.keys import keymap_of
        from screens.walk.draft import DraftScreen

        places = self.session.places
        tone = own_rules(places.content_dir if places else None)
        stored, entry, text = entry, entry_for_screen(entry), for_screen(text)
        follow_up = entry.reply.template == FOLLOW_UP_TEMPLATE
        kind, topic = ("follow-up", "My application") if follow_up else ("reply", "Thank you")
        # An agency's recruiter works at the agency, not at the client who was hiring.
        company = company_name(entry.company)  # never a clash copy's "(other version)"
        agency = agency_behind(entry.email_text, company)
        where = f"{agency}, for {company}" if agency else company
        # A team's email names no one: "Your reply to Lumen Health", not "to them at".
        to = f"{entry.contact} at {where}" if entry.contact else where
        # A reply answers their email: to its sender, "Re:" its subject (rv44 #7).
        address, their_subject = ("", "") if follow_up else reply_heading(entry.email_text)
        screen = DraftScreen(
            text=text,
            heading=f"Your {kind} to {to}",
            subject=their_subject or (f"{topic} – {entry.role}" if entry.role else topic),
            recipient=address,
            no_reply="" if follow_up or address else no_reply_note(entry.email_text),
            save_dir=self.drafts_dir(),
            today=self.session.clock().date(),
            editor=self.editor(),
            editor_source=self.editor_source(),
            company=company,
            names=(agency or "", entry.contact, entry.role),
            sent=sent,
            in_walk=not track,
            temp_path=self._editor_temp_path,
            before_editor=self.typing.flush_unsaved,
            handoff_dir=self.session.places.data_dir if self.session.places else None,
            tone_rules=tone.rules,
            tone_note=tone.short(),
            own_files=self.session.places,
            journal_encrypted=self.session.codec.encrypted,
            keymap=keymap_of(self.session.config),
            ends_coach=track and self.ends_coach,
        )
        if track:
            screen.unsaved_key = key or draft_key(entry.id)
            screen.unsaved_base = {
                "kind": "draft",
                "entry_id": entry.id,
                "label": entry.summary_on_screen(),
                "base": entry_to_record(base or stored),
            }
        return screen

    def _editor_temp_path(self) -> Path:
        """Where the draft waits for $EDITOR: the data folder, named for this coach."""
        import tempfile
        from pathlib import Path

        from coach.unsaved_folder import editor_temp_path

        if self.session.places is None or self.typing.unsaved is None:
            return Path(tempfile.gettempdir()) / f"coach-edit-{os.getpid()}.txt"
        return editor_temp_path(self.session.places.data_dir, self.typing.unsaved.token)

    def editor(self) -> str | None:
        """The editor for the draft's hand-off: the setting, else $VISUAL / $EDITOR."""
        import os

        if self.session.config is not None:
            return self.session.config.editor
        return os.environ.get("VISUAL") or os.environ.get("EDITOR")

    def editor_source(self) -> str:
        """Where that editor came from: a setting's source, or the variable that named it."""
        import os

        if self.session.config is not None:
            return self.session.config.source("editor")
        return "$VISUAL" if os.environ.get("VISUAL") else "$EDITOR"

    def drafts_dir(self) -> Path:
        """Where ctrl+s saves a draft as a file."""
        from pathlib import Path

        # A saved draft is plain text by request; an encrypted data folder
        # must not fill up with plain copies of entries, so they go home.
        if self.session.places is None or self.session.codec.encrypted:
            return Path.home()
        return self.session.places.data_dir / "drafts"

    def _fitting_template(self, entry: Entry) -> Entry | None:
        """The entry set to a template that fits its stage; None (with a word) if none may.

        After silence only the follow-up fits, and only once enough days have passed.
        """
        import copy

        from coach.follow_up import follow_up_offer, follow_up_sent, template_ids_for

        fitting = template_ids_for(entry.stage, list(self.session.content.templates))
        if entry.reply.template in fitting:
            chosen = entry.reply.template
        elif fitting:
            chosen = fitting[0]
        else:
            chosen = entry.reply.template
        if not fitting and entry.stage.value == "no_reply":
            self.session.notify("There is no follow-up template to offer.", severity="warning")
            return None
        if entry.stage.value == "no_reply":
            offer = follow_up_offer(
                entry.date, self.session.clock().date(), already_sent=follow_up_sent(entry)
            )
            if not offer.offered:
                self.session.notify(offer.reason, severity="warning", timeout=8, markup=False)
                return None
        if chosen == entry.reply.template:
            return entry
        fitted = copy.deepcopy(entry)
        fitted.reply.template = chosen
        return fitted

    def open_draft(
        self,
        entry: Entry,
        on_done: Callable[[Entry], None] | None = None,
        *,
        typed: str | None = None,
        sent: bool | None = None,
        on_closed: Callable[[], None] | None = None,
        asked: bool = False,
        key: str = "",
    ) -> None:
        """Reopen a saved entry's reply in the editor; whatever is typed is saved.

        typed and sent: what the person had in the editor, when it comes back
        (a failed save, the autosave), instead of what the entry holds.
        on_closed: called once the editor is left and what it held is saved (a
        save that fails reopens the editor instead).
        asked: the missing LinkedIn URL was asked for already (see ask_linkedin_url).
        key: the autosave key of typing resumed; else the editor gets a fresh one.
        """
        import functools

        from coach.drafting import build_draft
        from coach.model import ReplyPart, ReplyStatus, default_reply_parts
        from screens.walk.linkedin_ask import ask_linkedin_url

        journal = self.session.journal
        if journal is None:
            return
        key = key or draft_key(entry.id)
        # The entry as stored is what a save is an edit of; the template chosen
        # for a fresh draft is a change of this edit, not one made elsewhere.
        opened = entry
        text = entry.reply.draft
        if not text.strip():
            entry = self._fitting_template(entry)
            if entry is None:
                return
            parts = entry.reply.parts or default_reply_parts(entry.stage)
            profile = self.saves.profile()
            # Not when typed text is restored: it is what the editor shows, so
            # a URL added now would never reach it.
            missing = ReplyPart.LINKEDIN in parts and not profile.linkedin_url.strip()
            if missing and not asked and not typed:
                # As the walk's Decide step does: say the paragraph goes, offer the URL.
                again = functools.partial(
                    self.open_draft,
                    opened,
                    on_done,
                    typed=typed,
                    sent=sent,
                    on_closed=on_closed,
                    asked=True,
                    key=key,
                )
                ask_linkedin_url(self.session, self.saves, self.typing, again)
                return
            template = self.session.content.template(entry.reply.template)
            text = build_draft(template, entry=entry, profile=profile, parts=parts)
        already_sent = entry.reply.status is ReplyStatus.SENT

        def done(result: StepResult | None) -> None:
            if result is not None:
                self._keep_draft(
                    entry,
                    result,
                    shown=text,
                    on_done=on_done,
                    base=opened,
                    on_closed=on_closed,
                    key=key,
                )
            elif on_closed is not None:
                on_closed()

        screen = self.make_draft_screen(
            entry,
            typed or text,
            sent=already_sent if sent is None else sent,
            track=True,
            base=opened,
            key=key,
        )
        if typed is not None:
            screen.unsaved_shown = text
            screen.unsaved_sent = already_sent
        self.session.push_screen(screen, callback=done)

    def _keep_draft(
        self,
        entry: Entry,
        result: StepResult,
        *,
        shown: str,
        on_done: Callable[[Entry], None] | None,
        base: Entry | None = None,
        on_closed: Callable[[], None] | None = None,
        key: str = "",
    ) -> None:
        """Save what came back from the draft editor; on failure, reopen it as typed."""
        import copy

        from coach.model import ReplyStatus

        typed = str(result.values.get("draft", shown))
        sent = bool(result.values.get("sent"))
        was_sent = entry.reply.status is ReplyStatus.SENT
        unchanged = (typed == entry.reply.draft and sent == was_sent) or (
            # A fresh draft opened and left untouched is not a draft yet.
            typed == shown and not entry.reply.draft and not sent
        )
        if unchanged:
            if on_closed is not None:
                on_closed()
            return  # only looked: the entry stays exactly as it was
        # Change a copy: the caller's entry must not show text that failed to save.
        updated = copy.deepcopy(entry)
        updated.reply.draft = typed
        if sent:
            from coach.feedback import note_feedback_request

            updated.reply.status = ReplyStatus.SENT
            updated.reply.sent_on = entry.reply.sent_on or self.session.clock().date()
            template = self.session.content.template(updated.reply.template)
            note_feedback_request(updated, template, self.session.clock().date())
        elif typed.strip():
            updated.reply.status = ReplyStatus.DRAFTED
            updated.reply.sent_on = None
        elif was_sent:
            # Un-marked with no text left (marked sent in the entry form, say):
            # nothing is drafted, so the reply is undecided again, not still sent.
            updated.reply.status = ReplyStatus.UNDECIDED
            updated.reply.sent_on = None

        def failed(error: CoachError) -> None:
            self.session.notify(
                f"{error} Your text is back in the editor; nothing typed is lost.",
                severity="error",
                timeout=12,
                markup=False,
            )
            # Asked already (or never needed): the reopen brings the text back, no question.
            self.open_draft(
                entry, on_done, typed=typed, sent=sent, on_closed=on_closed, asked=True, key=key
            )

        def done(saved: Saved) -> None:
            self.typing.saved_surface(key or draft_key(entry.id))
            self.session.notify("The draft is saved with the entry.")
            if on_done is not None:
                on_done(saved.entry)
            if on_closed is not None:
                on_closed()

        # Based on the entry as it was opened: a change saved elsewhere
        # meanwhile is merged, never silently overwritten.
        self.saves.save_entry_soon(lambda: (updated, base or entry), done, failed)

    def open_draft_by_id(self, entry_id: str) -> None:
        """`coach draft ID`: straight to that entry's reply, and out of coach once it is left.

        The command opened the editor and nothing else, as `git commit` does;
        leaving it (Esc, or done) ends the command rather than landing on home.
        """
        from coach.errors import CoachError

        if self.session.journal is None:
            return
        try:
            entry = self.session.journal.get(entry_id)
        except CoachError as error:
            self.session.notify(str(error), severity="error", timeout=10, markup=False)
            return
        self.open_draft(entry, on_closed=self.typing.quit)


def draft_key(entry_id: str) -> str:
    """A fresh autosave key for one reply editor's typing for this entry.

    One of its own per editor: two leftovers of one entry's reply resumed under
    one key wrote over each other, and one was lost at the next quit (fz38).
    """
    return f"draft:{entry_id}:{secrets.token_hex(4)}"
