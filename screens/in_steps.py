"""Long pages mounted a part at a time, each after the screen has drawn the part before."""

from __future__ import annotations

import re
from typing import Any

from textual.widget import Widget
from textual.widgets import Markdown

# Lines that open or close a fenced block, inside which "## " is not a heading.
FENCE = re.compile(r"^ {0,3}(```|~~~)")


def mount_in_steps(container: Widget, parts: list[Widget]) -> None:
    """Mount each of parts at the end of container, one per screen refresh.

    Laying out and drawing a long page at once held the UI thread well over
    the 50 ms a keypress may wait; a part at a time, each step is short and
    the top of the page is on screen first.
    """
    waiting = list(parts)

    async def next_part() -> None:
        if await mount_next(container, waiting):
            container.call_after_refresh(next_part)

    if waiting:
        container.call_after_refresh(next_part)


async def mount_next(container: Widget, waiting: list[Any]) -> bool:
    """Mount the first waiting part (a widget, or a list of them) at the end of container.

    True when more parts wait and the container is still there to take them.
    """
    if not waiting or not container.is_attached:
        return False
    part = waiting.pop(0)
    if part:
        await container.mount_all(part if isinstance(part, list) else [part])
    return bool(waiting)


def markdown_pieces(text: str) -> list[str]:
    """text cut before each level-two heading; joined, they are text again.

    Headings inside fenced blocks (a person's own guidance may have some) stay.
    """
    pieces: list[str] = []
    current: list[str] = []
    fence = ""
    for line in text.splitlines(keepends=True):
        opened = FENCE.match(line)
        if opened and (not fence or opened.group(1) == fence):
            fence = "" if fence else opened.group(1)
        elif not fence and line.startswith("## ") and "".join(current).strip():
            pieces.append("".join(current))
            current = []
        current.append(line)
    pieces.append("".join(current))
    return pieces


def markdown_parts(text: str) -> list[Markdown]:
    """text as one Markdown widget per level-two section, the top one first."""
    parts = [Markdown(piece, open_links=False) for piece in markdown_pieces(text)]
    for part in parts[:-1]:
        # Margins between blocks of one Markdown overlap; between two they add
        # up. Without its last bottom margin a part meets the next heading's
        # top margin as the one page did (coach.tcss).
        part.add_class("-followed")
    return parts
