"""The insights screen on a known journal, an empty one, and small terminals."""

from __future__ import annotations

from datetime import date

import pytest
from textual.pilot import Pilot
from textual.widgets import Sparkline, Static

from coach.content import Content, load_content
from coach.journal import Journal
from coach.model import FeedbackStatus, Stage
from coach.plans import Plan, PlanStatus
from screens.app import make_app
from screens.in_steps import PageInParts
from screens.journal.insights import InsightsScreen
from screens.widgets.funnel_bars import FunnelBars
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW, make_entry

TODAY = FIXED_NOW.date()


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content().content


def known_journal() -> Journal:
    journal = Journal.in_memory()
    for day in range(1, 7):
        journal.add(make_entry(f"Silent [/ {day}]", Stage.NO_REPLY, date=date(2026, 11, day)))
    journal.add(
        make_entry(
            "[@click=app.quit]x",
            Stage.PHONE_SCREEN,
            date=date(2026, 11, 20),
            mood_before=2,
            mood_after=6,
            feedback=FeedbackStatus.RECEIVED,
        )
    )
    journal.add(
        make_entry(
            "Globex",
            Stage.TECHNICAL,
            date=date(2026, 10, 1),
            feedback=FeedbackStatus.REQUESTED,
            reapply_after=date(2026, 11, 1),
        )
    )
    return journal


async def every_section(pilot: Pilot, screen: InsightsScreen, last: str) -> None:
    """Let the sections mounted one at a time all come, up to the one holding `last`.

    A loaded machine takes more rounds than an idle one.
    """
    await until(pilot, lambda: not screen.sections_waiting and screen.query(last))


def text_of(screen: InsightsScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_numbers_on_a_known_journal(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = InsightsScreen(known_journal(), content, TODAY)
        await app.push_screen(screen)
        await every_section(pilot, screen, "#insights-plans")
        assert "Rejections weathered: 8" in text_of(screen, "#insights-weathered")
        bars = str(screen.query_one(FunnelBars).render()).splitlines()
        assert len(bars) == 7
        assert bars[0].startswith("Never heard back") and "6" in bars[0] and "█" in bars[0]
        assert "Offer" in bars[6] and "█" not in bars[6]
        said = "6 of your 8 rejections came with no reply or a no on the application alone"
        assert said in text_of(screen, "#insights-reading")
        first_action = content.diagnoses[Stage.NO_REPLY].actions[0]
        assert first_action in text_of(screen, "#insights-actions")
        assert "6 of your last 8" in text_of(screen, "#insights-pattern")
        assert "2.0 before the walk, 6.0 after" in text_of(screen, "#insights-mood")
        assert "asked 2 times, answered 1 time" in text_of(screen, "#insights-feedback")
        assert "Globex" in text_of(screen, "#insights-reapply")
        weeks = screen.query_one("#insights-weeks", Sparkline)
        assert sum(weeks.data or []) == 8  # all within the last 12 weeks
        # rv19: the Replies line `coach stats` prints, and which bar is which period.
        assert text_of(screen, "#insights-replies").startswith("Replies: ")
        ends = [str(w.render()) for w in screen.query("#insights-weeks-ends Static")]
        assert ends == ["week of 7 Sep", "week of 23 Nov"]
        ends = [str(w.render()) for w in screen.query("#insights-months-ends Static")]
        assert ends == ["Dec 2025", "Nov 2026"]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, InsightsScreen)


async def test_empty_and_few_entries(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = InsightsScreen(Journal.in_memory(), content, TODAY)
        await app.push_screen(screen)
        await pilot.pause()
        assert "Insights grow with your journal" in text_of(screen, "#insights-empty")
        assert not screen.query(FunnelBars)
        await pilot.press("escape")
        journal = Journal.in_memory()
        journal.add(make_entry("Solo", Stage.FINAL))
        screen = InsightsScreen(journal, content, TODAY)
        await app.push_screen(screen)
        await every_section(pilot, screen, "#insights-few")
        assert "too early to read a pattern" in text_of(screen, "#insights-few")


async def test_survives_40x12_and_back(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(InsightsScreen(known_journal(), content, TODAY))
        await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, InsightsScreen)


async def test_a_big_journal_is_read_in_a_thread_with_a_quiet_line(
    content: Content, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # every file counts as big
    path = tmp_path / "journal.json"
    Journal.open(path).import_entries(known_journal().entries())
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = InsightsScreen(Journal.open(path, lazy=True), content, TODAY)
        seen: list[str] = []
        original = screen._compute_in_background

        def watched() -> None:
            seen.append(str(screen.query_one("#insights-loading", Static).render()))
            original()

        screen._compute_in_background = watched  # type: ignore[method-assign]
        await app.push_screen(screen)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert seen == ["Reading your journal…"]
        assert screen.insights is not None and screen.insights.weathered == 8
        assert not screen.query("#insights-loading")
        assert screen.query_one(FunnelBars) is not None


async def test_insights_worked_out_after_first_paint_open_at_once_until_a_save(
    tmp_path, monkeypatch
) -> None:
    from datetime import datetime

    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # every file counts as big
    path = tmp_path / "journal.json"
    Journal.open(path).import_entries(known_journal().entries())
    journal = Journal.open(path, lazy=True)
    app = make_app(journal=journal, clock=lambda: datetime(2026, 11, 25, 10))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        assert screen.insights is not None and screen.insights.weathered == 8
        assert not screen.loading_entries  # nothing was left to work out
        await pilot.press("escape")
        # A resume plan marked done since changes what the reading rests on (rv22 item 1).
        journal.save_plan(
            Plan("x", "I sit down", "rewrite it", date(2026, 11, 1), "resume", PlanStatus.DONE)
        )
        await pilot.press("i")
        await pilot.pause()
        assert app._insights_memo is not None
        assert app.screen.insights is not app._insights_memo[1]
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        journal.add(make_entry("One more"))
        await pilot.press("i")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        assert app._insights_memo is not None
        assert screen.insights is not app._insights_memo[1]  # the stale result is not used
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.insights is not None and screen.insights.weathered == 9


async def test_the_page_comes_a_section_at_a_time_top_first(
    content: Content, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drawn whole at once the page held the UI thread too long: the top comes first."""
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    mounted: list[list[str]] = []
    original = PageInParts._mount_next

    async def noted(self: PageInParts) -> None:
        mounted.append([str(child.id) for child in self.children if child.id])
        await original(self)

    monkeypatch.setattr(PageInParts, "_mount_next", noted)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = InsightsScreen(known_journal(), content, TODAY)
        await app.push_screen(screen)
        for _ in range(10):
            await pilot.pause()
        # At the first step only the top section was there.
        assert mounted[0] == ["insights-weathered", "insights-funnel"]
        assert len(mounted) == 4 and not screen.sections_waiting
        shown = [str(child.id) for child in screen.query_one("#insights").children if child.id]
        order = ["insights-weathered", "insights-funnel", "insights-reading", "insights-weeks"]
        order += ["insights-mood", "insights-plans"]
        assert [name for name in shown if name in order] == order
        await pilot.press("escape")
        await pilot.pause()


async def test_closed_before_every_section_came(content: Content) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = InsightsScreen(known_journal(), content, TODAY)
        await app.push_screen(screen)
        await pilot.press("escape")  # at once: sections still waiting
        for _ in range(5):
            await pilot.pause()
        assert not isinstance(app.screen, InsightsScreen)
