"""Markdown as one widget: all its text, wrapped to the width, styled as markdown, not markup."""

from __future__ import annotations

import re
from collections import Counter

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll

from coach.content import load_content
from coach.guidance import guidance_markdown
from screens.dialogs.help import help_text
from screens.in_steps import markdown_parts
from screens.markdown_text import MarkdownText, parsed, rendered_lines, theme_styles

STYLES = theme_styles({"markdown-h2-color": "#ff0000", "markdown-h2-text-style": "underline"})


def letters(text: str) -> Counter[str]:
    """How often each letter and digit occurs: markdown's marks and the drawn rules aside."""
    return Counter(re.findall(r"[A-Za-z0-9]", text))


def test_every_word_of_the_guidance_and_help_is_drawn_within_40_columns() -> None:
    for text in (guidance_markdown(load_content().content), help_text()):
        drawn = []
        for part in markdown_parts(text):
            lines = rendered_lines(part.source, 36, STYLES)
            assert all(line.cell_length <= 36 for line in lines)
            drawn.extend(line.text for line in lines)
        # Counted, not read in order: a table's cells wrap side by side, and a
        # long web address is folded mid-word.
        assert letters("\n".join(drawn)) == letters(text)


def test_headings_lists_and_emphasis_look_like_markdown() -> None:
    source = "## A heading\n\nSome *leaning* and **strong** text.\n\n- one point\n- two\n"
    lines = rendered_lines(source, 40, STYLES)
    texts = [line.text.rstrip() for line in lines]
    assert texts[0] == "A heading"
    assert " • one point" in texts and " • two" in texts
    heading = next(iter(lines[0]))
    assert heading.style is not None and heading.style.underline
    assert heading.style.color is not None and heading.style.color.triplet == (255, 0, 0)
    styled = {seg.text.strip(): seg.style for line in lines for seg in line if seg.text.strip()}
    assert styled["leaning"].italic and styled["strong"].bold
    assert "#" not in "".join(texts) and "*" not in "".join(texts)


def test_brackets_are_text_not_markup() -> None:
    lines = rendered_lines("## and [/ x]\n\n[b] no heading [link](x)\n", 40, STYLES)
    texts = [line.text.rstrip() for line in lines]
    assert texts[0] == "and [/ x]"
    assert texts[2].startswith("[b] no heading link")


def test_odd_theme_colours_are_dropped_not_fatal() -> None:
    assert parsed("bold #E0E0E099").bold  # a colour with alpha, as Textual themes have
    assert parsed("underline not-a-colour").underline
    assert parsed("none") == parsed("")


def test_the_same_text_width_and_theme_are_rendered_once() -> None:
    source = "## Once\n\nrendered, then kept.\n"
    assert rendered_lines(source, 30, STYLES) is rendered_lines(source, 30, STYLES)


class OnePage(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield from markdown_parts("## First\n\ntext [b]\n\n### Second\n\nmore\n")


async def test_parts_draw_in_the_app_with_the_space_above_each_heading() -> None:
    app = OnePage()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        first, second = app.query(MarkdownText)
        assert second.region.y - (first.region.y + first.region.height) == 1
        shown = [part.render_line(y).text for part in (first, second) for y in range(3)]
        assert shown[0].strip() == "First" and "text [b]" in shown[2]
        assert shown[3].strip() == "Second" and shown[5].strip() == "more"
        # The widget's own colours go under the markdown's (no bare cells).
        assert all(seg.style and seg.style.bgcolor for seg in first.render_line(0))


async def test_a_new_theme_draws_the_headings_in_its_colours() -> None:
    app = OnePage()
    async with app.run_test(size=(40, 12)) as pilot:
        app.theme = "textual-dark"
        await pilot.pause()
        first = app.query(MarkdownText).first()

        def heading_colour() -> object:
            heading = next(seg for seg in first.render_line(0) if seg.text.strip())
            return heading.style.color if heading.style else None

        dark = heading_colour()
        app.theme = "textual-light"
        await pilot.pause()
        assert heading_colour() != dark
