"""The draft step's side panel: tone findings and slots still to fill, each a jump to its words."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from coach.finding_words import finding_words
from coach.tone import Finding
from screens.walk.draft_findings import (
    Spot,
    _finding_prompt,
    _spot_of,
    on_line,
    things_to_look_at,
)

CALM = "Reads calm and gracious."
# Until the draft's first check has run.
CHECKING = "Checking the tone…"


class DraftPanel:
    """The draft screen's lists of what its tone check found; Enter on one selects its words."""

    _spots: dict[str, Spot]

    def show_findings(self, found: list[Finding]) -> tuple[list[Finding], list[str]]:
        """Rebuild the findings and placeholder lists from a check's findings; return them."""
        from coach.drafting import filled_in

        draft = self.query_one("#draft-text", TextArea).text
        # What coach put in from the person's fields (the company) is theirs, not a slot.
        names = getattr(self, "names", ())
        found = [
            f
            for f in found
            if f.kind != "placeholder" or not filled_in(draft, f.line, f.column, f.length, names)
        ]
        findings = [f for f in found if f.kind != "placeholder"]
        # Every slot style the tone check knows, "{phone}" or "(Name)", each listed once.
        slots: dict[str, Finding] = {}
        for finding in found:
            if finding.kind == "placeholder":
                slots.setdefault(finding.text, finding)
        names = list(slots)
        self._spots = {}

        tone_list = self.query_one("#draft-findings", OptionList)
        was = tone_list.highlighted
        tone_list.clear_options()
        options: list[Option | None] = []
        for number, finding in enumerate(findings):
            option_id = f"finding-{number}"
            self._spots[option_id] = _spot_of(finding)
            if options:
                options.append(None)  # a rule between findings keeps wrapped ones apart
            prompt = _finding_prompt(finding, finding_words(draft, finding))
            options.append(Option(prompt, id=option_id))
        tone_list.add_options(options)
        # Keep the highlight near where it was, so Enter always has a target.
        if findings:
            tone_list.highlighted = min(was or 0, tone_list.option_count - 1)
        tone_list.display = bool(findings)
        calm = self.query_one("#draft-calm", Static)
        calm.update(CALM)
        calm.display = not findings
        # The count says how many there are when the list shows only the first few.
        title = f"Tone: {things_to_look_at(findings)}" if findings else "Tone"
        self.query_one("#draft-tone-title", Static).update(title)

        place_list = self.query_one("#draft-placeholders", OptionList)
        place_list.clear_options()
        places: list[Option] = []
        for number, (name, slot) in enumerate(slots.items()):
            option_id = f"placeholder-{number}"
            self._spots[option_id] = _spot_of(slot)
            places.append(Option(Content(f"{on_line(slot.line)}{name}"), id=option_id))
        place_list.add_options(places)
        if places:
            place_list.highlighted = 0
        place_list.display = bool(places)
        self.query_one("#draft-no-placeholders").display = not places
        self.query_one("#draft-jump").display = bool(findings or places)
        return findings, names

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or click on a finding: select its words in the draft."""
        event.stop()
        spot = self._spots.get(event.option.id or "")
        if spot is not None:
            self.select_spot(spot)

    def select_spot(self, spot: Spot) -> None:
        """Select the words from a 1-based start to an end and give the editor focus."""
        line, column, end_line, end_column = spot
        # The TextArea clamps a selection that the text has since outgrown.
        editor = self.query_one("#draft-text", TextArea)
        editor.selection = Selection((line - 1, column - 1), (end_line - 1, end_column - 1))
        editor.focus()
        editor.scroll_cursor_visible(center=True)
