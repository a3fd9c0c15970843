"""Asked when a plan is saved for an entry deleted elsewhere: bring it back, plan alone, or stay."""

from __future__ import annotations

from typing import Literal

from textual.binding import Binding

from screens.dialogs.three_choice import Answer, ThreeChoiceDialog

GoneChoice = Literal["back", "alone", "stay"]


class EntryGoneDialog(ThreeChoiceDialog[GoneChoice]):
    """The plan is never tied to nothing unsaid: the entry comes back, or it is kept alone."""

    BINDINGS = [
        Binding("b", "choose('back')", "Bring the entry back", id="bring_entry_back"),
        Binding("escape", "choose('stay')", "Back to the plan", id="back_to_plan"),
    ]

    def __init__(self, label: str) -> None:
        super().__init__(
            "The entry this plan is for was deleted",
            (
                Answer("back", "Bring the entry back, with the plan (b)", "primary"),
                Answer("alone", "Keep the plan on its own"),
                Answer("stay", "Back to the plan (Esc)"),
            ),
            prefix="gone",
            detail=f"{label} is gone from the journal file: deleted elsewhere while you made "
            "this plan (in another coach), or the file was changed outside coach. Bring the "
            "entry back into your journal with the plan, or keep the "
            "plan on its own: `coach plans` lists it, tied to no entry.",
        )
