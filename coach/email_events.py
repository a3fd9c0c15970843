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
    r"afternoon)s?\b|\bwebinars?\b|"
    # A gathering named by its meal or its form: "networking breakfast", "careers lunch",
    # "alumni reception", "graduate meet-and-greet".
    r"\b(?:networking|careers?|alumni|graduate|industry|recruitment|community) (?:event|"
    r"evening|session|drinks|night|breakfast|brunch|lunch|lunches|dinner|reception|social|"
    r"mixer|meetup|meet-up|coffee morning)s?\b|"
    r"\bmeet(?:-| )and(?:-| )greets?\b|\bmeetups?\b|\bcoffee mornings?\b|\bhackathons?\b|"
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
    r"\bselected\b|\boffer\b",
    re.IGNORECASE,
)
# A step under a negation is one this candidate did not reach ("not yet been selected",
# "were not shortlisted for the next stage", "won't be inviting you to interview", "no
# interview"): it names no step, so it keeps no sentence. The negation reaches on only
# over the words that can stand between it and the step it denies, and over the step's
# own words: "we can't wait to see you at the interview" denies nothing of the interview.
_NEGATION = re.compile(
    r"\bnot\b|n['’]t\b|\bnever\b|\bno longer\b|\bunable to\b|\bcannot\b|\bno\b", re.IGNORECASE
)
_DENIED_WORD = re.compile(
    r"yet|been|be|being|have|has|had|currently|now|able|going|to|you|your|application|this|"
    r"that|time|for|the|an|a|any|further|our|through|on|at|in|beyond|past|onto|forward|"
    r"successful|invit\w*|offer\w*|progress\w*|mov\w*|tak\w*|put\w*|ask\w*|select\w*|"
    r"shortlist\w*|consider\w*|bring\w*|advanc\w*|pass\w*|call\w*|schedul\w*|"
    # The step's own words.
    r"interview\w*|assessment\w*|tests?|trial|shift|day|next|first|second|third|final|last|"
    r"stage|step|round|part|of|process|selection|recruitment",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


def _without_denied_steps(sentence: str) -> str:
    """The sentence with each negation blanked out together with the words it reaches."""
    spans = []
    for negation in _NEGATION.finditer(sentence):
        end = negation.end()
        # Word by word, so the reach never backtracks: it stops at a comma or a word that
        # is neither a step's nor one that may stand before it.
        while (word := _NEXT_WORD.match(sentence, end)) and _DENIED_WORD.fullmatch(word[1]):
            end = word.end()
        spans.append((negation.start(), end))
    for start, end in reversed(spans):
        sentence = sentence[:start] + " " + sentence[end:]
    return sentence


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def without_event_invitations(text: str) -> str:
    """The text without its sentences about a general event that name no step of the
    application ("we'd like to invite you to our careers open evening")."""
    kept = [
        sentence
        for sentence in _SENTENCE_END.split(text)
        if not _EVENT.search(sentence) or _STEP.search(_without_denied_steps(sentence))
    ]
    return "\n".join(kept)
