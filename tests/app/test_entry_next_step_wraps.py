"""An entry's "Next step" wraps: a plan's words are never cut at the screen's edge."""

from __future__ import annotations

from pathlib import Path

from coach.model import Stage
from tests.app.test_entry_new_plan import open_on_entry
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry

STEP = (
    "When I finish lunch on Monday, I will record my [b]salary[/b] answer on my phone "
    "and listen back."
)


async def test_a_long_next_step_shows_whole_at_80x24(tmp_path: Path) -> None:
    # rv49 #8: " Next step      When I finish lunch on Monday, I will record my [b]salary[/b]"
    # and nothing more: cut at the edge, no mark, no wrap.
    app = walk_app(tmp_path)
    app.journal.add(make_entry("Lumen Cloud", Stage.PHONE_SCREEN, id="e1", next_step=STEP))
    async with app.run_test(size=(80, 24)) as pilot:
        entry = await open_on_entry(pilot, app, "e1")
        field = entry.query_one("#f-next")
        field.scroll_visible(animate=False, top=True)
        await until(pilot, lambda: field.region.y < 20)
        await pilot.pause()
        rows = [strip.text for strip in entry._compositor.render_strips()]
        shown = " ".join(row.strip() for row in rows)
        assert "[b]salary[/b]" in shown and "and listen back." in shown, "\n".join(rows)
