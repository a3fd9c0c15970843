"""Seventeenth round: telling people, read by its parts, and the writer's own channel kept going."""

from __future__ import annotations

import pytest

from coach import tone


def _public(text: str) -> bool:
    """Whether the rules read going public, with the model silent (the principle lives there)."""
    return any(f.kind == "public" for f in tone.check(text, model={}))


# The writer's own act of telling, an audience of more than one in the same
# sentence, and what is told is about them: public, whatever channel or
# occasion is named.
@pytest.mark.parametrize(
    "text",
    [
        "I'll be describing your assessment day on the community radio show next week, "
        "as an example of what applicants face.",
        "I've passed your comments on to the other trainees in my cohort, since most of them "
        "applied as well.",
        "I plan to describe this selection round in my next entry on the nurses' forum.",
        "I'll be bringing yours up at the union branch meeting on Thursday.",
        "A few of the porters on my shift have been asking how your interviews run, "
        "so I'll fill them in at break.",
        # a group placed by who or where they are, and an act just done
        "The sound engineers I know keep asking about your auditions, and I'll let them know "
        "what to expect.",
        "I've already been telling the other drivers at the yard how your trial day went.",
    ],
)
def test_telling_a_group_about_them_is_public(text: str) -> None:
    assert _public(text)


# Each part missing, or the act not the writer's to come: not public.
@pytest.mark.parametrize(
    "text",
    [
        # no audience: family, a mentor
        "I'll tell my mum how kind you all were.",
        "I'll be talking about your feedback with my mentor next week.",
        # one hearer, not a group
        "My union rep helped me with the form, so I'll let her know the interview went well.",
        # the interview told back, what the writer was told, a question to them
        "I mentioned my book club in the interview, and we're reading one of your titles "
        "this month.",
        "I'm told the team is growing, and I'd love to hear about future roles.",
        "I'd been told by colleagues on the ward that your interviews were thorough, "
        "and they were.",
        "Would you be happy to share any feedback on my group task?",
        # said not to happen
        "I won't be telling the lads at work about the interview until I hear back elsewhere.",
        # a kind word passed on
        "If friends ask me whether to apply to your firm, I'll tell them yes.",
    ],
)
def test_telling_without_all_its_parts_is_not_public(text: str) -> None:
    assert not _public(text)


# The writer's own channel or work kept going is no telling of others.
@pytest.mark.parametrize(
    "text",
    [
        "I'll keep writing on my blog and practising my interview answers.",
        "I'll continue to share my pottery videos on Instagram, and I hope we meet again.",
        "Thanks again. I'm carrying on posting my bread recipes on TikTok in the meantime.",
    ],
)
def test_own_channel_kept_going_is_not_public(text: str) -> None:
    assert not _public(text)


# Unless that clause names them or what happened.
@pytest.mark.parametrize(
    "text",
    [
        "I'll keep sharing your process with everyone I know.",
        "I'll keep posting about it on my blog until someone answers.",
        "I'll continue to post about how the interview went on my Substack.",
    ],
)
def test_own_channel_kept_going_about_them_is_public(text: str) -> None:
    assert _public(text)


# The audience named in the sentence before, the act pointing back to it or to them.
@pytest.mark.parametrize(
    "text",
    [
        "I sit on the committee of our local engineers' society. I intend to raise mine at the "
        "autumn gathering.",
        "A few of us from the bootcamp keep a shared spreadsheet of employers. I'll add a note "
        "about your take-home task there.",
    ],
)
def test_telling_the_group_named_before_is_public(text: str) -> None:
    assert _public(text)


@pytest.mark.parametrize(
    "text",
    [
        "It was lovely to meet everyone on the ward. I'll tell my mum it went well anyway.",
        "Everyone at reception was so kind. I'll pass on my thanks to them in a card.",
        "Everyone on the assessment day was friendly. I'll tell you about my new job "
        "when it starts.",
    ],
)
def test_telling_after_a_group_named_is_not_public_to_family_thanks_or_you(text: str) -> None:
    assert not _public(text)


# Acts of telling said with a light verb, and a sentence that mentions
# recommending without the writer recommending.
@pytest.mark.parametrize(
    "text",
    [
        "I'll be giving the other volunteers at the food bank a rundown of how your interviews "
        "were run.",
        "I'm running a session for jobseekers at the library, and I'll use your assessment as one "
        "of my case studies.",
        "I'll be bringing up how your interviews were organised with the other parents at the next "
        "meeting, since we are choosing which firms to recommend.",
    ],
)
def test_light_verbs_of_telling_a_group_are_public(text: str) -> None:
    assert _public(text)


@pytest.mark.parametrize(
    "text",
    [
        "I have spoken to colleagues who know your team, and they all say it's a lovely place.",
        "I'd happily recommend your process to friends thinking of applying.",
    ],
)
def test_asking_around_or_recommending_is_not_telling(text: str) -> None:
    assert not _public(text)


# "Fill in" with the people after it ("filling in the porters on my shift") is
# an act of telling, as "filling them in" is. Its pattern ended on a space, so
# the word edge after it never held and it matched nothing (found by the lead,
# after the seventeenth frozen half). Forms, gaps and shifts covered are not telling.
@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("I'll be filling in the porters on my shift about your interviews.", True),
        (
            "I've already filled in the other drivers at the yard about how your trial day ran.",
            True,
        ),
        ("I'll be filling in the application form again with my friends next year.", False),
        (
            "I've been filling in for colleagues on nights, so sorry for the slow reply "
            "to your email.",
            False,
        ),
    ],
)
def test_filling_people_in_with_them_named_after_is_telling(text: str, public: bool) -> None:
    assert _public(text) is public
