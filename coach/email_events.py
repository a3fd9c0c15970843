"""An invitation to a general event (a careers open evening, a fair) is no application step."""

from __future__ import annotations

import re

# Events a firm holds for everyone who might apply, not for one application: going to one
# says nothing of where an application stands.
_EVENT = re.compile(
    r"\bopen (?:evening|day|house|morning|afternoon|event|night)s?\b|"
    r"\bcareers? (?:fair|evening|event|day|night|week|talk|session)s?\b|"
    r"\b(?:graduate|jobs?|recruitment|careers?|hiring) fairs?\b|"
    r"\b(?:insight|information|info|taster) (?:session|evening|day|event|webinar|morning|"
    r"afternoon)s?\b|\bwebinars?\b|\bnetworking (?:event|evening|session|drinks|night)s?\b|"
    r"\bdrop-in (?:session|event)s?\b|\broadshows?\b",
    re.IGNORECASE,
)
# A step of this application named beside the event keeps the sentence: "an interview at
# our open day" is still an interview, and so is an open day "the final stage of our
# process" or one "you have been selected to attend".
_STEP = re.compile(
    r"\binterview\w*|\bassessment\w*|\bshortlist\w*|\btests?\b|\btrial (?:shift|day)\b|"
    r"\b(?:next|first|second|third|final|last) (?:stage|step|round|part)\b|"
    r"\b(?:stage|step|round|part) of (?:the|our|this) (?:process|selection|recruitment)\b|"
    r"(?<!\bnot )(?<!\bnot been )\bselected\b|\boffer\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def without_event_invitations(text: str) -> str:
    """The text without its sentences about a general event that name no step of the
    application ("we'd like to invite you to our careers open evening")."""
    kept = [
        sentence
        for sentence in _SENTENCE_END.split(text)
        if not _EVENT.search(sentence) or _STEP.search(sentence)
    ]
    return "\n".join(kept)
