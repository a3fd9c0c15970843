"""Who wrote a rejection email: a person's name from the signature, the sender or the text."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from coach.email_clues import (
    _GREETING,
    _LEGAL_SUFFIX,
    _NAME_TOKEN,
    _SIGNATURE_SPLIT,
    _all_lower_case,
    _domain_label,
    _fold,
    _is_ats_address,
    _person_like,
    _split_display,
)
from coach.email_firms import split_signature_line
from coach.email_job_words import _TITLE_WORDS
from coach.email_not_person import not_a_person
from coach.email_reader import ReadEmail
from coach.email_signature import _SIGN_OFF

# A title before a name, and the German "on behalf of" marks (i.A., i.V., pp).
_BEFORE_NAME = re.compile(
    r"^(?:(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir)\b\.?|i\.\s?a\.|i\.\s?v\.|p\.?p\.?|per pro|"
    r"im auftrag|in vertretung|"
    # Titles in other languages: "Frau", "Mag.", "Mme", "Sra.", "Dhr.", "Dott.ssa".
    r"(?:frau|herr|madame|monsieur|mme|mlle|señora|señor|senhora|senhor|mevrouw)\b|"
    r"(?:sra|srta|sr|dña|dhr|mevr|sig|dott|mag|ing|dipl\.-ing|lic|eng)\.|sig\.ra|dott\.ssa)\s+",
    re.IGNORECASE,
)


_TITLE_BEFORE = re.compile(r"^((?:dr|prof|mr|mrs|ms|mx|miss)\b\.?)\s+\S", re.IGNORECASE)


# After a name: pronouns "(they/them)", letters "PhD", "SHRM-CP", "MBA".
# "Smith, J." is a surname and an initial, not letters after a name.
# "Olu Bankole-Hart RIBA": a professional body's letters without a comma too.
# Spaces before them are taken from the start of their run only: tried at each space
# of a long run, a search cost the square of its length (tests/unit/test_regex_shapes.py).
_AFTER_NAME = re.compile(
    r"(?:(?<!\s)\s+)?\([^)]*\)\s*$|,\s*(?![A-Z]\.\s*$)[A-Z][A-Za-z.-]*[A-Z.]\s*$|"
    r"(?-i:(?<!\s)(?:\s+(?:RIBA|MRICS|FRICS|ACCA|FCCA|ACA|FCA|CIMA|CIPD|MCIPD|FCIPD|PMP|CPA|CFA|PhD|"
    r"MBA|MSc|BSc|RN|CEng|MIET|FRSA|SHRM-S?CP|S?PHR|DVM|BVSc|MRCVS|FRSC|EdD|Ed\.D\.?|DDS))+)\s*$"
)


# Any other body's letters: three capitals or more in a short word ("MRCVS", "BVSc").
_LETTERS = re.compile(r"(?=(?:[a-z]*[A-Z]){3})[A-Z][A-Za-z]{1,5}")


def _without_letters(name: str) -> str:
    """ "Priya Anand BVSc MRCVS" is Priya Anand; "Daniel FROST" keeps his surname."""
    words = name.split()
    # Counted once, then kept as words go: a long run of letters is no slow case.
    named = sum(w[:1].isupper() and not w.isupper() for w in words)
    while len(words) > 2 and _LETTERS.fullmatch(words[-1]):
        last = words[-1]
        named -= last[:1].isupper() and not last.isupper()
        if named < 2:
            break
        words.pop()
    return " ".join(words)


# Senders that are a mailbox, not a person, whatever their display name says.
_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|noreply|notifications?|mailer|jobs|careers|talent|"
    r"notificaciones|notifiche|benachrichtigung\w*|meldingen|notificações|no-?responder|"
    r"ne-?pas-?repondre|nicht-?antworten|niet-?beantwoorden|non-?rispondere|nao-?responder|"
    r"recruit\w*|hr|hiring|people|team|info|hello|apply|applications?|"
    # A mailbox for applications in the other languages: "bewerbung@", "empleo@", "rh@".
    r"bewerbung\w*|karriere|candidat\w*|recrutement|recrutamento|reclutamiento|empleo|"
    r"rrhh|rh|vagas|vacatures|sollicitati\w*|lavora\w*|selezione|personal\w*|emploi)\b",
    re.IGNORECASE,
)


# Someone naming themselves in the text: "I'm Rebecca Osei, the recruiter",
# "it's Kara from Fenwick Dental", "Olu here from Greenway", "My name is …".
_INTRODUCED = re.compile(
    rf"(?:\b(?:[Ii]t's|[Ii]t is|[Tt]his is|I'm|I am|[Mm]y name is)\s+"
    rf"({_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}})(?=\s*(?:,|\s(?:from|at|with|and)\s|\.|$))"
    rf"|(?:^|[,.!]\s+|\n)({_NAME_TOKEN}(?:\s+{_NAME_TOKEN})?)\s+here\b)",
)


# The same in a note typed without capitals: "its mike from lakeside auto."
_INTRODUCED_LOWER = re.compile(
    r"\b(?:it'?s|this is|i'?m|i am)\s+([a-z][a-z'-]+)\s+(?:here\s+)?(?:from|at|with)\s+"
    r"([a-z][a-z&'-]*(?:\s+[a-z&][a-z&'-]*){0,2}?)(?=\s*(?:[.,!;:\n]|$))"
)


def lower_case_introduction(text: str) -> tuple[str, str]:
    """(name, company) from "its mike from lakeside auto" in a note without capitals."""
    if not _all_lower_case(text):
        return "", ""
    match = _INTRODUCED_LOWER.search(text)
    if not match:
        return "", ""
    return tidy_name(match.group(1)), " ".join(w.capitalize() for w in match.group(2).split())


# "Coordinated by Jasmine Ortiz", "on behalf of Professor Ruth Bell" under a team's name.
_BEHIND_TEAM = re.compile(
    r"\b(?:on behalf of|coordinated by|sent by|written by)\s+"
    r"(?:(?:professor|prof\.?)\s+)?(.{3,60})$",
    re.IGNORECASE,
)


# Compiled once, as every name of every email is tidied with them.
_QUOTED_NICKNAME = re.compile(r"\s[\"“][^\"”]{1,20}[\"”]\s")
_KISS_OR_SYMBOL_AFTER = re.compile(r"(?:\s+(?:x{1,3}|[^\w\s.'’-]+))+$")
_SYMBOL_BEFORE = re.compile(r"^[^\w\s]+\s*")
_TITLE_LAST = re.compile(r"^([^,]+,\s*[^,]+?)\s+(?:dr|prof)\.?$", re.IGNORECASE)
_SURNAME_FIRST = re.compile(r"([^,\s]+(?:\s[^,\s]+)?),\s*([^,\s]+(?:\s[^,\s]+)?)")


def tidy_name(text: str) -> str:
    """A name as a person writes it: no title, pronouns or letters; "Last, First" turned.

    A name typed all in capitals or all in lower case gets capitals at the
    start of each word ("DANIEL FROST", "marta kowalski").
    """
    name = " ".join(text.split()).strip(" ,;:-–—\"'*_~")  # "**Hannah Liu**" too
    # Robert "Bobby" Tan: the name in quotes is what he is called, not his name.
    name = " ".join(_QUOTED_NICKNAME.sub(" ", f" {name} ").split())
    # "Sarah 🌱", "Liz x": a symbol or a kiss after the name is not part of it.
    name = _KISS_OR_SYMBOL_AFTER.sub("", name)
    name = _SYMBOL_BEFORE.sub("", name)
    previous = None
    while previous != name:
        previous = name
        name = _BEFORE_NAME.sub("", name)
        name = _without_letters(_AFTER_NAME.sub("", name).strip(" ,"))
    # "Keller, Matthias Dr.": an Outlook address book puts the title last.
    name = _TITLE_LAST.sub(r"\1", name)
    reversed_name = _SURNAME_FIRST.fullmatch(name)
    if reversed_name:
        name = f"{reversed_name.group(2)} {reversed_name.group(1)}"
    words = name.split()
    # "Camille DUBOIS": a surname in capitals beside a name that is not.
    if any(w[:1].isupper() and w[1:].islower() for w in words):
        words = [_capitalise(w) if len(w) > 2 and w.isalpha() and w.isupper() else w for w in words]
        name = " ".join(words)
    if len(words) == 1 and len(name) <= 3 and name.isupper():
        return name  # "JP", "AJ": initials, kept as signed
    if 1 <= len(words) <= 5 and all(not w.isalpha() or w.islower() or w.isupper() for w in words):
        # "van der Berg" keeps its small words small.
        fixed = [
            w.lower() if i and _PARTICLE.match(w) else _capitalise(w) for i, w in enumerate(words)
        ]
        name = " ".join(fixed)
    return name


def _capitalise(word: str) -> str:
    if len(word) <= 2 and word.endswith("."):
        return word.upper()
    if len(word) <= 3 and word.isupper() and not word.isalpha():
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


_HONORIFIC = re.compile(r"^(dr|prof|mr|mrs|ms|mx|miss)\b\.?$", re.IGNORECASE)
_PARTICLE = re.compile(
    r"^(?:van|von|de|da|del|della|der|den|di|du|le|la|ter|ten|bin|ibn|al|el|ní|nic)$", re.IGNORECASE
)


def greeting_name(contact: str) -> str:
    """How a reply greets the contact: "Dana" for Dana Whitfield, "Ms. Okafor" as written.

    With a title, the title and the surname ("Dr. Mehta" for Dr. Rahul Mehta).
    A name that is not a person's ("Hiring Team"), or that gives no first name
    ("P. Aldridge"), is used as written.
    """
    written = " ".join(contact.split())
    words = written.split()
    if not words:
        return ""
    if _HONORIFIC.match(words[0]) and len(words) >= 2:
        rest = tidy_name(" ".join(words[1:])).split()
        title = words[0][:1].upper() + words[0][1:]
        return f"{title} {_surname(rest)}" if _person_like(" ".join(rest)) else written
    name = tidy_name(written)
    if re.fullmatch(r"[A-Z]\.?\s+[A-Z][\w'’-]+", name):
        return name  # "Smith, J" greets as "J Smith", never as if Smith were a first name
    if not _person_like(name):
        return written
    # "K. Michael Thornton" goes by Michael; "P. Aldridge" gives no first name.
    given = [w for w in name.split()[:-1] if len(w.rstrip(".")) > 1]
    return given[0] if given else name


def _surname(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    particle = next((i for i, w in enumerate(words[1:], 1) if _PARTICLE.match(w)), None)
    return " ".join(words[particle:]) if particle is not None else words[-1]


def same_person(short: str, full: str) -> bool:
    """Whether a signature like "Dana", "Sam", "Seun" or "J." is the fuller name's owner."""
    short = _BEFORE_NAME.sub("", short.strip())
    full = _BEFORE_NAME.sub("", full.strip())
    short_key = _fold(short.rstrip("."))
    words = [_fold(w) for w in full.split()]
    short_words = [_fold(w) for w in short.split()]
    if len(short_words) >= 2 and len(words) >= 2 and short_words[-1] == words[-1]:
        # "M. Okonkwo" signs for Michael Okonkwo: the same surname, the same initial.
        return short_words[0][:1] == words[0][:1] and len(short.split()[0].rstrip(".")) == 1
    if not short_key or len(words) < 2 or " " in short.strip():
        return False
    if short_key == words[-1]:
        return True  # "Ms. Okafor" signs for Ms. Adaeze Okafor
    initials = "".join(_fold(part)[:1] for word in full.split() for part in word.split("-"))
    if short.isupper() and 2 <= len(short_key) <= 3 and initials.startswith(short_key):
        return True  # "JP" signs for Jean-Pierre Dubois
    if len(short_key) == 1:
        return any(w.startswith(short_key) for w in words[:1])
    # A short form is the start or the end of a name word ("Sam", "Seun").
    return any(
        w.startswith(short_key) or (len(short_key) >= 3 and w.endswith(short_key)) for w in words
    )


def contact_from(read: ReadEmail, signature: list[str], company: str, recipient: str) -> str:
    """The person who wrote, or "" when no person is named (a team, a mailbox)."""
    company_key = _fold(company)
    recipient_key = _fold(recipient)
    company_words = [_fold(word) for word in company.split()]
    # "Wessex Water" read from wessex-water.example: the signature may give it short.
    domains = {_fold(_domain_label(a)) for a in (read.sender_address, read.reply_to)}
    from_domain = len(company_words) > 1 and company_key in domains

    def short_for(line: str) -> bool:
        """Whether the line is the opening words of the name the mail domain spells."""
        words = [_fold(word) for word in line.split()]
        return from_domain and bool(words) and words == company_words[: len(words)]

    def person(text: str) -> str:
        name = tidy_name(text)
        key = _fold(name)
        if not key or key in (company_key, recipient_key) or not _person_like(name):
            return ""
        if short_for(name):  # "Wessex" signing for Wessex Water: no person's name
            return ""
        if _SIGN_OFF.match(name):  # "Beste Grüße" is how they signed, not who
            return ""
        if not_a_person(name):  # "North America", "Design", "La Segreteria"
            return ""
        if _LEGAL_SUFFIX.search(name) or "&" in name:  # "Castellan Civil Ltd"
            return ""
        # A title they sign with stays: the reply greets "Dr. Mehta", "Mrs. Aldridge".
        title = _TITLE_BEFORE.match(" ".join(text.split()))
        return f"{title.group(1)[:1].upper()}{title.group(1)[1:]} {name}" if title else name

    display = ""
    # A company's own no-reply box is named for a team; an applicant system's
    # carries the recruiter's name ("Dana Whitfield via Greenhouse").
    if _is_ats_address(read.sender_address) or not _MAILBOX.match(read.sender_address):
        display = person(_split_display(read.sender_name)[0])
    # One word under the company's own line, itself under a team or a job, is its town
    # ("Hiring Manager" / "The Gilded Anchor" / "Quayside, Whitby"; "Il team di Officina
    # Ventuno" / "Bologna"), not a signer.
    below_company = next(
        (
            n
            for n, line in enumerate(signature[:3])
            if company_key
            and (
                (n and (_fold(line).startswith(company_key) or short_for(line)))
                or (company_key in _fold(line) and re.search(r"\b(?:team|équipe)\b", line, re.I))
            )
        ),
        3,
    )
    signers = [
        found
        for n, line in enumerate(signature[:3])
        if (
            found := person(split_signature_line(line.strip())[0])
            or person(line)
            or (_fold(line) != company_key and _first_of_two(line, person))
        )
        and (n <= below_company or " " in found)
    ]
    if not signers and signature:
        # "HR Manager, Priti Shah", "Ostara Health | Carmen Diaz": the name after
        # a job or the company, on the first line.
        pieces = split_signature_line(signature[0].strip())
        signers = [found for piece in pieces[1:] if (found := person(piece))][:1]
    signer = signers[0] if signers else ""
    # "Emily" over "Emily Zhang | Recruiter": the fuller line names her.
    signer = next((s for s in signers[1:] if same_person(signer, s)), signer)
    if signer and display:
        # "Dana" or "J." signs for "Dana Whitfield": the fuller name is better.
        if same_person(signer, display) or _fold(display).startswith(_fold(signer)):
            return display
        # "Liz" writing from liz@… as Elizabeth Hargreaves: the mailbox is hers.
        if " " not in signer and _fold(read.sender_address.partition("@")[0]).startswith(
            _fold(signer)
        ):
            return display
        return signer
    if display:
        return display
    if len(_fold(signer)) > 1:  # "J." alone names nobody
        return _fuller_in_text(signer, read.body, person) or _with_surname_from_address(
            signer, read.sender_address
        )
    # A team's email that names its person: in the Reply-To, or "on behalf of" under it.
    replying = person(read.reply_to_name)
    if replying:
        return replying
    # "Sent on behalf of Rafael Quintero-Lobo, Engineering Manager" at the foot of the text.
    tail = [line.strip() for line in read.body.split("\n") if line.strip()][-4:]
    for line in [*signature[:6], *tail]:
        behind = _BEHIND_TEAM.search(line)
        if behind and person(_SIGNATURE_SPLIT.split(behind.group(1))[0]):
            return person(_SIGNATURE_SPLIT.split(behind.group(1))[0])
    for match in _INTRODUCED.finditer(read.body):
        found = person(match.group(1) or match.group(2))
        if found:
            return found
    introduced, _ = lower_case_introduction(read.body)
    if introduced and person(introduced):
        return person(introduced)
    return _letterhead_person(read.body, person)


def _first_of_two(line: str, person: Callable[[str], str]) -> str:
    """ "Rachel & Tom" or "Rosa & the Pinecone crew" sign together; the first named wrote it."""
    pair = re.fullmatch(r"\s*(\S+)\s+(?:&|and)\s+(\S+|(?:the|our)\s.{2,40})\s*", line)
    if not pair or not person(pair.group(1)):
        return ""
    if person(pair.group(2)) or re.match(r"(?:the|our)\s", pair.group(2), re.IGNORECASE):
        return person(pair.group(1))
    return ""


# After a first name on its line, more of a name: "Sandra" then " Kowalczyk".
_THEN_MORE = re.compile(r"[ \t]+[^\W\d_][^\n]{1,40}")


def _fuller_in_text(signer: str, body: str, person: Callable[[str], str]) -> str:
    """ "Sandra" signs; the copy's sender line above says "Sandra Kowalczyk"."""
    if " " in signer:
        return ""
    # On one line: "Miguel" over "Brisa Tech" is Miguel of Brisa Tech, not Miguel Brisa Tech.
    for line in body.split("\n"):
        rest = line.lstrip(" \t")
        if not rest.startswith(signer) or not _THEN_MORE.fullmatch(rest[len(signer) :]):
            continue
        found = person(line.strip())
        if found and found != signer:
            return found
    return ""


def _with_surname_from_address(signer: str, address: str) -> str:
    """ "Sarah" writing from sarah.cho@acme.com is Sarah Cho."""
    parts = re.split(r"[._-]", address.partition("@")[0])
    if " " in signer or len(parts) != 2 or not all(p.isalpha() and len(p) > 1 for p in parts):
        return signer
    if _fold(parts[0]) != _fold(signer):
        return signer
    return f"{signer} {parts[1].capitalize()}"


def _letterhead_person(body: str, person: Callable[[str], str]) -> str:
    """A name over its job line at the top, as a LinkedIn message shows its sender.

    "Priyanka Desai" then "Talent Partner at Quillon", before any greeting.
    """
    lines = [line.strip() for line in body.split("\n") if line.strip()][:4]
    for name, below in itertools.pairwise(lines):
        if re.match(r"^(?:hi|hello|hey|dear)\b", name, re.IGNORECASE) or _GREETING.match(name):
            break
        if _TITLE_WORDS.search(below) and len(below) < 80 and person(name):
            return person(name)
    return ""
