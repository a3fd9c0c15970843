"""Round twelve's narrowed tone rules at each exception's edge: the real problem still counts.

Each case runs through the whole check (the shipped model included), which is
what a person sees, and through the rules alone, so a loss the model happens to
cover still fails here.
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


# Each body holds one real problem just past the edge of an exception.
STILL_FLAGGED = [
    # 1a: a bare "I" before a judgement of them still judges them.
    ("Thanks for letting me know. Honestly, I expected better from a firm your size.", "anger"),
    ("Thanks for letting me know. I expected a lot more from a firm like yours.", "anger"),
    ("Thanks for letting me know. I've expected better from you since the first call.", "anger"),
    # 1b: them talking over anyone, whatever the object.
    ("Thanks. Your director talked over everyone in the room, so I am not surprised.", "anger"),
    ("Thanks. You talked over every candidate I met in the waiting room.", "anger"),
    ("Thanks for letting me know. The director spoke over people all afternoon.", "anger"),
    ("Thanks. Your director was late and talked over everyone.", "anger"),
    # 1c: a keepsake word beside a sour turn in the same sentence.
    ('Thanks. Your "growth journey" has stuck with me, for all the wrong reasons.', "anger"),
    ('Thanks. "A strong culture fit" is going on my fridge next to my unpaid invoices.', "anger"),
    ('Thanks. "We\'ll be in touch" is my new motto for never replying to anyone.', "anger"),
    # 1d: the whole interview is not one part of it; slip after slip runs you down.
    ("Thank you. I was out of my depth when the interview started and never recovered.", "apology"),
    ("Thank you. I just went blank during the interview, and I know it showed.", "apology"),
    (
        "Thank you. I fumbled the question about budgets, I messed up the part about"
        " hiring and I botched the bit about strategy.",
        "apology",
    ),
    # 1e: a bare not or don't before an apology is still one.
    ("Thank you. I can not apologise enough for my rambling answers.", "apology"),
    ("Thank you. I honestly could not apologise enough for how unprepared I was.", "apology"),
    ("Thank you. I do not apologise lightly, but I owe you one for my answers.", "apology"),
    # 1e: their not apologising is no apology of the writer's, but a complaint.
    ("Thanks. Your recruiter was late to both calls and never apologised.", "anger"),
    # 1e: the exceptions stop at the writer's own failings in the same sentence.
    ("Thank you. Please don't apologise; it was me who made a hash of the afternoon.", "apology"),
    ("Thank you. I'm sorry it's not me; my portfolio was thin and my answers worse.", "apology"),
    ("Thank you. I'm so sorry I won't be joining you, after I made such a hash of it.", "apology"),
    ("Thank you. I regret that my nerves meant I was not selected.", "apology"),
    ("Thank you. I am so sorry it didn't work out because of my nerves.", "apology"),
    ("Thanks. I regret that my rambling answers could not convince the panel.", "apology"),
    # 1f: asking to re-check is a plea; "all for letting people know" is the writer's telling.
    ("Thank you. Could I re-check the marking of my test with you before it is final?", "begging"),
    ("Thank you. Could I reread my answers with you?", "begging"),
    ("Thanks. I am all for letting the people in my industry group know about this.", "public"),
    # 1g: "you were ghosting me" is a complaint; a sarcastic frame; a memory of the wait.
    ("Great to finally hear back, given you were ghosting me for a month.", "anger"),
    ("Thank you. If I could frame it, I would treasure it forever.", "anger"),
    ("Thanks for telling me. Waiting an hour in your lobby is a memory I'll treasure.", "anger"),
]


@pytest.mark.parametrize(("body", "kind"), STILL_FLAGGED)
def test_a_real_problem_past_an_exception_is_flagged_by_the_rules(body: str, kind: str) -> None:
    assert kind in _rule_kinds(body)


# A known defect of the round-13 and round-14 models: they score this quoted-back sentence
# under the confirm score, so the rule's hit is dropped. Strict: fails once mended.
MODEL_NOW_MISSES = 'Thanks. Your "growth journey" has stuck with me, for all the wrong reasons.'
# Two more since the fifteenth round: the round-14 model all but rules out
# (under VETO_BELOW) self-blame for nerves and a request to reread answers, so
# the model overrules the rule even in a plain sentence. Held out, that trade
# freed more clean drafts than it lost (tests/data/tone/README.md). Strict.
FLOOR_NOW_MISSES = {
    "Thank you. I regret that my nerves meant I was not selected.",
    "Thank you. Could I reread my answers with you?",
}
# Two more since ml32 shipped the model retrained on every writer (held out by writer it
# flags 111 clean drafts of 8,400 where round 14's flagged 174, anger 88.4% both): it
# reads "I expected a lot more" at 0.47 (round 14: 0.72), under LEANS, so the lone
# harsh-judgement hit needs a second signal (coach/tone_second.py) and has none; and it all
# but rules out the talking-over sentence (0.001, round 14: 0.39), so it overrules the rule.
RETRAIN_NOW_MISSES = {
    "Thanks for letting me know. I expected a lot more from a firm like yours.",
    "Thanks. You talked over every candidate I met in the waiting room.",
}
WHOLE_FLAGGED = [
    pytest.param(
        body,
        kind,
        marks=pytest.mark.xfail(strict=True, reason="the round-13 and -14 models veto it"),
    )
    if body == MODEL_NOW_MISSES
    else pytest.param(
        body,
        kind,
        marks=pytest.mark.xfail(
            strict=True,
            reason="ml32: the retrained model reads it calm (see RETRAIN_NOW_MISSES); held out"
            " the shipped retrain flags 111 clean drafts of 8,400 (main 174), anger 88.4% as main",
        ),
    )
    if body in RETRAIN_NOW_MISSES
    else pytest.param(
        body,
        kind,
        marks=pytest.mark.xfail(strict=True, reason="the round-14 model all but rules it out"),
    )
    if body in FLOOR_NOW_MISSES
    else (body, kind)
    for body, kind in STILL_FLAGGED
]


@pytest.mark.parametrize(("body", "kind"), WHOLE_FLAGGED)
def test_a_real_problem_past_an_exception_is_flagged_by_the_whole_check(
    body: str, kind: str
) -> None:
    assert kind in _whole_kinds(body)


# The principle each exception keeps: these stay calm, by the rules and the whole check.
STILL_CALM = [
    ("Thanks for letting me know. I laughed when the fire alarm went off mid-answer.", "anger"),
    ("Thanks for letting me know. I checked out your blog after the call.", "anger"),
    ("Thanks for letting me know. I talked over people a bit, which I am working on.", "anger"),
    ("Thanks for the call. We talked over the plan for the first month in detail.", "anger"),
    ("Thanks. I know I rushed the task and talked over people a bit; I'm on it.", "anger"),
    ('Thanks. Your line "curiosity beats credentials" has stuck with me all week.', "anger"),
    ("Thank you. I was out of my depth when the conversation turned to tax law.", "apology"),
    ("Thank you. I fumbled the question about budgets, so I am reading up on them.", "apology"),
    ("Thank you, and no need to apologise for the wait.", "apology"),
    ("Thanks. He did not apologise, but the rest of the day went well.", "apology"),
    ("Thank you, and please don't apologise for the delay.", "apology"),
    ("The take-home was a lot, but I learned plenty, so I'm not sorry I did it.", "apology"),
    ("Thank you. I'm sorry it's not a yes, but I enjoyed meeting the team.", "apology"),
    ("Thank you. I'm sorry it didn't work out, but I enjoyed the day.", "apology"),
    ("Thank you. I regret that the role went to another candidate, but I understand.", "apology"),
    ("Thank you. When I reread my application I saw what you meant about depth.", "begging"),
    ("Thank you for letting all the candidates know so quickly.", "public"),
    ("I'm glad to have an answer, and I know you were waiting on the client too.", "anger"),
    ("Thank you. Any advice you could share, I would treasure it.", "anger"),
    ("Thank you. Meeting your team was a memory I'll treasure.", "anger"),
]


@pytest.mark.parametrize(("body", "kind"), STILL_CALM)
def test_the_exception_still_holds_by_the_rules(body: str, kind: str) -> None:
    assert kind not in _rule_kinds(body)


# Once a known defect (the round-12 anger model read this sentence as sarcasm:
# 'plan', 'talked', 'month'); the round-13 model leaves it calm.
MODEL_ONCE_FLAGGED = "Thanks for the call. We talked over the plan for the first month in detail."
WHOLE_CALM = STILL_CALM


def test_the_model_leaves_talking_over_a_plan_calm() -> None:
    assert "anger" not in _whole_kinds(MODEL_ONCE_FLAGGED)


@pytest.mark.parametrize(("body", "kind"), WHOLE_CALM)
def test_the_exception_still_holds_in_the_whole_check(body: str, kind: str) -> None:
    assert kind not in _whole_kinds(body)


def test_a_sarcastic_frame_takes_in_the_treasuring_too() -> None:
    # "If I could frame it" is a jab already; "I would treasure it" after it
    # is the same jab, not a warm condition.
    body = "Thank you. If I could frame it, I would treasure it forever."
    for findings in (tone.check(_letter(body)), tone.check(_letter(body), model={})):
        assert any("treasure it" in f.text for f in findings if f.kind == "anger")


def test_a_slip_in_one_part_of_the_interview_is_no_rule_finding() -> None:
    # The model reads this sentence on its own terms; the rules leave it alone.
    assert "apology" not in _rule_kinds("Thank you. I went blank on the recursion question.")
