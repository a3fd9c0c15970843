"""A table of journal entries drawn a line at a time, so 10,000 rows stay instant."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from coach.cell_fit import fit
from coach.merge import clip_keeping_mark
from coach.model import Entry, ReplyStatus
from coach.terminal_text import one_line_for_screen

REPLY_LABELS: dict[ReplyStatus, str] = {status: status.label for status in ReplyStatus}


def mood_cell(entry: Entry) -> str:
    """Mood before→after, a dot for a rating not given, blank when neither was."""
    if entry.mood_before is None and entry.mood_after is None:
        return ""
    before = "·" if entry.mood_before is None else str(entry.mood_before)
    after = "·" if entry.mood_after is None else str(entry.mood_after)
    return f"{before}→{after}"


def _one_line(text: str) -> str:
    # Notes pasted from email can carry newlines and tabs; a row is one line.
    # A control code an older import let in is never drawn.
    return " ".join(one_line_for_screen(text).split())


@dataclass(frozen=True)
class Column:
    """One column: its heading, a fixed width or 0 to share what is left."""

    key: str
    heading: str
    width: int
    # Columns with a higher number are dropped first when the table is narrow.
    drop_order: int


COLUMNS: tuple[Column, ...] = (
    Column("date", "Date", 10, 0),
    Column("company", "Company", 0, 0),
    Column("role", "Role", 0, 3),
    Column("stage", "Stage", 16, 1),
    Column("reply", "Reply", 12, 4),
    Column("mood", "Mood", 5, 2),
)

MIN_FLEX = 8
# The company is what people scan for, so it gets the larger share.
FLEX_WEIGHT = {"company": 3, "role": 2}
GAP = 1


def cell_text(entry: Entry, key: str) -> str:
    """The text of one cell; user text is kept as plain text, never markup."""
    if key == "date":
        return entry.date.isoformat()
    if key == "company":
        return _one_line(entry.company)
    if key == "role":
        return _one_line(entry.role)
    if key == "stage":
        return entry.stage.label
    if key == "reply":
        return REPLY_LABELS[entry.reply.status]
    return mood_cell(entry)


def fit_cell(text: str, key: str, width: int) -> str:
    """A cell's text fitted to width; a clash copy's company keeps its "(other version)"."""
    if key == "company":
        return clip_keeping_mark(text, width, fit, cell_len)
    return fit(text, width)


def layout(width: int) -> list[tuple[Column, int]]:
    """The columns that fit in width, each with the width it gets."""
    columns = list(COLUMNS)
    while True:
        fixed = sum(c.width for c in columns) + GAP * (len(columns) - 1)
        flex = [c for c in columns if c.width == 0]
        room = width - fixed
        if not flex or room >= MIN_FLEX * len(flex) or len(columns) <= 2:
            break
        columns.remove(max(columns, key=lambda c: c.drop_order))
    room = max(room, 0)
    weights = sum(FLEX_WEIGHT[c.key] for c in flex)
    sized = []
    left = room
    for column in columns:
        if column.width:
            sized.append((column, column.width))
        elif column is flex[-1]:
            sized.append((column, left))
        else:
            share = room * FLEX_WEIGHT[column.key] // weights
            sized.append((column, share))
            left -= share
    return sized


def place_of(entries: Sequence[Entry], keep: Entry) -> int:
    """Where keep is among entries read again, or 0 when it is not there.

    By id, except where a sync tool gave two entries one id: then the one
    that is keep, even once `coach repair` has given it an id of its own.
    """
    same_id = [i for i, e in enumerate(entries) if e.id == keep.id]
    looks = (keep.created_at, keep.date, keep.company)
    for index in same_id:
        if (entries[index].created_at, entries[index].date, entries[index].company) == looks:
            return index
    if not same_id:
        return 0
    found = (i for i, e in enumerate(entries) if (e.created_at, e.date, e.company) == looks)
    return next(found, same_id[0])


class EntryTable(ScrollView, can_focus=True):
    """Entries one per line with a cursor; Enter or a click on the cursor opens one."""

    BINDINGS = [
        Binding("enter", "select", "Open", show=True, id="open"),
        Binding("up", "cursor(-1)", "Up", show=False, id="up"),
        Binding("down", "cursor(1)", "Down", show=False, id="down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="page_down"),
        Binding("home", "jump(0)", "First", show=False, id="first"),
        Binding("end", "jump(-1)", "Last", show=False, id="last"),
    ]

    COMPONENT_CLASSES = {"entry-table--header", "entry-table--cursor"}

    DEFAULT_CSS = """
    EntryTable {
        height: 1fr;
        background: $surface;
    }
    EntryTable > .entry-table--header {
        text-style: bold;
        color: $text-muted;
    }
    EntryTable > .entry-table--cursor {
        background: $block-cursor-blurred-background;
    }
    EntryTable:focus > .entry-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True)

    class Selected(Message):
        """The person chose to open an entry."""

        def __init__(self, table: EntryTable, entry: Entry) -> None:
            super().__init__()
            self.table = table
            self.entry = entry

        @property
        def control(self) -> EntryTable:
            """The table the entry was chosen in."""
            return self.table

    def __init__(
        self,
        entries: Sequence[Entry] = (),
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._entries: Sequence[Entry] = entries
        # Rendered rows by place in the list and width; cleared when entries change.
        # Not by entry id: two entries a sync tool gave one id are two rows.
        self._row_cache: dict[tuple[int, int], str] = {}

    def on_unmount(self) -> None:
        # Closed with a screen the collector may have had to set aside (see
        # JournalLoading.on_unmount): it keeps no entries alive.
        self._entries = ()
        self._row_cache.clear()

    @property
    def entries(self) -> Sequence[Entry]:
        """The entries shown, in order."""
        return self._entries

    @property
    def row_count(self) -> int:
        """How many entries are shown."""
        return len(self._entries)

    @property
    def current(self) -> Entry | None:
        """The entry under the cursor, if any."""
        if 0 <= self.cursor < len(self._entries):
            return self._entries[self.cursor]
        return None

    def set_entries(self, entries: Sequence[Entry], *, keep: Entry | None = None) -> None:
        """Show these entries; the cursor stays on `keep` if it is among them."""
        self._entries = entries
        self._row_cache.clear()
        self._update_virtual_size()
        self.cursor = 0 if keep is None else place_of(entries, keep)
        self.refresh()

    def _update_virtual_size(self) -> None:
        # One line for the headings, then a line per entry.
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._entries) + 1)

    def on_resize(self, event: events.Resize) -> None:
        """Column widths follow the width."""
        self._row_cache.clear()
        self._update_virtual_size()
        self._scroll_to_cursor()

    @property
    def _visible_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def validate_cursor(self, cursor: int) -> int:
        """Keep the cursor on a row."""
        return max(0, min(cursor, len(self._entries) - 1))

    def watch_cursor(self, cursor: int) -> None:
        """Keep the cursor in view and redraw."""
        self._scroll_to_cursor()
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + self._visible_rows:
            self.scroll_to(y=self.cursor - self._visible_rows + 1, animate=False, immediate=True)

    def action_cursor(self, step: int) -> None:
        """Move the cursor up or down."""
        self.cursor += step

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful."""
        self.cursor += direction * self._visible_rows

    def action_jump(self, index: int) -> None:
        """First or last row."""
        self.cursor = len(self._entries) - 1 if index < 0 else index

    def action_select(self) -> None:
        """Open the entry under the cursor."""
        entry = self.current
        if entry is not None:
            self.post_message(self.Selected(self, entry))

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor; a second click (or a double click) opens."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        index = round(self.scroll_offset.y) + offset.y - 1
        if not 0 <= index < len(self._entries):
            return
        if index == self.cursor or event.chain > 1:
            self.cursor = index
            self.action_select()
        else:
            self.cursor = index

    def _row_text(self, index: int, width: int) -> str:
        entry = self._entries[index]
        key = (index, width)
        text = self._row_cache.get(key)
        if text is None:
            cells = [fit_cell(cell_text(entry, c.key), c.key, w) for c, w in layout(width)]
            text = (" " * GAP).join(cells)
            self._row_cache[key] = text
        return text

    def render_line(self, y: int) -> Strip:
        """One line: the headings on top, then the entries from the scroll position."""
        width = self.scrollable_content_region.width
        if y == 0:
            cells = [set_cell_size(c.heading, w) for c, w in layout(width)]
            text = (" " * GAP).join(cells)
            style = self.get_component_rich_style("entry-table--header")
            return Strip([Segment(set_cell_size(text, width), style)], width)
        index = round(self.scroll_offset.y) + y - 1
        if not 0 <= index < len(self._entries):
            return Strip.blank(width, self.rich_style)
        text = self._row_text(index, width)
        if cell_len(text) != width:
            text = set_cell_size(text, width)
        if index == self.cursor:
            style = self.rich_style + self.get_component_rich_style("entry-table--cursor")
        else:
            style = self.rich_style
        return Strip([Segment(text, style)], width)
