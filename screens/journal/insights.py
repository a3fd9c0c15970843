"""Insights: where in the funnel the rejections come, what it suggests, and trends."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Sparkline, Static

from coach.errors import CoachError
from coach.insights import READING_MIN_ENTRIES, Insights, compute
from coach.model import Entry
from coach.plan_insights import after_done_sentences, summarise, summary_sentences, theme_sentence
from coach.stats_text import feedback_line, mood_line, weathered_line
from coach.wording import counted
from screens.background import hand_back
from screens.in_steps import mount_next
from screens.journal.journal_loading import unreadable_journal
from screens.styled_once import StyledOnce
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.funnel_bars import FunnelBars

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal

EMPTY = (
    "Insights grow with your journal. Once a few rejections are logged, this "
    "page shows where in the hiring funnel they cluster and what that suggests "
    "you try next. Each one you log is free feedback."
)
FEW = (
    "With {count} so far, it is too early to read a pattern. After "
    f"{READING_MIN_ENTRIES} or more, this page suggests what to work on."
)


# A long journal can have thousands ready to apply again: name the first few.
REAPPLY_NAMED = 12


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of content prose so it wraps to the screen."""
    paragraphs = text.split("\n\n")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


class InsightsScreen(StyledOnce, Screen[None]):
    """The journal read as free feedback: funnel, diagnosis, trends and mood."""

    BINDINGS = [Binding("escape", "back", "Back", id="back")]

    def __init__(
        self, journal: Journal, content: Content, today: date, ready: Insights | None = None
    ) -> None:
        super().__init__()
        self.journal = journal
        self.content = content
        self.today = today
        # ready: worked out already (in the background after first paint).
        self.insights: Insights | None = ready
        self.loading_entries = False
        # Why the journal could not be read, or "": shown instead of the empty state.
        self.problem = ""
        # Sections not mounted yet: each follows once the one before is drawn.
        self.sections_waiting: list[list[Widget]] = []

    def _entries(self) -> list[Entry]:
        try:
            return self.journal.entries()
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            self.problem = str(error)
            return []

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="insights"):
            if self.insights is None and self.journal.load_is_quick():
                self.insights = compute(self._entries(), self.content, self.today)
            if self.insights is not None:
                yield from self._first_of(self.insights)
            else:
                # A big journal is read in a thread; this line holds its place.
                self.loading_entries = True
                yield Static(Text("Reading your journal…"), id="insights-loading")
        # Compact, so Support fits beside the palette key at 40 columns; help goes first if not.
        yield FittingFooter(("help",))

    def _first_of(self, insights: Insights) -> list[Widget]:
        """The top section, to show now; the others wait in sections_waiting."""
        first, *self.sections_waiting = self._sections(insights)
        return first

    def _sections(self, insights: Insights) -> list[list[Widget]]:
        """The page, section by section, top first."""
        if self.problem:
            # Not "no rejections yet": they are in a file that cannot be read now.
            return [[Static(Text(unreadable_journal(self.problem)), id="insights-empty")]]
        weathered = Static(Text(weathered_line(insights.weathered)), id="insights-weathered")
        if not insights.weathered:
            return [[weathered, Static(Text(EMPTY), id="insights-empty")]]
        return [
            [weathered, *self._funnel(insights)],
            list(self._reading(insights)),
            list(self._over_time(insights)),
            list(self._follow_ups(insights)),
            list(self._plans()),
        ]

    def on_mount(self) -> None:
        """Name the page in the header; start reading a big journal."""
        self.sub_title = "Insights"
        self.query_one("#insights", VerticalScroll).focus()
        if self.loading_entries:
            self.run_worker(self._compute_in_background, thread=True, group="insights")
        elif self.sections_waiting:
            self.call_after_refresh(self._mount_next_section)

    async def _mount_next_section(self) -> None:
        """One more section, after the screen has drawn the ones before.

        Laying out and drawing the whole page at once held the UI thread for
        longer than a keypress may wait (over 50 ms at 100 entries); a section
        at a time, each step is short, and the top is on screen first.
        """
        if not self.is_attached:
            return
        if await mount_next(self.query_one("#insights", VerticalScroll), self.sections_waiting):
            self.call_after_refresh(self._mount_next_section)

    def _compute_in_background(self) -> None:
        try:
            entries = self.journal.entries()
        except CoachError as error:
            hand_back(self.app, self.notify, str(error), severity="error", markup=False)
            self.problem = str(error)
            entries = []
        insights = compute(entries, self.content, self.today)
        hand_back(self.app, self._show, insights)

    async def _show(self, insights: Insights) -> None:
        if not self.is_attached or not self.query("#insights"):
            return  # closed while the journal was read
        scroll = self.query_one("#insights", VerticalScroll)
        await scroll.remove_children()
        await scroll.mount_all(self._first_of(insights))
        self.loading_entries = False
        self.insights = insights
        if self.sections_waiting:
            self.call_after_refresh(self._mount_next_section)

    def _funnel(self, insights: Insights) -> ComposeResult:
        yield Static(Text("Where the rejections came"), classes="section-title")
        yield FunnelBars(insights.funnel, id="insights-funnel")

    def _reading(self, insights: Insights) -> ComposeResult:
        reading = insights.reading
        if reading is None:
            yield Static(Text(FEW.format(count=insights.weathered)), id="insights-few")
            return
        yield Static(Text("What it suggests"), classes="section-title")
        yield Static(
            Text.assemble((f"{reading.headline}: ", "bold"), f"{reading.suggestion}."),
            id="insights-reading",
        )
        if reading.tentative:
            yield Static(
                Text("Only a few entries so far, so take this as a first guess."),
                classes="muted",
            )
        if reading.body:
            yield Static(Text(reading.title), classes="insights-title")
            yield Static(Text(reflow(reading.body)), id="insights-body")
        if reading.actions:
            actions = Text("\n").join(Text(f"• {action}") for action in reading.actions)
            yield Static(actions, id="insights-actions")
        if insights.pattern:
            yield Static(Text(insights.pattern), id="insights-pattern")

    def _over_time(self, insights: Insights) -> ComposeResult:
        weekly = [p.count for p in insights.weekly]
        monthly = [p.count for p in insights.monthly]
        yield Static(Text("Over time"), classes="section-title")
        yield Static(
            Text(
                f"Last {len(weekly)} weeks: {counted(sum(weekly), 'rejection')}, oldest on the left"
            ),
            id="insights-weeks-label",
        )
        yield Sparkline(weekly, id="insights-weeks")
        yield Static(
            Text(f"Last {len(monthly)} months: {counted(sum(monthly), 'rejection')}"),
            id="insights-months-label",
        )
        yield Sparkline(monthly, id="insights-months")

    def _follow_ups(self, insights: Insights) -> ComposeResult:
        yield Static(Text("After the walk"), classes="section-title")
        yield Static(Text(mood_line(insights)), id="insights-mood")
        yield Static(Text(feedback_line(insights)), id="insights-feedback")
        if insights.reapply_due:
            due = insights.reapply_due
            names = ", ".join(entry.summary() for entry in due[:REAPPLY_NAMED])
            if len(due) > REAPPLY_NAMED:
                names += f" and {len(due) - REAPPLY_NAMED} more"
            yield Static(Text(f"Ready to apply again: {names}."), id="insights-reapply")

    def _plans(self) -> ComposeResult:
        # Counts and plain sentences only: a plan is never graded.
        try:
            plans = self.journal.plans()
            entries = self.journal.entries()
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        summary = summarise(plans, entries)
        yield Static(Text("Plans"), classes="section-title")
        yield Static(Text("\n".join(summary_sentences(summary))), id="insights-plans")
        if summary.themes:
            themes = "\n".join(f"• {theme_sentence(counts)}" for counts in summary.themes)
            yield Static(Text(themes), id="insights-plan-themes")
        after = after_done_sentences(summary.after_done)
        if after:
            yield Static(Text("\n".join(after)), id="insights-plan-after")

    def action_back(self) -> None:
        """Back to where the person came from."""
        self.dismiss(None)
