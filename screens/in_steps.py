"""Long pages mounted a part at a time, each after the screen has drawn the part before."""

from __future__ import annotations

import re
from typing import Any

from textual.containers import VerticalScroll
from textual.widget import Widget

from screens import collector
from screens.markdown_text import MarkdownText
from screens.widgets.scroll_body import FocusStylesItself

# Lines that open or close a fenced block, inside which "## " is not a heading.
FENCE = re.compile(r"^ {0,3}(```|~~~)")
# The headings a page is cut before: its sections and their subsections.
HEADING = re.compile(r"^#{2,3} ")


class PageInParts(FocusStylesItself, VerticalScroll):
    """A scrolling page whose later parts are mounted one per screen refresh.

    Laying out and drawing a long page at once held the UI thread well over
    the 50 ms a keypress may wait; a part at a time, each step is short and
    the top of the page is on screen first. End pressed while parts are still
    coming holds the page at its end as they arrive, until the person scrolls.
    """

    def __init__(
        self,
        *children: Widget,
        later: list[Any] | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(*children, id=id, classes=classes)
        # Each a widget, or a list of widgets mounted together. Known from the
        # start, so an End that comes before the page has mounted holds too.
        self.waiting: list[Any] = list(later or [])

    def on_mount(self) -> None:
        """The later parts, one per refresh, once the first are drawn."""
        if self.waiting:
            self.call_after_refresh(self._mount_next)

    def add_in_steps(self, parts: list[Any]) -> None:
        """Mount parts at the end of the page, one per refresh, after any already waiting."""
        self.waiting.extend(parts)
        if self.waiting:
            self.call_after_refresh(self._mount_next)

    async def _mount_next(self) -> None:
        if await mount_next(self, self.waiting):
            self.call_after_refresh(self._mount_next)

    def action_scroll_end(self) -> None:
        """To the end of the page, even of parts not there yet."""
        if self.waiting:
            # Textual's anchor keeps the view at the end as the page grows and
            # lets go when the person scrolls (a key, the wheel, the bar).
            self.anchor()
        else:
            super().action_scroll_end()


async def mount_next(container: Widget, waiting: list[Any]) -> bool:
    """Mount the first waiting part (a widget, or a list of them) at the end of container.

    True when more parts wait and the container is still there to take them.
    """
    if not waiting or not container.is_attached:
        return False
    collector.busy()  # the page is still arriving: no full collection in between
    part = waiting.pop(0)
    if part:
        await container.mount_all(part if isinstance(part, list) else [part])
    return bool(waiting)


def markdown_pieces(text: str) -> list[str]:
    """text cut before each level-two and level-three heading; joined, they are text again.

    Headings inside fenced blocks (a person's own guidance may have some)
    stay, and so does a heading straight after a heading: a part that is only
    a heading would lose the space above it.
    """
    pieces: list[str] = []
    current: list[str] = []
    fence = ""
    said = False  # the current piece has more than headings and blank lines
    for line in text.splitlines(keepends=True):
        opened = FENCE.match(line)
        if opened and (not fence or opened.group(1) == fence):
            fence = "" if fence else opened.group(1)
        elif not fence and HEADING.match(line) and said:
            pieces.append("".join(current))
            current = []
            said = False
        current.append(line)
        said = said or bool(line.strip() and not (not fence and line.startswith("#")))
    pieces.append("".join(current))
    return pieces


def markdown_parts(text: str) -> list[MarkdownText]:
    """text as one widget per section and subsection, the top one first."""
    return markdown_parts_of(markdown_pieces(text))


def markdown_parts_of(pieces: list[str]) -> list[MarkdownText]:
    """One widget per piece of markdown_pieces (in any order), the top one first."""
    parts = [MarkdownText(piece) for piece in pieces]
    for part in parts[1:]:
        # Each part after the first opens with a heading: the space above it
        # is the part's margin, more above a section than a subsection.
        part.add_class("-section" if part.source.startswith(("# ", "## ")) else "-subsection")
    return parts
