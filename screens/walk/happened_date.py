"""Step 2's date: when the news came (or, never heard back, when they applied), read and shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual.widgets import Input, Select, Static

from coach.dates import (
    DateInputError,
    DayOutOfRange,
    UnclearDay,
    parse_received,
    received_preview,
)
from coach.model import Channel, Stage
from screens.walk.happened_words import APPLIED_HINT, PLACEHOLDERS, UNKNOWN_YET


class HappenedDate:
    """The date field follows the stage: its question, its untouched day, what it reads as."""

    today: date
    initial: dict[str, Any]
    guessed: dict[str, Any]
    _date_typed: bool
    _channel_chosen: bool

    def _silence(self) -> bool:
        """Never heard back: the date asked for is when they applied."""
        if not self.is_mounted:
            return self.initial.get("stage") == Stage.NO_REPLY.value
        return self._stage() == Stage.NO_REPLY.value

    def _date_for_stage(self) -> None:
        """The date's question, and its untouched "today", follow the stage picked."""
        silence = self._silence()
        field = self.query_one("#received", Input)
        field.placeholder = PLACEHOLDERS[silence]
        # An untouched "today" fits news, never a silence; a typed or emailed day stays.
        # Nor does the news day left typed as it was ("today Z" mended back) fit one:
        # nobody never heard back on the day they applied (rv44 #6).
        news_day = field.value.strip().lower() in ("today", self._news_day())
        if (not self._date_typed or (silence and news_day)) and "received" not in self.guessed:
            with field.prevent(Input.Changed):  # not typing, even with the focus there
                if silence:  # "today", or on resume the day it resolved to
                    field.value = ""
                    self._date_typed = False  # asked afresh, as if untouched
                elif not field.value.strip():
                    field.value = self._news_day()
            field.cursor_position = len(field.value)
        if not self._channel_chosen:
            channel = self.query_one("#channel", Select)
            with channel.prevent(Select.Changed):
                channel.value = channel_for(silence)
        self._show_marks(prune=False)
        self.query_one("#received-on", Static).update(self._resolved())
        self.query_one("#received-error", Static).update(self._date_error(live=True))

    def _news_day(self) -> str:
        """An untouched day for news: today, or on a resumed walk the day it began."""
        began = self.initial.get("started_on", "")
        return began if isinstance(began, str) and "" < began < self.today.isoformat() else "today"

    def _resolved(self) -> str:
        """'yesterday → 25 Nov 2026': the date kept, as soon as the words make one."""
        typed = (
            self.query_one("#received", Input).value
            if self.is_mounted
            else self.initial.get("received", "today")
        )
        if self._silence() and not typed.strip():
            return APPLIED_HINT
        shown = received_preview(typed, self.today, applied=self._silence())
        if not shown and typed.strip() and self.is_mounted and not self._date_error(live=True):
            return UNKNOWN_YET  # likely half typed: said softly here, and at ctrl+n in full
        return shown

    def _date_error(self, *, live: bool = False) -> str:
        """Why the day typed will not do; live (as it is typed), only what more typing won't fix."""
        typed = self.query_one("#received", Input).value
        if live and not typed.strip():
            return ""  # an empty day is asked for when the step ends, not while typing
        try:
            parse_received(typed, self.today, applied=self._silence())
        except (DayOutOfRange, UnclearDay) as error:
            return str(error)  # a day in the future, or one that could be either way round
        except DateInputError as error:
            # "3 d" on the way to "3 days ago" is not read yet: no red line at each key.
            return "" if live else str(error)
        return ""

    def _date_message_into_view(self, refused: bool = False) -> None:
        """Scroll the date's message (the error, else the day it reads) under its field.

        refused: after ctrl+n, when every error is shown, not only what typing won't fix.
        """
        # The field is kept in view as it is typed in, and no further: the lines
        # below it, which grow as the date is typed, stayed under the footer
        # when the field sat at the bottom of the screen (at 80x24 after Role
        # or Contact was typed in), and ctrl+n then seemed to do nothing.
        if not self.is_attached:
            return
        which = "#received-error" if self._date_error(live=not refused) else "#received-on"
        self.query_one(which, Static).scroll_visible(animate=False, immediate=True)


def channel_for(silence: bool) -> str:
    """How it came, unless the person says: silence when they never heard back, else email."""
    return Channel.SILENCE.value if silence else Channel.EMAIL.value
