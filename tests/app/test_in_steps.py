"""Long pages (help, guidance) come a section at a time, and read as the one page they were."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import screens.in_steps as in_steps
from coach.content import load_content
from coach.guidance import guidance_markdown
from coach.journal import Journal
from screens.app import make_app
from screens.dialogs.help import HelpScreen, help_pieces, help_text
from screens.home.guidance import GuidanceScreen
from screens.home.home import HomeScreen
from screens.in_steps import PageInParts, markdown_parts, markdown_pieces
from screens.markdown_text import MarkdownText
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW


def test_the_parts_hold_the_page_in_order() -> None:
    texts = [help_text(), guidance_markdown(load_content().content), "[b] no heading", ""]
    texts.append("\n## starts with one\n\ntext\n## and [/ x]\n")
    texts.append("intro\n```\n## not a heading\n```\n## a heading\n~~~\n## no\n")
    for text in texts:
        pieces = markdown_pieces(text)
        assert "".join(pieces) == text
        assert all(piece.startswith(("## ", "### ")) for piece in pieces[1:])
        parts = markdown_parts(text)
        assert len(parts) == len(pieces)
        assert [part.source for part in parts] == pieces
        # The space above each later part's heading: more above a section.
        spacing = [{"-section", "-subsection"} & set(part.classes) for part in parts]
        assert spacing == [set()] + [
            {"-section"} if piece.startswith("## ") else {"-subsection"} for piece in pieces[1:]
        ]
    assert len(markdown_pieces(help_text())) == 16  # the intro and 15 sections
    assert len(markdown_pieces(texts[-1])) == 2  # the fenced "## " lines stay put
    # Subsections are parts of their own: no step of the guidance is a whole long section.
    assert markdown_pieces("## a\n\ntext\n### b\n\nmore\n#### c\n") == [
        "## a\n\ntext\n",
        "### b\n\nmore\n#### c\n",
    ]
    assert markdown_pieces("\n## starts with one\n\ntext\n## and [/ x]\n") == [
        "\n## starts with one\n\ntext\n",
        "## and [/ x]\n",
    ]


async def test_help_and_guidance_come_top_first_then_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    steps: list[tuple[int, int]] = []
    original = PageInParts._mount_next

    async def noted(page: PageInParts) -> None:
        steps.append((len(page.children), len(page.waiting)))
        await original(page)

    monkeypatch.setattr(PageInParts, "_mount_next", noted)
    async with app.run_test(size=(80, 24)) as pilot:
        for key, kind, pieces in (
            ("f1", HelpScreen, help_pieces(help_text(), "home")),  # home's keys first
            ("g", GuidanceScreen, markdown_pieces(guidance_markdown(app.content))),
        ):
            steps.clear()
            await pilot.press(key)
            assert isinstance(app.screen, kind)
            page = app.screen.query_one(PageInParts)
            await until(pilot, lambda: not page.waiting)  # noqa: B023 (awaited here)
            # The top alone at first; the rest followed, a part at a time.
            assert steps[0] == (1, len(pieces) - 1)
            assert [waiting for _, waiting in steps] == list(range(len(steps), 0, -1))
            assert [part.source for part in page.query(MarkdownText)] == pieces
            await pilot.press("escape")
            await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


async def test_closed_before_the_page_was_whole() -> None:
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("f1", "g"):
            await pilot.press(key, "escape")  # at once: parts still waiting
            for _ in range(5):
                await pilot.pause()
            assert isinstance(app.screen, HomeScreen)


def held_back(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Pages stop after their first part until the returned call lets the rest come.

    However fast or slow the machine, the keys the test sends then land while
    parts are still waiting, which is what the tests are about.
    """
    real = in_steps.mount_next
    held: list[PageInParts] = []

    async def step(container: object, waiting: list[object]) -> bool:
        if isinstance(container, PageInParts) and not released:
            held.append(container)
            return False
        return await real(container, waiting)  # type: ignore[arg-type]

    released: list[bool] = []

    def release() -> None:
        released.append(True)
        for page in held:
            page.call_after_refresh(page._mount_next)

    monkeypatch.setattr(in_steps, "mount_next", step)
    return release


async def test_end_right_after_opening_lands_at_the_true_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """End pressed while parts still arrive: the page ends at its end, not where it ended then."""
    release = held_back(monkeypatch)
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("g", "end")
        page = app.screen.query_one(PageInParts)
        assert page.waiting
        release()
        await until(pilot, lambda: not page.waiting)
        for _ in range(3):
            await pilot.pause()
        assert page.max_scroll_y > 0 and page.scroll_y == page.max_scroll_y
        # Home and End as ever once the page is whole.
        await pilot.press("home")
        await until(pilot, lambda: page.scroll_y == 0)
        await pilot.press("end")
        await until(pilot, lambda: page.scroll_y == page.max_scroll_y)


async def test_scrolling_up_before_the_page_is_whole_stops_following_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = held_back(monkeypatch)
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("g", "end")
        page = app.screen.query_one(PageInParts)
        assert page.waiting
        await pilot.press("up")  # the person scrolls: the page stops holding its end
        release()
        await until(pilot, lambda: not page.waiting)
        for _ in range(3):
            await pilot.pause()
        assert page.scroll_y < page.max_scroll_y - 20, (page.scroll_y, page.max_scroll_y)
