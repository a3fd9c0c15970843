"""Whether a rejection email offers feedback or invites questions."""

from __future__ import annotations

import re

from coach import email_lang_feedback

_NO_FEEDBACK = re.compile(
    r"\b(?:unable|not able|can(?:no|')t|cannot|won'?t|will not|do not|don'?t|does not|"
    r"doesn'?t|are not|aren'?t|not in a position|no longer|not)\b[^.]{0,60}\bfeedback\b|"
    r"\bfeedback\b[^.]{0,40}\b(?:is not|isn'?t|not) (?:available|possible)|"
    r"\bno (?:individual |detailed |specific )?feedback\b",
    re.IGNORECASE,
)


_OFFERS = re.compile(
    r"\bask me anything\b|\b(?:just )?hit reply\b|\bpick my brain\b|\bfor (?:any )?questions\b|"
    r"\bwant me to (?:forward|send|share|pass)\b|\bon my calendar\b|"
    r"\bcall me (?:any ?time|whenever|this week|directly)\b|\bgive me a (?:ring|call|bell|buzz)\b|"
    r"\bquestions\?|\bhappy to help\b|"
    r"\bi owe you a (?:proper |real )?(?:conversation|call|chat|explanation)\b|"
    r"\bif you (?:ever )?want to (?:grab|get|have) (?:a )?(?:coffee|call|chat)\b|"
    r"\banything (?:else )?(?:i|we) can (?:help|do)\b|"
    r"\b(?:drop|send|shoot) (?:me|us) (?:a )?(?:note|line|message|email)\b[^.]{0,40}\bif you\b|"
    r"\bif you (?:want|'d like|would like) to (?:chat|talk) (?:through|about)\b|"
    r"\bif you(?:'d| would) like me to (?:talk|walk|go|run) (?:you )?through\b|"
    r"\b(?:happy|glad|pleased|delighted|willing|keen|love to|would welcome)\b[^.]{0,80}"
    r"\b(?:feedback|share|answer|pointers|tips|advice|discuss|debrief|go over|talk|phone|"
    r"comments|walk you through|talk (?:it )?through|questions|notes|thoughts|chat|call)\b|"
    r"\bfeedback\b[^.]{0,80}\b(?:let me know|reply|just ask|get in touch|contact me|reach out|"
    r"ping me|arrange|useful|helpful|would like|'d like|if you want|happy|glad)\b|"
    r"\b(?:if you(?:'d| would)? like|should you (?:wish|like)|if it would help|if you want)\b"
    r"[^.]{0,80}\b(?:feedback|notes|thoughts|call|discuss|walk you|pointers|tips|advice|"
    r"talk|coffee|chat|comments|scores|ask)\b|"
    r"\b(?:inbox|door) is (?:always )?open\b|\bmy (?:mobile|number|direct line) is below\b|"
    r"\b(?:anything|something) you(?:'d| would)? like to ask\b|"
    r"\b(?:call|ring|phone|email) me\b[^.]{0,60}\b(?:talk|discuss|chat|go through|explain)\b|"
    r"\b(?:any|have)\s+(?:further\s+|more\s+)?(?:questions|queries)\b|"
    r"\bfeel free to (?:ask|reach out|reply|contact)\b|"
    r"\b(?:don'?t|do not) hesitate to (?:contact|reach|get in touch|ask)\b|"
    r"\b(?:can|could) send (?:over|you)\b[^.]{0,40}\bfeedback\b|"
    r"\bthoughts on the\b[^.]{0,40}\bfeel free\b|"
    # "happy to go into more detail", "I can share the main points on a call".
    r"\b(?:happy|glad)\b[^.]{0,30}\b(?:more detail|go through|explain)\b|"
    r"\b(?:i|we) (?:can|could|would be glad to|'d be glad to|would be happy to)\s+"
    r"(?:share|send|pass on|go through|talk (?:it )?through)\b|"
    r"\bif you(?:'d| would)? (?:like|want) to (?:know|hear|understand|discuss|receive|get|see)\b"
    r"[^.]{0,80}"
    r"\b(?:ring|call|get in touch|let me know|reply|drop me|email me|reach out)\b|"
    r"\b(?:please|just) ask\b|\banything (?:i|we) can do\b|"
    r"\blet (?:me|us) know if you(?:'d| would)? (?:like|want) to (?:chat|talk|discuss|hear|know|"
    r"go over|go through|get feedback)\b|\bfeedback\b[^.]{0,30}\b(?:available|on request)\b|"
    r"\b(?:talk|walk) you through\b|"
    # "Would Friday at 10am work for a short feedback call?": the call put as a question.
    r"\bfeedback (?:call|chat|session|conversation|meeting)\b[^.!?]*\?|"
    r"\b(?:reach out|contact me|get in touch|call me|email me|let me know|drop me a line|"
    r"give me a shout)\b[^.]{0,60}"
    r"\bif you(?:'d| would)? (?:like|want) "
    r"(?:to (?:talk|discuss|chat|hear|know)|a (?:word|chat|call))\b",
    re.IGNORECASE,
)


# Compiled once: every sentence of every email is read with them.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")
_DO_NOT_HESITATE = re.compile(r"\b(?:do not|don'?t) hesitate\b", re.I)
_QUESTIONS = re.compile(r"questions", re.I)
_NO_REPLY = re.compile(r"do not reply|don'?t reply|no-?reply", re.I)


def _feedback_invited(prose: str) -> bool:
    sentences = _SENTENCE_END.split(prose)
    for sentence in sentences:
        said = _DO_NOT_HESITATE.sub(" ", sentence)
        if _NO_FEEDBACK.search(said) and not _QUESTIONS.search(sentence):
            continue
        if _NO_REPLY.search(sentence):
            continue
        if _OFFERS.search(sentence):
            return True
    return any(map(email_lang_feedback.offered_in, sentences))


# A call, not an email: "set up a short call", "a quick chat", "talk it through on the phone".
_CALL = re.compile(
    r"\b(?:call|phone|chat|talk|speak|conversation|video|zoom|teams meeting)\b", re.IGNORECASE
)
_ABOUT_FEEDBACK = re.compile(
    r"\b(?:feedback|debrief|go (?:over|through)|talk (?:it )?through)\b", re.IGNORECASE
)


def feedback_call_offered(prose: str) -> bool:
    """Whether the email offers a call (not an email) to give feedback.

    "If you would like feedback on your interviews, I am happy to set up a short
    call": the reply then takes up the call offered, where it asked by email (rv49).
    """
    return any(
        _CALL.search(sentence) and _ABOUT_FEEDBACK.search(sentence) and _feedback_invited(sentence)
        for sentence in _SENTENCE_END.split(prose)
    )
