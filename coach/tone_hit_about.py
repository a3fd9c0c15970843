"""What a weak anger hit is about: their side, the writer, others, bad luck; good or bad."""

from __future__ import annotations

import functools
import re

from coach.tone_features import tokens
from coach.tone_rules import shipped_rules

# A jab is aimed at them and at what they put the writer through; the same
# praise or verdict said of a flood, the trains, a colleague or a cake is not.
# The lists are kinds of things, not the phrases of any draft: the rules'
# own classes for the reader's side, the writer's people and the grievances,
# and two short lists of ordinary good things and bad luck.
_THEIR_EXTRA = frozenset(
    """interview interviews interviewing hiring recruitment role position firm organisation
    organization employer business hr""".split()
)
_OTHERS_EXTRA = frozenset(
    """he she him her his hire successor kids children son daughter baby dog cat neighbour
    neighbor landlord friend friends colleague colleagues candidate whoever everyone""".split()
)
_MISFORTUNE = frozenset(
    """flood flooded flooding floods fire fires storm storms snow snowed rain weather heatwave
    strike strikes trains traffic roadworks outage outages power burst leak leaks pipe pipes
    illness ill sick flu covid injury injured accident bereavement funeral hospital surgery
    crash broke breakdown burglary break-in virus hurricane typhoon cyclone earthquake
    monsoon lockdown renovation renovations construction""".split()
)
_GOOD = frozenset(
    """team people colleagues project projects cake cakes coffee tea lunch tour welcome
    office culture chat chats conversation conversations visit event morning afternoon
    place company experience opportunity questions campus site view food biscuits
    walkthrough demo meeting energy atmosphere vibe crew staff""".split()
)
_SYMPATHY = re.compile(
    r"\b(?:sorry to hear|sounds like|sound like|must have been|must be|what a|poor you|"
    r"hope (?:every|all|you're|you are|things|it)|thinking of|fingers crossed|"
    r"hang in there|take care)\b"
)


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    """Each kind of thing a hit can be about, as a set of words."""
    rules = shipped_rules().classes
    bad = set()
    for name in ("WAITING", "EFFORT", "SLIGHTS", "COMPLAINT", "TRYING"):
        bad |= rules.get(name, frozenset())
    # A project or a day out is a good thing unless unpaid: let the bad word decide.
    bad -= _GOOD
    their = (set(rules.get("THEM", frozenset())) | _THEIR_EXTRA) - bad
    return {
        "their": frozenset(their),
        "others": frozenset(set(rules.get("SUPPORTERS", frozenset())) | _OTHERS_EXTRA),
        "misfortune": _MISFORTUNE,
        "good": _GOOD,
        "bad": frozenset(bad),
    }


def kinds_of(words: list[str]) -> set[str]:
    """The kinds of thing these words name."""
    present = set(words)
    return {name for name, members in _classes().items() if not members.isdisjoint(present)}


WINDOW = 6  # words either side of the hit that say what it is about


def about_features(
    rule: str, sentence: str, at: int, end: int, before: str, after: str
) -> set[str]:
    """What the hit at [at, end) of `sentence` and the sentences around it are about.

    Each kind is named by where it sits (just before the hit, in it, just
    after it, elsewhere in its sentence, the sentence before, the one after),
    and once more joined to the rule, so each rule weighs them its own way.
    """
    lead = tokens(sentence[:at])
    near = {
        "b": kinds_of(lead[-WINDOW:]),
        "i": kinds_of(tokens(sentence[at:end])),
        "a": kinds_of(tokens(sentence[end:])[:WINDOW]),
        "s": kinds_of(tokens(sentence)),
        "p": kinds_of(tokens(before)),
        "n": kinds_of(tokens(after)),
    }
    out = {f"ab:{where}:{kind}" for where, kinds in near.items() for kind in kinds}
    low = sentence.lower()
    if _SYMPATHY.search(low):
        out.add("ab:sym")
    if _SYMPATHY.search(before.lower()):
        out.add("ab:sym:p")
    # Good and bad together is the sarcasm pair; a good thing alone is praise.
    for where in ("b", "a", "s", "p"):
        kinds = near[where]
        if "good" in kinds and not kinds & {"bad", "misfortune"}:
            out.add(f"ab:{where}:only_good")
        if kinds & {"bad"} and kinds & {"their"}:
            out.add(f"ab:{where}:their_bad")
    out |= {f"{rule}|{f}" for f in list(out)}
    return out
