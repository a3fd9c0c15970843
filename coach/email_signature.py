"""Where a letter signs off, and which lines below it are the signature."""

from __future__ import annotations

import re

from coach.email_clues import _GREETING

_SIGN_OFF = re.compile(
    r"^(?:best|best regards|kind regards|regards|warm regards|warmest regards|warmly|"
    r"many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|"
    r"yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|all the best|"
    r"best wishes|with kind regards|with best regards|with best wishes|take care|good luck|"
    r"best of luck|wishing you the best|we wish you the best of luck|all best|"
    r"viele grüße(?: / best wishes)?|mit freundlichen grüßen|cumprimentos|cordialement|"
    r"saludos|un saludo|met vriendelijke groet(?:en)?|hälsningar|med vänlig hälsning|"
    r"(?:beste|liebe|viele|freundliche) grü(?:ß|ss)e|groetjes|besten gruss|"
    r"(?:med )?ven(?:n)?lig hilsen|hilsen|"
    r"(?:cordiali )?saluti|atentamente|bien à vous|bien cordialement|pozdrawiam|"
    r"s pozdravem|ystävällisin terveisin|"
    r"(?:mit )?(?:freundlichen|besten|herzlichen|schönen|sonnigen) grü(?:ß|ss)en|"
    r"(?:herzliche|schöne|beste) grü(?:ß|ss)e|lg|vg|mfg|"
    r"(?:bien )?cordialement|sincères salutations|salutations(?: distinguées)?|belle journée|"
    r"(?:un )?(?:cordial )?saludo(?:s)?(?: cordiales)?|(?:un )?abrazo|saludos cordiales|"
    r"(?:met )?(?:vriendelijke|hartelijke) groet(?:en)?|groet(?:en)?|"
    r"(?:distinti|cordiali|cari) saluti|(?:un )?(?:caro )?saluto|cordialmente|"
    r"atenciosamente|(?:com os )?melhores cumprimentos|(?:um )?abraço|abraços)"
    # "Mit freundlichen Grüßen aus Graz": the place they write from.
    r"(?:\s+(?:aus|from|de|desde|da|uit|van|dall['’]|dalla)\s+[\w' -]{2,30})?[\s,.!]*$",
    re.IGNORECASE,
)


def _signature(lines: list[str]) -> list[str]:
    """The lines after the sign-off (or the last few lines when there is none)."""
    # "-- " is the mark a mail client puts above a signature, not a line of it.
    texts = ["" if line.strip() in ("--", "—", "––") else line.strip() for line in lines]
    after: list[str] = []  # the first 8 lines with text below (gathering all was quadratic)
    for index in range(len(texts) - 1, -1, -1):
        line, below = texts[index], texts[index + 1 : index + 2]
        after = [*filter(None, below), *after][:8]
        near_end = index >= len(texts) - 8
        if _SIGN_OFF.match(line) or _closing_line(line, after, near_end):
            return after[:8]
        # "... vous prie d'agréer, Madame, mes salutations distinguées." over the name.
        if near_end and after and len(after[0]) < 50 and _FORMAL_CLOSE.search(line):
            return after[:8]
        # "Cheers, Jonah Feld" or "- Mia @ Sprocket" on one line.
        inline = re.match(r"^(?:[-—–]+\s*|(?:best|thanks|cheers|regards),\s+)(.+)$", line, re.I)
        name = inline.group(1) if inline else ""
        signed = re.match(r"^([^,]{3,30}),\s+(.+)$", line)
        if not name and signed and _SIGN_OFF.match(signed.group(1)):
            name = signed.group(2)  # "Kind regards, Lucy Fraser - Ember & Oak"
        if name and index >= len(texts) - 3 and len(line) < 80:
            return [name, *after[:6]]
    last = next((t for t in reversed(texts) if t), "")
    trailing = re.search(r"\s[-—–]+\s*([^-—–.!?]{2,60})$", last)
    # "Thanks so much - Mia" signs off; "Rosa - Two Pines Coffee" is a name and a firm.
    before = last[: trailing.start()].strip() if trailing else ""
    if trailing and (_sentence_like(before) or _SIGN_OFF.match(before) or before[-1:] in ".!?"):
        return [trailing.group(1).strip()]
    # No sign-off: the last paragraphs of short lines, like a signature over
    # a logo's words ("Neha Kapoor / Senior Talent Partner", then "FINCHPAY").
    paragraphs = [p for p in "\n".join(texts).strip().split("\n\n") if p.strip()]
    block: list[str] = []
    for paragraph in reversed(paragraphs[1:]):
        lines = [t for t in paragraph.split("\n") if t]
        if len(lines) > 6 or any(len(t) >= 60 for t in lines) or len(block) + len(lines) > 8:
            break
        if any(
            _GREETING.match(t) or (re.search(r"[.!?]$", t) and _sentence_like(t)) for t in lines
        ):
            break  # the greeting or a sentence of the letter, not a signature
        block = lines + block
    if not block and len(paragraphs) == 1:
        # A note in one paragraph: "...cheers for reaching out mate." over "Mick" and
        # "Harbourside Marine", short lines after the last sentence.
        lines = [t for t in paragraphs[0].split("\n") if t]
        while len(lines) > 1 and len(block) < 4:
            line = lines[-1]
            if len(line) >= 60 or _GREETING.match(line) or re.search(r"[.!?]$", line):
                break
            block.insert(0, lines.pop())
        if not lines or not re.search(r"[.!?]\s*$", lines[-1]):
            return []
    return block


# A letter's closing sentence that ends in its greeting, as formal letters in
# French, Portuguese, Italian, German and Spanish do.
_FORMAL_CLOSE = re.compile(
    r"\b(?:salutations(?: distinguées| les meilleures)?|(?:melhores )?cumprimentos|saluti|"
    r"grüßen|saludos?(?: cordiales)?|groet(?:en)?|regards)\s*[.!]?$",
    re.IGNORECASE,
)


def _sentence_like(line: str) -> bool:
    """Three words or more, some in lower case: "Good luck out there.", not "Robert Hale Jr."."""
    words = line.split()
    return len(words) >= 3 and any(w[:1].islower() for w in words)


def _closing_line(line: str, after: list[str], near_end: bool) -> bool:
    """A sign-off in words of its own: "Best wishes for your search," over a name."""
    return (
        near_end
        and line.endswith(",")
        and len(line.split()) <= 8
        and bool(after)
        and len(after[0]) < 50
        and "." not in after[0].rstrip(".")[-3:]
        and not _GREETING.match(line)
    )
