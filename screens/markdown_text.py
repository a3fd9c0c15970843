"""Markdown drawn as one widget, rendered once per text, width and theme, and kept."""

from __future__ import annotations

import io
from functools import lru_cache

from rich.console import Console
from rich.markdown import Markdown as RichMarkdown
from rich.style import Style
from rich.theme import Theme
from textual.color import Color, ColorParseError
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

# Rich's own markdown colours (cyan on black code, yellow bullets) ignore the
# app's theme; these take the theme's colours or none, so light and dark work.
PLAIN = {
    "markdown.paragraph": "none",
    "markdown.text": "none",
    "markdown.em": "italic",
    "markdown.strong": "bold",
    "markdown.s": "strike",
    "markdown.item": "none",
    "markdown.item.number": "none",
    "markdown.hr": "none",
    "markdown.block_quote": "italic",
    "markdown.table.border": "none",
    "markdown.table.header": "bold",
    "markdown.link": "underline",
    "markdown.link_url": "underline",
}

# Textual's text-style words, as Rich's style flags ("none" adds nothing).
TEXT_STYLES = {
    "none": "",
    "bold": "bold",
    "italic": "italic",
    "underline": "underline",
    "strike": "strike",
    "reverse": "reverse",
    "dim": "dim",
}


class MarkdownText(Widget):
    """A markdown text as one widget: no widget per paragraph, list item or table.

    Textual's Markdown makes a widget for every block, about 480 for the
    guidance; laying them out, removing them on close and collecting their
    garbage each held the UI thread for far over 50 ms.
    """

    DEFAULT_CSS = """
    MarkdownText {
        height: auto;
        padding: 0 2;
    }
    /* Each part after the first opens with a heading (screens/in_steps.py):
       the space above it, more above a section than a subsection. */
    MarkdownText.-section {
        margin-top: 2;
    }
    MarkdownText.-subsection {
        margin-top: 1;
    }
    """

    def __init__(self, source: str, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.source = source

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """As many rows as the text takes at this width."""
        return len(self._lines(width))

    def render_line(self, y: int) -> Strip:
        """One row of the rendered text."""
        width = self.content_size.width
        lines = self._lines(width)
        if not 0 <= y < len(lines):
            return Strip.blank(width, self.rich_style)
        # The lines carry only the markdown's own styles; the widget's colours go under them.
        return lines[y].apply_style(self.rich_style)

    def _lines(self, width: int) -> tuple[Strip, ...]:
        return rendered_lines(self.source, max(width, 1), theme_styles(self.app.theme_variables))


def theme_styles(variables: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The markdown styles for a theme, from the same variables Textual's Markdown uses."""
    styles = dict(PLAIN)
    for level in ("h1", "h2", "h3", "h4", "h5", "h6"):
        color = variables.get(f"markdown-{level}-color", "")
        text_style = variables.get(f"markdown-{level}-text-style", "bold")
        styles[f"markdown.{level}"] = f"{text_style} {color}".strip()
    accent = variables.get("text-accent", "")
    styles["markdown.code"] = f"bold {accent}".strip()
    styles["markdown.code_block"] = accent or "none"
    primary = variables.get("primary", "")
    styles["markdown.item.bullet"] = primary or "none"
    return tuple(sorted(styles.items()))


@lru_cache(maxsize=1024)
def rendered_lines(
    source: str, width: int, styles: tuple[tuple[str, str], ...]
) -> tuple[Strip, ...]:
    """source rendered at width: the same text, width and theme cost nothing the second time."""
    theme = Theme({name: parsed(style) for name, style in styles})
    console = Console(
        file=io.StringIO(),
        width=width,
        theme=theme,
        color_system="truecolor",
        force_terminal=True,
        legacy_windows=False,
    )
    markdown = RichMarkdown(source, hyperlinks=False)
    lines = console.render_lines(markdown, console.options.update_width(width), pad=False)
    return tuple(Strip(line).simplify() for line in lines)


def parsed(style: str) -> Style:
    """A theme's style text as a Rich style; a word neither Textual nor Rich reads is dropped."""
    result = Style()
    for word in style.split():
        if word in TEXT_STYLES:
            result += Style(**{TEXT_STYLES[word]: True}) if TEXT_STYLES[word] else Style()
            continue
        try:
            result += Style(color=Color.parse(word).rich_color)
        except ColorParseError:
            continue  # an odd theme colour must not stop the page
    return result
