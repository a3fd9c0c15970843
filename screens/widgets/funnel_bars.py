"""The funnel drawn as one bar per stage, scaled to the width it is given."""

from __future__ import annotations

from textual.content import Content
from textual.widget import Widget

from coach.insights import Funnel

LABEL_WIDTH = 17
COUNT_WIDTH = 5


class FunnelBars(Widget):
    """A bar per funnel stage; redrawn to fit on every resize."""

    DEFAULT_CSS = """
    FunnelBars {
        height: auto;
        width: 1fr;
    }
    """

    def __init__(self, funnel: Funnel, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.funnel = funnel

    def get_content_height(self, container: object, viewport: object, width: int) -> int:
        """One line per stage."""
        return len(self.funnel.rows)

    def render(self) -> Content:
        """Stage label, count, then the bar."""
        room = max(0, self.size.width - LABEL_WIDTH - COUNT_WIDTH - 2)
        largest = self.funnel.largest
        lines = []
        for row in self.funnel.rows:
            length = 0
            if row.count and largest:
                length = max(1, round(room * row.count / largest))
            label = row.stage.label[: LABEL_WIDTH - 1].ljust(LABEL_WIDTH)
            lines.append(
                Content.assemble(
                    label,
                    (f"{row.count:>{COUNT_WIDTH}}  ", "bold"),
                    ("█" * length, "$accent"),
                )
            )
        return Content("\n").join(lines)
