"""The home screen, help, and the problem screen, driven by Pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.fuzzy import Matcher
from textual.widgets import Footer, OptionList

from coach.journal import Journal
from screens.app import make_app
from screens.dialogs.help import HelpScreen
from screens.dialogs.problem import ProblemScreen
from screens.home.home import HomeScreen
from screens.launch import run_app  # noqa: F401  (run_app is the CLI's door)
from tests.app.test_footer_keys_whole import cut_keys
from tests.app.walk_helpers import until


async def test_home_shows_welcome_and_keys() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "quiet place" in str(app.screen.query_one("#home-welcome").render())


async def test_f1_and_question_mark_open_help_and_escape_closes_it() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("f1", "question_mark"):
            await pilot.press(key)
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, HomeScreen)


async def test_q_quits_from_home() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


async def test_a_corrupt_journal_shows_a_problem_screen(tmp_path: Path) -> None:
    message = f"The journal {tmp_path} cannot be read [/ not json]"
    app = make_app(journal=None, problem=message)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        shown = str(app.screen.query_one("#problem-message").render())
        assert "[/ not json]" in shown


async def test_entries_due_for_reapplying_show_on_home() -> None:
    from datetime import date, datetime

    from tests.conftest import make_entry

    journal = Journal.in_memory()
    journal.add(make_entry("Due Co [/x]", reapply_after=date(2026, 11, 1)))
    journal.add(make_entry("Later Co", reapply_after=date(2027, 6, 1)))
    app = make_app(journal=journal, clock=lambda: datetime(2026, 11, 25, 9))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        assert "Due Co [/x]" in notices
        assert "Later Co" not in notices


async def test_the_palette_has_the_apps_own_commands_and_a_light_look() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("New rejection", "Journal", "Insights", "Profile", "Help", "Light or dark"):
            assert title in titles
        # The palette searches titles only: the words a person types for encryption find it.
        for words in ("lock", "encrypt", "passphrase"):
            assert any(Matcher(words).match(title) for title in titles), words
        dark = app.current_theme.dark
        app.toggle_look()
        await pilot.pause()
        assert app.current_theme.dark is not dark


async def test_an_unreadable_entry_is_named_on_home_not_a_crash(tmp_path: Path) -> None:
    import json

    from coach.plans import Plan
    from tests.conftest import FIXED_NOW, make_entry

    path = tmp_path / "journal.json"
    journal = Journal.open(path)
    journal.add(make_entry("Edited", id="edited1"))
    journal.save_plan(Plan("edited1", "after dinner", "write", FIXED_NOW.date(), id="pcut1"))
    data = json.loads(path.read_text())
    for record in data["entries"].values():
        record["stage"] = "wizard"
    for record in data["plans"].values():
        del record["when"]  # rv34: a plan that does not read was never named on home
    path.write_text(json.dumps(data))
    app = make_app(journal=Journal.open(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        assert "edited1" in notices and "stage 'wizard'" in notices
        # Named as a person knows it, and how to see it again (rv22).
        assert "edited1 (Edited, 2026-11-20)" in notices
        assert "Could not read this plan, so coach never asks about it" in notices
        assert "pcut1: when is missing" in notices
        assert f"mend the fields named in {path} with a text editor" in notices


async def test_g_opens_the_guidance_and_escape_returns() -> None:
    from screens.home.guidance import GuidanceScreen

    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GuidanceScreen)
        assert "Don't reply in anger" in app.screen.markdown
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_a_big_journal_is_read_after_home_shows(tmp_path: Path, monkeypatch) -> None:
    from datetime import date, datetime

    from tests.conftest import make_entry

    monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)  # every file counts as big
    path = tmp_path / "journal.json"
    Journal.open(path).add(make_entry("Due Co [/x]", reapply_after=date(2026, 11, 1)))
    journal = Journal.open(path, lazy=True)
    app = make_app(journal=journal, clock=lambda: datetime(2026, 11, 25, 9))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.screen.notices_ready
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        assert "Due Co [/x]" in notices


@pytest.mark.parametrize("size", ["big", "small"])
async def test_a_damaged_journal_found_after_home_shows_the_problem(
    tmp_path: Path, monkeypatch, size: str
) -> None:
    # A small journal is read at once on the UI thread, a big one in a thread: the
    # small one's notices swallowed the error, and home looked fine until a key.
    if size == "big":
        monkeypatch.setattr("coach.journal.QUICK_LOAD_BYTES", 0)
    path = tmp_path / "journal.json"
    path.write_text("{not json [/x]")
    journal = Journal.open(path, lazy=True)  # nothing is read yet
    from coach.paths import locate

    app = make_app(journal=journal, places=locate(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert "not valid JSON" in str(app.screen.query_one("#problem-message").render())
        assert app.journal is None
        assert path.read_text() == "{not json [/x]"
        path.write_text('{"entries": {}}')  # repaired in another window
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen) and app.journal is not None
        assert len([s for s in app.screen_stack if isinstance(s, HomeScreen)]) == 1


async def test_many_due_entries_show_a_few_and_a_count() -> None:
    from datetime import date, datetime

    from tests.conftest import make_entry

    journal = Journal.in_memory()
    for n in range(5):
        journal.add(make_entry(f"Due {n}", reapply_after=date(2026, 11, 1 + n)))
    app = make_app(journal=journal, clock=lambda: datetime(2026, 11, 25, 9))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notices = [str(n.render()) for n in app.screen.query(".notice")]
        assert len(notices) == 4
        assert "Due 0" in notices[0] and "Due 2" in notices[2]
        assert "2 more entries ready to look at again" in notices[3]


async def test_escape_on_the_profile_asks_before_dropping_what_was_typed() -> None:
    from textual.widgets import Input

    from screens.dialogs.leave import LeaveDialog
    from screens.home.profile import ProfileScreen

    journal = Journal.in_memory()
    app = make_app(journal=journal)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        # rv19: home's title, cut, over an introduction whose start scrolled away.
        title = app.screen.query_one("HeaderTitle")
        header = str(title.render())
        assert header == "coach — My details for replies", header
        assert title.content_region.width >= len(header)  # not cut to "coach — My deta…"
        page = app.screen.query_one(".step-body").region
        for part in (".step-intro", "#label-name", "#name"):
            assert page.contains_region(app.screen.query_one(part).region), part
        await pilot.press("escape")  # nothing typed: leaves at once
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Sam [b]Rivera"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LeaveDialog)
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Sam [b]Rivera"
        await pilot.press("escape", "d")  # no letter drops the changes
        await pilot.pause()
        assert isinstance(app.screen, LeaveDialog)
        await pilot.press("up", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert journal.profile().name == ""
        await pilot.press("p")
        await pilot.pause()
        app.screen.query_one("#name", Input).value = "Sam [b]Rivera"
        await pilot.press("escape", "s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert journal.profile().name == "Sam [b]Rivera"


async def test_details_saved_meanwhile_by_another_coach_merge_and_a_replaced_one_is_said(
    tmp_path: Path,
) -> None:
    from textual.widgets import Input

    from coach.model import Profile

    path = tmp_path / "journal.json"
    Journal.open(path).save_profile(Profile(name="Sam"))
    app = make_app(journal=Journal.open(path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await pilot.pause()
        # Another coach on this folder saves while this one is editing.
        Journal.open(path).save_profile(
            Profile(name="Alice [b]", linkedin_url="https://linkedin.com/in/alice")
        )
        app.screen.query_one("#name", Input).value = "Bob"
        app.screen.query_one("#phone", Input).value = "+1 555 0199"
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
    assert Journal.open(path).profile() == Profile(
        name="Bob", linkedin_url="https://linkedin.com/in/alice", phone="+1 555 0199"
    )
    assert "Yours replaced theirs in: your name (theirs was 'Alice [b]')" in said
    # Said as a change of theirs kept, not as a clash (rv41: "their Your name is kept beside").
    assert (
        "Another coach changed your LinkedIn URL meanwhile; that change is kept with yours." in said
    )


async def test_details_changed_apart_by_two_coaches_are_said_as_one_change_kept(
    tmp_path: Path,
) -> None:
    from textual.widgets import Input

    from coach.model import Profile

    path = tmp_path / "journal.json"
    Journal.open(path).save_profile(Profile(name="Sam"))
    app = make_app(journal=Journal.open(path))
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("p")
        await pilot.pause()
        Journal.open(path).save_profile(Profile(name="Sam Rivera", linkedin_url="https://x.io/a"))
        app.screen.query_one("#phone", Input).value = "+1 555 0199"
        await pilot.press("ctrl+s")
        await pilot.pause()
        said = " ".join(str(n.message) for n in app._notifications)
    assert Journal.open(path).profile() == Profile(
        name="Sam Rivera", linkedin_url="https://x.io/a", phone="+1 555 0199"
    )
    assert (
        "Another coach changed your name and your LinkedIn URL meanwhile; "
        "those changes are kept with yours." in said
    ), said
    assert "replaced" not in said


async def test_the_problem_screen_scrolls_to_its_end_and_r_opens_a_repaired_journal(
    tmp_path: Path,
) -> None:
    from textual.containers import VerticalScroll
    from textual.events import MouseScrollDown

    from coach.paths import locate

    places = locate(tmp_path / ("a-rather-long-folder-name/" * 4 + "data"))
    places.journal.parent.mkdir(parents=True)
    places.journal.write_text('{"entries": {"1": {"company": "Cut')
    try:
        Journal.open(places.journal).entries()
    except Exception as error:  # what coach says at start
        problem = str(error)
    app = make_app(journal=None, places=places, problem=problem)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ProblemScreen)
        body = screen.query_one("#problem", VerticalScroll)
        assert body.max_scroll_y > 0  # too long for 40x12: it must scroll
        await pilot.press("end")
        await pilot.pause()
        assert body.scroll_y == body.max_scroll_y
        await pilot.press("home")
        await pilot.pause()
        body.post_message(MouseScrollDown(body, 5, 5, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert body.scroll_y > 0  # the wheel scrolls it too
        await pilot.press("r")  # not repaired yet: still the problem, said again
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        assert app.journal is None
        assert any("still cannot be opened" in n.message for n in app._notifications)
        places.journal.write_text('{"entries": {}}')  # repaired in another window
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.journal is not None
        assert not any(isinstance(s, ProblemScreen) for s in app.screen_stack)
        # The toast from the failed try does not linger over home.
        assert not any("still cannot be opened" in n.message for n in app._notifications)


async def test_a_file_for_a_data_folder_offers_no_repair(tmp_path: Path) -> None:
    from coach.paths import locate
    from screens.dialogs.problem import FOLDER_RETRY_HINT

    places = locate(tmp_path / "afile")
    places.data_dir.write_text("not a folder")
    problem = f"Cannot use {places.data_dir} as the data folder: it is a file, not a folder."
    app = make_app(journal=None, places=places, problem=problem)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        hint = str(app.screen.query_one("#problem-retry").render())
        assert hint == FOLDER_RETRY_HINT and "repair" not in hint


@pytest.mark.parametrize("size", [(80, 24), (40, 12)])
async def test_every_notice_can_be_scrolled_into_view(size: tuple[int, int]) -> None:
    # The reviewer at 40x12: one line of the first notice showed, and End,
    # PageDown, Down and Tab reached none of the rest (at 80x24, two of four).
    from datetime import date, datetime

    from tests.conftest import make_entry

    journal = Journal.in_memory()
    for n in range(5):
        journal.add(
            make_entry(f"Due {n} with a long company name", reapply_after=date(2026, 11, 1 + n))
        )
    app = make_app(journal=journal, clock=lambda: datetime(2026, 11, 25, 9))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        shown = home.query_one("#home").scrollable_content_region
        last = list(home.query(".notice"))[-1]
        # The footer names PgDn while there is more below, whole, beside what matters.
        await until(pilot, lambda: "PgDn More" in footer_keys(app))
        assert footer_keys(app) == ["PgDn More", "q Quit", "F1 Help", "F2 Support"]
        assert cut_keys(app) == []
        for _ in range(8):
            if shown.contains_region(last.region):
                break
            await pilot.press("pagedown")
            await pilot.pause()
            assert cut_keys(app) == []
            assert {"q Quit", "F1 Help", "F2 Support"} <= set(footer_keys(app))
        assert shown.contains_region(last.region), (shown, last.region)
        # At the end: no More, and PgUp named to go back up.
        assert footer_keys(app) == ["PgUp Back", "q Quit", "F1 Help", "F2 Support"]
        menu = home.query_one("#home-menu", OptionList)
        highlighted = menu.highlighted
        await pilot.press("pagedown")  # nothing more: the page stays, and so does the menu
        await pilot.pause()
        assert menu.highlighted == highlighted and "PgUp Back" in footer_keys(app)
        for _ in range(8):
            await pilot.press("pageup")
            await pilot.pause()
        # Back at the top: no PgUp, and More again.
        assert home.query_one("#home").scroll_y == 0
        assert footer_keys(app) == ["PgDn More", "q Quit", "F1 Help", "F2 Support"]
        assert "2 more entries" in str(last.render())
        await pilot.press("j")  # the menu's keys still work
        await pilot.pause()
        assert not isinstance(app.screen, HomeScreen)


async def test_home_with_nothing_below_the_menu_names_no_page_keys() -> None:
    app = make_app(journal=Journal.in_memory())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert footer_keys(app)[:3] == ["q Quit", "F1 Help", "F2 Support"]
        assert not [key for key in footer_keys(app) if key.startswith(("PgDn", "PgUp"))]
        menu = app.screen.query_one("#home-menu", OptionList)
        highlighted = menu.highlighted
        await pilot.press("pagedown")  # still the page's key, not the menu's
        await pilot.pause()
        assert menu.highlighted == highlighted


def footer_keys(app: App[object]) -> list[str]:
    """The footer's keys as drawn, left to right, but for the palette's."""
    keys = [key for key in app.screen.query_one(Footer).children if key.region.width]
    return [
        f"{getattr(key, 'key_display', '')} {getattr(key, 'description', '')}"
        for key in sorted(keys, key=lambda key: key.region.x)
        if not key.has_class("-command-palette")
    ]


async def test_home_says_an_encrypt_stopped_part_way(tmp_path: Path) -> None:
    from coach.paths import locate
    from tests.unit.test_half_sealed import half_sealed_folder

    half_sealed_folder(tmp_path)
    app = make_app(journal=Journal.open(tmp_path / "journal.json"), places=locate(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        text = " ".join(str(s.render()) for s in app.screen.query(".notice"))
        assert "`coach encrypt` stopped part way" in text, text
        assert "same passphrase" in text and "--set-aside-sealed" in text


async def test_a_plain_journal_started_after_a_lost_passphrase_says_so_on_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """rv46 #4: after moving the locked files aside, the new journal was silently plain."""
    import subprocess

    from coach.cli import main
    from coach.crypto import PASSPHRASE_ENV
    from coach.locked_aside import lost_passphrase
    from coach.paths import locate
    from tests.conftest import make_entry

    folder = tmp_path / "data"
    Journal.open(folder / "journal.json").add(make_entry("Locked Co"))
    monkeypatch.setenv(PASSPHRASE_ENV, "pw1")
    assert main(["--data-dir", str(folder), "encrypt"]) == 0
    monkeypatch.delenv(PASSPHRASE_ENV)
    advice = lost_passphrase(locate(folder))
    assert "The new journal starts unlocked: `coach encrypt` locks it again." in advice
    subprocess.run(["sh", "-c", advice.splitlines()[-1].strip()], check=True)

    places = locate(folder)
    app = make_app(journal=Journal.open(places.journal), places=places)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.screen.notices_ready)
        notices = " ".join(str(n.render()) for n in app.screen.query(".notice"))
        assert "This journal is not locked: it is written in plain text." in notices
        assert f"kept in {tmp_path / 'data.locked'}" in notices
    from coach.locked_aside import unlocked_beside_locked

    # Locked again, it is no longer said.
    assert unlocked_beside_locked(places, sealed=True) is None
