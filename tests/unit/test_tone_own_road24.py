"""Tests for what the writer does with their own words and their own people (twenty-fourth round).

A stake in this job pressing a door kept open; a forecast of the writer's own
road against asking for another chance; a saying closed inside its quote;
"he" or "she" standing for the writer's own.
"""

from __future__ import annotations

import pytest

from coach.tone import check
from coach.tone_cue_owner import saying_only
from coach.tone_hit_veto import hit_vetoed
from coach.tone_open_door import kept_open
from coach.tone_referent import own_person_before
from coach.tone_wording import wording


def kinds(text: str) -> set[str]:
    """The kinds the whole check finds in a draft."""
    return {f.kind for f in check(text)}


# k24 also let the door read an institution as their side, "offer my
# services", "should you ever be short", their busy season and one ask to be
# kept on file. rv33 got a push past each version in new words, so the lead
# held that widening back (tests/data/tone/README.md); the guards stay.
_OFFER = "I would be glad to help on a temporary basis, should you ever need cover."


def _kept(before: str, after: str = "") -> bool:
    text = f"Thank you for letting me know. {before} {_OFFER} {after}".strip()
    start = text.index(_OFFER)
    return kept_open(text, start, start + len(_OFFER))


def test_a_stake_in_this_job_before_the_offer_pushes_it() -> None:
    assert not _kept("I really cannot afford to lose this one.")
    assert not _kept("This museum has been my dream since I was nine.")
    assert not _kept("I'd commute three hours each way for it.")
    assert not _kept("I'd do it for nothing, honestly.")
    assert not _kept("I'd sleep in the car park.")
    assert not _kept("Working there has been a dream for years.")
    assert not _kept("My diary is clear until June.")
    assert _kept("If a suitable role comes up, I would be glad to be considered.")
    assert not _kept("I've kept every Monday free since the interview.")
    assert not _kept("I was sure this job was mine.")
    assert not _kept("I turned down two other offers for this.")


def test_the_writer_forecasting_their_own_next_chance_asks_nothing() -> None:
    calm = "Thank you for letting me know. I am disappointed, but I appreciate the chance. "
    assert "begging" not in kinds(calm + "I'm sure I'll get another shot.")
    assert "begging" not in kinds(calm + "One day I will get another chance.")


@pytest.mark.parametrize(
    "turned",
    [
        "I'm sure I'll get another shot?",  # a question asks it of them
        "I'm sure I'll get another shot at this role.",  # this job
        "I'm sure I'll get another shot if you look again.",  # a condition on them
        "I'm sure I'll get another interview.",  # a step of their process
        "The panel didn't see the real me. I'm sure I'll get another shot.",  # still argued
        "I'll keep calling every week. I'm sure I'll get another chance.",  # still chased
        "I've kept the whole of next month free. I'm sure I'll get another chance.",  # more
        "Thanks, I really need this. I'm sure I'll get another chance.",  # a plea after thanks
        "Good luck with your cheaper hire. I'm sure I'll get another chance.",  # a wish that stings
        "I know I'll get another shot 🙏",  # pressed hands
        "I'm sure I'll get another shot. Tomorrow works.",  # the forecast does not end the reply
        "Thanks for keeping the slot open. I'm sure I'll get another shot.",  # thanks for a hold
        "I'm gutted, but I accept it for now. I'm sure I'll get another chance.",  # for now
        "I'm sure I'll get another chance 🤞",  # crossed fingers
        "I'm sure I'll get another chance.\n\nWaiting by the phone,\nSam",  # a sign-off saying more
        "I'm sure I'll get another chance.\n\nPhone On,\nSam",  # capitals are not a sign-off
        "I'm sure I'll get another chance.\n\nCheers, all set,\nSam",  # more after the sign-off
        "I'm sure I'll get another chance.\n\nRegards,\nSam Lee\nYour Night Supervisor",  # it asks
    ],
)
def test_a_forecast_that_asks_or_argues_is_still_a_plea(turned: str) -> None:
    assert "begging" in kinds("Thank you for letting me know. " + turned)


SAYING = 'As my Nani used to say, "What is meant for you will not pass you by."'


def test_a_saying_closed_inside_its_quote_and_the_writers_own_road_after_it_are_calm() -> None:
    text = f"Thank you for your email. I really enjoyed meeting you. {SAYING} I'm sure "
    assert "anger" not in kinds(text + "something will come.")
    # "I'm sure my time will come" after a saying about others is its jab.
    jab = (
        'Thanks. As my mum always says, "The fish rots from the head." I\'m sure my time will come.'
    )
    assert "anger" in kinds(jab)


@pytest.mark.parametrize(
    ("saying", "kept"),
    [
        ("What is meant for you will not pass you by.", True),  # what is meant for one
        ("What goes around comes around.", False),  # about others: "I'm sure" is its jab
        ("Karma keeps good books.", False),
        ("What's for you won't go by you, unless the boss's friend wants it.", False),
        ("Everything happens for a reason, mostly nephews.", False),
        ("Everything happens for a reason, mostly.", False),
    ],
)
def test_only_a_saying_of_what_is_meant_for_one_is_taken_up_by_im_sure(
    saying: str, kept: bool
) -> None:
    text = f'Thank you. As my gran used to say, "{saying}" I\'m sure my day will come.'
    start = text.index("As")
    assert saying_only(text, start, len(text)) is kept


def test_he_or_she_after_one_of_the_writers_own_people_is_that_person() -> None:
    text = "Thank you. I told my husband last night and he said: "
    assert own_person_before(text, len(text) - len("he said: "))
    named = "Thanks. I told my husband about Mr Smith. He"
    assert not own_person_before(named, named.index("He"))
    theirs = "My husband met your manager. He"
    assert not own_person_before(theirs, theirs.index("He"))
    husband = text + '"Their loss, your next chapter." He is biased, of course.'
    assert kinds(husband) == set()
    assert check(husband, model={}) == []  # the rules alone: no hit for s24's veto to drop
    assert "anger" in kinds("Thank you for the call. He is biased, of course.")
    assert "anger" in kinds("Thanks. My husband met your manager. He is biased.")
    # Agreed with after the quote, the words are the writer's own, handed to the reader.
    agreed = (
        'Thanks for your message. I told my partner and he said "you were robbed." He is right.'
    )
    assert "anger" in kinds(agreed)
    # A verdict on them passed on, or carried on to them after, stays the writer's.
    passed = "Thank you. I told my dad and he said, \"They're a shower of cowboys.\" He'd know."
    assert "anger" in kinds(passed)
    of_them = (
        "Dear Mr Park,\n\nThank you for your email. I told my brother and he said, "
        '"They only hire their friends." He would know.\n\nBest,\nJo'
    )
    assert "anger" in kinds(of_them)
    aimed = (
        "Dear Mr Obi,\n\nI told my sister and she said, "
        '"Watch out for men with two phones." She sat next to your director at a dinner once.'
        "\n\nAda"
    )
    assert "anger" in kinds(aimed)
    carried = (
        'Thank you. My husband said, "Their loss, your next chapter." He is biased, of course.'
        " So was your panel, from what I saw."
    )
    assert "anger" in kinds(carried)


@pytest.mark.xfail(
    strict=True,
    reason="ml32: the model retrained on every writer reads the saying and the sentence after"
    " it as calm (round 14's found anger there; no rule does); held out the retrain frees 106"
    " clean drafts for 43 newly flagged, anger 88.4% as main",
)
def test_the_same_saying_turned_on_their_hire_after_it_is_still_anger() -> None:
    text = f"Thank you for your email. I really enjoyed meeting you. {SAYING} I'm sure "
    assert "anger" in kinds(text + "your nephew will do fine.")


CLOWNS = (
    "Dear Ms Obi,\n\nThank you for your email. I told my mum and she said, "
    "\"They're a pack of clowns.\" She'd know; she cleaned their offices for ten years."
    "\n\nRegards,\nTunde"
)


def test_the_hit_veto_leaves_a_verdict_handed_on_from_the_writers_own_people() -> None:
    # The veto reads the calm sentence after; the writer handing on a verdict on
    # them is their own act however calm that sentence is (coach/tone_quote_owner.py).
    hits = [s for s in wording(CLOWNS, None) if s.kind == "anger"]
    assert hits
    assert not hit_vetoed(CLOWNS, hits)


# The model retrained on every writer (ml32) reads the quoting sentence at 0.007 (round
# 14: 0.98): the model's veto and the draft-level decision must not weigh that reading.
def test_the_whole_check_keeps_a_verdict_handed_on_from_the_writers_own_people() -> None:
    assert "anger" in kinds(CLOWNS)
