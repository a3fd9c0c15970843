"""Whom a strong word lands on: a target named that is not the hiring side is not anger at them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from coach import tone_target
from coach.tone import check
from coach.tone_model import sentence_scores, shipped_model
from coach.tone_target import ELSEWHERE
from coach.tone_wording import wording


def _rule_anger(text: str) -> list[str]:
    """The anger the rules alone find in the text."""
    return [f.text for f in check(text, model={}) if f.kind == "anger"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A dislike or habit of the writer's own, even reported to them.
        "I hate it when my laptop dies on me.",
        # Something that is nobody's doing in the hiring.
        "I was so annoyed at the traffic on the ring road this morning.",
        "I'm fed up with the rain this month, to be honest.",
        "I'm sick of the rain.",
        "I'm annoyed that my flight home was cancelled.",
        "The referee was an absolute joke on Saturday.",
        # A time said with a demonstrative says when, not what was bad.
        "The ring road traffic that day was a nightmare, and I arrived flustered.",
        # A job the writer has left is not the hiring side.
        "My previous company was a disaster with management.",
        # Where the subject was headed only places it.
        "Honestly the traffic getting to your place was insane.",
        # Anger the writer reports of someone outside, felt at something outside.
        "My mum was furious about the parking fines.",
        # A thing the writer dislikes doing is a trait of their own.
        "It is a pity, I hate to lose.",
        # A road by its number is the journey.
        "The N1 was a disaster that morning with the truck accident.",
        # What a comma adds may name the writer's own job, which is not theirs.
        # A clause of the writer's own after ", and" adds no target.
        # A relative clause that names nothing of theirs.
        "I was furious at the ref, who gave a penalty in the last minute.",
        # Whom a verdict of shame, or a feeling of being unimpressed, is about.
        "The council should be ashamed of the state of the roads.",
        "I was not impressed with the weather in Leeds.",
        # A kind turn after "but" ends what the word may land on.
        "The parking near the station was a nightmare, but it all worked out.",
        # A mark right after the word ends its clause: what follows is not its target.
    ],
)
def test_a_strong_word_aimed_elsewhere_is_not_anger(sentence: str) -> None:
    assert _rule_anger(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # Aimed at them, the process or the decision, or pointing back at it.
        "I hate that I wasted weeks on it.",
        "I hate being kept in the dark.",
        "I'm fed up with waiting.",
        "I'm sick of this.",
        "I'm sick of this nonsense.",
        "I'm done with this garbage.",
        "I was so annoyed at the interviewer.",
        "I'm furious that I took a day off work for this.",
        "I am livid that I turned down another offer while waiting for you.",
        "The process was a joke.",
        "The tone of your email was condescending.",
        "The whole day was a shambles.",
        "The man at reception was rude.",
        "The recruiter was annoyed by my email.",
        "It was a disaster.",
        "Six weeks of silence is a disgrace.",
        # No target named at all: the reader takes it as aimed at them.
        "I'm fuming.",
        "You should be ashamed.",
        "Whoever runs your hiring should be embarrassed.",
        "I was not impressed by the interview.",
        # Joining words end a target, but nothing of theirs may follow before a mark.
        "I am annoyed at the way that you handled it.",
        "I think your company has a serious problem with respect.",
        # A bare name may be the employer's.
        "Brightline was a shambles.",
        # The day itself is the one they ran; "at first" says when, not at whom.
        "The afternoon was a shambles.",
        "I was a little mad at first.",
        # What is theirs is an open set: only a target known to lie outside lets it go.
        "The salary was a joke.",
        "The take-home was insulting.",
        "The culture there is toxic.",
        "The product is garbage, honestly.",
        "The professor was arrogant.",
        "The committee should be ashamed.",
        "I'm sick of the excuses.",
        "I hate favouritism.",
        "The rest of that day was a farce.",
        "My visit to your office was a nightmare.",
        # Another's anger is theirs too unless it is felt at something outside.
        "My partner was livid about how you treated me.",
        "My mum was furious about it.",
        # Names, capitalised or not, may be theirs.
        "Shame on Brightline.",
        "i'm furious at kevin",
        # Every target a comma or "and" joins is read.
        "I'm annoyed at the delay, which your team caused.",
        "I was annoyed at the traffic and the security guard.",
        "I'm fed up with the rain and with Marcus.",
        # Doing something to them, or having it done to the writer, is no trait.
        "I hate dealing with recruiters.",
        "I hate getting ghosted.",
        "My mum was appalled by the contract.",
        "I'm fed up with Brightline's parking.",
        "I was annoyed at the traffic; and at your security guard.",
        # Losing to someone is losing the job to them.
        "I hate losing to nepotism.",
        # The whole target must be outside: a word of the hiring in it keeps it (rv30 #1).
        "I'm furious about the train fare for a cancelled meeting.",
        "The parking at the venue was a disgrace.",
        "I'm sick of the trains to pointless meetings.",
        "The drive I had to make twice was ridiculous.",
        "I'm furious about the train fare for a pointless lunch.",
        # Every item of a list is read (rv30 #2).
        "I'm furious about the traffic, your silence, and the rejection.",
        "I'm fuming about the drive, the wait, and the lack of an apology.",
        "I'm fed up with the trains and, frankly, your team.",
        "I'm sick of the rain, the recruiters and the ghosting.",
        "I'm furious about the traffic, the dress code and the lunch.",
        # A verdict carried on, or a reason, is read to the sentence's end (rv30 #3, #4).
        "The wifi was a joke and so were the questions.",
        "The M25 was a joke and the follow-up was worse.",
        "The wifi was a joke and so was the lunch.",
        "My dad was livid about the parking charges at the venue, and honestly so was I.",
        "I'm furious about the taxi fare, since the meeting was moved at an hour's notice.",
        "I'm furious about the train fare I paid twice because the room was double-booked.",
        # Being made to wait, chase, repeat or travel is their doing (rv30 #5).
        "I hate having to chase.",
        "I hate having to repeat myself.",
        "I hate having to drive in the rain.",
        "I hate travelling four hours for a ten-minute chat.",
        "I hate chasing, so this is my last email.",
        # Given back this round: something later in the sentence may land on
        # them ("you", "it", "this", "your"), or a word of it is not known to
        # lie outside ("London", "project"). When unsure, it stays anger.
        "I hate losing deals, and this one stings.",
        "I hate losing, so I went for a long run after your call.",
        "The wind on the way over was insane, it nearly took the car door off.",
        "London rents are absurd.",
    ],
)
def test_a_strong_word_at_them_stays_anger(sentence: str) -> None:
    assert _rule_anger(sentence) != []


def test_its_sentence_is_not_the_models_anger_either() -> None:
    text = "Thanks for letting me know. The referee was an absolute joke on Saturday."
    words = wording(text, keep_excused=True)
    assert [s.kind for s in words] == [ELSEWHERE]
    judged = {
        (text[s:e].strip(), k) for s, e, k, _, _ in sentence_scores(text, words, shipped_model())
    }
    assert ("The referee was an absolute joke on Saturday.", "anger") not in judged
    assert [f for f in check(text) if f.kind == "anger"] == []


def test_an_elsewhere_span_is_no_finding() -> None:
    assert wording("I hate losing deals.") == []


class _Counting:
    """A pattern that counts the characters each search is given to scan."""

    def __init__(self, pattern: re.Pattern[str], seen: list[int]) -> None:
        self.pattern, self.seen = pattern, seen

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.seen.append((len(text) if endpos is None else min(endpos, len(text))) - pos)

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self._count(text, *args)
        return self.pattern.search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        self._count(text, *args)
        return self.pattern.match(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        self._count(text, *args)
        return self.pattern.finditer(text, *args)


def test_a_run_on_of_strong_words_costs_a_fixed_amount_per_hit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each hit reads a window round itself, never the rest of the draft: a
    # pasted transcript with no marks would otherwise cost time squared.
    seen: list[int] = []
    for name in ("_MARK", "_BOUNDARY"):
        monkeypatch.setattr(tone_target, name, _Counting(getattr(tone_target, name), seen))
    theirs = tone_target._theirs
    monkeypatch.setattr(tone_target, "_theirs", lambda *a: _Counting(theirs(*a), seen))
    wording("I'm sick of the weather " * 200)
    assert seen and max(seen) <= 600
