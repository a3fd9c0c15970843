"""`coach draft ID` opens on its draft alone: no home beneath it seen, the draft shown first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.widgets import TextArea

from coach.model import Profile, Stage
from screens.home.home import HomeScreen
from screens.walk import draft_checking
from screens.walk.draft import DraftScreen
from tests.app.test_nothing_lost import reopen, stopped
from tests.app.walk_helpers import until, walk_app
from tests.conftest import make_entry


def _saved_entry(tmp_path: Path) -> str:
    app = walk_app(tmp_path)
    # A URL kept: the draft comes straight up, with no question before it.
    app.journal.save_profile(Profile(name="Dana", linkedin_url="https://linkedin.com/in/dana"))
    entry = make_entry("Lumen Cloud", Stage.PHONE_SCREEN, contact="Priya")
    entry.reply.draft = "Hi Priya,"
    return app.journal.add(entry).id


async def test_coach_draft_never_shows_home(tmp_path: Path) -> None:
    # rv49 #5: home's menu showed under "Reply draft" for seconds, and was acted on.
    entry_id = _saved_entry(tmp_path)
    app = reopen(tmp_path, draft_id=entry_id)
    tops: list[str] = []
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):
            tops.append(type(app.screen).__name__)
            if isinstance(app.screen, DraftScreen):
                break
            await pilot.pause(0.02)
        await until(pilot, lambda: isinstance(app.screen, DraftScreen))
        await pilot.pause()
        assert HomeScreen.__name__ not in tops, tops
        assert "DraftGround" in tops
        assert app.screen.query_one("#draft-text", TextArea).text == "Hi Priya,"
    stopped(app)


async def test_the_draft_is_laid_out_on_screen_before_its_first_tone_check(
    tmp_path: Path, monkeypatch: Any
) -> None:
    # The first check in a fresh coach compiles the tone rules (a CPU-second); run as
    # the draft mounted, the screen below stayed painted while keys went in (rv49 #5).
    entry_id = _saved_entry(tmp_path)
    laid_out: list[bool] = []
    real = draft_checking.check

    def check(text: str, **options: Any) -> Any:
        screen = app.screen
        if isinstance(screen, DraftScreen):
            laid_out.append(bool(screen.query_one("#draft-text").region))
        return real(text, **options)

    monkeypatch.setattr(draft_checking, "check", check)
    app = reopen(tmp_path, draft_id=entry_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: bool(laid_out))
        assert laid_out[:1] == [True]
        assert "Reads calm" in str(app.screen.query_one("#draft-calm").render())
    stopped(app)


async def test_keys_typed_before_the_draft_is_up_are_not_typed_into_it(tmp_path: Path) -> None:
    # rv50 #2: "QQQQHi Ana," — keys typed at "Opening the reply draft…" went into the
    # reply once it opened, and Esc then saved them.
    from textual import events

    entry_id = _saved_entry(tmp_path)
    app = reopen(tmp_path, draft_id=entry_id)
    typed_early = [events.Key("Q", "Q") for _ in range(3)]  # read before the draft was up
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, DraftScreen) and app.focused)
        for key in typed_early:
            app.focused.post_message(key)  # type: ignore[union-attr]
        await pilot.pause()
        await pilot.press("x")  # typed at the draft it sees
        await pilot.pause()
        assert app.screen.query_one("#draft-text", TextArea).text == "xHi Priya,"
    stopped(app)
