"""Asking before a draft goes out (Copy, Save, Mail, Sent) when its tone check found something."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import OptionList

from screens.dialogs.confirm import ConfirmScreen
from screens.walk.draft_checking import Shown
from screens.walk.draft_findings import concerns_summary, first_quoted

GO_BACK = "Go back and look"
# Below this many rows the question alone fills the dialog.
DETAIL_MIN_HEIGHT = 20

# Kinds worth a question before the reply leaves; length alone is a matter of
# taste, and placeholders are asked about by name instead.
RISKY_KINDS = frozenset({"anger", "begging", "public", "shouting", "apology"})


class DraftAsking:
    """The draft screen's question before an action, naming what the check found."""

    # Whether Next has already said which slots are unfilled (rv46 #7).
    _slots_said = False

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
            detail = first_quoted(self.text, risky[0])

        def answered(go_ahead: bool | None) -> None:
            act() if go_ahead else self._show_concerns(bool(risky))

        # ConfirmScreen shows question and detail as plain text, never markup.
        self.app.push_screen(
            ConfirmScreen(question, detail, yes=yes, no=GO_BACK, danger=True),
            callback=answered,
        )

    def ask_slots_once(self, go: Callable[[], None]) -> None:
        """Next with slots still to fill: said once, as Mail says it; then `go` as asked."""
        if self._slots_said:
            go()
            return
        self._check_now(lambda shown: self._slots_checked(shown, go))

    def _slots_checked(self, shown: Shown, go: Callable[[], None]) -> None:
        names = shown[1]
        if not names:
            go()
            return
        self._slots_said = True  # once: a draft left half done on purpose is not nagged

        def answered(go_on: bool | None) -> None:
            go() if go_on else self._show_concerns(False)

        question = f"{concerns_summary([], names)} Go on anyway? The draft is kept as it is."
        self.app.push_screen(ConfirmScreen(question, yes="Go on", no=GO_BACK), callback=answered)

    def _show_concerns(self, tone_first: bool) -> None:
        """After "go back", put the keyboard on the first problem in the panel."""
        selector = "#draft-findings" if tone_first else "#draft-placeholders"
        target = self.query_one(selector, OptionList)
        target.highlighted = 0
        target.scroll_home(animate=False)
        target.focus()
