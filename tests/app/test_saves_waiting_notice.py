"""Home says when a big journal's latest saves wait outside journal.json, else nothing."""

from __future__ import annotations

from pathlib import Path

from coach.journal import Journal
from coach.paths import Locations
from screens.app import make_app
from screens.home.home import HomeScreen
from tests.unit.test_log_outside_change import edit_by_hand, with_log


async def notices_of(path: Path) -> str:
    places = Locations(data_dir=path.parent, config_dir=path.parent / "config")
    app = make_app(journal=Journal.open(path, lazy=True), places=places)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.notices_ready
        return " ".join(str(n.render()) for n in app.screen.query(".notice"))


async def test_home_says_the_logs_saves_wait_and_how_to_merge_them(tmp_path: Path) -> None:
    path, _ = with_log(tmp_path / "d [b]")
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    notices = await notices_of(path)
    assert "not shown yet" in notices and "repair" in notices
    assert str(path.parent) in notices  # the folder, brackets and all, as text


async def test_home_is_quiet_when_the_log_still_belongs(tmp_path: Path) -> None:
    path, _ = with_log(tmp_path / "d")
    notices = await notices_of(path)
    assert "repair" not in notices


async def test_home_drops_the_notice_once_a_repair_elsewhere_merged_the_saves(
    tmp_path: Path,
) -> None:
    # The reviewer: after `coach repair` in another shell, home still said the
    # saves were "not shown yet … run repair" until coach was restarted.
    from coach.repair_files import repair_journal
    from screens.dialogs.help import HelpScreen

    path, _ = with_log(tmp_path / "d")
    edit_by_hand(path, b'"Role two"', b'"Role two, fixed by hand"')
    places = Locations(data_dir=path.parent, config_dir=path.parent / "config")
    app = make_app(journal=Journal.open(path, lazy=True), places=places)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen) and home.query(".saves-waiting")
        assert repair_journal(path) is not None  # another shell
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen is home
        assert not home.query(".saves-waiting")
        notices = " ".join(str(n.render()) for n in home.query(".notice"))
        assert "repair" not in notices
