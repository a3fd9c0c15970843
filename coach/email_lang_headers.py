"""A copied email's header lines and reply lines as mail clients in other languages print them."""

from __future__ import annotations

import re

# Outlook and others translate the labels of a forwarded or copied message:
# "Von:", "Envoyé :", "Asunto:", "Onderwerp:", "Oggetto:", "Assunto:".
FIELD_NAMES = {
    "from": "from",
    "sent": "date",
    "date": "date",
    "subject": "subject",
    # German
    "von": "from",
    "gesendet": "date",
    "datum": "date",
    "betreff": "subject",
    # French
    "de": "from",
    "envoyé": "date",
    "envoyé le": "date",
    "objet": "subject",
    # Spanish
    "enviado": "date",
    "enviado el": "date",
    "fecha": "date",
    "asunto": "subject",
    # Dutch
    "van": "from",
    "verzonden": "date",
    "onderwerp": "subject",
    # Italian
    "da": "from",
    "inviato": "date",
    "oggetto": "subject",
    # Portuguese
    "enviada": "date",
    "data": "date",
    "assunto": "subject",
}
# Labels that belong to the block but are not read: to, copy, reply-to.
_OTHER_LABELS = "to|cc|bcc|reply-to|an|kopie|à|a|cc|para|aan|per|destinatario|antwort an|répondre à"
FIELD_LINE = re.compile(
    r"^\s*\**("
    + "|".join(sorted(map(re.escape, FIELD_NAMES), key=len, reverse=True))
    + rf"|{_OTHER_LABELS})\**\s*:\s*(.*)$",
    re.IGNORECASE,
)

# "Am 10.11.2026 um 08:12 schrieb Ana <a@x.de>:", "Le mar. 10 nov. 2026 à 08:12, Ana a
# écrit :", "El mar, 10 nov 2026 a las 8:12, Ana escribió:", "Op di 10 nov. 2026 om
# 08:12 schreef Ana:", "Il giorno mar 10 nov 2026 alle ore 08:12 Ana ha scritto:",
# "Em ter., 10 de nov. de 2026 às 08:12, Ana escreveu:". Group 1 is the date, 2 the sender.
_CLOCK = r"\d{1,2}[:.h]\d{2}(?::\d{2})?"
_WHEN = (
    rf"(?:am|le|el|op|il giorno|em)\s+(.{{4,60}}?(?:\d{{4}}|{_CLOCK}))\s*,?\s*"
    rf"(?:(?:um|à|a las|a la|om|alle(?: ore)?|às)\s+{_CLOCK}\s*(?:uhr)?\s*,?\s*)?"
)
WROTE_LINE = re.compile(
    rf"^\s*{_WHEN}(?:(?:schrieb|schreef)\s+(.{{1,120}}?)|(.{{1,120}}?)\s+(?:a écrit|escribió|"
    r"ha scritto|escreveu))\s*:\s*$",
    re.IGNORECASE,
)


_WROTE_WORD = re.compile(r"schrieb|a écrit|escribió|schreef|ha scritto|escreveu", re.I)


def wrote_line(line: str) -> tuple[str, str] | None:
    """(date, sender) of a reply line in another language, or None when it is not one."""
    if not _WROTE_WORD.search(line):
        return None
    match = WROTE_LINE.match(line)
    if not match:
        return None
    return match.group(1), match.group(2) or match.group(3)
