"""The part of the day a plan's cue names: by the clock, or by what a day is made of."""

from __future__ import annotations

import re

from coach.number_words import HOUR_WORDS

# A plan keeps a day, not a time, so its cue ("When the kids are in bed") is the
# only place an hour is named. Two kinds of evidence: the day's own words and
# clock times that say am, pm or a 24-hour hour (sure), then what people do at
# fixed points of a day: waking, meals, work, bed (likely). The latest part the
# surer kind names wins, since a plan asked too late costs a day, and one asked
# too early asks about what the person has not had the chance to do (fz18).

_HOUR_WORD = "|".join(HOUR_WORDS)
# "at one" is mostly "at one point": a bare "one" counts only with o'clock or past/to.
_BARE_HOUR_WORD = "|".join(w for w in HOUR_WORDS if w != "one")
_PREP = r"(?:at|by|around|about|from|until|till|before|after|past)"
# What may follow a bare "at 7" so that it is an hour, not "at 3 companies".
_HOUR_END = (
    r"(?=\s*(?:$|[,;!?)]|\.(?!\d)|-|–|(?:on|in|at|and|or|this|tomorrow|tonight|today|every|each"
    r"|before|after|when|with|sharp|then|i|we|once|while|latest)\b))"
)

# Each alternative in one pattern: at a place where two start, the earlier listed
# wins, so "before lunch" is read whole and its "lunch" is not read again.
_CUES: list[tuple[str, str, str]] = [
    # (part, sureness, pattern)
    (
        "clock",
        "sure",
        rf"(?P<ampm_h>1[0-2]|0?[1-9]|{_HOUR_WORD})(?:[:.][0-5][0-9])? ?(?P<ampm>[ap])\.?m\b\.?",
    ),
    ("clock", "sure", r"(?P<h24_h>[01]?[0-9]|2[0-3])h(?:[0-5][0-9])?\b"),
    ("clock", "sure", r"(?<![£$€])(?P<lead_h>0[0-9]?|1[3-9]|2[0-3])[:.][0-5][0-9]\b"),
    ("clock", "open", r"(?<![£$€])(?P<open_h>1[0-2]|[1-9])[:.][0-5][0-9]\b(?!\.\d)"),
    ("clock", "open", rf"(?P<oclock_h>1[0-2]|[1-9]|{_HOUR_WORD}) ?o'?clock\b"),
    (
        "clock",
        "open",
        rf"(?:(?:half|quarter|twenty(?:-five)?|ten|five|\d{{1,2}} minutes) (?:past|to|after)"
        rf"|half) (?P<past_h>1[0-2]|[1-9]|{_HOUR_WORD})\b",
    ),
    ("clock", "open", rf"(?P<ish_h>1[0-2]|[1-9]|{_HOUR_WORD}) ?-?ish"),
    (
        "clock",
        "open",
        rf"{_PREP} (?P<bare_h>1[0-2]|[1-9]|{_BARE_HOUR_WORD})(?: thirty| fifteen| forty-five)?"
        rf"{_HOUR_END}",
    ),
    # Slept: the night is over, whatever the word "night" says.
    (
        "morning",
        "likely",
        r"(?:after|had|having|got|get) (?:a |my )?(?:good |full |long |proper |decent )?"
        r"night'?s (?:sleep|rest)|slept|sleep in|lie-in|lie in",
    ),
    ("evening", "sure", r"early hours|small hours|middle of the night|midnight|overnight"),
    ("morning", "sure", r"before (?:noon|midday)|mornings?"),
    ("afternoon", "sure", r"afternoons?|noon|midday"),
    ("evening", "sure", r"evenings?|nights?|nightly|tonight"),
    # Waking from a nap is no start of the day (read before waking, below).
    ("afternoon", "likely", r"(?:wakes?|waking|woken|woke) (?:up )?from (?:my |a |the )?nap"),
    # Waking and the start of the day.
    (
        "morning",
        "likely",
        r"before (?:breakfast|lunch|work|school)|breakfast|wakes?|waking|woken|woke"
        r"|get(?:s|ting)? up(?! from)|out of bed|alarm goes off|first thing"
        r"|start (?:of )?(?:the|my) (?:work)?day|start work|get to work|arrive at work|sunrise|dawn"
        r"|(?:leave|leaving) (?:for work|for school|the house|home|the flat)"
        r"|(?:train|bus|way|drive|walk|commute) (?:in )?to work|drop (?:the )?(?:kids|children) off"
        r"|drop (?:the )?(?:kids|children) at school|(?:anyone|everyone|the house|the kids) "
        r"(?:else )?(?:is|are) up|early\b",
    ),
    # Meals and work in the middle of the day.
    (
        "afternoon",
        "likely",
        r"brunch|lunch(?:time| break)?|after school|school run|at work"
        r"|during work|at the office|on my break|coffee break",
    ),
    # The end of the day: work over, a meal, bed.
    (
        "evening",
        "likely",
        r"dinner(?: ?time)?|supper(?: ?time)?|tea ?time"
        r"|(?:at|after|before|have|having|had) (?:my |our )?tea"
        r"|bed(?:time)?|in bed|asleep|to sleep|lights out"
        r"|sunset|dusk|after dark|wind(?:ing)? down|after work|finish(?:ing)? work|leave work"
        r"|leave the office|before i leave(?! for| the house| home| the flat)"
        r"|home from work|get(?:ting)? home|come home|(?:bus|train|way|drive|walk) home"
        r"|clock(?:ing)? off|end of (?:the |my )?(?:work ?)?day|eod|close of business"
        r"|done for the day|for the night"
        r"|sun goes down|sundown|(?:lights|light) off|off the lights?|(?:it'?s|gets|is) dark",
    ),
]
_PATTERN = re.compile(
    "|".join(rf"(?P<cue{i}>\b(?:{p})(?!\w))" for i, (_, _, p) in enumerate(_CUES)),
    re.I,
)
_ORDER = {"morning": 0, "afternoon": 1, "evening": 2}


def _part_of_hour(hour: int) -> str:
    """The part of the day an hour (0-23) falls in; the small hours count as the night."""
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 17:
        return "afternoon"
    return "evening"


def _hour(text: str) -> int:
    return HOUR_WORDS[text.lower()] if text.lower() in HOUR_WORDS else int(text)


def _clock(match: re.Match[str]) -> tuple[str, str]:
    """A clock time's part of the day, and "sure" or "open" (no am or pm: either half)."""
    found = {
        k: v for k, v in match.groupdict().items() if v is not None and not k.startswith("cue")
    }
    if "ampm_h" in found:
        hour = _hour(found["ampm_h"]) % 12 + (12 if found["ampm"].lower() == "p" else 0)
        return _part_of_hour(hour), "sure"
    for key in ("h24_h", "lead_h"):
        if key in found:
            return _part_of_hour(_hour(found[key])), "sure"
    hour = next(_hour(v) for k, v in found.items() if k.endswith("_h"))
    if hour == 12:
        # "12:30" is midday on a 24-hour clock and in everyday speech alike (rv35:
        # read as midnight, "at 12:30 on Saturday" was first asked on Sunday).
        return _part_of_hour(12), "sure"
    # Seven with no am or pm is 7:00 or 19:00: without a word to choose, the later.
    return _part_of_hour(hour % 12 + 12), "open"


def open_clock(when: str) -> str:
    """The clock time with no am or pm that alone placed a cue ("at 7:30"), or "".

    Read as the later half of the day, so the person may be told how it was read.
    """
    if _named(when)[0]:
        return ""
    found = next((m.group(0) for m in _PATTERN.finditer(when) if _is_open(m)), "")
    return re.sub(rf"^{_PREP}\s+", "", found, flags=re.I)


def clock_note(when: str, how: str = "with “Change plan…” on its entry") -> str:
    """A sentence on how a time with no am or pm was read, or "" (rv34: why Monday, not Sunday).

    Said wherever a plan's words are saved: the walk's end, "Change plan…", and
    `coach plans edit` (how: the way to change it there).
    """
    clock = open_clock(when)
    if not clock:
        return ""
    return f"“{clock}” has no am or pm, so coach read it as pm; to change that, add am or pm {how}."


def _is_open(match: re.Match[str]) -> bool:
    part, _, _ = _CUES[_index(match)]
    return part == "clock" and _clock(match)[1] == "open"


def _index(match: re.Match[str]) -> int:
    return int(next(k for k, v in match.groupdict().items() if v and k.startswith("cue"))[3:])


def _named(when: str) -> tuple[str, list[re.Match[str]]]:
    """The part the cue's words name (sure first, then likely), and its open clock times."""
    named: dict[str, list[str]] = {"sure": [], "likely": []}
    open_hours: list[re.Match[str]] = []
    for match in _PATTERN.finditer(when):
        part, sureness, _ = _CUES[_index(match)]
        if part == "clock":
            part, sureness = _clock(match)
            if sureness == "open":
                open_hours.append(match)
                continue
        named[sureness].append(part)
    for sureness in ("sure", "likely"):
        if named[sureness]:
            return max(named[sureness], key=_ORDER.__getitem__), open_hours
    return "", open_hours


def part_of_day(when: str) -> str:
    """ "morning", "afternoon", "evening", or "" when the cue names no time of day.

    Sure evidence (the day's words, a clock time with am, pm or 24 hours) first,
    then what people do at that time (waking, meals, work, bed), then a clock
    time with no am or pm, read as the later half of the day unless the words
    beside it name a part it fits. Of several parts the same kind names, the
    latest wins ("after lunch, before dinner" is the evening).
    """
    named, open_hours = _named(when)
    if named or not open_hours:
        return named
    return max((_clock(m)[0] for m in open_hours), key=_ORDER.__getitem__)
