"""Mends after the twelfth frozen half: each family read by its principle, its edge still flagged.

Every case runs through the rules alone and through the whole check (the
shipped model included), so a loss the model happens to cover still fails.
"""

from __future__ import annotations

import pytest

from coach import tone


def _letter(body: str) -> str:
    return f"Hi Ana,\n\n{body}\n\nBest,\nSam"


def _rule_kinds(body: str) -> set[str]:
    return {f.kind for f in tone.check(_letter(body), model={})}


def _whole_kinds(body: str) -> set[str]:
    return {f.kind for f in tone.check(_letter(body))}


CLEAN = [
    # 1: "not on you" says whose fault it is not; it reassures.
    "Thanks. It's my third final round this month, so I'm tired, but that's not on you.",
    "Thank you. The delay came from the client, so it's not on anyone at your end.",
    # 2: an online test, course or interview the writer took is not a post.
    "Thanks. It was my first time doing an online coding test with a webcam, and I learned a lot.",
    "Thank you. I'm doing an online technical assessment for another firm next week.",
    # 3: being reconsidered if the role opens again some later time is a hope.
    "Thank you. If the Data Platform role reopens, I'd be glad to be reconsidered then.",
    "Thank you. Should the position open up again next year, I would welcome being reconsidered.",
    # 4: honesty with the reader, or with oneself, tells nobody else.
    "Thank you. I'll be honest with you about my experience: the panel was kind throughout.",
    "Thank you. I'll be honest with myself about how the interview went and practise more.",
    "Thank you. I was honest with the panel about my experience level, and I'm glad I was.",
]

FLAGGED = [
    # 1: "not on" with nobody named is still "unacceptable".
    ("Thanks. Ghosting candidates for a month? That's not on.", "anger"),
    ("Thanks. Cancelling on the morning of the interview? That's not on in my book.", "anger"),
    # 2: an online thing the writer makes is still a post.
    ("Thanks. I'm doing an online write-up of the whole thing for my followers.", "public"),
    # 3: a reopening days away, their decision named, or no condition at all.
    ("Thank you. If the role reopens next week, please reconsider me.", "begging"),
    ("Thank you. If the role reopens, I hope you will reconsider your decision.", "begging"),
    ("Thank you. I'd be glad to be reconsidered.", "begging"),
    # 4: honest with others who ask about how they were treated is going public.
    (
        "Thanks. If friends at other logistics firms ask me about your company, "
        "I'll be honest with them about how the interview was handled.",
        "public",
    ),
    (
        "Thanks. I'll be honest with the crew on my current vessel about how the "
        "interview was handled, as a few of them have applied too.",
        "public",
    ),
    (
        "Thanks. Our church fellowship often asks me where to apply, and I'll be "
        "honest with them about my experience when they ask.",
        "public",
    ),
    # 4, the same telling through an outlet: a summary sent out, a post on each employer.
    (
        "Thanks. I'll be including a short summary of my interview in the careers "
        "bulletin we send to final-year students.",
        "public",
    ),
    ("Thanks. I run a channel for workers here, and I post about every employer I meet.", "public"),
]


@pytest.mark.parametrize("body", CLEAN)
def test_the_family_reads_clean_by_the_rules(body: str) -> None:
    assert _rule_kinds(body) == set()


@pytest.mark.parametrize("body", CLEAN)
def test_the_family_reads_clean_in_the_whole_check(body: str) -> None:
    assert _whole_kinds(body) == set()


@pytest.mark.parametrize(("body", "kind"), FLAGGED)
def test_the_edge_is_still_flagged_by_the_rules(body: str, kind: str) -> None:
    assert kind in _rule_kinds(body)


# op27: a lone angry-words hit in a sentence the anger model reads as calm needs a
# second signal (coach/tone_second.py). "Cancelling on the morning of the interview?
# That's not on in my book." had none under round 14's model (a strict xfail until
# ml32); the model retrained on every writer leans to anger on it, so it stands.
WHOLE_FLAGGED = FLAGGED


@pytest.mark.parametrize(("body", "kind"), WHOLE_FLAGGED)
def test_the_edge_is_still_flagged_by_the_whole_check(body: str, kind: str) -> None:
    assert kind in _whole_kinds(body)
