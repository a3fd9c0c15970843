"""Insights: where in the funnel the rejections come, what it suggests, and trends."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content as Text
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Sparkline, Static

from coach.errors import CoachError
from coach.insights import Insights, compute
from coach.model import Entry
from coach.plan_insights import after_done_sentences, summarise, summary_sentences, theme_sentence
from coach.stats_text import (
    chart_ends,
    feedback_line,
    mood_line,
    replies_line,
    too_early_line,
    weathered_line,
)
from coach.wording import counted
from screens.background import hand_back
from screens.in_steps import PageInParts
from screens.journal.journal_loading import unreadable_journal
from screens.styled_once import StyledOnce
from screens.thread_work import forgetting
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.funnel_bars import FunnelBars
from screens.widgets.title_header import TitleHeader

if TYPE_CHECKING:
    from coach.content import Content
    from coach.journal import Journal
    from coach.plans import Plan

EMPTY = (
    "Insights grow with your journal. Once a few rejections are logged, this "
    "page shows where in the hiring funnel they cluster and what that suggests "
    "you try next. Each one you log is free feedback."
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
        self._later: list[list[Widget]] = []

    def _entries(self) -> list[Entry]:
        try:
            return self.journal.entries()
        except CoachError as error:
            self.notify(str(error), severity="error", markup=False)
            self.problem = str(error)
            return []

    def _made(self) -> list[Plan]:
        # A done plan narrows the reading; unreadable plans are named in the Plans section.
        try:
            return self.journal.plans()
        except CoachError:
            return []

    def compose(self) -> ComposeResult:
        yield TitleHeader()
        if self.insights is None and self.journal.load_is_quick():
            self.insights = compute(self._entries(), self.content, self.today, self._made())
        if self.insights is not None:
            # The top section now; the others follow it a section at a time.
            first = self._first_of(self.insights)
            later, self._later = self._later, []
            yield PageInParts(*first, later=later, id="insights")
        else:
            # A big journal is read in a thread; this line holds its place.
            self.loading_entries = True
            with PageInParts(id="insights"):
                yield Static(Text("Reading your journal…"), id="insights-loading")
        # Compact; the palette key (ctrl+p works without it) goes first, then help; Support stays.
        yield FittingFooter(("command_palette", "help"))

    @property
    def sections_waiting(self) -> list[list[Widget]]:
        """The sections not mounted yet."""
        pages = self.query(PageInParts)
        return self._later + (pages.first().waiting if pages else [])

    def _first_of(self, insights: Insights) -> list[Widget]:
        """The top section, to show now; the others wait to follow it."""
        first, *self._later = self._sections(insights)
        return first

    def _the_rest_in_steps(self) -> None:
        later, self._later = self._later, []
        self.query_one("#insights", PageInParts).add_in_steps(later)

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
        self.query_one("#insights", PageInParts).focus()
        if self.loading_entries:
            self.run_worker(forgetting(self._compute_in_background), thread=True, group="insights")

    def _compute_in_background(self) -> None:
        try:
            entries = self.journal.entries()
        except CoachError as error:
            hand_back(self.app, self.notify, str(error), severity="error", markup=False)
            self.problem = str(error)
            entries = []
        insights = compute(entries, self.content, self.today, self._made())
        hand_back(self.app, self._show, insights)

    async def _show(self, insights: Insights) -> None:
        if not self.is_attached or not self.query("#insights"):
            return  # closed while the journal was read
        scroll = self.query_one("#insights", PageInParts)
        await scroll.remove_children()
        await scroll.mount_all(self._first_of(insights))
        self.loading_entries = False
        self.insights = insights
        self._the_rest_in_steps()

    def _funnel(self, insights: Insights) -> ComposeResult:
        yield Static(Text("Where the rejections came"), classes="section-title")
        yield FunnelBars(insights.funnel, id="insights-funnel")

    def _reading(self, insights: Insights) -> ComposeResult:
        reading = insights.reading
        if reading is None:
            yield Static(Text(too_early_line(insights.weathered)), id="insights-few")
            return
        yield Static(Text("What it suggests"), classes="section-title")
        yield Static(
            Text.assemble((f"{reading.headline}: ", "bold"), f"{reading.suggestion}."),
            id="insights-reading",
        )
        if reading.earlier:
            yield Static(Text(reading.earlier), id="insights-earlier")
        if reading.sureness:
            yield Static(Text(reading.sureness), classes="muted", id="insights-sureness")
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
        yield _ends(chart_ends(insights.weekly, months=False), "insights-weeks-ends")
        yield Static(
            Text(f"Last {len(monthly)} months: {counted(sum(monthly), 'rejection')}"),
            id="insights-months-label",
        )
        yield Sparkline(monthly, id="insights-months")
        yield _ends(chart_ends(insights.monthly, months=True), "insights-months-ends")

    def _follow_ups(self, insights: Insights) -> ComposeResult:
        yield Static(Text("After the walk"), classes="section-title")
        yield Static(Text(mood_line(insights)), id="insights-mood")
        yield Static(Text(feedback_line(insights)), id="insights-feedback")
        # As `coach stats` says it (rv19: only the CLI had it).
        yield Static(Text(replies_line(insights)), id="insights-replies")
        if insights.reapply_due:
            due = insights.reapply_due
            names = ", ".join(entry.summary_on_screen() for entry in due[:REAPPLY_NAMED])
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
        summary = summarise(plans, entries, self.today)
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


def _ends(ends: tuple[str, str], widget_id: str) -> Horizontal:
    """The first and last bars' periods, under the chart's two ends (rv19: unlabelled)."""
    first, last = ends
    return Horizontal(
        Static(Text(first), classes="chart-end"),
        Static(Text(last), classes="chart-end chart-end-right"),
        id=widget_id,
        classes="chart-ends",
    )
