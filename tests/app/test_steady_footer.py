"""Home's footer keeps its keys when home is shown again, and still follows a real change."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from coach.journal import Journal
from screens.app import make_app
from screens.home.home import HomeScreen
from screens.widgets.steady_footer import SteadyFooter
from tests.app.walk_helpers import until
from tests.conftest import FIXED_NOW


def shown_keys(screen: Screen[object]) -> list[str]:
    return [str(key.description) for key in screen.query_one(Footer).query(FooterKey)]


async def test_home_keeps_its_footer_keys_when_shown_again() -> None:
    """Each key made anew was garbage with cycles, never freed once home was set aside."""
    app = make_app(journal=Journal.in_memory(), clock=lambda: FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and shown_keys(app.screen))
        home = app.screen
        before = list(home.query_one(Footer).query(FooterKey))
        for key in ("g", "j", "f1"):
            await pilot.press(key)
            await until(pilot, lambda: app.screen is not home)
            await pilot.press("escape")
            await until(pilot, lambda: app.screen is home)
            await pilot.pause()
        after = list(home.query_one(Footer).query(FooterKey))
        assert after == before and all(a is b for a, b in zip(after, before, strict=True))
        assert "Quit" in shown_keys(home) and "Help" in shown_keys(home)


class Toggling(Screen[None]):
    """A screen whose second key shows only while `shown` is set."""

    BINDINGS = [
        Binding("a", "first", "First"),
        Binding("b", "second", "Second"),
        Binding("c", "flip", "Flip"),
    ]
    shown = False

    def compose(self) -> ComposeResult:
        yield SteadyFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.shown if action == "second" else True

    def action_flip(self) -> None:
        self.shown = not self.shown
        self.refresh_bindings()


async def test_a_steady_footer_still_follows_a_change_of_keys() -> None:
    app: App[None] = App()
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(Toggling())
        await until(pilot, lambda: "First" in shown_keys(app.screen))
        assert "Second" not in shown_keys(app.screen)
        await pilot.press("c")
        await until(pilot, lambda: "Second" in shown_keys(app.screen))
        await pilot.press("c")
        await until(pilot, lambda: "Second" not in shown_keys(app.screen))
        assert shown_keys(app.screen)[:2] == ["First", "Flip"]


def test_every_screen_builds_a_steady_footer() -> None:
    """No screen or dialog yields Textual's plain Footer (the keys it remakes are never freed)."""
    import ast
    from pathlib import Path

    import screens

    plain = []
    for path in Path(screens.__file__).parent.rglob("*.py"):
        if path.name == "steady_footer.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Footer":
                plain.append(f"{path.name}:{node.lineno}")
    assert plain == []
