"""What keeps every key and finding of the draft within reach on a small terminal."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual.app import SystemCommand
from textual.binding import Binding

from screens.keys import describe_keys, shown_key

# Footer keys to leave out, first to last, when they do not all fit: keys
# overlapped at 40 columns, and then, in the walk, F2 Support was cut. Back,
# Next, Copy and Support always stay; Help still opens with F1 or ?, and the
# palette names every key. Plain text gives way before $EDITOR: at 80 columns
# only one of them fits, and a new user would never find the editor otherwise.
FOOTER_DROP_ORDER = (
    "command_palette",
    "plain_text",
    "editor",
    "mail",
    "toggle_sent",
    "save",
    "help",
)

# The palette's name for each of the draft's keys, by binding id.
PALETTE_TITLES = {
    "copy": "Copy the reply",
    "save": "Save the reply as a file",
    "mail": "Mail the reply",
    "editor": "Edit the reply in your editor",
    "sent": "Sent: mark the reply sent, or not yet",
    "plain_text": "Plain text of the reply, to select by hand",
}


class DraftReach:
    """The draft screen's keys in the palette, and its panel's room while in use."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Every key of the draft in the palette too: a narrow footer shows only a few."""
        for binding in self.BINDINGS:
            if not isinstance(binding, Binding) or binding.id is None:
                continue
            key = shown_key(self.keymap, binding.id, describe_keys(binding.key))
            yield SystemCommand(
                PALETTE_TITLES[binding.id],
                f"{binding.tooltip} ({key})",
                getattr(self, f"action_{binding.action}"),
            )

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """With the keyboard in the panel, a narrow draft gives the panel the room."""
        panel = self.query_one("#draft-panel")
        self.set_class(panel in event.widget.ancestors_with_self, "-in-panel")
