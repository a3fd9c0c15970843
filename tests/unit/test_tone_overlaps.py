"""The tone check's work grows with the draft's length, not with its square."""

from __future__ import annotations

import random
import sys
from types import FrameType
from typing import Any

from coach.tone import check
from coach.tone_model import sentence_before
from coach.tone_overlaps import Bounds, Marks, Overlaps
from coach.tone_span import Span
from coach.tone_vader import sentences

GOOD = "Thank you so much for letting me know, and for the time your team gave me. "
SOUR = "Frankly this process was a joke and you wasted my time!!! "
PLEA = "Please, I am begging you, give me one more chance, I really need this job. "


def _draft(size: int) -> str:
    unit = GOOD + SOUR + "\n" + PLEA + "I enjoyed meeting Dana. SO UNFAIR.\n\n"
    return (unit * (size // len(unit) + 1))[:size]


def _calls(text: str) -> int:
    """How many Python calls (and generator steps) one check of text makes: work, not time."""
    count = 0

    def seen(frame: FrameType, event: str, arg: Any) -> None:
        nonlocal count
        count += 1

    check(text)  # caches filled, so both sizes are counted alike
    sys.setprofile(seen)
    try:
        check(text)
    finally:
        sys.setprofile(None)
    return count


def test_four_times_the_draft_is_about_four_times_the_work() -> None:
    # Every sentence asked of every finding whether they overlap made this 13x.
    assert _calls(_draft(24_000)) < 6 * _calls(_draft(6_000))


def test_the_quick_look_ups_answer_as_reading_everything_would() -> None:
    rng = random.Random(7)
    text = "".join(rng.choice(["word ", "end. ", "why? ", "\n", "wow! ", "x"]) for _ in range(3000))
    spans = []
    for _ in range(400):
        start = rng.randrange(len(text))
        spans.append(Span(start, start + rng.choice([0, 1, 5, 40, 700]), rng.choice("ab"), "", ""))
    filed = Overlaps(spans)
    marks = Marks(text, ".!?\n")
    bounds_list = list(sentences(text))
    bounds = Bounds(text, bounds_list)
    for _ in range(800):
        start = rng.randrange(len(text))
        end = start + rng.choice([0, 1, 3, 60, 900])
        kinds = rng.choice([None, ("a",), ("b", "c")])
        assert filed.any(start, end, kinds) == any(
            s.start < end and start < s.end and (kinds is None or s.kind in kinds) for s in spans
        )
        assert filed.kinds(start, end) == {s.kind for s in spans if s.start < end and start < s.end}
        assert marks.last_before(start) == max(text.rfind(c, 0, start) for c in ".!?\n")
        ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
        assert marks.first_from(end) == (min(ends) if ends else None)
        assert bounds.sentence_before(start) == sentence_before(text, start, bounds_list)
