"""The check-in on opening: plans whose day has come, each done, not yet, or let go."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import events
from textual._time import get_time  # the clock a key's time is read on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from coach.plans import Plan
from screens.home.checkin_typing import CHECKIN_KEY, CHECKIN_META, as_value, typed_value
from screens.home.checkin_words import esc_hint, intro
from screens.home.plan_row import PlanRow
from screens.keys import NOTHING_TO_UNDO, keymap_of, shown_key
from screens.stale_toasts import drop_toasts, toast
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.scroll_body import ScrollBody

# Fewer rows than this and the introduction gives its room to the first plan.
SHORT_SCREEN = 16
# An Enter this soon after the one that answered a plan is that Enter again
# (pressed twice, or held), not an answer to the next plan, which nobody reads so fast.
ENTER_AGAIN = 0.7


class CheckInScreen(ModalScreen[None]):
    """Up to three plans whose day has come; every answer is saved at once."""

    BINDINGS = [
        Binding("escape", "later", "Later", id="back"),
        # The last answer can be taken back while the check-in is open: Done
        # sits one Enter away from where the focus starts.
        Binding("ctrl+z", "undo", "Undo", id="undo"),
        NOTHING_TO_UNDO,  # after Undo: ctrl+z when it is off
        # Along a row's three answers (the date field keeps them for its cursor).
        # Priority: the scrolling frame's own Left/Right would take them first.
        Binding("left", "along(-1)", "Previous", show=False, priority=True, id="answers_left"),
        Binding("right", "along(1)", "Next", show=False, priority=True, id="answers_right"),
        # A modal shuts out the app's keys: help, at this dialog's own section, too.
        Binding("f1,question_mark", "app.help", "Help", key_display="F1", id="help"),
        # A modal shuts out the app's keys; support stays one key away here too, and shown.
        Binding("f2", "app.support", "Support", key_display="F2", id="support"),
    ]
    # None meant the app's "*": the frame, first focusable, held the focus until
    # _focus_first ran (a busy machine's check-in flake). The first Done from the start.
    AUTO_FOCUS = ".done"

    class Decided(Message):
        """The person answered a plan: "done", "not_yet" (with a day) or "let_go".

        Or "undo": the answer `answered` is taken back, and `plan` (as it was
        before that answer) is saved over it.
        """

        def __init__(
            self,
            screen: CheckInScreen,
            plan: Plan,
            answer: str,
            due: date | None,
            answered: Plan | None = None,
        ) -> None:
            super().__init__()
            self.checkin = screen
            self.plan = plan
            self.answer = answer
            self.due = due
            self.answered = answered

    def __init__(
        self,
        plans: list[tuple[Plan, str]],
        today: date,
        typed: dict[str, str] | None = None,
        asks: str = "",
        aside: dict[str, Any] | None = None,
        left: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        super().__init__()
        self.plans = plans  # each plan with the company it was made for
        self.today = today
        self.asks = asks  # opened before the plans' time: when coach would ask
        # Days typed for "not yet" and not yet saved: autosaved, offered back here.
        self.typed = typed or {}
        # Days typed for plans not asked about here, held under the same autosave key:
        # written back with this screen's own, or they were lost (rv47 D0).
        self.aside = aside or {}
        # Plans stopped coaches left more than one day typed for: every day, the field's first.
        self.left = left or {}
        self.unsaved_key = CHECKIN_KEY
        self._shown = False
        self.answered: set[str] = set()
        self.pending: set[str] = set()  # sent to the app, not yet saved
        # Each plan as it was asked about (what an undo saves back).
        self._asked: dict[str, Plan] = {}
        # Each answer saved: (the plan as asked, as answered); undone the last first.
        self.undoable: list[tuple[Plan, Plan]] = []
        # The last key read here, and when; the answer the check-in focused after a save.
        self._last_key: tuple[str, float] | None = None
        self._moved_to: Button | None = None
        # When it was mounted: keys read before that were typed blind, for home
        # (rv47 D6: "j / glo Down Enter" pressed the Done it opens on). Not when
        # _focus_first ran: on a busy machine that came after the screen was on the
        # terminal, and an Enter pressed at what was seen answered nothing (CI).
        self._drawn_at: float | None = None
        # Keys read before that: home's, handed back to it as the check-in steps aside.
        self.typed_for_home: list[events.Key] = []
        # Opened unasked (as coach opens), not from the palette: blind keys are home's.
        self.steps_aside = False
        if any(plan.id in self.typed for plan, _ in plans):
            # A day typed before coach stopped waits in its field for Enter, from the start.
            self.AUTO_FOCUS = ".new-due"

    def compose(self) -> ComposeResult:
        with ScrollBody(id="checkin"):
            yield Static("Plans you made", id="checkin-title")
            days = [plan.due for plan, _ in self.plans]
            yield Static(intro(days, self.today, self.asks), id="checkin-intro")
            for index, (plan, company) in enumerate(self.plans):
                typed, left = self.typed.get(plan.id), self.left.get(plan.id)
                yield PlanRow(plan, company, self.today, index, typed, left)
            yield Static(esc_hint(len(self.plans)), id="checkin-hint")
            yield Button("Back to home", id="checkin-close", compact=True)
        # At 40 columns, with Undo on, F1 goes first (it still opens help); F2 stays:
        # the way back from an answer is worth more here than the palette.
        yield FittingFooter(("app.help",), compact=False, narrow_order=False)

    def on_mount(self) -> None:
        """Start on the first plan's answers (once the rows have their buttons)."""
        self.query_one("#checkin-close").display = False
        self._shown = True
        self._drawn_at = get_time()
        self._fit_intro()
        self.call_after_refresh(self._focus_first)

    def on_resize(self, event: events.Resize) -> None:
        """The introduction only where it leaves room for the first plan's answers."""
        self._fit_intro()

    def _fit_intro(self) -> None:
        # Short (40x12): heading, plan and its answers fit together without it (rv19).
        self.query_one("#checkin-intro").display = self.app.size.height >= SHORT_SCREEN

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """Bring the focused answer into view once laid out (its own scroll missed at 40x12)."""
        self.call_after_refresh(event.widget.scroll_visible, animate=False)

    def _focus_first(self, tries: int = 5) -> None:
        # A day typed before coach stopped waits in its field for Enter.
        for row in self.query(PlanRow):
            if row.typed is not None:
                row.query_one(".new-due", Input).focus()
                return
        buttons = self.query(".done")
        if not buttons:
            return
        first = buttons.first(Button)
        frame = self.query_one("#checkin", VerticalScroll)
        window = frame.scrollable_content_region
        if tries and not (window.height and first.region.height):  # not laid out yet (load)
            self.call_after_refresh(self._focus_first, tries - 1)
            return
        # Opened at the top, heading showing (rv14); the first Done is focused at every
        # size, and where it is below (a long plan at 40x12) the focus scrolls it into
        # view: Enter and the arrows answer what is seen, never nothing (rv19).
        frame.scroll_home(animate=False, immediate=True)
        first.focus()
        # Focused already (AUTO_FOCUS), focus() scrolls nothing: bring it into view here.
        self.call_after_refresh(first.scroll_visible, animate=False)

    def unsaved_meta(self) -> dict[str, Any]:
        """The autosave's label for this surface."""
        return CHECKIN_META

    def unsaved_values(self) -> dict[str, Any] | None:
        """Each unanswered plan's typed "not yet" day (and the plan's day) by id; None for none."""
        if not self._shown:  # followed as it is pushed: what it will open with
            opened = self.aside | {
                plan.id: as_value(self.left[plan.id])
                if plan.id in self.left
                else typed_value(self.typed[plan.id], plan.due)
                for plan, _ in self.plans
                if plan.id in self.typed
            }
            return opened or None
        rows = list(self.query(PlanRow))
        if not rows:
            # Taken down as the app ends: the autosave keeps what it saw last.
            raise LookupError("the check-in's rows are gone")
        typed = dict(self.aside)
        for row in rows:
            value = None if row.plan.id in self.answered else row.autosaved()
            if value is not None:
                typed[row.plan.id] = value
        return typed or None

    def _row(self, widget: object) -> PlanRow | None:
        node = widget
        while node is not None and not isinstance(node, PlanRow):
            node = getattr(node, "parent", None)
        return node

    def on_key(self, event: events.Key) -> None:
        """An Enter pressed twice fast answers one plan: the second never answers the next.

        A key read before the answers were drawn answers nothing: it was meant for home.
        Esc still leaves the check-in for later, as it does once drawn: it answers no
        plan, and a person who sees the check-in coming and presses it means "not now".
        """
        blind = self._drawn_at is None or event.time < self._drawn_at
        if blind and event.key != "escape":
            event.stop()
            event.prevent_default()
            if self.steps_aside:
                self._step_aside(event)
            return
        last, self._last_key = self._last_key, (event.key, event.time)
        moved = self._moved_to
        if event.key != "enter" or last is None or moved is None or self.focused is not moved:
            return
        # Right behind the Enter that answered, with the focus where the answer put it
        # (the next plan's Done): that Enter again, pressed twice or held. Any other
        # key between (Tab, an arrow) is a person choosing.
        last_key, last_time = last
        if last_key == "enter" and event.time - last_time < ENTER_AGAIN:
            event.stop()
            event.prevent_default()

    def _step_aside(self, event: events.Key) -> None:
        """A key typed before the answers were drawn was home's: it goes there, the check-in waits.

        rv51 D1: n pressed the moment home showed was read here and dropped; so
        were the 3 behind it. Home takes them once this closes (PlanCheckIn), and
        the plans are asked about when home shows again.
        """
        if not self.typed_for_home:
            self.call_later(self.action_later)
        self.typed_for_home.append(event)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Done and let go are answered at once; not yet asks for a day first."""
        event.stop()
        if event.button.id == "checkin-close":
            self.dismiss(None)
            return
        row = self._row(event.button)
        if row is None or row.plan.id in self.answered | self.pending:
            return  # a second quick press must not answer the same plan twice
        if event.button.has_class("done"):
            self._decide(row.plan, "done", None)
        elif event.button.has_class("let-go"):
            self._decide(row.plan, "let_go", None)
        else:
            row.ask_new_date()

    def _decide(self, plan: Plan, answer: str, due: date | None) -> None:
        self.pending.add(plan.id)
        self._asked[plan.id] = plan
        self.post_message(self.Decided(self, plan, answer, due))

    def on_input_changed(self, event: Input.Changed) -> None:
        """Show the day the typed words mean."""
        row = self._row(event.input)
        if row is not None:
            row.show_day()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the date field: move the plan to that day."""
        event.stop()
        row = self._row(event.input)
        if row is None or row.plan.id in self.answered | self.pending:
            return
        due = row.new_due()
        if due is not None:
            self._decide(row.plan, "not_yet", due)

    def settled(
        self, plan_id: str, outcome: str, saved: Plan | None = None, today: date | None = None
    ) -> None:
        """The app saved the answer (saved: the plan as now stored): say so; close when all are."""
        self.pending.discard(plan_id)
        rows = list(self.query(PlanRow))
        for row in rows:
            if row.plan.id == plan_id and plan_id not in self.answered:
                row.settle(outcome, saved, today)
        self.answered.add(plan_id)
        self._retell()  # "Not yet" gave it a new day
        before = self._asked.get(plan_id)
        if saved is not None and before is not None:
            self.undoable.append((before, saved))
            self.refresh_bindings()
            # The key that undoes here: the person's keymap may have moved it.
            undo = shown_key(keymap_of(getattr(self.app, "config", None)), "undo", "Ctrl+Z")
            said = f"{outcome.split('.')[0]}. {undo} takes it back."
            if self.size.width >= 60 and self.size.height >= 18:  # at 40x12 it hid the next plan
                toast(self.app, ("answered", plan_id), said, title="Saved", timeout=8)
        waiting = [row for row in rows if row.plan.id not in self.answered]
        if waiting:
            self._moved_to = waiting[0].query_one(".done", Button)
            self._moved_to.focus()
            return
        self.query_one("#checkin-hint", Static).update("That is all for now.")
        close = self.query_one("#checkin-close", Button)
        close.display = True
        close.focus()

    def _retell(self) -> None:
        """The introduction names the plans' days as they stand: moved here, elsewhere, or back."""
        rows = list(self.query(PlanRow))
        if not rows:
            return
        today = max(row.today for row in rows)
        # When coach would ask was told from the days the check-in opened with.
        moved = any(row.plan.due != row.first_due for row in rows)
        said = intro([row.plan.due for row in rows], today, "" if moved else self.asks)
        self.query_one("#checkin-intro", Static).update(said)

    def answered_elsewhere(self, stored: Plan, why: str, today: date | None = None) -> None:
        """Another coach answered this plan first: nothing was saved here; say what it said."""
        self.pending.discard(stored.id)
        for row in self.query(PlanRow):
            if row.plan.id == stored.id:
                said = f"{why} Answer again to change it, or Esc to keep it."
                row.replace_plan(stored, said, today or row.today)
                self._retell()
                row.query_one(".done", Button).focus()
                # After the focus has scrolled to Done: the note under it is the news.
                note = row.query_one(".checkin-outcome", Static)
                self.call_after_refresh(note.scroll_visible, animate=False)

    def not_saved(self, plan_id: str) -> None:
        """The app could not save the answer (and said why): the plan can be answered again."""
        self.pending.discard(plan_id)

    def action_later(self) -> None:
        """Back to home; unanswered plans are asked about next time."""
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Undo only with an answer to take back; the arrows only along a row's answers."""
        if action == "undo":
            return bool(self.undoable)
        if action == "along":
            focused = self.focused
            return isinstance(focused, Button) and any(
                focused.has_class(answer) for answer in ("done", "not-yet", "let-go")
            )
        return True

    def action_along(self, step: int) -> None:
        """Left/Right: the previous or next of the focused row's three answers."""
        focused = self.focused
        if not isinstance(focused, Button) or focused.parent is None:
            return
        buttons = list(focused.parent.query(Button))
        index = buttons.index(focused) + step
        if 0 <= index < len(buttons):  # no wrap: Right from "Let it go" stays there
            # At once, not after the queue (focus()): a second Right in the same
            # burst moved on from the old answer, and Enter then chose "Not yet".
            self.set_focus(buttons[index])

    def on_unmount(self) -> None:
        """Undo goes with the check-in: no toast may still promise it (it was lost, trusted)."""
        drop_toasts(self.app, *(("answered", saved.id) for _, saved in self.undoable))

    def action_undo(self) -> None:
        """Take the last answer back: the plan is asked about again, as it was."""
        if not self.undoable:
            return
        before, answered = self.undoable.pop()  # one undo per answer, even while it saves
        self.refresh_bindings()
        self.post_message(self.Decided(self, before, "undo", None, answered))

    async def reopened(self, plan: Plan) -> None:
        """The answer was taken back and saved: the plan's row has its three answers again."""
        self.answered.discard(plan.id)
        frame = self.query_one("#checkin", VerticalScroll)
        for row in list(self.query(PlanRow)):
            if row.plan.id != plan.id:
                continue
            place = list(frame.children).index(row)
            number = int((row.id or "plan-0").removeprefix("plan-"))
            fresh = PlanRow(plan, row.company, self.today, number)
            await row.remove()
            await frame.mount(fresh, before=place)
            self._retell()  # back to the day it had before the answer
            hint = esc_hint(len(self.plans) - len(self.answered))
            self.query_one("#checkin-hint", Static).update(hint)
            self.query_one("#checkin-close", Button).display = False
            fresh.query_one(".done", Button).focus()
            return
