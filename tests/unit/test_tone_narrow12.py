"""Rules narrowed by a principle in round twelve: near misses stay calm, real hits still count."""

from __future__ import annotations

import pytest

from coach import tone


def _kinds(text: str) -> set[str]:
    return {f.kind for f in tone.check(text, model={})}


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the news, and no need to apologise for the wait.",
        "Thank you, and no need at all to apologize for the delay; December is busy.",
        "Thanks for letting me know. Please don't apologise, these things take time.",
        "The take-home was a lot, but I learned plenty, so I'm not sorry I did it.",
        "I'm sorry it's not a yes this time, but I'd love to be considered next year.",
        "I'm sorry it's not me this time. I enjoyed the visit.",
        "Thanks for the call. I'm sorry it ends here, but I'm glad I went through it.",
        "I am sorry I will not join your school, but it was a good day for me.",
        "I was sorry to miss out, and I hope the new starter settles in well.",
    ],
)
def test_no_apology_for_yourself(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry my answers were so poor on the day.",
        "Sorry for wasting your time with my application.",
        "I'm so sorry it was such a bad interview.",
        "I apologise for not being what you needed.",
        "I'm sorry it's not a better letter, I'm terrible at these.",
    ],
)
def test_an_apology_for_yourself_still_counts(text: str) -> None:
    assert "apology" in _kinds(text)


def test_sorry_about_not_joining_them_is_not_sorry_about_anything_else() -> None:
    assert "apology" in _kinds("I'm sorry I won't join any more calls with a cold like this.")


@pytest.mark.parametrize(
    "text",
    [
        "I know I fumbled the question about budgets; I'm practising that one.",
        "I messed up the part where you asked about rota planning, and I've since read up on it.",
        "I went blank on the recursion question, so I'm doing timed practice now.",
        "I felt out of my depth when the conversation turned to payroll law.",
        "I botched the bit about testing strategy in the follow-up.",
    ],
)
def test_a_slip_in_one_part_of_the_interview_is_an_honest_self_assessment(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I completely fumbled the whole interview.",
        "I know I blew it.",
        "I went blank and made a fool of myself.",
        "I was totally out of my depth with all of you.",
        "I just went blank.",
    ],
)
def test_running_yourself_down_still_counts(text: str) -> None:
    assert "apology" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Of course I'm disappointed, but you explained the decision clearly and I respect it.",
        "I enjoyed meeting the crew and hearing how you handle the overnight loads.",
        "I know I rushed the group task and talked over people a bit; I'm working on it.",
        "Honestly I laughed when you said the trial shift would be busy, and it was.",
        "I've laughed about that line many times since.",
    ],
)
def test_what_the_writer_did_or_how_they_told_it_is_no_accusation(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You clearly didn't read my CV.",
        "It clearly wasn't decided when I interviewed.",
        "The panel talked over me the whole time.",
        "You talked over my answers.",
        "The interviewer laughed at my answer.",
        "They laughed when I said my salary.",
    ],
)
def test_their_conduct_is_still_an_accusation(text: str) -> None:
    assert "anger" in _kinds(text)


def test_their_own_wait_is_sympathy_not_a_complaint() -> None:
    text = "It took a while, but I am glad of an answer, and I know you were waiting on the client."
    assert "anger" not in _kinds(text)
    assert "anger" in _kinds("Lovely to finally hear back, given we were waiting since spring.")


@pytest.mark.parametrize(
    "text",
    [
        "If there is any advice you could share, I would treasure it.",
        "Any pointers at all, I'd treasure it.",
        "The Year 4s singing with total commitment is a memory I'll treasure.",
    ],
)
def test_treasuring_a_memory_or_advice_not_yet_given_is_warm(text: str) -> None:
    assert "anger" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Thanks for the two-line email. I'll treasure it.", "I'll treasure this one-line reply."],
)
def test_treasuring_their_slight_is_still_sarcasm(text: str) -> None:
    assert "anger" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I regret that my experience was not the right fit this time, but I respect the decision.",
        "Naturally I regret that the post will go to another candidate, but I am grateful.",
        "I regret that I could not convince the committee, but I enjoyed the discussion.",
    ],
)
def test_regret_that_the_answer_is_no_is_not_an_apology(text: str) -> None:
    assert "apology" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    ["I regret how badly I answered the budget question.", "I regret that I was so unprepared."],
)
def test_regret_for_your_own_showing_still_counts(text: str) -> None:
    assert "apology" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I appreciate you letting all the candidates know so clearly.",
        "Thank you for letting everyone know so fast.",
    ],
)
def test_them_telling_the_candidates_is_not_going_public(text: str) -> None:
    assert "public" not in _kinds(text)


def test_the_writer_letting_people_know_still_goes_public() -> None:
    assert "public" in _kinds("I will be letting everyone in my network know how this went.")


@pytest.mark.parametrize(
    "text",
    [
        "When I reread my application, I could see exactly what you meant.",
        "Preparing for it, I reread every report I had written that year.",
        "I wanted to write back properly, because your email deserved more than a quick thanks.",
    ],
)
def test_the_writers_own_rereading_and_praise_of_their_note_ask_nothing(text: str) -> None:
    assert "begging" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    ["Could you reread my application?", "Please re-check my test.", "I deserved another chance."],
)
def test_asking_them_to_look_again_still_begs(text: str) -> None:
    assert "begging" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I know I need to learn the planning software. I'm doing an online course on it now.",
        "Sipho, who referred me, told me you'd be kind about it whatever happened.",
        "Our old teacher told us you would be fair about it.",
    ],
)
def test_learning_online_and_being_told_are_not_going_public(text: str) -> None:
    assert "public" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm doing an online review of the whole process.",
        "I told my followers all about it.",
        "I'm making a video about how you treat people.",
    ],
)
def test_posting_and_telling_others_still_go_public(text: str) -> None:
    assert "public" in _kinds(text)
