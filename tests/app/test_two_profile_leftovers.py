"""Two leftovers of "My details", resumed together: both kept, and told apart by their words."""

from __future__ import annotations

import json
from pathlib import Path

from screens.home.profile import ProfileScreen
from tests.app.walk_helpers import leave_unsaved, resume_each, until, walk_app


def left_details(data: Path, name: str, key: str = "profile") -> None:
    """My details' typing, as a coach that keyed them "profile" left it."""
    values = {"name": name, "linkedin_url": "", "phone": ""}
    leave_unsaved(data, {key: {"kind": "profile", "label": "your details", "values": values}})


def names_on_disk(data: Path) -> list[str]:
    """Every details leftover's name held in the data folder's autosave files, however keyed."""
    found = []
    for path in data.glob("unsaved-*.json"):
        for key, record in json.loads(path.read_text())["surfaces"].items():
            if key.partition(":")[0] == "profile":
                found.append(record["values"].get("name", ""))
    return sorted(found)


async def test_two_details_leftovers_are_both_kept_and_told_apart(tmp_path: Path) -> None:
    # rv47 D0: both resumed into the one key `profile`; the second adopt wrote over the first.
    data = tmp_path / "data"
    app = walk_app(tmp_path)
    left_details(data, "Xavier")
    left_details(data, "Yolanda")
    async with app.run_test(size=(80, 24)) as pilot:
        asked = await resume_each(pilot, 2)
        await until(
            pilot, lambda: len(app.screen_stack) > 2 and isinstance(app.screen, ProfileScreen)
        )
        opened = [s for s in app.screen_stack if isinstance(s, ProfileScreen)]
        await pilot.press("ctrl+q")
    app.unsaved.close()  # type: ignore[union-attr]
    assert len(asked) == 2
    assert ["Xavier" in a for a in asked] != ["Yolanda" in a for a in asked]  # told apart
    assert len(opened) == 2
    assert len({s.unsaved_key for s in opened}) == 2
    assert names_on_disk(data) == ["Xavier", "Yolanda"]
