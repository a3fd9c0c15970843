"""Text fitted to a width in terminal cells, not characters: a wide character takes two."""

from __future__ import annotations

# Rich's table of character widths, as the app's screens measure them; no Textual.
from rich.cells import cell_len, set_cell_size


def fit(text: str, width: int) -> str:
    """Pad or crop text to exactly width cells, marking a crop with an ellipsis."""
    if cell_len(text) > width > 1:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def cells(text: str) -> int:
    """How many terminal cells the text takes."""
    return cell_len(text)
