"""The home screen: a welcome and the few places to go from here."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from screens.keys import shown_key
from screens.styled_once import StyledOnce, preset_breakpoints
from screens.widgets.fitting_footer import FittingFooter
from screens.widgets.scroll_body import FocusStylesItself
from screens.widgets.title_header import TitleHeader

WELCOME = (
    "A rejection stings. This is a quiet place to take a breath, make sense "
    "of it, and write a reply you will be glad you sent, or decide not to."
)

# At 40 columns Quit, Help, Support and More fill the footer: the palette goes
# first, then Back when More is named too (More says there is something to read).
# Home keeps this order at every width: More is how notices below the fold are found
# at 40x12, and F1's help names ctrl+p for the palette.
FOOTER_DROP_ORDER = ("command_palette", "page(-1)")

CHOICES = (
    ("new", "n", "I just got a rejection"),
    ("journal", "j", "Open my journal"),
    ("insights", "i", "Where am I being stopped?"),
    ("profile", "p", "My details for replies"),
    ("guidance", "g", "What the coach teaches"),
)


class HomePage(FocusStylesItself, VerticalScroll):
    """Home's page; the footer's PgDn and PgUp follow what it has below and above."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.screen.refresh_bindings()

    def watch_virtual_size(self) -> None:
        """Notices added or rewrapped: there may be more below now, or less."""
        self.screen.refresh_bindings()

    def on_resize(self) -> None:
        """A new size: there may be more below now, or less."""
        self.screen.refresh_bindings()


class HomeScreen(StyledOnce, Screen[None]):
    """The first screen; it reports a choice and the app acts on it."""

    # Short terminals drop the welcome so the menu (and its keys) stays in view.
    VERTICAL_BREAKPOINTS = [(0, "-short"), (20, "-tall")]

    # The menu shows each place's key beside it, so the footer keeps the
    # rest and fits 80 columns whole instead of cutting "Help" in half.
    BINDINGS = [
        Binding("n", "choose('new')", "New rejection", show=False, id="new"),
        Binding("j", "choose('journal')", "Journal", show=False, id="journal"),
        Binding("i", "choose('insights')", "Insights", show=False, id="insights"),
        Binding("p", "choose('profile')", "Profile", show=False, id="profile"),
        Binding("g", "choose('guidance')", "Guidance", show=False, id="guidance"),
        Binding("q", "app.quit", "Quit", id="quit"),
        # The notices under the menu may run past the bottom (40x12 showed one
        # line of one): PgUp/PgDn scroll the page; the menu keeps Up/Down. The
        # footer names each only while the page has more that way (check_action);
        # the hidden twin (same id, so a keymap moves both) takes the key otherwise,
        # so it never reaches the menu's own PgDn.
        Binding("pagedown", "page(1)", "More", key_display="PgDn", priority=True, id="home_more"),
        Binding("pagedown", "scroll_page(1)", show=False, priority=True, id="home_more"),
        Binding("pageup", "page(-1)", "Back", key_display="PgUp", priority=True, id="home_back_up"),
        Binding("pageup", "scroll_page(-1)", show=False, priority=True, id="home_back_up"),
    ]

    class Chosen(Message):
        """The person picked somewhere to go."""

        def __init__(self, choice: str) -> None:
            super().__init__()
            self.choice = choice

    # False until the notices (read from the journal after first paint) are shown.
    notices_ready = False

    def __init__(
        self,
        keymap: dict[str, str] | None = None,
        shown_again: Callable[[HomeScreen], None] | None = None,
    ) -> None:
        super().__init__()
        # The menu names each place's key, as remapped in the settings.
        self.keymap = keymap or {}
        # Called when home is shown again after another screen: what may have
        # changed meanwhile (saves merged back by a repair in another shell).
        self.shown_again = shown_again

    def compose(self) -> ComposeResult:
        preset_breakpoints(self)
        yield TitleHeader()
        # Not focusable itself: the menu keeps the focus and its keys.
        with HomePage(id="home", can_focus=False):
            yield Static("coach", id="home-title")
            yield Static(WELCOME, id="home-welcome")
            yield OptionList(
                *(
                    Option(f"{label}  ({shown_key(self.keymap, name, key)})", id=name)
                    for name, key, label in CHOICES
                ),
                id="home-menu",
            )
        yield FittingFooter(FOOTER_DROP_ORDER, compact=False, narrow_order=False)

    def add_notices(self, notices: list[str], waiting: int = 0) -> None:
        """Notes under the menu: saves waiting (the first `waiting`), entries due, unreadable."""
        self.notices_ready = True
        kinds = ["notice saves-waiting"] * waiting + ["notice"] * (len(notices) - waiting)
        self.query_one("#home").mount_all(
            Static(notice, classes=kind, markup=False)
            for notice, kind in zip(notices, kinds, strict=True)
        )

    def on_screen_resume(self) -> None:
        """Back from another screen: look again at what may have changed meanwhile."""
        if self.notices_ready and self.shown_again is not None:
            self.shown_again(self)

    def show_saves_waiting(self, note: str | None) -> None:
        """The saves-waiting notice as it is now: gone once merged, else its words updated."""
        found = list(self.query(".saves-waiting").results(Static))
        for extra in found[1:] if note is not None else found:
            extra.remove()
        if note is not None and found:
            found[0].update(note)
        elif note is not None:
            line = Static(note, classes="notice saves-waiting", markup=False)
            self.query_one("#home").mount(line, after=self.query_one("#home-menu"))

    def show_plans_line(self, text: str) -> None:
        """One line about plans under the menu; empty text hides it."""
        self.show_line("home-plans", text)

    def show_walk_line(self, text: str) -> None:
        """One line about a walk left for later, above the plans'; empty text hides it."""
        self.show_line("home-walk", text, first=True)

    def show_line(self, line_id: str, text: str, *, first: bool = False) -> None:
        """A lasting line of its own under the menu (first: right under it); empty hides it."""
        found = self.query(f"#{line_id}")
        if found:
            line = found.first(Static)
            line.update(text)
            line.display = bool(text)
        elif text:
            page = self.query_one("#home")
            if not page.is_attached:  # home shown again as coach closes: nothing to say
                return
            line = Static(text, id=line_id, classes="notice", markup=False)
            page.mount(line, after=self.query_one("#home-menu") if first else None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """PgDn and PgUp show (and take the key) only while the page has more that way."""
        if action != "page":
            return True
        # By id, which Textual caches: a query's truth walked every widget at each binding check.
        page = self.query_one_optional("#home", VerticalScroll)
        if page is None:
            return False
        down = parameters[0] == 1
        return page.scroll_y < page.max_scroll_y if down else page.scroll_y > 0

    def action_page(self, direction: int) -> None:
        """PgDn/PgUp as the footer names them: a screenful on through the notices."""
        self.action_scroll_page(direction)

    def action_scroll_page(self, direction: int) -> None:
        """Scroll the page by a screenful (at its end, it stays; the menu keeps its place)."""
        page = self.query_one("#home", VerticalScroll)
        if direction > 0:
            page.scroll_page_down(animate=False)
        else:
            page.scroll_page_up(animate=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a menu line."""
        if event.option.id:
            self.action_choose(event.option.id)

    def action_choose(self, choice: str) -> None:
        """Tell the app where the person wants to go."""
        self.post_message(self.Chosen(choice))
