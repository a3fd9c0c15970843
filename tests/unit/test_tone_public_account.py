"""Tests for going public as an account of the process passed on, not the news told privately."""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_wording import wording


def public(text: str) -> list[str]:
    """The reasons of the rules that read the text as going public, rules alone."""
    return [s.reason for s in wording(text) if s.kind == "public"]


def flagged_public(text: str) -> bool:
    """Whether the check with the rules alone (VADER and structure too) flags public."""
    return "public" in {f.kind for f in check(text, model={})}


# How they treated the writer, told by the writer to anyone but the reader.
CONDUCT_TOLD = [
    "I'll be telling my brother, who wanted to apply next spring, what the selection day was like.",
    "I'll be sharing with the other trainees how your induction scheme worked in practice.",
    "I'm going to tell the rest of the running club how I was spoken to.",
    "I will be letting anyone who asks know that your firm was disorganised from start to end.",
]
# Honest with people who may apply, or who ask.
HONEST_WITH_OTHERS = [
    "I'll be upfront with the folks in my cohort who are applying in March.",
    "I'll be candid with the other carers at the home, several of whom were hoping to apply, "
    "about how the interview went.",
]
# Others advised about applying.
ADVICE_ABOUT_APPLYING = [
    "I'm telling the others on my bootcamp not to bother applying.",
    "If my neighbours ask, I'll be telling them that I wouldn't recommend it.",
]
# An account of it passed to groups, peers, contacts or bodies (HEARERS).
ACCOUNT_TO_HEARERS = [
    "I'll be passing on my impressions of the interview to everyone in the Leeds design meetup.",
    "I'll raise the way this was handled at the next residents' committee meeting.",
    "I'll be passing on my experience to a contact at your holding company.",
    "I'll be discussing the interview with our town council next week.",
    "I'll be mentioning it to the other parents at pickup.",
    "My cousin in your finance team will be hearing about this.",
    "I'll compare notes with the others in my network.",
    "I'll give the others in my cohort an honest picture.",
    "I'll be letting the other members of our cycling club's committee know about my experience.",
]
# The account as content of the writer's own outlet, or written into one.
ACCOUNT_IN_AN_OUTLET = [
    "Honestly, the way your team ran the final round is going into my Substack this week.",
    "You may see a version of this exchange in my monthly column, names removed.",
    "This is getting its own TikTok video.",
    "I'll be including a short piece on it in the next issue.",
    "I'll be writing up my experience of the assessment day for the regional branch newsletter.",
]


@pytest.mark.parametrize(
    "text",
    CONDUCT_TOLD
    + HONEST_WITH_OTHERS
    + ADVICE_ABOUT_APPLYING
    + ACCOUNT_TO_HEARERS
    + ACCOUNT_IN_AN_OUTLET,
)
def test_an_account_passed_on_to_others_is_going_public(text: str) -> None:
    assert public(text), text


# The news told privately to the people who support the writer.
PRIVATE_NEWS = [
    "I'll let my mentor know the outcome; she helped me prepare.",
    "I'll let my partner know tonight, he's been asking every day!",
    "I'll let my referees know so they aren't expecting a call.",
    "I'll let my old manager know what you said about my references, she'll be touched.",
    "I'll let my careers adviser at college know how I got on.",
    "I'll share the news with my family, who've been very supportive.",
]


@pytest.mark.parametrize("text", PRIVATE_NEWS)
def test_the_news_told_to_a_supporter_is_not_going_public(text: str) -> None:
    assert not flagged_public(text), text


def test_a_supporter_told_how_they_were_treated_is() -> None:
    # The same person, told an account of their conduct rather than the news.
    assert public("I'll let my mentor know how I was spoken to in the second round.")


@pytest.mark.parametrize(
    "text",
    [
        # Told to the writer, or what the writer could tell: no telling of theirs.
        "I was told by the recruiter that the role was filled internally.",
        "I could tell from your emails that you were rooting for me.",
        "Ben, who referred me, was told by his manager that the role was being filled.",
        "Perhaps it would help to tell candidates at the outset that the team is hiring juniors.",
        # The writer's own growth, private help, the company's own media.
        "I'll be honest with my coach about my nerves and work on them.",
        "I'll take this experience into my other interviews.",
        "Please pass my thanks on to the committee.",
        "I'll compare notes with my study partner on what to practise.",
        "Thank you for letting the other candidates and me know about the process so quickly.",
        "I'll let my old tutor from college know how it went.",
        "I don't think the interview gave a fair picture of what I could offer.",
        "I wrote up my experience of the migration project for my portfolio.",
        "This is a gap in my skill set I'll work on before my next video interview.",
        "My family will be glad to hear about future roles.",
        "My mentor told me not to give up, so I'll apply again next year.",
        "I loved reading your column on hiring for culture.",
        "Your piece on the new depot was what made me apply.",
    ],
)
def test_near_misses_of_an_account_stay_clean(text: str) -> None:
    assert not flagged_public(text), text


def test_the_whole_check_reads_a_warm_account_to_peers_as_public() -> None:
    text = (
        "Dear Ms Roy,\n\nThank you for letting me know. I'll be passing on my experience to a "
        "contact at your holding company, as they care about how candidates are treated.\n\n"
        "Regards,\nSam"
    )
    assert "public" in {f.kind for f in check(text)}
