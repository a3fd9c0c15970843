"""Two coaches on one folder: typing one took from a stopped coach is not offered by the other."""

from __future__ import annotations

from pathlib import Path

from coach.unsaved import UnsavedStore
from screens.dialogs.resume import ResumeScreen
from screens.home.home import HomeScreen
from tests.app.test_two_profile_leftovers import left_details, names_on_disk
from tests.app.walk_helpers import until, walk_app


def other_coach_resumes(data: Path, name: str) -> UnsavedStore:
    """The first coach open on the folder resumes the details typed as `name`."""
    other = UnsavedStore(data)
    other.open()
    leftovers, _ = other.leftovers()
    [(leftover, key)] = [
        (lo, key) for lo in leftovers for key, rec in lo.surfaces.items() if name in str(rec)
    ]
    assert other.adopt(leftover, key) is not None
    return other


def asked(app: object) -> str:
    screen = app.screen  # type: ignore[attr-defined]
    return screen.description if isinstance(screen, ResumeScreen) else ""


async def test_a_leftover_the_other_coach_resumed_meanwhile_is_not_asked_about(
    tmp_path: Path,
) -> None:
    # fz45: both coaches offered the same leftover; only Resume in the second said
    # that the first had taken it.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    left_details(data, "Xavier")
    left_details(data, "Yolanda")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: asked(app))
        first = "Xavier" if "Xavier" in asked(app) else "Yolanda"
        second = {"Xavier", "Yolanda"} - {first}
        other = other_coach_resumes(data, second.pop())
        await pilot.press("escape")  # later, for the first
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    other.close()
    assert names_on_disk(data) == ["Xavier", "Yolanda"]  # each kept by one coach


async def test_the_question_says_so_when_the_other_coach_takes_it_up_while_it_asks(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    left_details(data, "Xavier")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: asked(app))
        dialog = app.screen
        other = other_coach_resumes(data, "Xavier")
        await until(pilot, lambda: dialog.taken)
        said = str(dialog.query_one("#resume-text").render())
        assert "Another coach open on this folder took up that typing first" in said
        assert not dialog.query_one("#resume").display
        # rv50 #5: the footer offered r Resume, and r closed the dialog as OK did.
        offered = {k: b.binding.description for k, b in dialog.active_bindings.items()}
        assert "r" not in offered and "d" not in offered
        assert offered["escape"] == "OK"
        await pilot.press("r")
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    other.close()


async def test_resume_takes_the_typing_at_once_not_after_the_last_question(
    tmp_path: Path,
) -> None:
    # Taken only once every question was answered, a coach started meanwhile still
    # found it left, and offered it too.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    left_details(data, "Xavier")
    left_details(data, "Yolanda")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: asked(app))
        first = asked(app)
        await pilot.press("r")
        await until(pilot, lambda: asked(app) and asked(app) != first)
        late = UnsavedStore(data)  # a coach started now, with the second question still up
        late.open()
        leftovers, _ = late.leftovers()
        offered = [str(rec) for lo in leftovers for rec in lo.surfaces.values()]
        late.close()
        await pilot.press("escape")
        await pilot.press("ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    taken = "Xavier" if "Xavier" in first else "Yolanda"
    assert not any(taken in rec for rec in offered)
