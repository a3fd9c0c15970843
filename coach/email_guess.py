"""Guessing an entry's fields from a rejection email: company, contact, role, stage, dates."""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from coach.email_reader import MAX_INPUT_BYTES, EmailReadError, ReadEmail, read_email_input
from coach.errors import CoachError
from coach.mail_dates import parse_mail_date
from coach.model import Channel, Entry, Stage

# Applicant-tracking systems and mail providers: a sender here never names the company.
ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "myworkday.com",
    "workday.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "icims.com",
    "jobvite.com",
    "taleo.net",
    "bamboohr.com",
    "workablemail.com",
    "workable.com",
    "recruitee.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "breezy.hr",
    "jazzhr.com",
    "applytojob.com",
    "successfactors.com",
    "successfactors.eu",
    "eightfold.ai",
    "pinpointhq.com",
    "linkedin.com",
    "indeed.com",
)
FREE_MAIL = frozenset(
    {
        "gmail",
        "googlemail",
        "outlook",
        "hotmail",
        "live",
        "msn",
        "yahoo",
        "icloud",
        "me",
        "mac",
        "proton",
        "protonmail",
        "aol",
        "gmx",
        "web",
        "mail",
        "yandex",
        "zoho",
        "fastmail",
        "hey",
        "example",
    }
)
ATS_NAMES = frozenset(
    {
        "greenhouse",
        "lever",
        "workday",
        "ashby",
        "smartrecruiters",
        "icims",
        "jobvite",
        "taleo",
        "bamboohr",
        "workable",
        "recruitee",
        "teamtailor",
        "linkedin",
        "indeed",
    }
)
# Words that make a line or name a team, not a person or a company by themselves.
_TEAM_WORDS = (
    r"recruiting|recruitment|recrutement|talent|acquisition|careers?|jobs|hr|human resources|"
    r"people|hiring|team|staffing|university recruiting|operations"
)
_TEAM_AFFIX = re.compile(
    rf"^(?:the|your)\s+|^(?:{_TEAM_WORDS})\s+(?=[A-Z])|(?:\s+(?:{_TEAM_WORDS}))+$",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(recruit\w*|talent|manager|director|lead|head|vp|chief|coordinator|partner|hr|"
    r"officer|consultant|analyst|specialist|engineer\w*|founder|ceo|coo|cto|cfo|president|"
    r"editor|advisor|adviser|associate|generalist|business|operations|acquisition|sourcer|"
    r"principal|senior|junior|assistant|administrator|creative|studio|practice|office|"
    r"finance|research|people|resources|executive|representative|owner)\b",
    re.IGNORECASE,
)
_LEGAL_SUFFIX = re.compile(
    r"[,\s]+(?:inc\.?|incorporated|llc|l\.l\.c\.|ltd\.?|limited|gmbh|ag|ab|plc|llp|sa|s\.a\.|"
    r"bv|b\.v\.|pty|pty ltd|oy|as|srl|s\.r\.l\.|corp\.?|corporation)$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:best|best regards|kind regards|regards|warm regards|warmest regards|warmly|"
    r"many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|"
    r"yours sincerely|sincerely yours|yours faithfully|yours truly|respectfully|all the best|"
    r"best wishes|with kind regards|with best regards|with best wishes|take care|good luck|"
    r"best of luck|wishing you the best|we wish you the best of luck|all best|"
    r"viele grüße(?: / best wishes)?|mit freundlichen grüßen|cumprimentos|cordialement|"
    r"saludos|un saludo|met vriendelijke groet|hälsningar|med vänlig hälsning)[\s,.!]*$",
    re.IGNORECASE,
)
_FOOTER = re.compile(
    r"unsubscribe|privacy (?:policy|notice)|all rights reserved|©|\(c\) \d{4}|"
    r"do not reply|don't reply|not monitored|unmonitored|intended (?:only )?for|"
    r"intended recipient|confidential|registered office|authori[sz]ed and regulated|"
    r"you received this|sent from my|view (?:this email )?in (?:your )?browser|"
    r"stop receiving|manage (?:your )?(?:email )?preferences",
    re.IGNORECASE,
)
_NAME_TOKEN = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
_PERSON = re.compile(
    rf"^(?:{_NAME_TOKEN}|[A-Z]\.)(?:\s+(?:{_NAME_TOKEN}|[A-Z]\.|van|de|da|von|del|di|le|la)){{0,3}}$"
)
_CONTACT_INFO = re.compile(r"\S@\S|https?://|www\.|\+?\d[\d\s().-]{6,30}\d|^\(?\d")
# A capitalised name, allowing "&", "of", "and" inside: "Marlow & Finch", "City of Brookhaven".
_CAP = r"[A-Z0-9À-ÖØ-Þ](?:[\w'’&-]|\.(?=\w))*"
_SIGNATURE_SPLIT = re.compile(r"\s+[|·•]\s+|,\s+|\s+@\s+|\s+[-–—]\s+")
_NAME_PHRASE = re.compile(rf"{_CAP}(?:(?:[ \t]+(?:&|of|de|and)[ \t]+|[ \t]+){_CAP})*")
_GREETING = re.compile(
    r"^\s*(?:hi|hello|hey|dear|good morning|good afternoon|g'day|olá|hallo|hej|bonjour)"
    r"\s+(?:(?:mr|ms|mrs|mx|dr)\.?\s+)?([^\s,!—-]+)",
    re.IGNORECASE,
)


@dataclass
class EmailGuess:
    """What the email says, as far as it can be read; empty or None where it does not."""

    company: str = ""
    contact: str = ""
    role: str = ""
    stage: Stage | None = None
    date: date | None = None
    reapply_after: date | None = None
    feedback_invited: bool = False
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        """Exactly the keys `coach from-email --json` prints."""
        return {
            "company": self.company or None,
            "contact": self.contact or None,
            "role": self.role or None,
            "stage": self.stage.value if self.stage else None,
            "date": self.date.isoformat() if self.date else None,
            "reapply_after": self.reapply_after.isoformat() if self.reapply_after else None,
            "feedback_invited": self.feedback_invited,
        }

    def filled(self) -> list[str]:
        """The names of the fields that were guessed."""
        return [
            name
            for name in ("company", "contact", "role", "stage", "date", "reapply_after")
            if getattr(self, name)
        ]


def guess_from_email(data: bytes | str, today: date) -> EmailGuess:
    """Every field the email gives; raises EmailReadError when it cannot be read."""
    read = read_email_input(data)
    return guess_from_read(read, today)


def guess_from_file(path: Path, today: date) -> EmailGuess:
    """The same, from a file; a missing or unreadable file is a clear CoachError."""
    try:
        if path.is_dir():
            raise CoachError(f"{path} is a folder; give an .eml file or the email's text")
        if path.stat().st_size > MAX_INPUT_BYTES:
            raise CoachError(
                f"{path} is larger than {MAX_INPUT_BYTES // 1_000_000} MB; "
                "a rejection email is far smaller. Is it the right file?"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise CoachError(f"{path} does not exist; check the name and try again") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
    try:
        return guess_from_email(data, today)
    except EmailReadError as error:
        raise EmailReadError(f"{path}: {error}") from None


def guess_from_read(read: ReadEmail, today: date) -> EmailGuess:
    """Fields from an email already read."""
    lines = [line for line in read.body.split("\n") if not _FOOTER.search(line)]
    body = "\n".join(lines)
    recipient = _recipient(lines)
    signature = _signature(lines)
    prose = _prose(body)
    # The role named in the text is never the company ("Acme - Data Analyst").
    named_role = _role_in_text(prose, "")
    company = _company(read, body, signature, not_this=named_role)
    contact = _contact(read, signature, company, recipient)
    sent = read.sent or _date_above_greeting(lines, today)
    return EmailGuess(
        company=company,
        contact=contact,
        role=_role(read.subject, prose, company),
        stage=_stage(prose + "\n" + read.subject),
        date=sent,
        reapply_after=_reapply(prose, sent or today),
        feedback_invited=_feedback_invited(prose),
        text=read.text,
    )


# -- helpers ---------------------------------------------------------------


def _fold(text: str) -> str:
    """Letters and digits only, accents off, lower case: for comparing names."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def _prose(body: str) -> str:
    """The body joined into sentences (lines of one paragraph run together)."""
    return re.sub(r"(?<=\S)\n(?=\S)", " ", body)


def _date_above_greeting(lines: list[str], today: date) -> date | None:
    """The date line a mail client's copy puts above the text ("Mon, Nov 23, 10:42 AM")."""
    for line in lines[:12]:
        if _GREETING.match(line):
            break
        # Only a line with a time on it: "on 10 November" in a sentence is not a sent date.
        if len(line) < 80 and re.search(r"\b\d{1,2}:\d{2}\b", line):
            found = parse_mail_date(line, today)
            if found is not None:
                return found
    return None


def _recipient(lines: list[str]) -> str:
    for line in lines[:15]:
        match = _GREETING.match(line)
        if match:
            return match.group(1).strip(",.:;!")
    return ""


def _signature(lines: list[str]) -> list[str]:
    """The lines after the sign-off (or the last few lines when there is none)."""
    texts = [line.strip() for line in lines]
    for index in range(len(texts) - 1, -1, -1):
        line = texts[index]
        if _SIGN_OFF.match(line):
            after = [t for t in texts[index + 1 :] if t]
            return after[:8]
        # "Cheers, Jonah Feld" or "- Mia @ Sprocket" on one line.
        inline = re.match(r"^(?:[-—–]+\s*|(?:best|thanks|cheers|regards),\s+)(.+)$", line, re.I)
        if inline and index >= len(texts) - 3 and len(line) < 80:
            return [inline.group(1), *[t for t in texts[index + 1 :] if t][:6]]
    last = next((t for t in reversed(texts) if t), "")
    trailing = re.search(r"\s[-—–]+\s*([^-—–.!?]{2,60})$", last)
    if trailing:
        return [trailing.group(1).strip()]
    # No sign-off: the last paragraph, when it is short lines like a signature.
    paragraphs = "\n".join(texts).strip().split("\n\n")
    last = [t for t in paragraphs[-1].split("\n") if t] if len(paragraphs) > 1 else []
    if last and len(last) <= 6 and all(len(t) < 60 for t in last):
        return last
    return []


def _domain_label(address: str) -> str:
    host = address.rsplit("@", 1)[-1].lower().strip(".>")
    if any(host == d or host.endswith("." + d) for d in ATS_DOMAINS):
        return ""
    labels = host.split(".")
    if len(labels) < 2:
        return ""
    if (
        len(labels) >= 3
        and len(labels[-1]) == 2
        and labels[-2] in ("com", "co", "org", "net", "ac", "gov", "edu", "or", "ne")
    ):
        label = labels[-3]
    else:
        label = labels[-2]
    return "" if label in FREE_MAIL else label


def _clean_company(text: str) -> str:
    text = text.strip(" \t,.;:!-—–|·\"'()")
    if text.endswith(" Co") or text.endswith("&amp; Co"):
        text += "."
    previous = None
    while previous != text:
        previous = text
        text = _TEAM_AFFIX.sub("", text).strip(" ,.-|·")
        text = _LEGAL_SUFFIX.sub("", text).strip(" ,")
    if re.search(r"\bCo$", text):
        text += "."
    return text


def _is_ats_address(address: str) -> bool:
    host = address.rsplit("@", 1)[-1].lower()
    return any(host == d or host.endswith("." + d) for d in ATS_DOMAINS)


def _is_ats_name(text: str) -> bool:
    return _fold(text) in ATS_NAMES


def _person_like(text: str) -> bool:
    text = text.strip()
    if not _PERSON.match(text) or _TITLE_WORDS.search(text) or _is_ats_name(text):
        return False
    return not re.search(rf"\b(?:{_TEAM_WORDS})\b", text, re.IGNORECASE)


def _split_display(name: str) -> tuple[str, str]:
    """A display name as (person, organisation): "Dana via Greenhouse", "Tomas at Brightline"."""
    name = name.strip()
    via = re.match(r"^(.+?)\s+via\s+(.+)$", name, re.IGNORECASE)
    if via:
        return via.group(1).strip(), ""
    at = re.match(r"^(.+?)\s+(?:at|from|@|-|\|)\s+(.+)$", name, re.IGNORECASE)
    if at and _person_like(at.group(1)):
        return at.group(1).strip(), at.group(2).strip()
    return name, ""


_COMPANY_CONTEXT = [
    # (pattern, weight): the company named where a rejection usually names it.
    (
        rf"\b(?:position|role|opening|job|opportunity|vacancy|candidacy)\s+(?:at|with)\s+(?:the\s+)?({_NAME_PHRASE.pattern})",
        3,
    ),
    (
        r"\binterest in (?:joining |working at |working for )?(?!the\b|our\b|this\b)"
        rf"({_NAME_PHRASE.pattern})",
        3,
    ),
    (
        rf"\b(?:applying|applied|application|apply)\s+(?:to|with|at)\s+(?!the\b|our\b|this\b|other\b)({_NAME_PHRASE.pattern})",
        3,
    ),
    (
        r"\b(?:here at|team at|opportunities at|careers at|jobs at|to join|joining)\s+"
        rf"({_NAME_PHRASE.pattern})",
        2,
    ),
    (
        r"\b(?:consider|considering|trust you have placed in|the team at|everyone at|"
        rf"all of us at)\s+({_NAME_PHRASE.pattern})",
        2,
    ),
    (rf"(?:^|\n)({_NAME_PHRASE.pattern})\s+(?:has|have) (?:had to|decided|chosen)", 2),
    (
        rf"\b(?:it's|this is|i'm)\s+{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?\s+from\s+"
        rf"({_NAME_PHRASE.pattern})",
        3,
    ),
    (rf"\b(?:at|with)\s+({_NAME_PHRASE.pattern})", 1),
]
_SUBJECT_COMPANY = [
    r"^(?:re:\s*|fwd?:\s*)*(?:your application|thank you for applying|thanks for applying|"
    r"update on your application|application update)\s+(?:to|at|with|from)\s+"
    rf"({_NAME_PHRASE.pattern})",
    rf"\b(?:at|with)\s+({_NAME_PHRASE.pattern})\s*$",
    rf"^(?:re:\s*)*({_NAME_PHRASE.pattern})\s*(?:[-–—|:]| application)",
    rf"\binterest in\s+({_NAME_PHRASE.pattern})",
    rf"^update on your ({_NAME_PHRASE.pattern}) application",
    rf"(?:[-–—|:])\s*({_NAME_PHRASE.pattern})\s*$",
]
_NOT_COMPANY = re.compile(
    r"^(?:i|we|you|our|your|the|this|that|it|unfortunately|thank|thanks|hi|hello|dear|"
    r"re|fwd|fw|subject|from|to|date|sent|application|update|position|role|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"summer|winter|spring|autumn|fall|candidate|regards|best|cheers|ps|p\.s\.)\b",
    re.IGNORECASE,
)


def _company_ok(text: str) -> bool:
    if not text or len(text) > 60 or _is_ats_name(text) or _NOT_COMPANY.match(text):
        return False
    if re.fullmatch(rf"(?:(?:{_TEAM_WORDS})\s*)+", text, re.IGNORECASE):
        return False
    return any(ch.isalpha() for ch in text)


def _company(read: ReadEmail, body: str, signature: list[str], not_this: str = "") -> str:
    scores: dict[str, float] = defaultdict(float)
    spelling: dict[str, str] = {}
    excluded = _fold(not_this)

    def add(text: str, weight: float) -> None:
        text = _clean_company(text)
        if not _company_ok(text):
            return
        key = _fold(text)
        if not key or key == excluded:
            return
        scores[key] += weight
        # Keep the longest spelling seen ("Kestrel Robotics" over "Kestrel").
        if len(text) >= len(spelling.get(key, "")):
            spelling[key] = text

    prose = _prose(body)
    # Phrases that match the company's own mail domain are the strongest sign.
    labels = {
        label
        for label in (
            _domain_label(a) for a in [read.sender_address, read.reply_to, *read.addresses]
        )
        if label and len(label) >= 3
    }
    if labels:
        haystack = "\n".join([read.subject, prose, *signature, read.sender_name])
        phrases = {
            " ".join(words[start:end])
            for words in (m.group(0).split() for m in _NAME_PHRASE.finditer(haystack))
            for start in range(len(words))
            for end in range(start + 1, min(len(words), start + 6) + 1)
        }
        for phrase in phrases:
            if phrase.split()[-1].lower() in ("&", "of", "de", "and"):
                continue
            key = _fold(phrase.replace("&", "and"))
            for label_key in {_fold(label) for label in labels}:
                if len(key) < 3:
                    continue
                if key == label_key or (len(label_key) >= 4 and key.startswith(label_key)):
                    add(phrase, 6)
                elif len(key) >= 5 and label_key.startswith(key):
                    add(phrase, 3)
    person, organisation = _split_display(read.sender_name)
    if organisation:
        add(organisation, 5)
    elif person and not _person_like(person) and not _is_ats_name(person):
        add(person, 5)
    signer = ""
    sign_lines = list(signature)
    if sign_lines:
        pieces = _SIGNATURE_SPLIT.split(sign_lines[0], maxsplit=1)
        if _person_like(pieces[0].strip()):
            signer = pieces[0].strip()
            sign_lines[0] = pieces[1] if len(pieces) > 1 else ""
    if (
        person
        and not organisation
        and _person_like(person)
        and _is_ats_address(read.sender_address)
        and not (signer and _fold(person).startswith(_fold(signer)))
    ):
        # An applicant system sends as "Wren Capital" as often as "Marcus Hale";
        # a name nobody signs with is more likely the company.
        add(person, 3)
    # A name standing above the greeting is a letterhead ("Ember Fintech").
    for line in body.split("\n")[:3]:
        if _GREETING.match(line):
            break
        name = line.strip()
        if len(name) < 50 and _NAME_PHRASE.fullmatch(name) and not _person_like(name):
            add(line, 3)
    for line in read.body.split("\n"):
        copyright_line = re.search(rf"(?:©|\(c\))\s*(?:\d{{4}}\s+)?({_NAME_PHRASE.pattern})", line)
        if copyright_line:
            add(copyright_line.group(1), 3)
    for line in sign_lines:
        if _CONTACT_INFO.search(line):
            continue
        for piece in re.split(r"\s+[|·•]\s+|\s+at\s+|,\s+|\s+[-–—]\s+|\s+@\s+", line):
            piece = piece.strip()
            cleaned = _clean_company(piece)
            # A signature's company is a name: "Marlow & Finch", not a sentence.
            if not piece or not _NAME_PHRASE.fullmatch(cleaned.rstrip(".")):
                continue
            if _fold(piece) in (_fold(person), _fold(signer)):
                continue
            if _TITLE_WORDS.search(cleaned) and not _TITLE_WORDS.search(
                piece.split()[-1] if piece.split() else ""
            ):
                add(cleaned, 2)
            elif not _TITLE_WORDS.fullmatch(cleaned or "x") and not _only_title(cleaned):
                add(cleaned, 4)
    for pattern in _SUBJECT_COMPANY:
        match = re.search(pattern, read.subject, re.IGNORECASE)
        if match:
            add(match.group(1), 3)
    for pattern, weight in _COMPANY_CONTEXT:
        for match in re.finditer(pattern, prose):
            add(match.group(1), weight)
    if not scores:
        return ""
    # A name seen again in the text is more likely the company than a one-off.
    folded_text = _fold(prose + read.subject)
    best = max(scores, key=lambda k: (scores[k] + min(folded_text.count(k), 3), len(k)))
    return spelling[best]


def _only_title(text: str) -> bool:
    words = text.split()
    return bool(words) and all(
        _TITLE_WORDS.fullmatch(w) or w.lower() in ("of", "and", "&", "the") for w in words
    )


def _contact(read: ReadEmail, signature: list[str], company: str, recipient: str) -> str:
    company_key = _fold(company)
    recipient_key = _fold(recipient)

    def fine(name: str) -> bool:
        key = _fold(name)
        return bool(key) and key != company_key and key != recipient_key and _person_like(name)

    person, _ = _split_display(read.sender_name)
    person = _HONORIFIC.sub("", person)
    display = person if fine(person) else ""
    for line in signature[:3]:
        first = _HONORIFIC.sub("", _SIGNATURE_SPLIT.split(line)[0].strip())
        if fine(first):
            # "Ben" signs a note from "Ben Carter": the fuller name is better.
            if display and _fold(display).startswith(_fold(first)):
                return display
            if " " in first or not display:
                return first
    if display:
        return display
    # "it's Kara from Fenwick Dental" in a note with no signature block.
    intro = _INTRODUCED.search(read.body)
    return intro.group(1) if intro and fine(intro.group(1)) else ""


_HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx)\.?\s+", re.IGNORECASE)
_INTRODUCED = re.compile(
    rf"\b(?:it's|it is|this is|i'm|i am)\s+({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s+"
    r"(?:from|at|with)\s+[A-Z]",
    re.IGNORECASE,
)


_ROLE_WORD = r"position|role|opening|job|vacancy|opportunity|post|req(?:uisition)?|posting"
_ROLE_BODY = [
    r"\bfor the position of\s+(?:the\s+)?(.{3,70}?)(?:\s+(?:at|with|in)\s+[A-Z]|[.,;\n]|$)",
    rf"\b(?:for|to|about|on|regarding|filling)\s+(?:the|our|your|this)\s+(.{{3,70}}?)\s+(?:{_ROLE_WORD})\b",
    rf"\b(?:application|applying|applied|interest|interviewing|interview|interviews)\s+(?:for|to|in)\s+(?:the|our)\s+(.{{3,70}}?)\s+(?:{_ROLE_WORD})\b",
    rf"\bthe\s+(.{{3,70}}?)\s+(?:{_ROLE_WORD})\b",
    r"\b(?:application|applying|applied)\s+for\s+(?!the\b|a\b|an\b)(.{3,70}?)(?:\s+(?:at|with|in)\s+[A-Z]|[.,;\n]|$)",
    r"^re:\s+(.{3,70}?)\s*\(ref",
]
_ROLE_SUBJECT = [
    r"(?:application|applying)\s*(?:for|:)\s+(?:the\s+)?(.+?)(?:\s+(?:at|with)\s+.+)?$",
    r"^(?:update on your|next steps for|thank you for your interest in the)\s+(.+?)\s+"
    r"(?:application|role|position)?\s*(?:at\s+.+)?$",
    r"^(?:re:\s*|fwd?:\s*)*(?:offer|application update|application status update)\s*[-:–]\s*(.+)$",
    r"^(?:re:\s*|fwd?:\s*)*[^-–—|:]+?\s*[-–—|:]\s*(.+)$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)\s*(?:[-–—]\s*(?:update|outcome|interview outcome|"
    r"technical interview|panel interview outcome)|application|position|role|"
    r"interview outcome)\s*(?:[-–—].*)?$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)\s+at\s+.+$",
    r"^(?:re:\s*|fwd?:\s*)*(.+?)$",
]
_NOT_ROLE = re.compile(
    r"\b(?:you|your|we|our|us|this|that|it|time|interest|update|decision|application|"
    r"candidates?|process|applicant|news|company|thank|thanks|other|another|same|"
    r"next|interview|further|such|any|all|one)\b",
    re.IGNORECASE,
)


def _clean_role(text: str, company: str) -> str:
    text = " ".join(text.split()).strip(" .,;:-–—\"'“”")
    text = re.sub(r"\s*\((?=[^)]*\d)[^)]*\)", "", text)  # a requisition id: "(R-20441)"
    text = re.sub(r"\s*\[[^\]]*\]", "", text)
    # The lazy match can start too early ("chat about the UX Researcher").
    text = re.split(r"\b(?:the|our|your)\s+", text, flags=re.IGNORECASE)[-1]
    text = re.sub(r"^(?:a|an)\s+", "", text, flags=re.IGNORECASE)
    text = re.sub(rf"\s+(?:{_ROLE_WORD})$", "", text, flags=re.IGNORECASE)
    if company:
        text = re.sub(
            rf"\s+(?:at|with|[-–—|])\s+{re.escape(company)}.*$", "", text, flags=re.IGNORECASE
        )
    return text.strip(" .,;:-–—")


def _role_ok(text: str, company: str) -> bool:
    # "IT Support Analyst": a word in capitals is an abbreviation, not "it".
    lowered = " ".join(w for w in text.split() if not (len(w) > 1 and w.isupper()))
    if not (2 < len(text) <= 70) or _NOT_ROLE.search(lowered):
        return False
    if company and _fold(text) == _fold(company):
        return False
    if _is_ats_name(text):
        return False
    words = text.split()
    capitals = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitals >= max(1, len(words) - 1) and len(words) <= 8


def _role_in_text(prose: str, company: str) -> str:
    for pattern in _ROLE_BODY:
        for match in re.finditer(pattern, prose, re.IGNORECASE | re.MULTILINE):
            role = _clean_role(match.group(1), company)
            if _role_ok(role, company):
                return role
    return ""


def _role(subject: str, prose: str, company: str) -> str:
    found = _role_in_text(prose, company)
    if found:
        return found
    subject = re.sub(r"^(?:re|fwd?|aw|wg)\s*:\s*", "", subject.strip(), flags=re.IGNORECASE)
    if company:
        subject = re.sub(rf"^{re.escape(company)}\s*(?:[-–—|:]\s*)?", "", subject, flags=re.I)
    for pattern in _ROLE_SUBJECT:
        match = re.search(pattern, subject, re.IGNORECASE)
        if match:
            role = _clean_role(match.group(1), company)
            if _role_ok(role, company):
                return role
    return ""


# Mentions of a step that did NOT happen ("invite you to interview") are
# removed before the stage is read, so they do not count as reached.
_NOT_REACHED = re.compile(
    r"(?:invit\w*|offer|move|moving|bring|progress\w*|advance\w*|proceed\w*|schedul\w*|tak\w+)"
    r"\s+(?:you\s+|anyone\s+in\s+|anyone\s+|your application\s+|things\s+)?"
    r"(?:forward\s+|ahead\s+|further\s+)?(?:to|for|in|into)\s+(?:an?\s+|the\s+)?"
    r"(?:next\s+|further\s+)?(?:interviews?|onsite|on-site|final round|next (?:round|stage|step)|"
    r"technical interview|phone screen)"
    r"|\b(?:offer|invite|schedule)\s+you\s+(?:an?\s+)?interview"
    r"|interview stage|next round|next stage|(?<=shortlisted )for (?:an? )?interviews?",
    re.IGNORECASE,
)
_STAGE_RULES: list[tuple[Stage, re.Pattern[str]]] = [
    (
        Stage.OFFER,
        re.compile(
            r"\b(?:rescind\w*|withdraw\w*|retract\w*|revok\w*|pull\w*)\b[^.]{0,60}\boffer\b|"
            r"\boffer\b[^.]{0,60}\b"
            r"(?:rescind\w*|withdrawn|retracted|revoked|fell through|no longer)|"
            r"\bno longer (?:go ahead|proceed|move forward|honou?r)\w*\b[^.]{0,30}\boffer\b",
            re.I,
        ),
    ),
    (
        Stage.FINAL,
        re.compile(
            r"\bon-?site\b|\bfinal[- ](?:round|interview|stage)s?\b|\bpanel\b|\bfinalists?\b|"
            r"\bsecond interview\b|\bsuper ?day\b|\bfull day\b|\bfinal interviews?\b|"
            r"\bshadowing day\b|\bwith (?:the|our) founders\b|\bfinal round\b",
            re.I,
        ),
    ),
    (
        Stage.TECHNICAL,
        re.compile(
            r"\btechnical (?:interview|assessment|exercise|test|round|screen|challenge)\b|"
            r"\btake[- ]home\b|\bcoding (?:exercise|challenge|test|assessment|interview)\b|"
            r"\blive coding\b|\bpair(?:ing| programming)\b|\bsystem design\b|\bcase study\b|"
            r"\b(?:online|skills?) (?:assessment|test)\b|\bassessment results?\b|"
            r"\bwork trial\b|\btechnical\b[^.]{0,30}\binterview",
            re.I,
        ),
    ),
    (
        Stage.PHONE_SCREEN,
        re.compile(
            r"\bphone\b|\btelephone\b|\brecruiter (?:screen|call|chat)\b|\bscreening call\b|"
            r"\b(?:video|teams|zoom|meet|intro(?:ductory)?) call\b|\bon a call\b|"
            r"\b(?:our|the|a) (?:call|chat|conversation)\b|"
            r"\b(?:taking|take) (?:my|the|our) call\b|\bspeak(?:ing)? with (?:me|us)\b|"
            r"\bspoke with\b|\btalking with\b|\bchat(?:ting)? with (?:me|us)\b|"
            r"\binterview(?:s|ed|ing)?\b|\bmeeting with\b",
            re.I,
        ),
    ),
    (
        Stage.PORTFOLIO,
        re.compile(
            r"\bportfolio\b|\bwork samples?\b|\bwriting samples?\b|\breel\b|\bcase studies\b|"
            r"\bdesign samples?\b|\bsamples of your work\b",
            re.I,
        ),
    ),
    (
        Stage.APPLICATION,
        re.compile(
            r"\bappl(?:y|ying|ied|ication)\b|\b(?:resume|cv|qualifications|profile|background)\b|"
            r"\bshortlist\w*\b|\b(?:after|following)\s+(?:a\s+)?(?:careful\s+|thorough\s+)?"
            r"review\b|\bcarefully reviewed\b",
            re.I,
        ),
    ),
]


def _stage(text: str) -> Stage | None:
    reached = _NOT_REACHED.sub(" ", text)
    for stage, pattern in _STAGE_RULES:
        if pattern.search(reached):
            return stage
    return None


_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "nine": 9,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}
_REAPPLY = re.compile(
    r"\b(?:apply|reapply|re-apply|applying|applications?|resume|cv|details|file|system|"
    r"positions|openings|roles|opportunities|records|database|consider)\b[^.]{0,90}?"
    r"\b(?:in|after|for|within|of)\s+(?:the\s+next\s+|another\s+)?"
    r"(\d{1,3}|a|an|one|two|three|four|five|six|nine|twelve|eighteen|twenty-four)\s+"
    r"(days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _reapply(prose: str, base: date) -> date | None:
    match = _REAPPLY.search(prose)
    if not match:
        return None
    word = match.group(1).lower()
    count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    unit = match.group(2).lower()
    try:
        if unit.startswith("day"):
            return base + timedelta(days=count)
        if unit.startswith("week"):
            return base + timedelta(weeks=count)
        months = count * 12 if unit.startswith("year") else count
        return _add_months(base, months)
    except (OverflowError, ValueError):
        return None


_NO_FEEDBACK = re.compile(
    r"\b(?:unable|not able|can(?:no|')t|cannot|won'?t|will not|do not|don'?t|does not|"
    r"doesn'?t|are not|aren'?t|not in a position|no longer|not)\b[^.]{0,60}\bfeedback\b|"
    r"\bfeedback\b[^.]{0,40}\b(?:is not|isn'?t|not) (?:available|possible)|"
    r"\bno (?:individual |detailed |specific )?feedback\b",
    re.IGNORECASE,
)
_OFFERS = re.compile(
    r"\b(?:happy|glad|pleased|delighted|willing|keen)\b[^.]{0,80}\b(?:feedback|share|answer|"
    r"walk you through|talk (?:it )?through|questions|notes|thoughts|chat|call)\b|"
    r"\bfeedback\b[^.]{0,80}\b(?:let me know|reply|just ask|get in touch|contact me|reach out|"
    r"ping me|arrange|useful|helpful|would like|'d like|if you want|happy|glad)\b|"
    r"\b(?:if you(?:'d| would)? like|should you (?:wish|like)|if it would help|if you want)\b"
    r"[^.]{0,80}\b(?:feedback|notes|thoughts|call|discuss|walk you)\b|"
    r"\b(?:any|have)\s+(?:further\s+|more\s+)?questions\b|"
    r"\bfeel free to (?:ask|reach out|reply|contact)\b|"
    r"\b(?:don'?t|do not) hesitate to (?:contact|reach|get in touch|ask)\b|"
    r"\b(?:can|could) send (?:over|you)\b[^.]{0,40}\bfeedback\b|"
    r"\bthoughts on the\b[^.]{0,40}\bfeel free\b",
    re.IGNORECASE,
)


def _feedback_invited(prose: str) -> bool:
    for sentence in re.split(r"(?<=[.!?])\s+|\n", prose):
        if _NO_FEEDBACK.search(sentence) and not re.search(r"questions", sentence, re.I):
            continue
        if re.search(r"do not reply|don'?t reply|no-?reply", sentence, re.I):
            continue
        if _OFFERS.search(sentence):
            return True
    return False


def entry_from_guess(guess: EmailGuess, today: date, source: bytes) -> Entry:
    """A journal entry from an email alone (for `coach import mail.eml`).

    The id comes from the email's bytes, so importing the same file twice
    finds the entry already there instead of adding a copy.
    """
    if not guess.company:
        raise CoachError(
            "no company could be read from the email; add it in the app with "
            "'Paste the email', or import a CSV row instead"
        )
    sent = guess.date or today
    if sent > today:
        raise CoachError(f"the email is dated {sent.isoformat()}, which is in the future")
    return Entry(
        company=guess.company,
        stage=guess.stage or Stage.APPLICATION,
        id=hashlib.sha256(source).hexdigest()[:10],
        role=guess.role,
        contact=guess.contact,
        date=sent,
        channel=Channel.EMAIL,
        reapply_after=guess.reapply_after,
        email_text=guess.text,
    )


def entry_from_email_file(path: Path, today: date) -> Entry:
    """The entry an .eml file describes; CoachError naming the file when it cannot."""
    guess = guess_from_file(path, today)
    try:
        return entry_from_guess(guess, today, path.read_bytes())
    except CoachError as error:
        raise CoachError(f"{path}: {error}") from None
    except OSError as error:
        raise CoachError(f"Cannot read {path}: {error.strerror or error}") from None
