"""The news told to one private supporter (a mentor, family) is not going public, in all rules."""

from __future__ import annotations

import pytest

from coach import tone


def _public(text: str) -> bool:
    """Whether the rules read going public, with the model silent (the rules carry this)."""
    return any(f.kind == "public" for f in tone.check(text, model={}))


# Read after the seventeenth frozen half was scored: three of its nine clean
# alarms told a mentor the news (public-post, public-report). These are new
# sentences in other words, with other supporters.
@pytest.mark.parametrize(
    "text",
    [
        "Thank you. I've told my old tutor about your comments and we'll go through them "
        "on Friday.",
        "I've told my coach about the interview and we'll work on my answers.",
        "I'll tell my dad about your offer of a call; he has been asking how it went.",
        "I'll tell my wife about your kind words tonight.",
    ],
)
def test_telling_one_supporter_the_news_is_not_public(text: str) -> None:
    assert not _public(text)


# The same verbs with an audience, or with an account of how they treat people: still public.
@pytest.mark.parametrize(
    "text",
    [
        "I've told my colleagues about your feedback on my portfolio.",
        "I've told my mum and my friends about it.",
        "I'll tell my sister exactly how you treated me.",
        "I'll be telling my followers about it this weekend.",
        "I told my union rep about the interview.",
    ],
)
def test_an_audience_or_an_account_is_still_public(text: str) -> None:
    assert _public(text)


# The reader is the one person the reply is written to: telling them is not an
# audience (seen in `coach check` on "I will tell you about it over coffee").
@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Sam. I will tell you about it over coffee next week.",
        "I'll tell you more about the project when we meet at the conference.",
        # The reader's own telling, not the writer's (read on the seventeenth half).
        "The story you told about your first year on the wards stayed with me.",
    ],
)
def test_telling_the_reader_or_the_reader_telling_is_not_public(text: str) -> None:
    assert not _public(text)


@pytest.mark.parametrize(
    "text",
    [
        "I will tell everyone about it.",
        "I will tell you all about how you treat people on my podcast.",
    ],
)
def test_telling_others_with_you_nearby_is_still_public(text: str) -> None:
    assert _public(text)
