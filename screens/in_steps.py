"""Long pages mounted a part at a time, each after the screen has drawn the part before."""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.widget import Widget
from textual.widgets import Markdown

# A level-two heading starts a part (never inside a fenced block: our pages have none).
PART_START = re.compile(r"^(?=## )", re.MULTILINE)


def mount_in_steps(
    container: Widget, parts: list[Widget], done: Callable[[], None] | None = None
) -> None:
    """Mount each of parts at the end of container, one per screen refresh.

    Laying out and drawing a long page at once held the UI thread well over
    the 50 ms a keypress may wait; a part at a time, each step is short and
    the top of the page is on screen first.
    """
    waiting = list(parts)

    async def next_part() -> None:
        if not waiting or not container.is_attached:
            return
        await container.mount(waiting.pop(0))
        if waiting:
            container.call_after_refresh(next_part)
        elif done is not None:
            done()

    if waiting:
        container.call_after_refresh(next_part)
    elif done is not None:
        done()


def markdown_pieces(text: str) -> list[str]:
    """text cut before each level-two heading; joined, they are text again."""
    pieces = PART_START.split(text)
    if len(pieces) > 1 and not pieces[0].strip():
        pieces[1] = pieces[0] + pieces[1]  # nothing before the first heading
        del pieces[0]
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
