"""Whether a message reads as a rejection, in English and in five other languages.

In a chain of replies or forwards, the message that says no is the email to read.
"""

from __future__ import annotations

import re

# What a rejection says: the message in a chain of replies that is the news.
_ENGLISH = re.compile(
    r"\bunfortunately\b|\bregret\b|\bunsuccessful\b|\banother (?:candidate|applicant)\b|"
    r"\bother candidates\b|\bnot (?:to )?(?:move|moving|proceed|progress|continue|be moving|"
    r"be progressing|be proceeding|be taking|be offering|been successful|been selected)\b|"
    r"\b(?:won't|will not) be (?:moving|progressing|proceeding|taking|offering)\b|"
    r"\b(?:gone|went|go) with (?:someone|another|a candidate)\b|"
    r"\bha(?:s|ve) (?:now |already )?been filled\b|\bsorry to (?:let you know|tell you|say)\b|"
    r"\bdecided (?:not|to go|to move|to offer|to pursue|to continue|in favour)\b|"
    r"\b(?:going|gone|went|go) (?:with|in) (?:someone|another|a different)\b|\bno from us\b|"
    r"\bsadly\b|\boffered the (?:role|position|job) to\b|"
    r"\b(?:chosen|selected) (?:another|someone)\b|"
    r"\b(?:went|gone|going|go) (?:in )?(?:another|a different) direction\b|\brescind\w*|"
    r"\bwithdraw\w* (?:the|your|our) offer\b|\bbad news\b|\bI'm afraid\b|"
    r"\b(?:won't|will not|isn't|is not|not) (?:be )?go(?:ing)? ahead\b|\bno longer\b",
    re.IGNORECASE,
)


# What a rejection says in these languages: the message in a chain that is the news.
_OTHER_LANGUAGES = re.compile(
    r"\bleider\b|\bbedauer\w*|\babsage\b|\b(?:anderen?|andere) (?:kandidat|bewerber)\w*|"
    r"\bentschieden\b|\bmalheureusement\b|\bregret\w*|\bdonner suite\b|"
    r"\b(?:autre|un autre) (?:candidat|profil)\w*|\bretenu\b(?! (?:toute )?notre attention)|"
    r"\blamentablemente\b|"
    r"\bdesafortunadamente\b|\blament\w+|\botr[oa]s? (?:candidat|perfil)\w*|\bhelaas\b|"
    r"\bandere kandida\w+|\bbesloten\b|\bpurtroppo\b|\baltr[oia] (?:candidat|profil)\w*|"
    r"\bdispiace\b|\binfelizmente\b|\boutr[oa]s? (?:candidat|perfil)\w*|"
    r"\b(?:décidé|decidido|deciso|decidimos|gekozen)\b",
    re.IGNORECASE,
)


def reads_as_rejection(text: str) -> bool:
    """Whether the text says no, as rejections word it."""
    return bool(_ENGLISH.search(text) or _OTHER_LANGUAGES.search(text))


def reads_as_rejection_elsewhere(text: str) -> bool:
    """Whether the text says no in one of the other languages."""
    return bool(_OTHER_LANGUAGES.search(text))
