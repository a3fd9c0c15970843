"""At 40x12 the home menu and step 1's kind words are in view, or reachable by keyboard."""

from __future__ import annotations

import html
import re
from pathlib import Path

from textual.app import App
from textual.widgets import OptionList

from screens.walk.kindness import KindnessScreen
from tests.app.walk_helpers import walk_app


def screen_text(app: App[object]) -> str:
    """What the screen shows, as text (the screenshot's SVG spells spaces as &#160;)."""
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


async def test_the_home_menu_is_in_view_at_40x12(tmp_path: Path) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#home-menu", OptionList)
        # Every choice shows, with its key, inside the screen above the footer.
        assert menu.region.height >= 7 and menu.region.bottom <= 11, menu.region
        shown = screen_text(app)
        assert "I just got a rejection" in shown and "What the coach teaches" in shown


async def test_step_one_text_is_shown_and_the_keyboard_scrolls_it_at_40x12(
    tmp_path: Path,
) -> None:
    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, KindnessScreen)
        text = app.screen.query_one("#kindness-text")
        assert text.region.height >= 5, text.region
        assert "You just heard no" in screen_text(app)
        await pilot.press("shift+tab")
        assert app.focused is text
        await pilot.press("pagedown")
        await pilot.pause()
        assert text.scroll_y > 0


async def test_the_vent_steps_keep_box_says_all_of_its_label_at_40x12() -> None:
    from textual.widgets import Checkbox

    from screens.walk.vent import VentScreen

    class Host(App[None]):
        CSS_PATH = [Path(__file__).parents[2] / "screens" / "walk" / "walk.tcss"]

        def on_mount(self) -> None:
            self.push_screen(VentScreen(text="", keep=False, hold_back="Because."))

    app = Host()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        keep = app.screen.query_one("#keep", Checkbox)
        app.screen.query_one("#carry-forward").focus()
        await pilot.pause()
        await pilot.press("tab")  # as a person reaches it
        await pilot.pause()
        assert app.focused is keep
        assert keep.region.right <= 40 and keep.region.height >= 2
        # Wrapped, not cut: the last words of the label are on screen.
        pieces = re.findall(r">([^<]*)</text>", screen_text(app))
        shown = " ".join(" ".join(pieces).split())
        words = " ".join(w for w in shown.split() if w.isalpha() or w in ("I",))
        assert "Keep what I wrote above in my private journal entry" in words, shown
        # So does the title of the fold below it.
        title = app.screen.query_one("#hold-back CollapsibleTitle")
        title.focus()
        await pilot.pause()
        assert title.region.right <= 38 and title.region.height >= 2, title.region


async def test_the_vent_step_opens_on_its_prompt_at_40x12_and_typing_shows_the_box(
    tmp_path: Path,
) -> None:
    from textual import events
    from textual.widgets import TextArea

    from screens.walk.happened import HappenedScreen
    from screens.walk.vent import VentScreen
    from tests.app.test_focus_in_view import in_view
    from tests.app.walk_helpers import open_walk, press_to, type_into, until

    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        # One key at a time: ctrl+n in a burst with n could land before the first step.
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, VentScreen))
        await pilot.pause()
        await pilot.pause()
        box = app.screen.query_one("#vent", TextArea)
        assert app.focused is box
        body = app.screen.query_one(".step-body")
        assert body.scroll_y == 0  # the prompt saying what the box is for is in view
        assert "Write it out, for yourself only" in screen_text(app).replace("&#160;", " ")
        # A burst, as a terminal hands over a paste or fast typing: one read, many keys.
        for char in "it hurt":
            app.post_message(events.Key(char, char))
        await pilot.pause()
        await pilot.pause()
        assert box.text == "it hurt"
        assert in_view(app), body.scroll_y


async def test_the_decide_step_opens_on_its_question_at_40x12(tmp_path: Path) -> None:
    from screens.walk.decide import DecideScreen
    from screens.walk.happened import HappenedScreen
    from screens.walk.reflect import ReflectScreen
    from screens.walk.vent import VentScreen
    from tests.app.walk_helpers import open_walk, press_to, type_into, until

    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await open_walk(pilot)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await type_into(pilot, "#company", "Acme")
        await press_to(pilot, "ctrl+n", VentScreen)
        await press_to(pilot, "ctrl+n", ReflectScreen)
        await pilot.press("ctrl+n")
        await until(pilot, lambda: isinstance(app.screen, DecideScreen))
        await pilot.pause()
        await pilot.pause()
        assert app.focused is app.screen.query_one("#replying")
        assert "Would you like to reply?" in screen_text(app).replace("&#160;", " ")


async def test_a_toast_stays_small_at_40x12_and_is_as_before_when_the_terminal_grows(
    tmp_path: Path,
) -> None:
    # The reviewer's "Undone" toast stood 6 rows tall over half of a 40x12 screen.
    from textual.widgets._toast import Toast

    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Taken back: the plan is asked about again.", title="Undone")
        await pilot.pause()
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        # Title and a message of two lines: three rows, never more than a quarter.
        assert toast.region.height <= 3, toast.region
        assert toast.region.height * toast.region.width <= 40 * 12 // 4, toast.region
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        assert toast.region.width <= 40, toast.region  # Textual's own: at most half of 80
        # Below 38 columns a min-width of 38 ran off the right edge and cut words (rv-fz 4).
        await pilot.resize_terminal(30, 10)
        await pilot.pause()
        await pilot.pause()
        [toast] = app.screen.query(Toast)
        assert toast.region.x >= 0 and toast.region.right <= 30, toast.region


async def test_step_two_at_40x12_shows_the_next_field_below_the_company(tmp_path: Path) -> None:
    # rv44: two blank rows under the company field (the body's padding), and the rest of
    # the form below them with no sign it was there.
    from textual.widgets import Label

    from screens.walk.happened import HappenedScreen
    from screens.widgets.scroll_body import ScrollBody
    from tests.app.walk_helpers import press_to

    app = walk_app(tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await press_to(pilot, "n", KindnessScreen)
        await press_to(pilot, "ctrl+n", HappenedScreen)
        await pilot.pause()
        screen = app.screen
        body = screen.query_one(ScrollBody).scrollable_content_region
        role = screen.query_one("#label-role", Label)
        assert body.contains_region(role.region), (body, role.region)
