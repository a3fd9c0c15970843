"""An early step the writer is let off ("not selected for the first round") is no no when the
email invites them on to a later one."""

from __future__ import annotations

import re

# A step at the start of a process: the round or screen a strong candidate may be let off.
_EARLY = r"(?:first|initial|opening|preliminary|phone|telephone|screening|online|video)"
_EARLY_STEP = (
    rf"(?:the |a |an |our |any )?{_EARLY}(?:[ -]{_EARLY})?(?:[ -](?:round|stage|screen|"
    r"screening|interview|call|test|assessment|task|part)s?)"
)
# The early step said to be not for the writer: "you were not selected for the first
# round", "you do not need to sit the first round", "you won't have to do the phone screen".
_SKIPPED = re.compile(
    r"(?:\bnot\b|n['’]t\b|\bno need\b)(?:\s+(?:have|had|been|be|need|needed|required|"
    r"asked|expected|selected|chosen|put|placed|invited|to|you|yet|ever|go|going|"
    r"through|forward))*\s+(?:sit|do|take|attend|complete|for|in|into|through|to)\s+"
    rf"{_EARLY_STEP}\b(?:\s+(?:of|in) (?:the|our) (?:process|selection|recruitment))?",
    re.IGNORECASE,
)
# What the email invites the writer to, by name ("you"; not "candidates who were will be
# invited"): a later step of this process, or on past the one skipped ("straight to").
_ON_TO_A_LATER_STEP = re.compile(
    r"\b(?:invit\w*|mov\w*|progress\w*|advanc\w*|tak\w*|bring\w*|put\w*|fast-?track\w*|"
    r"skip\w*|see|meet|have) you\b[^.!?\n]{0,30}?\b(?:straight|directly|right)\s+(?:on\s+)?"
    r"(?:to|into|through)\b|"
    # Asked to take a named step: invited to it, asked to come in for it, to book a time or
    # say when they are free for it.
    r"(?:\b(?:invit\w*|ask) you\s+(?:to|for|at)|\b(?:like|love|want) you to (?:come(?: in)?|"
    r"attend|join us)\s+(?:for|to|at)|\b(?:book|pick|choose|select) (?:a|your) (?:time|slot|date|"
    r"day) for|\b(?:free|available) for)\s+(?:an?|the|our|your)\s+"
    r"(?:(?:second|final|next|later|last|technical|panel|face-to-face|in-person|on-?site)\s+)?"
    r"(?:interview|assessment|round|stage)s?\b"
    # Not a gathering named after a step: "our assessment centre evening for students",
    # "an interview skills workshop".
    r"(?!(?:\s+(?:day|centre|center|stage|round))?\s+(?:evening|fair|webinar|session|social|"
    r"event|workshop|practice|preparation|prep|skills|tips|masterclass)s?\b)"
    # Not a step of something else: "the next round of applications", "the final round of
    # our scholarship", "an assessment for our apprenticeship" (the process's own are kept).
    r"(?!(?:\s+(?:day|centre|center|stage|round))?\s+(?:of|for|about)\s+(?!(?:the|this|our|your)\s+"
    r"(?:process|selection|recruitment|application|role|position|post|job|vacancy)\b))"
    r"[^.!?\n]*",
    re.IGNORECASE,
)
# A time put to the writer as a question is an invitation too, whatever the step is called
# ("Can you do Monday at 2pm?", "Would Wednesday at 3pm work?", "Does Friday suit you?"):
# closing20's three misses of an unseen batch.
_TIME = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
    r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\d{1,2}:\d{2})"
)
_TIME_ASKED = re.compile(
    rf"(?:\b(?:can|could) you (?:do|make)\b[^.!?\n]{{0,40}}?\b{_TIME}|"
    rf"\b(?:would|does|will|is|how about|what about)\s+(?:(?:on|this|next)\s+)?{_TIME}"
    r"[^.!?\n]{0,40}?(?:\bwork|\bsuit|\bbe (?:ok|okay|possible|convenient)|$)|"
    # "How about Tuesday at 3pm?": the time alone is the question.
    rf"\b(?:how|what) about\s+(?:(?:on|this|next)\s+)?{_TIME}[^.!?\n]{{0,40}}?(?=\?))"
    r"[^.!?\n]*\?",
    re.IGNORECASE | re.MULTILINE,
)
# Another job, another year or another firm is no later step of this application, nor an
# invitation under a condition on what may happen ("only if the finalists withdraw"); one on
# the writer's convenience ("if that suits you") is still an invitation.
_ANOTHER_JOB = re.compile(
    r"\bfor (?:an?other|a different|other|one of our other|a new|future|our other)\b|"
    r"\bnext (?:year|intake|cohort|cycle|season)\b|\bin future\b|\bunless\b|"
    r"\bif\b(?!\s+(?:you|you're|that|this|it|convenient|possible)\b)|"
    r"\bwith (?:our|a|an|one of our) (?:\w+ )?(?:partners?|agency|agencies|sister|client)\b",
    re.IGNORECASE,
)

# What says the step was passed over in the writer's favour: "not selected for the first
# round" alone is as often a plain no, whatever the email invites to afterwards.
_IN_YOUR_FAVOUR = re.compile(
    r"\b(?:instead|straight|directly|skip\w*|fast-?track\w*|bypass\w*|right away)\b|"
    r"\b(?:no need|not required)\b|(?:\bnot|n['’]t) (?:need|be required|have to)\b",
    re.IGNORECASE,
)

# A step not for the writer by a judgement on them ("not selected for the first round"); any
# other way of saying it spares them the step ("you will not go through the screening call",
# "you won't have to do the phone screen"), in their favour by itself.
_JUDGED = re.compile(r"\b(?:selected|chosen|put|placed|invited)\b", re.IGNORECASE)


def without_skipped_steps(text: str) -> str:
    """The text without its early steps let off, when it invites the writer to a later step.

    "You were not selected for the first round, but we'd like to invite you to an interview
    at our open day instead": the first round was skipped in the writer's favour.
    """
    asked = [*_ON_TO_A_LATER_STEP.finditer(text), *_TIME_ASKED.finditer(text)]
    later = [m for m in asked if not _ANOTHER_JOB.search(m[0])]
    spared = any(not _JUDGED.search(m[0]) for m in _SKIPPED.finditer(text))
    if not later or not (spared or _IN_YOUR_FAVOUR.search(text)):
        return text
    return _SKIPPED.sub(" ", text)
