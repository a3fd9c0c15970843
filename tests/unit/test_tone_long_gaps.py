"""A pasted stretch of thousands of spaces reaches the rules cut short, offset for offset."""

from __future__ import annotations

import re

import pytest

from coach import tone, tone_wording
from coach.tone_wording import gaps_bounded


def test_a_long_gap_keeps_its_length_and_a_short_one_is_untouched() -> None:
    text = "I'm" + " " * 5000 + "sure\tit'll" + " " * 32 + "come"
    bounded = gaps_bounded(text)
    assert len(bounded) == len(text)
    assert max(len(run) for run in re.findall(r"[ \t]+", bounded)) == 32
    assert bounded.endswith("it'll" + " " * 32 + "come")  # 32 in a row is a gap a person leaves
    assert gaps_bounded("Thank you.\n\n    Best,\n  Sam") == "Thank you.\n\n    Best,\n  Sam"


def test_the_rules_never_scan_a_run_of_spaces_longer_than_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The rules write each space as a run of any length inside nested word runs: a run
    # of thousands made them backtrack for minutes (sp32), so they must never see one.
    scanned: list[str] = []
    edges = tone_wording.Edges

    def seen(text: str, patterns: list[re.Pattern[str]]) -> object:
        scanned.append(text)
        return edges(text, patterns)

    monkeypatch.setattr(tone_wording, "Edges", seen)
    gap = " " * 3000
    tone.check("I'm" + gap + "sure" + gap + "it'll" + gap + "come")
    assert scanned
    assert all(max(map(len, re.findall(r"[ \t]+", text)), default=0) <= 32 for text in scanned)


def test_findings_past_a_long_gap_keep_their_place() -> None:
    text = "Please reconsider." + " " * 4000 + "You are all idiots."
    found = {(f.kind, f.text, f.column) for f in tone.check(text)}
    assert ("begging", "reconsider", 8) in found
    assert ("anger", "idiots", text.index("idiots") + 1) in found
