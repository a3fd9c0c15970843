"""A reply to a pasted email goes to its sender, "Re:" its subject (rv44 #7)."""

from __future__ import annotations

from pathlib import Path

from coach.model import Profile, Stage
from screens.walk.draft import DraftScreen
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry
from tests.unit.test_reply_address import NORTHWIND


async def test_a_reply_is_addressed_to_the_pasted_emails_sender(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    # A URL in the details: without one, the LinkedIn paragraph is asked about first.
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/kim-example"))
    entry = app.journal.add(
        make_entry("Northwind Health", Stage.FINAL, contact="Jonas Weber", email_text=NORTHWIND)
    )
    typed = app.journal.add(make_entry("Quillworks", Stage.TECHNICAL, role="Designer"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        screen = app.screen
        assert (screen.recipient, screen.subject) == (
            "jonas@northwind-health.de",
            "Re: Your application for Senior Designer",
        )
        app.pop_screen()
        await pilot.pause()
        # No email kept: no address, and the subject it always had.
        app.open_draft(app.journal.get(typed.id))
        await until(pilot, lambda: isinstance(app.screen, DraftScreen) and app.screen is not screen)
        assert (app.screen.recipient, app.screen.subject) == ("", "Thank you – Designer")


async def test_at_40x12_the_draft_still_says_who_it_goes_to(tmp_path: Path) -> None:
    # rv49 #9: at 40x12 the To:/Subject line was hidden, the heading kept two lines.
    app = walk_app(tmp_path)
    app.journal.save_profile(Profile(linkedin_url="https://www.linkedin.com/in/kim-example"))
    entry = app.journal.add(
        make_entry("Northwind Health", Stage.FINAL, contact="Jonas Weber", email_text=NORTHWIND)
    )
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        app.open_draft(app.journal.get(entry.id))
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        await pilot.pause()
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        assert any("To: jonas@northwind-health.de" in row for row in rows), "\n".join(rows)
        assert any("Your reply to Jonas Weber" in row for row in rows), "\n".join(rows)
