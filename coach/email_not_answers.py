"""What is taken out of an email before looking for a no in it: a condition, a question,
the process described, the reader's own appointment. None of them answers the application.
"""

from __future__ import annotations

import re

from coach.email_under_way import NOT_DECIDED

# "If not, we can move it", "Si ce créneau ne vous convient pas": a condition is
# no answer; it runs from its word to the sentence's end.
_CONDITION = re.compile(r"\b(?:if|unless|should you|in case)\b[^.!?\n]*", re.IGNORECASE)

# Another language's "if" is that only in that language's text: in English,
# "falls below" is a result, not a condition. Each word names its languages.
_FOREIGN_IF = {
    "falls": ("de",),
    "wenn": ("de",),
    "si": ("fr", "es", "it"),
    "caso": ("es", "pt", "it"),
    "qualora": ("it",),
}

# Short words every text of a language is full of and English text is not.
_LANGUAGE_WORDS = {
    "de": r"und|nicht|sie|ihnen|ihre[nmrs]?|wir|ist|mit|für|uns|leider|bewerbung|bitte|der|das",
    "fr": r"vous|nous|votre|vos|les|pas|est|avec|pour|une|candidature|merci|nos",
    "es": r"usted|para|con|los|las|una|candidatura|gracias|hemos|su|nos|tu|el",
    "it": r"grazie|con|per|una|candidatura|abbiamo|non|della|il|di|la|sua",
    "pt": r"você|sua|para|com|uma|candidatura|obrigad[oa]|recebemos|não|os|as",
}


_LANGUAGE_MATCH = {lang: re.compile(words) for lang, words in _LANGUAGE_WORDS.items()}


def languages(text: str) -> set[str]:
    """The languages the text reads as, besides English: three of a language's words."""
    words = set(re.findall(r"\w+", text.lower()))
    return {
        lang
        for lang, pattern in _LANGUAGE_MATCH.items()
        if len({w for w in words if pattern.fullmatch(w)}) >= 3
    }


def _condition(text: str) -> re.Pattern[str]:
    """The condition pattern for this text: English words, and the text's languages' own."""
    langs = languages(text)
    words = [w for w, its in _FOREIGN_IF.items() if langs.intersection(its)]
    if not words:
        return _CONDITION
    return re.compile(
        rf"\b(?:if|unless|should you|in case|{'|'.join(words)})\b[^.!?\n]*", re.IGNORECASE
    )


# A question asks and tells nothing: "Have I been unsuccessful?" quoted in a subject.
_QUESTION = re.compile(r"[^.!?\n]*\?")

# The process described, not a no: other candidates being met, a decision not yet
# made, the appointment to be confirmed, a withdrawal the person asked for, a
# mailbox that takes no replies. The "nothing decided yet" wording is stripped
# too, by its own pattern: joined into this one, the two take twice as long.
_PROCESS = re.compile(
    r"\b(?:meeting|seeing|interviewing|speaking (?:to|with)|talking to) (?:a few |some |the )?"
    r"(?:other|last|remaining|final) (?:\w+ )?candidates\b|"
    r"\b(?:entrevistas|entretiens|colloqui|gesprekken|Gespräche) (?:con|avec|mit|met|com) "
    r"(?:d')?(?:otros|autres|altri|anderen|andere|outros|weiteren) \w+|"
    r"\b(?:entrevistando|entrevistamos|rencontrons|incontrando|spreken|entrevistando) (?:a |met )?"
    r"(?:d')?(?:otr[oa]s|autres|altri|andere|outr[oa]s) \w+|"
    r"\b(?:not|n't) (?:\w+ )?(?:been )?(?:unsuccessful|rejected|turned down)\b|"
    r"\b(?:finished|completed) interviewing (?:the |our )?other (?:\w+ )?candidates\b|"
    r"\b(?:looking|seeking|hoping|planning) to appoint\b|"
    r"\ball set for your\b|\b(?:won't|will not|doesn't|does not) affect (?:your|the) "
    r"(?:application|outcome|candidacy|chances)\b|\b(?:you )?(?:do not|don't|needn't) need to\b|"
    r"(?:\bnot\b|n't\b|n’t\b|\bcannot\b)(?:\W+\w+){0,6}?\W+yet\b|"
    r"\bantworten Sie nicht\b|\bno (?:responda|conteste)\b|\bnon rispondere\b|"
    r"\bniet (?:beantwoorden|op reageren)\b|\bnão responda\b|"
    r"\byou (?:have|'ve) withdrawn your application\b|"
    r"\b(?:do not|don't|please don't|ne pas y|ne pas) (?:reply|respond|répondre)\b",
    re.IGNORECASE,
)


# "Your appointment", "the Research Officer appointment has slipped": the person's
# own appointment or a meeting, no answer. But "we have made an appointment to
# this post" says someone else was appointed, and that is a no; it stays.
_APPOINTMENT = re.compile(r"\b(?:\w+ )?appointment\b", re.IGNORECASE)
_SOMEONE_APPOINTED = re.compile(
    r"\b(?:made|make|making|reached|announced?) (?:an|the|our|a) appointment\b|"
    r"\bappointment (?:has|had|was|have) (?:now |already )?been made\b|"
    r"\bappointment (?:to|for) (?:this|the|that) (?:post|role|position|vacancy|job)\b",
    re.IGNORECASE,
)


def _without_own_appointments(text: str) -> str:
    """The text with "appointment" taken out wherever it is not someone else's appointing."""
    kept = [m.span() for m in _SOMEONE_APPOINTED.finditer(text)]

    def strip(m: re.Match[str]) -> str:
        inside = any(a <= m.end() and m.start() <= b for a, b in kept)
        return m.group(0) if inside else " "

    return _APPOINTMENT.sub(strip, text)


def without_conditions(text: str) -> str:
    """The text with conditions, questions and descriptions of the process taken out."""
    cut = _condition(text).sub(" ", text)
    described = NOT_DECIDED.sub(" ", _PROCESS.sub(" ", _QUESTION.sub(" ", cut)))
    return _without_own_appointments(described)
